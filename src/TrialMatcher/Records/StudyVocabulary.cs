using System.Text.RegularExpressions;

namespace TrialMatcher.Records;

/// <summary>
/// The values ClinicalTrials.gov uses for status, phase, study type and sex, in the API v2 spelling, and the
/// mapping from legacy XML and AACT spellings onto them. Unknown values are not errors: they are kept as the
/// source wrote them and reported through <see cref="Normalised.IsKnown"/> so the ingest summary can count them.
/// </summary>
public static partial class StudyVocabulary
{
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "ENROLLING_BY_INVITATION", "COMPLETED",
        "SUSPENDED", "TERMINATED", "WITHDRAWN", "UNKNOWN", "AVAILABLE", "NO_LONGER_AVAILABLE",
        "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD",
    };

    /// <summary>Statuses under which a patient can still join.</summary>
    public static readonly IReadOnlySet<string> OpenStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE",
    };

    public static readonly IReadOnlySet<string> Phases = new HashSet<string>(StringComparer.Ordinal)
    {
        "EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA",
    };

    public static readonly IReadOnlySet<string> StudyTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS",
    };

    public readonly record struct Normalised(string Value, bool IsKnown);

    /// <summary>"Active, not recruiting" / "ACTIVE_NOT_RECRUITING" / "Unknown status" → API v2 spelling.</summary>
    public static Normalised Status(string text)
    {
        var key = Key(text);
        if (key == "UNKNOWN_STATUS") key = "UNKNOWN";
        return new Normalised(Statuses.Contains(key) ? key : text.Trim(), Statuses.Contains(key));
    }

    /// <summary>"Phase 1/Phase 2", "Phase1/Phase2", "PHASE1, PHASE2", "Early Phase 1", "N/A" → API v2 phases.</summary>
    public static (IReadOnlyList<string> Phases, IReadOnlyList<string> Unknown) PhaseList(string text)
    {
        var phases = new List<string>();
        var unknown = new List<string>();
        var cleaned = Regex.Replace(text, @"\bN/A\b", "NA", RegexOptions.IgnoreCase);
        foreach (var part in cleaned.Split(['/', ',', '|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Key(part).Replace("_", "", StringComparison.Ordinal);
            string? phase = key switch
            {
                "EARLYPHASE1" or "PHASE0" or "EARLYPHASEI" => "EARLY_PHASE1",
                "PHASE1" or "PHASEI" => "PHASE1",
                "PHASE2" or "PHASEII" => "PHASE2",
                "PHASE3" or "PHASEIII" => "PHASE3",
                "PHASE4" or "PHASEIV" => "PHASE4",
                "NA" or "N/A" or "NOTAPPLICABLE" => "NA",
                _ => null,
            };
            if (phase is null) unknown.Add(part);
            else if (!phases.Contains(phase)) phases.Add(phase);
        }
        return (phases, unknown);
    }

    /// <summary>"Observational [Patient Registry]" → OBSERVATIONAL with detail "Patient Registry".</summary>
    public static (Normalised Type, string? Detail) StudyType(string text)
    {
        var t = text.Trim();
        string? detail = null;
        var bracket = t.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0)
        {
            detail = t[(bracket + 1)..].TrimEnd(']', ' ');
            t = t[..bracket].Trim();
        }
        var key = Key(t);
        if (key == "PATIENT_REGISTRY") { key = "OBSERVATIONAL"; detail ??= "Patient Registry"; }
        return (new Normalised(StudyTypes.Contains(key) ? key : text.Trim(), StudyTypes.Contains(key)), detail);
    }

    /// <summary>"All" / "Both" / "Female" / "Male" → ALL, FEMALE, MALE.</summary>
    public static Normalised Sex(string text)
    {
        var key = Key(text);
        return key switch
        {
            "ALL" or "BOTH" => new("ALL", true),
            "FEMALE" or "F" => new("FEMALE", true),
            "MALE" or "M" => new("MALE", true),
            _ => new(text.Trim(), false),
        };
    }

    private static string Key(string text) => NonWord().Replace(text.Trim().ToUpperInvariant(), "_").Trim('_');

    [GeneratedRegex(@"[^A-Z0-9/]+")]
    private static partial Regex NonWord();
}
