using TrialMatcher.Records;

namespace TrialMatcher.Eligibility;

/// <summary>
/// Reads a trial's free-text eligibility criteria into typed, explainable criteria. Every criterion keeps its source
/// text and offsets, its section and sub-heading; nothing is dropped (criteria with no recognised content are
/// <see cref="CriterionStatus.Unread"/>). Pure and thread-safe; never throws on unusual text.
/// </summary>
public static class EligibilityParser
{
    /// <summary>Splits and reads the whole criteria text. Null or blank text gives <see cref="ParsedCriteria.Empty"/>.</summary>
    public static ParsedCriteria Parse(string? criteriaText)
    {
        if (string.IsNullOrWhiteSpace(criteriaText)) return ParsedCriteria.Empty;
        EnsureVocabulariesLoad();
        var segments = CriteriaSegmenter.Split(criteriaText);
        var criteria = new List<Criterion>(segments.Count);
        foreach (var s in segments)
        {
            var text = criteriaText.Substring(s.Start, s.Length);
            List<Fact> facts;
            try { facts = FactReader.Read(text, s.Section, s.Heading, s.ParentText); }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // A reader bug must not lose the criterion: keep it as unread text.
                facts = [];
            }
            criteria.Add(new Criterion(criteria.Count, s.Section, text, s.Start, s.Length, s.Heading, s.ParentText, facts, StatusOf(facts)));
        }
        return new ParsedCriteria(criteria);
    }

    /// <summary>
    /// Reads one criterion's text as if it stood in <paramref name="section"/> (negations and the section set
    /// polarity). Fact spans are relative to <paramref name="text"/>. Empty when nothing is recognised.
    /// </summary>
    public static IReadOnlyList<Fact> ParseCriterion(string text, CriterionSection section) => ParseCriterion(text, section, null);

    /// <summary>As <see cref="ParseCriterion(string, CriterionSection)"/>, with the sub-heading the text sits under ("Age", "Performance status").</summary>
    public static IReadOnlyList<Fact> ParseCriterion(string text, CriterionSection section, string? heading)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        EnsureVocabulariesLoad();
        try { return FactReader.Read(text, section, heading); }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// Loads the embedded vocabularies outside the per-criterion guard: a malformed vocabulary file is a build defect, and
    /// caught per criterion it would only turn every criterion silently unread.
    /// </summary>
    private static void EnsureVocabulariesLoad()
    {
        _ = CancerTypeVocabulary.Default;
        _ = TherapyVocabulary.Default;
    }

    /// <summary>Read when any typed fact was found, ToReview when only review items, Unread otherwise.</summary>
    public static CriterionStatus StatusOf(IReadOnlyList<Fact> facts)
    {
        if (facts.Count == 0) return CriterionStatus.Unread;
        foreach (var f in facts) if (f is not ToReviewFact) return CriterionStatus.Read;
        return CriterionStatus.ToReview;
    }

    /// <summary>
    /// The cancer types a trial targets, as OncoTree codes or GROUP:* codes, for the index's trial_cancer_types table:
    /// from conditions, titles and keywords, plus cancer types the inclusion criteria require. Exclusion mentions and
    /// "other malignancy" items do not count. Most specific codes are kept; a group is dropped when a code under it is
    /// present ("advanced solid tumors" alone gives GROUP:SOLID).
    /// </summary>
    public static IReadOnlyList<string> TargetCancerTypes(TrialRecord record, ParsedCriteria parsed)
    {
        var vocab = CancerTypeVocabulary.Default;
        var codes = new List<string>();
        void FromText(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var found = vocab.Find(text);
            if (found.Count <= 1 && vocab.Normalise(text) is { } whole && !whole.IsGroup) { Add(whole.Code); return; }
            foreach (var m in found) Add(m.Type.Code);
        }
        void Add(string code) { if (!codes.Contains(code)) codes.Add(code); }
        foreach (var c in record.Conditions) FromText(c);
        foreach (var k in record.Keywords) FromText(k);
        FromText(record.BriefTitle);
        FromText(record.OfficialTitle);
        foreach (var criterion in parsed.Criteria)
        {
            if (criterion.Section == CriterionSection.Exclusion) continue;
            foreach (var f in criterion.Facts)
                if (f is CancerTypeFact { Polarity: Polarity.Required } ct) Add(ct.Code);
        }
        // Drop a code when a more specific one under it is present: "lung cancer" + "NSCLC" → NSCLC. Named groups stay:
        // "Solid Tumor; Colorectal Cancer" is a basket open to every solid tumour, with a colorectal cohort.
        return codes.Where(c => (vocab.Get(c)?.IsGroup == true && c != "GROUP:ANY")
            || !codes.Any(o => o != c && vocab.AncestorsAndSelf(o).Contains(c))).ToList();
    }
}
