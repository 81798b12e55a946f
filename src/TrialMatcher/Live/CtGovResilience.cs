using System.Globalization;
using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace TrialMatcher.Live;

/// <summary>
/// Builds the one resilience pipeline the HTTP client runs every request through, outermost first:
/// total timeout → retry (exponential backoff with jitter, honouring <c>Retry-After</c>, bounded by
/// <see cref="CtGovClientOptions.MaxRetryDelay"/>) → circuit breaker → per-attempt timeout.
/// </summary>
public static class CtGovResilience
{
    /// <summary>Whether a status is worth another attempt: 408, 429 and every 5xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static ResiliencePipeline<HttpResponseMessage> Build(CtGovClientOptions options, HttpStats? stats = null)
    {
        var clock = options.TimeProvider;
        var circuit = new CircuitBreakerStateProvider();
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<IOException>()
            .Handle<TimeoutRejectedException>()
            .Handle<InvalidResponseBodyException>()
            .HandleResult(r => IsTransient(r.StatusCode));

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock, Name = "ctgov" }
            .AddTimeout(new TimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<InvalidResponseBodyException>()
                    .Handle<BrokenCircuitException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(ServerDelay(args.Outcome, clock, options.MaxRetryDelay)
                    // The failure just opened the circuit: a retry before the break ends would be refused unsent.
                    ?? (circuit.CircuitState == CircuitState.Open ? Min(options.BreakDuration, options.MaxRetryDelay) : null)),
                OnRetry = args =>
                {
                    stats?.Retry();
                    Safe(options.Log, $"retry {args.AttemptNumber + 1}/{options.MaxRetryAttempts} in {Format(args.RetryDelay)} after {Reason(args.Outcome, clock)}");
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "circuit-breaker",
                StateProvider = circuit,
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                OnOpened = args =>
                {
                    Safe(options.Log, $"circuit opened for {Format(args.BreakDuration)} after {Reason(args.Outcome, clock)}: too many failures in a row, pausing requests");
                    return default;
                },
                OnHalfOpened = _ => { Safe(options.Log, "circuit half-open: trying one request"); return default; },
                OnClosed = _ => { Safe(options.Log, "circuit closed: requests flow again"); return default; },
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout })
            .Build();
    }

    /// <summary>The delay a response asks for with <c>Retry-After</c> (seconds or an HTTP date), or the time left
    /// before an open circuit lets a probe through, capped at <paramref name="max"/> (Polly's MaxDelay does not
    /// apply to generated delays); null (use the exponential backoff) when there is none.</summary>
    internal static TimeSpan? ServerDelay(Outcome<HttpResponseMessage> outcome, TimeProvider clock, TimeSpan max)
    {
        // An open circuit says when it will let a probe through: waiting that long spends the retry on a real attempt.
        if (outcome.Exception is BrokenCircuitException { RetryAfter: { } breakLeft } && breakLeft > TimeSpan.Zero)
            return breakLeft > max ? max : breakLeft;
        if (outcome.Result?.Headers.RetryAfter is not { } retryAfter) return null;
        var delay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - clock.GetUtcNow() : null);
        if (delay is not { } d || d <= TimeSpan.Zero) return null;
        return d > max ? max : d;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Reason(Outcome<HttpResponseMessage> outcome, TimeProvider clock)
    {
        if (outcome.Exception is { } ex)
        {
            return ex switch
            {
                TimeoutRejectedException t => $"a timeout ({Format(t.Timeout)} per attempt)",
                BrokenCircuitException => "an open circuit (the upstream failed repeatedly)",
                InvalidResponseBodyException => $"an unusable body: {ex.Message}",
                _ => $"{ex.GetType().Name}: {Innermost(ex)}",
            };
        }
        var r = outcome.Result!;
        var text = $"HTTP {(int)r.StatusCode} {r.ReasonPhrase}";
        if (r.Headers.RetryAfter is { } ra)
        {
            var asked = ra.Delta ?? (ra.Date is { } d ? d - clock.GetUtcNow() : null);
            var form = ra.Delta is not null ? "seconds" : "HTTP date";
            text += asked is { } a ? $" (Retry-After {Format(a < TimeSpan.Zero ? TimeSpan.Zero : a)} as {form})" : " (Retry-After unreadable)";
        }
        return text;
    }

    private static string Innermost(Exception ex)
    {
        var message = ex.Message;
        for (var e = ex.InnerException; e is not null; e = e.InnerException) message += $" ({e.Message})";
        return message;
    }

    internal static string Format(TimeSpan t) =>
        t.TotalSeconds >= 1 ? t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s" : t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    internal static void Safe(Action<string> log, string line)
    {
        try { log(line); } catch (Exception) { /* diagnostics never throw into the caller */ }
    }
}
