namespace TrialMatcher.Evaluation;

/// <summary>Graded judgments for one topic or patient: NCT id → grade (2 eligible, 1 excluded/partially relevant, 0 not relevant).</summary>
public sealed record Judgments(string TopicId, IReadOnlyDictionary<string, int> Grades);

public sealed record TopicScores(string TopicId, double PrecisionAt10Eligible, double NdcgAt10, double NdcgAt10EligibleOnly, double RPrecision,
    int Retrieved, int JudgedRetrieved, int RemovedUnjudged);

/// <summary>
/// The ranking metrics of the evaluation, computed on judged trials only: unjudged trials are removed from a
/// ranking before it is cut at 10 (so a system is neither rewarded nor punished for trials nobody judged).
/// </summary>
public static class RankingMetrics
{
    public static TopicScores Score(Judgments judgments, IReadOnlyList<string> ranking)
    {
        var judged = ranking.Where(judgments.Grades.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        var removed = ranking.Count - judged.Count;
        var grades = judged.Select(id => judgments.Grades[id]).ToList();
        var eligibleTotal = judgments.Grades.Values.Count(g => g == 2);

        var p10 = grades.Take(10).Count(g => g == 2) / 10.0;
        var ndcg = Ndcg(grades, judgments.Grades.Values, g => g, 10);
        var ndcgEligible = Ndcg(grades, judgments.Grades.Values, g => g == 2 ? 1 : 0, 10);
        var rprec = eligibleTotal == 0 ? 0 : grades.Take(eligibleTotal).Count(g => g == 2) / (double)eligibleTotal;
        return new TopicScores(judgments.TopicId, p10, ndcg, ndcgEligible, rprec, ranking.Count, judged.Count, removed);
    }

    /// <summary>NDCG@k with gain 2^g − 1 style replaced by the linear gains given (the task defines gains 2/1/0).</summary>
    private static double Ndcg(IReadOnlyList<int> ranked, IEnumerable<int> allGrades, Func<int, int> gain, int k)
    {
        static double Dcg(IEnumerable<double> gains) => gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var dcg = Dcg(ranked.Take(k).Select(g => (double)gain(g)));
        var ideal = Dcg(allGrades.Select(gain).OrderByDescending(g => g).Take(k).Select(g => (double)g));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    public static TopicScores Mean(IReadOnlyList<TopicScores> scores) => scores.Count == 0
        ? new TopicScores("mean", 0, 0, 0, 0, 0, 0, 0)
        : new TopicScores("mean",
            scores.Average(s => s.PrecisionAt10Eligible), scores.Average(s => s.NdcgAt10), scores.Average(s => s.NdcgAt10EligibleOnly),
            scores.Average(s => s.RPrecision), scores.Sum(s => s.Retrieved), scores.Sum(s => s.JudgedRetrieved), scores.Sum(s => s.RemovedUnjudged));
}

/// <summary>Reads judgment files: TREC qrels (<c>topic 0 NCT grade</c>) and the development set's TSV (<c>profile nct grade reason</c>).</summary>
public static class QrelsReader
{
    public static IReadOnlyDictionary<string, Judgments> Read(string path)
    {
        var byTopic = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(line.Contains('\t') ? ['\t'] : [' '], StringSplitOptions.RemoveEmptyEntries);
            string topic, nct; int grade;
            if (parts.Length >= 4 && parts[2].StartsWith("NCT", StringComparison.OrdinalIgnoreCase) && int.TryParse(parts[3], out grade))
            { topic = parts[0]; nct = parts[2]; }
            else if (parts.Length >= 3 && parts[1].StartsWith("NCT", StringComparison.OrdinalIgnoreCase) && int.TryParse(parts[2], out grade))
            { topic = parts[0]; nct = parts[1]; }
            else continue; // a header row or a comment
            if (!byTopic.TryGetValue(topic, out var grades)) byTopic[topic] = grades = new Dictionary<string, int>(StringComparer.Ordinal);
            grades[nct.ToUpperInvariant()] = grade;
        }
        return byTopic.ToDictionary(kv => kv.Key, kv => new Judgments(kv.Key, kv.Value), StringComparer.Ordinal);
    }
}
