namespace TrialMatcher.Live;

/// <summary>Counters kept by <see cref="ResilientHandler"/>: attempts sent and retries scheduled, for run summaries.</summary>
public sealed class HttpStats
{
    private long _attempts;
    private long _retries;

    /// <summary>Requests handed to the network (each retry is one more).</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    /// <summary>Retries scheduled by the pipeline.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    internal void Attempt() => Interlocked.Increment(ref _attempts);
    internal void Retry() => Interlocked.Increment(ref _retries);
}
