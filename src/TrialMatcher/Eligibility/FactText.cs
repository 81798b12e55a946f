using System.Globalization;

namespace TrialMatcher.Eligibility;

/// <summary>Plain-words descriptions of facts for people: "requires ECOG 0–1", "excludes prior anti-PD-1/PD-L1".</summary>
public static class FactText
{
    private static readonly Dictionary<string, string> ClassNames = new(StringComparer.Ordinal)
    {
        ["anti_pd1_pdl1"] = "anti-PD-1/PD-L1", ["anti_ctla4"] = "anti-CTLA-4", ["egfr_tki"] = "EGFR TKI", ["alk_inhibitor"] = "ALK inhibitor",
        ["her2_directed"] = "HER2-directed therapy", ["cdk46_inhibitor"] = "CDK4/6 inhibitor", ["parp_inhibitor"] = "PARP inhibitor",
        ["btk_inhibitor"] = "BTK inhibitor", ["bcl2_inhibitor"] = "BCL-2 inhibitor", ["imid"] = "IMiD", ["anti_cd38"] = "anti-CD38",
        ["anti_cd20"] = "anti-CD20", ["car_t"] = "CAR-T", ["adc"] = "antibody-drug conjugate", ["stem_cell_transplant"] = "stem cell transplant",
    };

    public static string Describe(Fact fact) => fact switch
    {
        CancerTypeFact c => $"{Verb(c.Polarity)} {CancerName(c.Code)}",
        StageFact s => $"{Verb(s.Polarity)} stage/state {s.Value.Replace('_', ' ')}",
        PriorLinesFact l => $"requires {Lines(l)}{(l.Setting == "any" ? "" : $" for {l.Setting} disease")}{(l.RequiresProgression ? ", with progression" : "")}",
        PriorExposureFact e => $"{Verb(e.Polarity)} prior {(e.IsClass ? ClassNames.GetValueOrDefault(e.Therapy, e.Therapy.Replace('_', ' ')) : e.Therapy)}{(e.RequiresProgression ? " (with progression on it)" : "")}",
        BiomarkerFact b => $"{Verb(b.Polarity)} {b.Gene}{(b.Alteration is null ? "" : " " + b.Alteration)} {b.Status}{(b.Threshold is { } t ? string.Create(CultureInfo.InvariantCulture, $" ({t.Measure} {t.Op} {t.Value})") : "")}",
        AgeFact a => $"requires age {Range(a.MinYears, a.MaxYears)} years",
        SexFact s => $"{Verb(s.Polarity)} sex {s.Value}",
        PerformanceStatusFact p => $"requires {Scale(p.Scale)} {Range(p.Min, p.Max)}{(p.Scale is "karnofsky" or "lansky" && p.MaxEcog is { } e ? $" (≈ ECOG 0–{e})" : "")}",
        BrainMetastasesFact b => b.Rule switch
        {
            "excluded" => "excludes brain/CNS metastases",
            "excluded_unless_treated_stable" => "excludes brain/CNS metastases unless treated and stable",
            "required" => "requires brain/CNS metastases",
            _ => "allows brain/CNS metastases",
        },
        MeasurableDiseaseFact m => $"{(m.Rule == "required" ? "requires" : "does not require")} measurable disease{(m.Standard is null ? "" : $" ({m.Standard})")}",
        ToReviewFact t => $"to review: {t.Category.Replace('_', ' ')}",
        _ => fact.Kind,
    };

    private static string Verb(Polarity p) => p switch { Polarity.Required => "requires", Polarity.Excluded => "excludes", _ => "allows" };

    private static string CancerName(string code) => CancerTypeVocabulary.Default.Get(code) is { } t ? $"{t.Name} ({code})" : code;

    private static string Scale(string s) => s switch { "ecog" => "ECOG", "who" => "WHO", "karnofsky" => "Karnofsky", "lansky" => "Lansky", _ => s };

    private static string Range(double? min, double? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => a.ToString(CultureInfo.InvariantCulture),
        ({ } a, { } b) => string.Create(CultureInfo.InvariantCulture, $"{a}–{b}"),
        ({ } a, null) => string.Create(CultureInfo.InvariantCulture, $"≥ {a}"),
        (null, { } b) => string.Create(CultureInfo.InvariantCulture, $"≤ {b}"),
        _ => "(any)",
    };

    private static string Range(int? min, int? max) => Range((double?)min, (double?)max);

    private static string Lines(PriorLinesFact l) => (l.Min, l.Max) switch
    {
        (0, 0) => "no prior lines (treatment-naive)",
        ({ } a, { } b) when a == b => $"exactly {a} prior line{(a == 1 ? "" : "s")}",
        ({ } a, { } b) => $"{a}–{b} prior lines",
        ({ } a, null) => $"at least {a} prior line{(a == 1 ? "" : "s")}",
        (null, { } b) => $"at most {b} prior line{(b == 1 ? "" : "s")}",
        _ => "prior lines (unbounded)",
    };
}
