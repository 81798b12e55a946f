using System.Buffers;
using System.Globalization;
using TrialMatcher.Eligibility;
using TrialMatcher.Index;
using TrialMatcher.Records;

namespace TrialMatcher.Matching;

/// <summary>
/// Finds the trials a patient may join. Candidates come from structured, indexed columns (the cancer types each
/// trial targets, widened along the hierarchy; status; age; sex); each candidate's criteria — parsed at ingest,
/// never re-parsed here — are checked against the patient; trials are ranked eligible before possibly eligible,
/// then by how specifically they were built for this patient, with text relevance only breaking ties.
/// </summary>
public sealed class Matcher(TrialIndex index)
{
    public static readonly IReadOnlyList<string> DefaultStatuses = ["RECRUITING", "NOT_YET_RECRUITING"];

    public Shortlist Match(PatientContext patient, MatchOptions options)
    {
        var warnings = new List<string>();
        if (patient.CancerCode is null)
        {
            var said = patient.Profile.Cancer ?? patient.Profile.CancerCode ?? "(none given)";
            warnings.Add(patient.CancerSuggestions.Count > 0
                ? $"The cancer type '{said}' was not recognised. Did you mean: {string.Join(", ", patient.CancerSuggestions)}?"
                : $"The cancer type '{said}' was not recognised; no trials can be selected for it.");
        }
        var statuses = options.AnyStatus ? [] : DefaultStatuses;
        var codes = patient.Within.Concat(patient.Narrower).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var candidates = index.Candidates(new CandidateQuery
        {
            CancerCodes = codes,
            Statuses = statuses,
            AgeYears = options.FilterAgeAndSex ? patient.Profile.Age : null,
            Sex = options.FilterAgeAndSex ? patient.Profile.Sex : null,
            RankText = RankText(patient),
        });

        var prepared = PreparedCriteriaOf(candidates);
        var n = candidates.Count;
        var maxText = 0.0;
        for (var i = 0; i < n; i++) maxText = Math.Max(maxText, candidates[i].TextScore);
        // Each candidate is evaluated on its own (pure functions of the parsed criteria and the patient): spread
        // them over the cores, then rank in one place, so the result is the same as a sequential loop's.
        // Quietly: verdicts, outcomes and score inputs without reason text. The trials shown are explained below.
        // Per-candidate arrays come from the shared pool: at registry scale they are large-object-heap sized, and a fresh
        // set per match made the runtime run full collections to reclaim them.
        var evaluations = ArrayPool<CriterionEvaluator.Evaluation>.Shared.Rent(n);
        var scores = ArrayPool<ScoreParts>.Shared.Rent(n);
        var totals = ArrayPool<double>.Shared.Rent(n);
        List<(Candidate Candidate, CriterionEvaluator.Evaluation Evaluation, ScoreParts Score)> ranked;
        int eligible = 0, possiblyEligible = 0, notEligible = 0;
        try
        {
            System.Threading.Tasks.Parallel.For(0, n, Cores, i => evaluations[i] = CriterionEvaluator.Evaluate(prepared[i], patient, explain: false, stopWhenNotEligible: !options.ShowExcluded));
            var shown = new List<int>(n);
            for (var i = 0; i < n; i++)
            {
                scores[i] = Score(candidates[i], evaluations[i], patient, maxText);
                totals[i] = scores[i].Total;
                switch (evaluations[i].Verdict)
                {
                    case Verdict.Eligible: eligible++; break;
                    case Verdict.PossiblyEligible: possiblyEligible++; break;
                    default: notEligible++; break;
                }
                if (options.ShowExcluded || evaluations[i].Verdict != Verdict.NotEligible) shown.Add(i);
            }
            // Best score first, then NCT id: a total order, so the shortlist does not depend on the candidates' order.
            shown.Sort((a, b) => totals[b].CompareTo(totals[a]) is var byScore and not 0 ? byScore : string.CompareOrdinal(candidates[a].NctId, candidates[b].NctId));
            ranked = new(Math.Min(options.Limit, shown.Count));
            // The same evaluation again, with its reasons: only for the trials the shortlist shows.
            for (var k = 0; k < shown.Count && k < options.Limit; k++)
                ranked.Add((candidates[shown[k]], CriterionEvaluator.Evaluate(prepared[shown[k]], patient), scores[shown[k]]));
        }
        finally
        {
            // Arrays of references to per-candidate objects are emptied once the shortlist is built. A large one (over
            // 85 kB: thousands of candidates) sits on the large-object heap, which only a full collection frees; until then
            // whatever it still points at survives every younger collection. Emptied, the per-candidate objects die young
            // (measured at 600k trials: each gen-1 collection had copied ≈30 MB of such leftovers, pausing a match 80–110 ms).
            ArrayPool<CriterionEvaluator.Evaluation>.Shared.Return(evaluations, clearArray: true);
            ArrayPool<ScoreParts>.Shared.Return(scores, clearArray: true);
            ArrayPool<double>.Shared.Return(totals);
            ArrayPool<CriterionEvaluator.PreparedCriteria>.Shared.Return(prepared, clearArray: true);
            if (candidates is List<Candidate> owned) owned.Clear();
        }
        var records = options.LoadRecords ? index.RecordsOf(ranked.Select(r => r.Candidate.Id)) : [];
        var here = patient.Profile.Location is { } place ? Geo.Locate(place, index.Place) : null;
        if (patient.Profile.Location is not null && here is null)
            warnings.Add($"The location '{patient.Profile.Location}' could not be placed; give it as 'lat,lon' for distances.");

        var trials = ranked.Select(e => Build(e.Candidate, e.Evaluation, e.Score, records.GetValueOrDefault(e.Candidate.Id), here)).ToList();
        var updated = index.Meta("last_write");
        return new Shortlist
        {
            Patient = patient,
            Trials = trials,
            Candidates = n,
            EligibleCount = eligible,
            PossiblyEligibleCount = possiblyEligible,
            NotEligibleCount = notEligible,
            IndexUpdated = updated,
            StaleWarning = Stale(updated, options),
            Warnings = warnings,
            Statuses = statuses,
        };
    }

