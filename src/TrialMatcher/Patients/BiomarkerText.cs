using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Patients;

/// <summary>Reads biomarker results as people write them: "KRAS G12C positive", "PD-L1 TPS 60%", "EGFR: negative", "MSI-high / dMMR".</summary>
public static partial class BiomarkerText
{
    private static readonly Dictionary<string, string> GeneAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ERBB2"] = "HER2", ["HER-2"] = "HER2", ["HER2/NEU"] = "HER2", ["NEU"] = "HER2",
        ["CD274"] = "PD-L1", ["PDL1"] = "PD-L1", ["PD L1"] = "PD-L1",
        ["ESR1 RECEPTOR"] = "ER", ["ESTROGEN RECEPTOR"] = "ER", ["OESTROGEN RECEPTOR"] = "ER", ["PROGESTERONE RECEPTOR"] = "PR", ["PGR"] = "PR",
        ["MSI-H"] = "MSI", ["MSI-HIGH"] = "MSI", ["DMMR"] = "MSI", ["MMR"] = "MSI", ["MISMATCH REPAIR"] = "MSI",
        ["PHILADELPHIA"] = "BCR-ABL1", ["PHILADELPHIA CHROMOSOME"] = "BCR-ABL1", ["PH"] = "BCR-ABL1", ["BCR-ABL"] = "BCR-ABL1", ["BCR::ABL1"] = "BCR-ABL1",
        ["DEL(17P)"] = "17p", ["DEL17P"] = "17p", ["17P"] = "17p", ["17P DELETION"] = "17p",
        ["CLAUDIN 18.2"] = "CLDN18.2", ["CLAUDIN18.2"] = "CLDN18.2", ["CLDN18"] = "CLDN18.2",
        ["TMB-H"] = "TMB",
    };

    public static string CanonicalGene(string gene)
    {
        var g = gene.Trim();
        return GeneAliases.TryGetValue(g, out var canonical) ? canonical : g.ToUpperInvariant() switch
        {
            "PD-L1" => "PD-L1",
            var upper when upper.StartsWith("CLDN18", StringComparison.Ordinal) => "CLDN18.2",
            var upper => upper,
        };
    }

    /// <summary>One result from a key (gene, possibly with a score type: "PD-L1 TPS") and a value ("60%", "G12C", "negative").</summary>
    public static BiomarkerResult FromKeyValue(string key, string value)
    {
        var k = key.Trim();
        string? scoreType = null;
        var scoreMatch = ScoreKey().Match(k);
        if (scoreMatch.Success)
        {
            scoreType = scoreMatch.Groups[2].Value.ToUpperInvariant();
            k = scoreMatch.Groups[1].Value.Trim();
        }
        var gene = CanonicalGene(k);
        var v = value.Trim();
        var status = StatusOf(v);
        double? score = null;
        var number = Number().Match(v);
        if ((scoreType is not null || gene is "PD-L1" or "TMB" or "CLDN18.2") && number.Success)
        {
            score = double.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
            scoreType ??= gene == "TMB" ? "TMB" : gene == "PD-L1" ? (v.Contains("CPS", StringComparison.OrdinalIgnoreCase) ? "CPS" : "TPS") : "percent";
            if (status is null) status = score >= 1 ? BiomarkerStatus.Positive : BiomarkerStatus.Negative;
        }
        string? alteration = null;
        if (status is null)
        {
            // A bare alteration ("G12C", "exon 19 deletion", "V600E") means the alteration was found.
            status = BiomarkerStatus.Positive;
            alteration = v;
        }
        else
        {
            var rest = StatusWords().Replace(v, " ").Trim(' ', '(', ')', ',', ';', '/');
            if (rest.Length > 0 && score is null) alteration = rest;
        }
        if (gene == "MSI" && alteration is null && (k.Contains("high", StringComparison.OrdinalIgnoreCase) || k.Contains('H'))) alteration = "MSI-H";
        return new BiomarkerResult(gene, string.IsNullOrWhiteSpace(alteration) ? null : alteration, status.Value, score, scoreType);
    }

    /// <summary>One result from free text: "KRAS G12C positive", "PD-L1 TPS 60", "EGFR negative", "HER2 IHC 3+".</summary>
    public static BiomarkerResult FromText(string text)
    {
        var t = text.Trim();
        var m = LeadingGene().Match(t);
        if (!m.Success) return FromKeyValue(t, "positive");
        var gene = m.Groups[1].Value;
        var rest = t[m.Length..].Trim(' ', ':', '=');
        var scoreType = ScoreWord().Match(rest);
        if (scoreType.Success && scoreType.Index == 0)
        {
            gene = gene + " " + scoreType.Value;
            rest = rest[scoreType.Length..].Trim();
        }
        return FromKeyValue(gene, rest.Length == 0 ? "positive" : rest);
    }

    private static BiomarkerStatus? StatusOf(string v)
    {
        var t = v.ToLowerInvariant();
        if (Regex.IsMatch(t, @"\b(unknown|not tested|untested|pending|not done|n/a)\b")) return BiomarkerStatus.Unknown;
        if (Regex.IsMatch(t, @"\b(negative|neg|wild[- ]?type|wt|not detected|absent|normal|unmethylated|pmmr|mss|proficient)\b") || t.EndsWith('-') && t.Length <= 6) return BiomarkerStatus.Negative;
        if (Regex.IsMatch(t, @"\b(positive|pos|detected|present|mutated|mutant|amplified|high|methylated|deficient|dmmr|fusion|rearranged|overexpress\w*)\b") || t.EndsWith('+')) return BiomarkerStatus.Positive;
        return null;
    }

    [GeneratedRegex(@"^(.*?)\s+(TPS|CPS|IC|TC|IHC)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreKey();

    [GeneratedRegex(@"^(TPS|CPS|IC|TC)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScoreWord();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*%?")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:positive|negative|pos|neg|detected|not detected|mutated|mutant|wild[- ]?type|unknown|not tested)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"^(PD-?L1|HER2|HER-2|ERBB2|BCR-ABL1?|CLDN18\.2|del\(17p\)|MSI-H|[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?)(?=\s|:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGene();
}
