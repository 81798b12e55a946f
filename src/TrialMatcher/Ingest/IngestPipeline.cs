using System.Diagnostics;
using TrialMatcher.Index;
using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

public sealed record IngestOptions
{
    public required string IndexPath { get; init; }
    /// <summary>Build a new database beside the live one, validate it, then swap it in (keeping <c>.prev</c>).</summary>
    public bool Replace { get; init; }
    /// <summary>Computes parsed criteria and cancer types for new or changed records.</summary>
    public DocumentDeriver Derive { get; init; } = record => new IndexDocument(record, null, []);
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

public sealed record IngestProgress(long Read, long Skipped, string? CurrentFile);

public sealed record IngestSummary
{
    public long Read { get; init; }
    public long Added { get; init; }
    public long Updated { get; init; }
    public long Unchanged { get; init; }
    public long Skipped { get; init; }
    public int Files { get; init; }
    public int IgnoredFiles { get; init; }
    public long Bytes { get; init; }
    public TimeSpan Elapsed { get; init; }
    public long TrialsInIndex { get; init; }
    public bool Replaced { get; init; }
    public IReadOnlyList<IngestProblem> Problems { get; init; } = [];
    /// <summary>"field: value" → how many records carried that value.</summary>
    public IReadOnlyDictionary<string, int> UnknownValues { get; init; } = new Dictionary<string, int>();
    /// <summary>Set when the run did not change the index (lock held, validation failed, run interrupted).</summary>
    public string? Failure { get; init; }
    public IngestFailureKind FailureKind { get; init; }
}

public enum IngestFailureKind { None, Locked, ValidationFailed, Aborted }

/// <summary>
/// Reads records and writes them to the index in one transaction (upsert), or into a new database that replaces
/// the live one only after it validates. Either way a search sees all of a run or none of it, and a run that
/// fails or is interrupted leaves the previous index as it was.
/// </summary>
public static class IngestPipeline
{
    public static IngestSummary Run(IEnumerable<ReadOutcome> outcomes, IngestOptions options,
        Func<(int Files, int Ignored, long Bytes)>? sourceCounters = null,
        IProgress<IngestProgress>? progress = null, Func<string?>? currentFile = null, CancellationToken cancel = default)
    {
        var paths = new IndexPaths(options.IndexPath);
        using var indexLock = IndexLock.TryAcquire(paths);
        if (indexLock is null)
        {
            var holder = IndexLock.Holder(paths);
            return new IngestSummary
            {
                Failure = $"another run is writing {paths.Database}{(holder is null ? "" : $" (process {holder})")}; try again when it finishes",
                FailureKind = IngestFailureKind.Locked,
            };
        }

        var stopwatch = Stopwatch.StartNew();
        var target = options.Replace ? paths.Building : paths.Database;
        if (options.Replace && File.Exists(paths.Building)) File.Delete(paths.Building);

        long read = 0, added = 0, updated = 0, unchanged = 0;
        var problems = new List<IngestProblem>();
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        long trials;
        try
        {
            using (var writer = TrialIndexWriter.Open(target, options.Clock, bulk: options.Replace))
            {
                foreach (var outcome in outcomes)
                {
                    cancel.ThrowIfCancellationRequested();
                    switch (outcome)
                    {
                        case RecordRead ok:
                            read++;
                            foreach (var u in ok.UnknownValues)
                            {
                                var key = $"{u.Field}: {u.Value}";
                                unknown[key] = unknown.GetValueOrDefault(key) + 1;
                            }
                            switch (writer.Upsert(ok.Record, options.Derive))
                            {
                                case UpsertOutcome.Added: added++; break;
                                case UpsertOutcome.Updated: updated++; break;
                                default: unchanged++; break;
                            }
                            break;
                        case RecordRejected bad:
                            problems.Add(bad.Problem);
                            break;
                    }
                    if ((read + problems.Count) % 250 == 0) progress?.Report(new IngestProgress(read, problems.Count, currentFile?.Invoke()));
                }
                trials = writer.Count();
                writer.Commit();
            }

            if (options.Replace)
            {
                var validation = IndexSwap.Validate(paths.Building, trials);
                if (!validation.Ok)
                {
                    File.Delete(paths.Building);
                    return Summary() with
                    {
                        Failure = $"the new index was not swapped in: {validation.Message}; the previous index is unchanged",
                        FailureKind = IngestFailureKind.ValidationFailed,
                    };
                }
                IndexSwap.SwapIn(paths, paths.Building);
            }
        }
        catch
        {
            if (options.Replace) TryDelete(paths.Building);
            throw;
        }
        progress?.Report(new IngestProgress(read, problems.Count, null));
        return Summary() with { TrialsInIndex = trials, Replaced = options.Replace };

        IngestSummary Summary()
        {
            var (files, ignored, bytes) = sourceCounters?.Invoke() ?? (0, 0, 0);
            return new IngestSummary
            {
                Read = read,
                Added = added,
                Updated = updated,
                Unchanged = unchanged,
                Skipped = problems.Count,
                Problems = problems,
                UnknownValues = unknown,
                Files = files,
                IgnoredFiles = ignored,
                Bytes = bytes,
                Elapsed = stopwatch.Elapsed,
            };
        }
    }

    /// <summary>Reads <paramref name="paths"/> (files, folders, zips, AACT folders) into the index.</summary>
    public static IngestSummary Run(IReadOnlyList<string> paths, IngestOptions options, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var reader = new TrialSourceReader();
        string? current = null;
        reader.FileOpened += f => current = f;
        return Run(reader.Read(paths), options, () => (reader.FilesRead, reader.IgnoredFiles, reader.BytesRead), progress, () => current, cancel);
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); } catch (IOException) { /* best effort: a stale .building is removed by the next run */ }
    }
}