    private static readonly ParallelOptions Cores = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// Parsed criteria (stored at ingest, never re-parsed) of each candidate, prepared for evaluation, in candidate
    /// order (in a pooled array the caller returns). Prepared criteria are kept in a bounded LRU cache keyed by trial id and content hash — by identity, never
    /// by text — so a long-lived matcher reads, deserializes and prepares only trials it has not seen since they last changed.
    /// </summary>
    private CriterionEvaluator.PreparedCriteria[] PreparedCriteriaOf(IReadOnlyList<Candidate> candidates)
    {
        var prepared = ArrayPool<CriterionEvaluator.PreparedCriteria>.Shared.Rent(candidates.Count);
        var missing = new List<int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (_cache.TryGet(candidates[i].Id, candidates[i].ContentHash, out var hit)) prepared[i] = hit;
            else missing.Add(i);
        }
        if (missing.Count == 0) return prepared;
        var stored = index.CompressedCriteriaOf(missing.Select(i => candidates[i].Id));
        System.Threading.Tasks.Parallel.For(0, missing.Count, Cores, k =>
        {
            var i = missing[k];
            prepared[i] = CriterionEvaluator.Prepare(stored.TryGetValue(candidates[i].Id, out var blob) ? CriteriaJson.Deserialize(TrialIndex.Decompress(blob)) : ParsedCriteria.Empty);
        });
        foreach (var i in missing) _cache.Add(candidates[i].Id, candidates[i].ContentHash, prepared[i]);
        return prepared;
    }

    private readonly PreparedCriteriaCache _cache = new(CacheCapacity);

    /// <summary>Trials whose prepared criteria a matcher keeps (about the recruiting trials of the largest cancer types at registry scale).</summary>
    public const int CacheCapacity = 60_000;

    /// <summary>The terms that rank candidates by text: the patient's positive biomarkers and their alterations.</summary>
    public static string RankText(PatientContext patient) => string.Join(' ', patient.Profile.Biomarkers
        .Where(b => b.Status == Patients.BiomarkerStatus.Positive)
        .SelectMany(b => new[] { b.Gene, b.Alteration ?? "" }));

    private static ScoreParts Score(Candidate c, CriterionEvaluator.Evaluation e, PatientContext p, double maxText)
    {
        var verdict = e.Verdict switch { Verdict.Eligible => 100, Verdict.PossiblyEligible => 50, _ => 0 };
        // Specificity: a trial for the patient's exact type beats one for its parent, which beats a broad group.
        var specificity = 0.0;
        foreach (var code in c.MatchedCodes)
        {
            var distance = IndexOf(p.WithinNearestFirst, code);
            double s = code.StartsWith("GROUP:", StringComparison.Ordinal) ? (code == "GROUP:ANY" ? 0.5 : 1)
                : distance >= 0 ? Math.Max(1.5, 3 - 0.5 * distance)
                : 2; // narrower than the patient's type: a possible fit
            specificity = Math.Max(specificity, s);
        }
        var biomarker = e.BiomarkerBuiltFor ? 4 : 0;
        // Positive evidence: criteria the patient was checked against and meets (cancer, stage, lines, biomarkers...).
        // A trial whose criteria say little is not a better fit than one whose criteria the patient visibly meets.
        int met = 0, unknowns = 0;
        for (var i = 0; i < e.Criteria.Count; i++)
        {
            if (e.Criteria[i].Outcome == Outcome.Met) met++;
            else if (e.Criteria[i].Outcome == Outcome.Unknown) unknowns++;
        }
        var evidence = 0.4 * Math.Min(8, met);
        var line = e.LineFit ? 1.5 : 0;
        var penalty = -0.75 * Math.Min(unknowns, 8);
        var status = c.Status switch { "RECRUITING" => 0.5, "NOT_YET_RECRUITING" => 0.25, _ => 0 };
        var text = maxText > 0 ? c.TextScore / maxText : 0;
        return new ScoreParts(verdict, specificity, biomarker, line, evidence, penalty, status, Math.Round(3 * text, 4));
    }

    private static int IndexOf(IReadOnlyList<string> list, string code)
    {
        for (var i = 0; i < list.Count; i++) if (string.Equals(list[i], code, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static TrialMatch Build(Candidate c, CriterionEvaluator.Evaluation e, ScoreParts score, TrialRecord? record, Geo.Point? here)
    {
        var facts = e.Criteria.SelectMany(x => x.Facts).ToList();
        // Reasons come from criteria as a whole: a fact that failed inside a criterion met another way (an
        // alternative, another cohort) is not a reason the trial does not fit.
        var notMetFacts = e.Criteria.Where(x => x.Outcome == Outcome.NotMet).SelectMany(x => x.Facts).ToList();
        var reasons = facts.Where(f => f.Outcome == Outcome.Met && !f.OtherCohort && f.Kind is not ("to_review"))
            .Select(f => f.Reason).Distinct(StringComparer.Ordinal).Take(8).ToList();
        var notMet = notMetFacts.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.Reason).Distinct(StringComparer.Ordinal).ToList();
        var findOut = facts.Where(f => f.Outcome == Outcome.Unknown && f.FindOut is not null).Select(f => f.FindOut!).Distinct(StringComparer.Ordinal).ToList();
        var sites = record?.Locations
            .Select(l => new SiteDistance(l, here is { } h && l.Latitude is { } lat && l.Longitude is { } lon ? Math.Round(Geo.Kilometres(h, new Geo.Point(lat, lon)), 1) : null))
            .OrderBy(s => s.Site.Status == "RECRUITING" ? 0 : s.Site.Status == "NOT_YET_RECRUITING" ? 1 : 2)
            .ThenBy(s => s.DistanceKm ?? double.MaxValue)
            .ToList() ?? [];
        return new TrialMatch
        {
            NctId = c.NctId,
            Title = c.Title,
            Status = c.Status,
            Phases = c.Phases,
            LastUpdate = c.LastUpdate,
            Verdict = e.Verdict,
            Score = score,
            Reasons = reasons,
            NotMetReasons = notMet,
            FindOut = findOut,
            Criteria = e.Criteria,
            Met = e.Criteria.Count(x => x.Outcome == Outcome.Met),
            NotMet = e.Criteria.Count(x => x.Outcome == Outcome.NotMet),
            Unknown = e.Criteria.Count(x => x.Outcome == Outcome.Unknown),
            ToReview = e.Criteria.Count(x => x.Outcome == Outcome.ToReview),
            Unread = e.Criteria.Count(x => x.Outcome == Outcome.Unread),
            MatchedCancerCodes = c.MatchedCodes,
            Record = record,
            Sites = sites,
        };
    }

    private static string? Stale(string? updated, MatchOptions options)
    {
        if (updated is null || !DateTimeOffset.TryParse(updated, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)) return null;
        var age = options.Clock.GetUtcNow() - when;
        return age.TotalDays > options.StaleAfterDays
            ? $"The index was last updated {when:yyyy-MM-dd} ({(int)age.TotalDays} days ago); trial statuses may have changed. Run `trialmatcher reindex`."
            : null;
    }
}

/// <summary>A bounded least-recently-used map from (trial id, content hash) to prepared criteria.</summary>
internal sealed class PreparedCriteriaCache(int capacity)
{
    private readonly Dictionary<long, LinkedListNode<(long Id, string? Hash, CriterionEvaluator.PreparedCriteria Prepared)>> _map = new();
    private readonly LinkedList<(long Id, string? Hash, CriterionEvaluator.PreparedCriteria Prepared)> _order = new();
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _map.Count; } }

    public bool TryGet(long id, string? hash, out CriterionEvaluator.PreparedCriteria prepared)
    {
        lock (_lock)
        {
            // A different hash is a changed trial (or another index's trial with the same id): a miss.
            if (hash is not null && _map.TryGetValue(id, out var node) && node.Value.Hash == hash)
            {
                _order.Remove(node);
                _order.AddFirst(node);
                prepared = node.Value.Prepared;
                return true;
            }
        }
        prepared = null!;
        return false;
    }

    public void Add(long id, string? hash, CriterionEvaluator.PreparedCriteria prepared)
    {
        if (hash is null || capacity <= 0) return;
        lock (_lock)
        {
            if (_map.Remove(id, out var old)) _order.Remove(old);
            _map[id] = _order.AddFirst((id, hash, prepared));
            while (_map.Count > capacity)
            {
                _map.Remove(_order.Last!.Value.Id);
                _order.RemoveLast();
            }
        }
    }
}
