using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility.Evaluation;

/// <summary>Precision/recall counts for one fact kind.</summary>
public sealed record KindScore(string Kind, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores of one half of the labelled set.</summary>
public sealed record HalfScore(string Half, int Items, IReadOnlyList<KindScore> Kinds);

/// <summary>One item the parser got wrong, for tuning (tune half only).</summary>
public sealed record ItemError(string Id, string Kind, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra);

public sealed record EvaluationReport(int Labelled, int Evaluated, IReadOnlyList<string> HashMismatches, IReadOnlyList<string> MissingRecords, IReadOnlyList<HalfScore> Halves, IReadOnlyList<ItemError> Errors);

/// <summary>
/// Scores <see cref="EligibilityParser.ParseCriterion(string, CriterionSection)"/> against the labelled set in
/// tests/eval/criteria (see its README for the fact schema). Facts are compared per kind as multisets of keys:
/// cancer_type code+polarity; stage value+polarity; prior_lines min+max+setting; prior_exposure therapy+polarity;
/// biomarker gene+status+polarity; performance_status scale+max_ecog; brain_metastases rule; measurable_disease
/// rule+standard; age min+max; sex value; to_review category.
/// </summary>
public static class CriteriaEvaluation
{
    public static readonly string[] Kinds =
        ["cancer_type", "stage", "prior_lines", "prior_exposure", "biomarker", "performance_status", "brain_metastases", "measurable_disease", "age", "sex", "to_review"];

    private sealed record SampleItem(string Id, string NctId, int Offset, int Length, string Sha, string Section, string Half);

    public static EvaluationReport Run(string labelsPath, string samplePath, string dataDir, string half)
    {
        var sample = new Dictionary<string, SampleItem>();
        foreach (var line in File.ReadLines(samplePath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var item = new SampleItem(r.GetProperty("id").GetString()!, r.GetProperty("nct_id").GetString()!, r.GetProperty("offset").GetInt32(),
                r.GetProperty("length").GetInt32(), r.GetProperty("sha").GetString()!, r.GetProperty("section").GetString()!, r.GetProperty("half").GetString()!);
            sample[item.Id] = item;
        }
        var corpus = CriteriaCorpus.Load(dataDir, out _);
        var mismatches = new List<string>();
        var missing = new List<string>();
        var counts = new Dictionary<string, Dictionary<string, int[]>>();
        var items = new Dictionary<string, int>();
        var errors = new List<ItemError>();
        var labelled = 0;
        var evaluated = 0;
        foreach (var line in File.ReadLines(labelsPath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            labelled++;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var id = r.GetProperty("id").GetString()!;
            if (!sample.TryGetValue(id, out var s)) continue;
            if (half != "all" && s.Half != half) continue;
            if (!corpus.TryGetValue(s.NctId, out var record) || s.Offset + s.Length > record.Criteria.Length) { missing.Add(id); continue; }
            var text = record.Criteria.Substring(s.Offset, s.Length);
            if (Sha16(text) != s.Sha) { mismatches.Add(id); continue; }
            evaluated++;
            var section = s.Section switch { "inclusion" => CriterionSection.Inclusion, "exclusion" => CriterionSection.Exclusion, _ => CriterionSection.Unknown };
            var predicted = EligibilityParser.ParseCriterion(text, section).Where(InLabelSchema).Select(f => (f.Kind, Key: ScoringKey(f.Kind, KeyOf(f)))).ToList();
            var gold = r.GetProperty("facts").EnumerateArray().Select(f => (Kind: f.GetProperty("kind").GetString()!, Key: ScoringKey(f.GetProperty("kind").GetString()!, KeyOf(f)))).ToList();
            foreach (var h in new[] { s.Half, "all" })
            {
                items[h] = items.GetValueOrDefault(h) + 1;
                if (!counts.TryGetValue(h, out var byKind)) counts[h] = byKind = Kinds.ToDictionary(k => k, _ => new int[3]);
                foreach (var kind in Kinds)
                {
                    var p = predicted.Where(x => x.Kind == kind).Select(x => x.Key).ToList();
                    var g = gold.Where(x => x.Kind == kind).Select(x => x.Key).ToList();
                    var tp = 0;
                    var remaining = new List<string>(g);
                    var extra = new List<string>();
                    foreach (var key in p)
                    {
                        if (remaining.Remove(key)) tp++;
                        else extra.Add(key);
                    }
                    byKind[kind][0] += tp;
                    byKind[kind][1] += extra.Count;
                    byKind[kind][2] += remaining.Count;
                    if (h != "all" && s.Half == "tune" && (extra.Count > 0 || remaining.Count > 0)) errors.Add(new ItemError(id, kind, remaining, extra));
                }
            }
        }
        var halves = counts.OrderBy(c => c.Key == "all" ? 1 : 0).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new HalfScore(c.Key, items[c.Key], Kinds.Select(k => new KindScore(k, c.Value[k][0], c.Value[k][1], c.Value[k][2])).ToList())).ToList();
        return new EvaluationReport(labelled, evaluated, mismatches, missing, halves, errors);
    }

    internal static string Sha16(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string Pol(Polarity p) => p.ToString().ToLowerInvariant();
    private static string N(double? v) => v is null ? "-" : v.Value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string KeyOf(Fact f) => f switch
    {
        CancerTypeFact c => $"{c.Code}|{Pol(c.Polarity)}",
        StageFact s => $"{s.Value}|{Pol(s.Polarity)}",
        PriorLinesFact l => LinesKey(l.Min, l.Max, l.Setting),
        PriorExposureFact e => $"{e.Therapy}|{Pol(e.Polarity)}",
        BiomarkerFact b => $"{b.Gene}|{b.Status}|{Pol(b.Polarity)}",
        PerformanceStatusFact p => $"{p.Scale}|{N(p.MaxEcog)}",
        BrainMetastasesFact b => b.Rule,
        MeasurableDiseaseFact m => $"{m.Rule}|{m.Standard ?? "-"}",
        AgeFact a => $"{N(a.MinYears)}|{N(a.MaxYears)}",
        SexFact s => s.Value,
        ToReviewFact t => t.Category,
        _ => "?",
    };

    // Leukaemia phases (chronic, accelerated, blast) are stage facts the matcher uses, but the label schema has no values
    // for them, so the labellers were told not to label them: they are not scored either way.
    private static bool InLabelSchema(Fact f) => f is not StageFact { Value: "chronic_phase" or "accelerated_phase" or "blast_phase" };

    // "No HER2 overexpression" is written both ways by people and by the parser: HER2 positive excluded, or HER2 negative
    // required. Scored as one key: an excluded status is the required opposite. (KeyOf itself stays literal: the
    // table tests check what the parser wrote.)
    // The labellers' brief named the HLA type "HLA-A2"; the vocabulary names the allele group "HLA-A*02": one gene.
    private static string ScoringKey(string kind, string key)
    {
        if (kind != "biomarker") return key;
        if (key.StartsWith("HLA-A2|", StringComparison.Ordinal)) key = "HLA-A*02" + key[6..];
        var parts = key.Split('|');
        return parts.Length == 3 && parts[2] == "excluded" && parts[1] is "positive" or "negative"
            ? $"{parts[0]}|{(parts[1] == "positive" ? "negative" : "positive")}|required"
            : key;
    }

    // A minimum of 0 with a maximum above it bounds nothing: "0-1 prior regimens" and "no more than 1" are the same key.
    private static string LinesKey(double? min, double? max, string setting) =>
        $"{(min == 0 && max is > 0 ? "-" : N(min))}|{N(max)}|{setting}";

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    internal static string KeyOf(JsonElement f) => Str(f, "kind") switch
    {
        "cancer_type" => $"{Str(f, "code")}|{Str(f, "polarity")}",
        "stage" => $"{Str(f, "value")}|{Str(f, "polarity")}",
        "prior_lines" => LinesKey(Num(f, "min"), Num(f, "max"), Str(f, "setting") ?? "any"),
        "prior_exposure" => $"{Str(f, "therapy")}|{Str(f, "polarity")}",
        "biomarker" => $"{Str(f, "gene")}|{Str(f, "status")}|{Str(f, "polarity")}",
        "performance_status" => $"{Str(f, "scale")}|{N(Num(f, "max_ecog"))}",
        "brain_metastases" => Str(f, "rule") ?? "?",
        "measurable_disease" => $"{Str(f, "rule")}|{Str(f, "standard") ?? "-"}",
        "age" => $"{N(Num(f, "min_years"))}|{N(Num(f, "max_years"))}",
        "sex" => Str(f, "value") ?? "?",
        "to_review" => Str(f, "category") ?? "?",
        _ => "?",
    };

    /// <summary>Unread criteria over a corpus: share by section and the most common patterns (lowercase, digits → #, first 6 words).</summary>
    public static UnreadReport Unread(IEnumerable<string> texts, int top = 20)
    {
        var bySection = new Dictionary<string, int[]>();
        var patterns = new Dictionary<string, int>();
        var trials = 0;
        foreach (var text in texts)
        {
            trials++;
            foreach (var c in EligibilityParser.Parse(text).Criteria)
            {
                var key = c.Section.ToString().ToLowerInvariant();
                if (!bySection.TryGetValue(key, out var n)) bySection[key] = n = new int[4];
                n[0]++;
                n[1 + (int)c.Status]++;
                if (c.Status != CriterionStatus.Unread) continue;
                var normal = Regex.Replace(c.Text.ToLowerInvariant(), @"\d", "#");
                var words = normal.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Take(6);
                var pattern = string.Join(' ', words);
                patterns[pattern] = patterns.GetValueOrDefault(pattern) + 1;
            }
        }
        return new UnreadReport(trials,
            bySection.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new SectionShare(x.Key, x.Value[0], x.Value[1], x.Value[2], x.Value[3])).ToList(),
            patterns.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top).Select(p => new UnreadPattern(p.Key, p.Value)).ToList());
    }
}

public sealed record SectionShare(string Section, int Criteria, int Read, int ToReview, int Unread)
{
    public double UnreadShare => Criteria == 0 ? 0 : (double)Unread / Criteria;
}

public sealed record UnreadPattern(string Pattern, int Count);

public sealed record UnreadReport(int Trials, IReadOnlyList<SectionShare> Sections, IReadOnlyList<UnreadPattern> Top);
