using TrialMatcher.Index;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

namespace TrialMatcher.Evaluation;

public sealed record SystemScores(string System, TopicScores Mean, IReadOnlyList<TopicScores> Topics, double RemovedShare);

public sealed record EvaluationReport(int Topics, int TopicsWithEligible, SystemScores Matcher, SystemScores Bm25);

/// <summary>
/// Runs the matcher and a plain BM25 baseline over the same index for each patient, and scores both against graded
/// judgments on judged trials only. Both runs see every status (judges ignore recruitment status).
/// </summary>
public static class EvaluationRun
{
    public const int Depth = 5000;

    public static EvaluationReport Run(TrialIndex index, IReadOnlyList<PatientProfile> profiles, IReadOnlyDictionary<string, Judgments> qrels)
    {
        var matcher = new Matcher(index);
        var present = index.ExistingIds(qrels.Values.SelectMany(j => j.Grades.Keys));
        var ours = new List<TopicScores>();
        var bm25 = new List<TopicScores>();
        foreach (var profile in profiles)
        {
            if (!qrels.TryGetValue(profile.Id, out var all)) continue;
            // Only trials the index holds can be ranked: judgments of trials outside the collection would lower
            // every system's ideal ranking alike and say nothing about either.
            var judgments = new Judgments(all.TopicId, all.Grades.Where(g => present.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal));
            if (judgments.Grades.Count == 0) continue;
            var patient = PatientContext.Create(profile);
            var shortlist = matcher.Match(patient, new MatchOptions { Limit = Depth, AnyStatus = true, ShowExcluded = true, LoadRecords = false });
            ours.Add(RankingMetrics.Score(judgments, shortlist.Trials.Select(t => t.NctId).ToList()));
            bm25.Add(RankingMetrics.Score(judgments, Bm25Ranking(index, profile)));
        }
        return new EvaluationReport(ours.Count, ours.Count(t => qrels[t.TopicId].Grades.Any(g => g.Value == 2 && present.Contains(g.Key))), Summarise("matcher", ours), Summarise("bm25", bm25));
    }

    /// <summary>The baseline: FTS5 BM25 over the query "cancer + positive biomarkers", any word, every status.</summary>
    public static IReadOnlyList<string> Bm25Ranking(TrialIndex index, PatientProfile profile)
    {
        var text = string.Join(' ', new[] { profile.Cancer ?? "" }.Concat(profile.Biomarkers.Where(b => b.Status == BiomarkerStatus.Positive)
            .Select(b => $"{b.Gene} {b.Alteration}")));
        return index.Search(new SearchQuery { Text = text, Limit = Depth, AllWordsFirst = false }).Select(h => h.NctId).ToList();
    }

    private static SystemScores Summarise(string name, List<TopicScores> topics)
    {
        var retrieved = topics.Sum(t => t.Retrieved);
        return new SystemScores(name, RankingMetrics.Mean(topics), topics, retrieved == 0 ? 0 : topics.Sum(t => t.RemovedUnjudged) / (double)retrieved);
    }
}
