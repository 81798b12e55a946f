namespace TrialMatcher.Live;

/// <summary>
/// Settings of the resilient HTTP client used to talk to ClinicalTrials.gov (or a mirror). Every delay and timeout
/// is here, so tests can run the same pipeline with millisecond values. The defaults suit the nightly job against
/// the public API: polite (one request a second), patient (about two minutes of retries per request), bounded
/// (no request runs longer than <see cref="TotalTimeout"/>).
/// </summary>
public sealed record CtGovClientOptions
{
    /// <summary>Default API host.</summary>
    public const string DefaultBaseUrl = "https://clinicaltrials.gov";

    /// <summary>Scheme and host (optionally a path prefix) in front of <c>/api/v2/studies</c>. Default <see cref="DefaultBaseUrl"/>.</summary>
    public Uri BaseUrl { get; init; } = new(DefaultBaseUrl);

    /// <summary>Longest one request may take, all retries and waits included. Default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest one attempt may take (connect, headers and the whole body; Polly's minimum is 10 ms). Default 60 seconds.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt. Default 6.</summary>
    public int MaxRetryAttempts { get; init; } = 6;

    /// <summary>First retry delay; later ones double, with jitter. Default 2 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of any one retry delay, including one asked for by <c>Retry-After</c>. Default 60 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the breaker may open. Default 5 (Polly's 100 never
    /// trips in a job that sends one request a second).</summary>
    public int BreakerMinimumThroughput { get; init; } = 5;

    /// <summary>Window over which failures are counted (Polly's minimum is 0.5 s). Default 5 minutes.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an open circuit rejects attempts before letting one through (Polly's minimum is 0.5 s). Default 30 seconds.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Client-side rate limit in requests per second (retries included); 0 or less means none. Default 1.</summary>
    public double RequestsPerSecond { get; init; } = 1.0;

    /// <summary>Clock for delays and timeouts. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Receives one line per retry, circuit change and other event worth a log line. Never throws into the caller.</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>User-Agent header sent with every request.</summary>
    public string UserAgent { get; init; } = "TrialMatcher/1.0 (+nightly re-index)";
}
