using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using TrialMatcher.Index;
using TrialMatcher.Ingest;

namespace TrialMatcher.Live;

/// <summary>
/// The nightly re-index: reads the studies changed since the last successful run (or all of them) from the API
/// and makes them visible together.
/// <list type="bullet">
/// <item>Incremental: one <see cref="TrialIndexWriter"/> transaction on the live index, committed at the end, so
/// searches see the old or the new state, never a mix, and a failed or killed run changes nothing.</item>
/// <item>Full: a new database built aside, checked (count against the API's totalCount, integrity, a test
/// query) and swapped in, keeping <c>.prev</c>.</item>
/// </list>
/// The watermark (newest LastUpdatePostDate fetched) moves only when a run succeeds. An expired page token makes
/// the run page again from the start of the same query; upserts by NCT id keep every study once.
/// </summary>
public sealed class Reindexer(CtGovStudiesClient client, HttpStats stats)
{
    public async Task<ReindexSummary> RunAsync(ReindexOptions options, CancellationToken cancel = default)
    {
        var paths = new IndexPaths(options.IndexPath);
        var kind = options.Full ? "full" : "incremental";
        using var held = IndexLock.TryAcquire(paths);
        if (held is null)
        {
            var holder = IndexLock.Holder(paths);
            return new ReindexSummary
            {
                Outcome = ReindexOutcome.Locked,
                Kind = kind,
                Query = options.Query.Signature,
                Message = $"another run is writing {paths.Database}{(holder is null ? "" : $" (process {holder})")}; nothing was done, try again when it finishes",
            };
        }

        var clock = options.Clock;
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var retriesBefore = stats.Retries;
        var requestsBefore = stats.Attempts;
        var log = options.Log;

        var (oldWatermark, oldQuery, exists) = RunLog.State(paths.Database);
        var sameQuery = oldQuery == options.Query.Signature;
        DateOnly? since = null;
        if (!options.Full)
        {
            switch (options.Since)
            {
                case Since.FromDay d:
                    since = d.Day;
                    break;
                case Since.AutoSince when !exists:
                    Say(log, $"no index at {paths.Database} yet: fetching every study of the query into a new one");
                    break;
                case Since.AutoSince when oldWatermark is null:
                    Say(log, "no watermark from an earlier successful run: fetching every study of the query into the existing index");
                    break;
                case Since.AutoSince when !sameQuery:
                    Say(log, $"the watermark belongs to another query ({oldQuery}): fetching every study of this one ({options.Query.Signature})");
                    break;
                case Since.AutoSince:
                    since = DateOnly.ParseExact(oldWatermark!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    Say(log, $"fetching studies updated on or after {oldWatermark} (the watermark of the last successful run)");
                    break;
            }
        }
        var query = options.Query with { UpdatedSince = since };
        var keptWatermark = sameQuery ? oldWatermark : null;

        var seen = new Dictionary<string, UpsertOutcome>(StringComparer.Ordinal);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        long refetched = 0;
        int pages = 0, restarts = 0;
        int? total = null;
        DateOnly? newest = null;
        long trials = 0;

        ReindexSummary Summary(ReindexOutcome outcome, string? watermark, string? message) => new()
        {
            Outcome = outcome,
            Kind = kind,
            Query = query.Signature,
            Since = since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Watermark = watermark,
            Fetched = seen.Count,
            New = seen.Values.Count(v => v == UpsertOutcome.Added),
            Updated = seen.Values.Count(v => v == UpsertOutcome.Updated),
            Unchanged = seen.Values.Count(v => v == UpsertOutcome.Unchanged),
            Failed = problems.Count,
            Refetched = refetched,
            Retries = stats.Retries - retriesBefore,
            Requests = stats.Attempts - requestsBefore,
            Pages = pages,
            Restarts = restarts,
            TotalCount = total,
            TrialsInIndex = trials,
            ElapsedSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 3),
            Message = message,
            Problems = [.. problems.Values],
        };

        ReindexSummary Failed(ReindexOutcome outcome, string message)
        {
            var summary = Summary(outcome, keptWatermark, message);
            RunLog.RecordAlone(paths.Database, "reindex-" + kind, started, clock.GetUtcNow(), summary, clock, log);
            return summary;
        }

        var target = options.Full ? paths.Building : paths.Database;
        if (options.Full) TryDelete(paths.Building);
        TrialIndexWriter? open = TrialIndexWriter.Open(target, clock, bulk: options.Full);
        var writer = open;
        try
        {
            string? token = null;
            while (true)
            {
                var result = await client.FetchPageAsync(query, token, cancel).ConfigureAwait(false);
                switch (result)
                {
                    case StudyPage page:
                        using (page)
                        {
                            pages++;
                            if (token is null && page.TotalCount is { } t) total = t;
                            var index = 0;
                            foreach (var study in page.Studies)
                            {
                                index++;
                                var outcome = ApiV2StudyReader.Map(study, "ClinicalTrials.gov API v2", $"page {pages}, study #{index}");
                                if (outcome is RecordRejected bad)
                                {
                                    problems.TryAdd(bad.Problem.NctId ?? $"{pages}/{index}", bad.Problem.ToString());
                                    continue;
                                }
                                var record = ((RecordRead)outcome).Record;
                                var upsert = writer.Upsert(record, options.Derive);
                                if (seen.TryGetValue(record.NctId, out var before))
                                {
                                    refetched++;
                                    if (before == UpsertOutcome.Unchanged && upsert == UpsertOutcome.Updated) seen[record.NctId] = UpsertOutcome.Updated;
                                }
                                else
                                {
                                    seen[record.NctId] = upsert;
                                }
                                if (record.LastUpdatePosted is { Day: not null } updated && (newest is null || updated.Earliest > newest)) newest = updated.Earliest;
                            }
                            token = page.NextPageToken;
                            Say(log, $"page {pages}: {page.Studies.Count} studies ({seen.Count:N0} so far{(total is { } tc ? $" of {tc:N0}" : "")})");
                        }
                        break;
                    case PageTokenExpired expired when restarts < options.MaxPageTokenRestarts:
                        restarts++;
                        Say(log, $"the page token expired ({expired.Message}); paging again from the first page of the same query (restart {restarts}/{options.MaxPageTokenRestarts}); studies already read are upserted again, unchanged");
                        token = null;
                        continue;
                    case PageTokenExpired expired:
                        return Abort(ReindexOutcome.UpstreamUnavailable, $"the page token expired {restarts + 1} times ({expired.Message}); gave up");
                    case UpstreamUnavailable down:
                        return Abort(ReindexOutcome.UpstreamUnavailable, $"ClinicalTrials.gov is unavailable: {down.Message}");
                    case QueryRejected rejected:
                        return Abort(ReindexOutcome.QueryRejected, $"the API refused the query: {rejected.Message}");
                }
                if (token is null) break;
            }

            var watermark = Max(options.Full ? null : keptWatermark, newest);
            if (options.Full && total is { } expected && seen.Count < expected * (1 - options.CountTolerance))
            {
                return Abort(ReindexOutcome.ValidationFailed,
                    $"fetched {seen.Count:N0} studies but the API counts {expected:N0} (more than {options.CountTolerance:P1} short); the new index was not swapped in");
            }
            if (watermark is not null) writer.SetMeta(RunLog.WatermarkKey, watermark);
            writer.SetMeta(RunLog.QueryKey, query.Signature);
            trials = writer.Count();
            if (options.Full)
            {
                foreach (var run in RunLog.All(paths.Database)) writer.AddRun(run.Kind, run.Started, run.Finished, run.Outcome, run.Summary);
            }
            var done = Summary(ReindexOutcome.Succeeded, watermark, null);
            writer.AddRun("reindex-" + kind, started, clock.GetUtcNow(), done.Outcome.ToString(), JsonSerializer.Serialize(done, LiveJsonContext.Default.ReindexSummary));
            writer.Commit();
            Close();

            if (options.Full)
            {
                var validation = IndexSwap.Validate(paths.Building, trials);
                if (!validation.Ok)
                {
                    TryDelete(paths.Building);
                    return Failed(ReindexOutcome.ValidationFailed, $"the new index was not swapped in: {validation.Message}; the previous index is unchanged");
                }
                IndexSwap.SwapIn(paths, paths.Building);
                Say(log, $"swapped the new index in ({validation.Message}); the previous one is kept as {paths.Previous}");
            }
            return done;
        }
        finally
        {
            Close();
            if (options.Full) TryDelete(paths.Building);
        }

        void Close()
        {
            open?.Dispose();
            open = null;
        }

        ReindexSummary Abort(ReindexOutcome outcome, string message)
        {
            // Roll the run's transaction back (and drop a half-built database) before recording the failure on its own.
            Close();
            if (options.Full) TryDelete(paths.Building);
            return Failed(outcome, message + (options.Full ? "; the previous index still serves" : "; the index and its watermark are unchanged"));
        }
    }

    private static string? Max(string? watermark, DateOnly? newest)
    {
        var text = newest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (watermark is null) return text;
        if (text is null) return watermark;
        return string.CompareOrdinal(text, watermark) > 0 ? text : watermark;
    }

    private static void Say(Action<string> log, string line) => CtGovResilience.Safe(log, line);

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); } catch (IOException) { /* a stale .building is removed by the next run */ }
    }
}
