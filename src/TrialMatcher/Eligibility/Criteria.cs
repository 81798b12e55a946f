using System.Text.Json.Serialization;

namespace TrialMatcher.Eligibility;

/// <summary>Which part of the criteria text a criterion came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionSection>))]
public enum CriterionSection { Unknown, Inclusion, Exclusion }

/// <summary>How far the parser got with a criterion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionStatus>))]
public enum CriterionStatus
{
    /// <summary>At least one typed fact (cancer type, stage, biomarker, ...) was read.</summary>
    Read,
    /// <summary>Only clinician-review items (labs, organ function, consent, ...) were recognised.</summary>
    ToReview,
    /// <summary>Nothing was recognised; the text is kept so a person can read it.</summary>
    Unread,
}

/// <summary>
/// How a fact constrains the patient, as the text states it: Required ("must have"), Excluded ("must not have":
/// exclusion items and negated inclusion items) or Allowed ("prior radiotherapy allowed").
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
public enum Polarity { Required, Excluded, Allowed }

/// <summary>All criteria read from one trial's eligibility text, in text order. Never null; empty for no text.</summary>
public sealed record ParsedCriteria(IReadOnlyList<Criterion> Criteria)
{
    public static readonly ParsedCriteria Empty = new([]);

    /// <summary>All facts of all criteria, in text order.</summary>
    [JsonIgnore]
    public IEnumerable<Fact> Facts => Criteria.SelectMany(c => c.Facts);
}

/// <summary>
/// One criterion: its text exactly as in the source (<see cref="Start"/>/<see cref="Length"/> index the original
/// criteria text), the section and sub-heading it sits under, the text of the list item it belongs to (for nested
/// items such as "must have one of the following:"), and the facts read from it. Fact spans are relative to
/// <see cref="Text"/>.
/// </summary>
public sealed record Criterion(
    int Index,
    CriterionSection Section,
    string Text,
    int Start,
    int Length,
    string? Heading,
    string? ParentText,
    IReadOnlyList<Fact> Facts,
    CriterionStatus Status);
