using System.Text.Json;
using System.Text.Json.Serialization;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

namespace TrialMatcher.Reporting;

/// <summary>The serialisable form of a shortlist: what <c>match --json</c> prints and reports are built from.</summary>
public sealed record ShortlistDocument(
    PatientSummary Patient,
    string? IndexUpdated,
    string? StaleWarning,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Statuses,
    int Candidates,
    int Eligible,
    int PossiblyEligible,
    int NotEligible,
    IReadOnlyList<TrialDocument> Trials)
{
    public static ShortlistDocument From(Shortlist s) => new(
        PatientSummary.From(s.Patient),
        s.IndexUpdated,
        s.StaleWarning,
        s.Warnings,
        s.Statuses,
        s.Candidates,
        s.EligibleCount,
        s.PossiblyEligibleCount,
        s.NotEligibleCount,
        s.Trials.Select((t, i) => TrialDocument.From(t, i + 1)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, ReportJsonContext.Default.ShortlistDocument);
}

public sealed record PatientSummary(
    string Id, string? Cancer, string? CancerCode, string? CancerName, IReadOnlyList<string> DidYouMean, string? Stage,
    int? Age, string? Sex, int? Ecog, string? BrainMetastases, bool? MeasurableDisease,
    IReadOnlyList<string> Biomarkers, int DerivedLines, int? TypedLines, int EffectiveLines, int AdvancedSettingLines,
    IReadOnlyList<LineSummary> Lines, IReadOnlyList<string> Exposures, IReadOnlyList<string> ProgressedOn, string DiseaseState,
    bool? PlatinumResistant, IReadOnlyList<string> Notes, string? Location, IReadOnlyList<HistoryEntry> History)
{
    public static PatientSummary From(PatientContext c)
    {
        var p = c.Profile;
        return new PatientSummary(
            p.Id, p.Cancer, c.CancerCode, c.CancerName, c.CancerSuggestions, p.Stage, p.Age, p.Sex?.ToLowerInvariant(), p.EffectiveEcog,
            p.BrainMetastases switch { null => null, Patients.BrainMetastases.None => "none", Patients.BrainMetastases.TreatedStable => "treated-stable", _ => "active" },
            p.MeasurableDisease,
            p.Biomarkers.Select(b => $"{b.Gene}{(b.Alteration is null ? "" : " " + b.Alteration)}{(b.Score is { } s ? $" {b.ScoreType} {s}" : "")} {b.Status.ToString().ToLowerInvariant()}").ToList(),
            c.Treatment.DerivedLines, c.Treatment.TypedLines, c.Treatment.EffectiveLines, c.Treatment.AdvancedSettingLines,
            c.Treatment.Lines.Select(l => new LineSummary(l.Number, l.EarlySetting, l.Drugs, l.Classes, l.Outcome?.ToString().ToLowerInvariant(), l.Why)).ToList(),
            c.Treatment.Exposures.Order(StringComparer.Ordinal).ToList(),
            c.Treatment.ProgressedOn.Order(StringComparer.Ordinal).ToList(),
            c.Treatment.State.ToString().ToLowerInvariant(),
            c.Treatment.PlatinumResistant,
            c.Treatment.Notes,
            p.Location,
            p.TreatmentHistory.Select(t => new HistoryEntry(t.Regimen, t.Setting, t.Start?.Iso, t.Stop?.Iso, t.StoppedText ?? t.Stopped?.ToString().ToLowerInvariant())).ToList());
    }
}

/// <summary>One treatment as the profile states it (the patient's or navigator's words), for reports.</summary>
public sealed record HistoryEntry(string Regimen, string? Setting, string? Start, string? Stop, string? Stopped);

public sealed record LineSummary(int Number, bool EarlySetting, IReadOnlyList<string> Drugs, IReadOnlyList<string> Classes, string? Outcome, string Why);

public sealed record TrialDocument(
    int Rank, string NctId, string Title, string? Status, IReadOnlyList<string> Phases, string? LastUpdate, string Verdict,
    double Score, ScoreParts ScoreParts, IReadOnlyList<string> Reasons, IReadOnlyList<string> NotMet, IReadOnlyList<string> FindOut,
    CriteriaCounts Counts, IReadOnlyList<string> MatchedCancerTypes, string? Summary, string? Sponsor,
    IReadOnlyList<SiteDocument> Sites, IReadOnlyList<ContactDocument> Contacts, IReadOnlyList<CriterionDocument> Criteria,
    IReadOnlyList<InterventionDocument> Interventions)
{
    public static TrialDocument From(TrialMatch t, int rank) => new(
        rank, t.NctId, t.Title, t.Status, t.Phases, t.LastUpdate,
        t.Verdict switch { Matching.Verdict.Eligible => "eligible", Matching.Verdict.PossiblyEligible => "possibly eligible", _ => "not eligible" },
        Math.Round(t.Score.Total, 3), t.Score, t.Reasons, t.NotMetReasons, t.FindOut,
        new CriteriaCounts(t.Met, t.NotMet, t.Unknown, t.ToReview, t.Unread),
        t.MatchedCancerCodes, t.Record?.BriefSummary, t.Record?.LeadSponsor,
        t.Sites.Select(s => new SiteDocument(s.Site.Facility, s.Site.City, s.Site.State, s.Site.Country, s.Site.Status, s.DistanceKm,
            s.Site.Contact?.Name, s.Site.Contact?.Phone, s.Site.Contact?.Email)).ToList(),
        (t.Record?.CentralContacts ?? []).Select(c => new ContactDocument(c.Name, c.Phone, c.Email)).ToList(),
        t.Criteria.Select(c => new CriterionDocument(c.Index, c.Section.ToString().ToLowerInvariant(), c.Text,
            c.Outcome switch { Outcome.Met => "met", Outcome.NotMet => "not met", Outcome.Unknown => "unknown", Outcome.ToReview => "to review", _ => "unread" },
            c.Facts.Select(f => f.Reason).ToList())).ToList(),
        (t.Record?.Interventions ?? []).Select(i => new InterventionDocument(i.Name, i.Type, i.OtherNames)).ToList());
}

/// <summary>What a trial gives: the registry's intervention name, type (DRUG, BIOLOGICAL, RADIATION, ...) and other names.</summary>
public sealed record InterventionDocument(string Name, string? Type, IReadOnlyList<string> OtherNames);

public sealed record CriteriaCounts(int Met, int NotMet, int Unknown, int ToReview, int Unread);

public sealed record SiteDocument(string? Facility, string? City, string? State, string? Country, string? Status, double? DistanceKm, string? ContactName, string? ContactPhone, string? ContactEmail);

public sealed record ContactDocument(string? Name, string? Phone, string? Email);

public sealed record CriterionDocument(int Index, string Section, string Text, string Outcome, IReadOnlyList<string> Facts);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ShortlistDocument))]
[JsonSerializable(typeof(List<ShortlistDocument>))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
