using System.Diagnostics;
using System.Threading.Channels;
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
    /// <summary>Threads that derive new or changed records while one thread writes; 1 derives on the writer's thread.</summary>
    public int DeriveThreads { get; init; } = Environment.ProcessorCount;
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
                // A rebuild starts from an empty database, so whether a record is new or changed can be decided
                // before the database sees it: derive on every core while one thread writes. An incremental run
                // checks each record against the index first and derives only the changed ones, in order.
                var items = options.DeriveThreads <= 1
                    ? outcomes.Select(o => o is RecordRead ok ? new Work(o, ok.Record, null) : new Work(o, null, null))
                    : options.Replace ? Parallel(outcomes, options, cancel) : Batches(outcomes, writer, options, cancel);
                foreach (var item in items)
                {
                    cancel.ThrowIfCancellationRequested();
                    switch (item.Outcome)
                    {
                        case RecordRead ok:
                            read++;
                            foreach (var u in ok.UnknownValues)
                            {
                                var key = $"{u.Field}: {u.Value}";
                                unknown[key] = unknown.GetValueOrDefault(key) + 1;
                            }
                            var result = item.Prepared is { } prepared ? writer.Write(prepared)
                                : item.Record is null ? UpsertOutcome.Unchanged
                                : writer.Upsert(ok.Record, options.Derive);
                            switch (result)
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

    /// <summary>One outcome on its way to the writer: a record to upsert, a prepared document to write, or neither (rejected, or unchanged).</summary>
    private sealed record Work(ReadOutcome Outcome, TrialRecord? Record, PreparedDocument? Prepared);

    /// <summary>
    /// The rebuild pipeline: the caller's enumeration of <paramref name="outcomes"/> runs on a reader task; each
    /// record is checked against the ones already seen in this run (by NCT id and content hash — the database
    /// being rebuilt is empty, so these are all it holds), and only a new or changed record is derived, on
    /// <see cref="IngestOptions.DeriveThreads"/> workers; the results come back in input order, so the writer
    /// sees exactly what the sequential path would. Bounded queues keep memory flat whatever the input size.
    /// </summary>
    private static IEnumerable<Work> Parallel(IEnumerable<ReadOutcome> outcomes, IngestOptions options, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var capacity = options.DeriveThreads * 64;
        var ordered = Channel.CreateBounded<Task<Work>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var todo = Channel.CreateBounded<(TaskCompletionSource<Work> Done, RecordRead Read, string Hash)>(
            new BoundedChannelOptions(capacity) { SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                var seen = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var outcome in outcomes)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    if (outcome is not RecordRead ok)
                    {
                        await ordered.Writer.WriteAsync(Task.FromResult(new Work(outcome, null, null)), stop.Token).ConfigureAwait(false);
                        continue;
                    }
                    var hash = TrialIndexWriter.ContentHash(ok.Record);
                    if (seen.TryGetValue(ok.Record.NctId, out var before) && before == hash)
                    {
                        await ordered.Writer.WriteAsync(Task.FromResult(new Work(outcome, null, null)), stop.Token).ConfigureAwait(false);
                        continue;
                    }
                    seen[ok.Record.NctId] = hash;
                    var done = new TaskCompletionSource<Work>(TaskCreationOptions.RunContinuationsAsynchronously);
                    await ordered.Writer.WriteAsync(done.Task, stop.Token).ConfigureAwait(false);
                    await todo.Writer.WriteAsync((done, ok, hash), stop.Token).ConfigureAwait(false);
                }
                ordered.Writer.Complete();
            }
            catch (Exception ex)
            {
                ordered.Writer.TryComplete(ex);
            }
            finally
            {
                todo.Writer.TryComplete();
            }
        }, CancellationToken.None);
        var workers = Enumerable.Range(0, options.DeriveThreads).Select(_ => Task.Run(async () =>
        {
            await foreach (var (done, ok, hash) in todo.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                if (stop.IsCancellationRequested) { done.TrySetCanceled(stop.Token); continue; }
                try
                {
                    done.TrySetResult(new Work(ok, ok.Record, TrialIndexWriter.Prepare(options.Derive(ok.Record), hash)));
                }
                catch (Exception ex)
                {
                    done.TrySetException(ex);
                }
            }
        }, CancellationToken.None)).ToArray();
        try
        {
            while (true)
            {
                Task<Work> next;
                try
                {
                    if (!ordered.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()) break;
                }
                catch (ChannelClosedException ex) when (ex.InnerException is not null)
                {
                    // The source failed (unreadable file, interrupted enumeration): the caller sees its exception.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                    throw;
                }
                if (!ordered.Reader.TryRead(out next!)) continue;
                yield return next.GetAwaiter().GetResult();
            }
        }
        finally
        {
            // The writer stopped (finished, failed or cancelled): stop the reader and drain the workers.
            stop.Cancel();
            while (ordered.Reader.TryRead(out _)) { }
            try { Task.WaitAll([reader, .. workers]); }
            catch (AggregateException) { /* their failures were reported through the items, or no longer matter */ }
        }
    }

    /// <summary>
    /// The incremental path: records are checked against the index (and against earlier records of the same batch)
    /// on the writer's thread, a batch at a time; only new or changed ones are derived, on every core, and come back
    /// in input order. The writer's own check at write time keeps the outcome exact whatever the batch held.
    /// </summary>
    private static IEnumerable<Work> Batches(IEnumerable<ReadOutcome> outcomes, TrialIndexWriter writer, IngestOptions options, CancellationToken cancel)
    {
        const int BatchSize = 256;
        var batch = new List<ReadOutcome>(BatchSize);
        foreach (var outcome in outcomes)
        {
            batch.Add(outcome);
            if (batch.Count < BatchSize) continue;
            foreach (var work in Derive(batch)) yield return work;
            batch.Clear();
        }
        foreach (var work in Derive(batch)) yield return work;

        Work[] Derive(List<ReadOutcome> records)
        {
            var works = new Work[records.Count];
            var hashes = new string?[records.Count];
            var inBatch = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < records.Count; i++)
            {
                works[i] = new Work(records[i], null, null);
                if (records[i] is not RecordRead ok) continue;
                var hash = TrialIndexWriter.ContentHash(ok.Record);
                var unchanged = inBatch.TryGetValue(ok.Record.NctId, out var earlier)
                    ? earlier == hash
                    : writer.IsUnchanged(ok.Record.NctId, hash);
                inBatch[ok.Record.NctId] = hash;
                if (!unchanged) hashes[i] = hash;
            }
            System.Threading.Tasks.Parallel.For(0, records.Count,
                new ParallelOptions { MaxDegreeOfParallelism = options.DeriveThreads, CancellationToken = cancel }, i =>
                {
                    if (hashes[i] is { } hash && records[i] is RecordRead ok)
                        works[i] = works[i] with { Record = ok.Record, Prepared = TrialIndexWriter.Prepare(options.Derive(ok.Record), hash) };
                });
            return works;
        }
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); } catch (IOException) { /* best effort: a stale .building is removed by the next run */ }
    }
}
