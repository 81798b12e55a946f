using System.Threading.RateLimiting;
using Polly;

namespace TrialMatcher.Live;

/// <summary>Per-request settings read by <see cref="ResilientHandler"/>.</summary>
public static class ResilientRequest
{
    /// <summary>
    /// Consumes a successful response's body inside the attempt (buffering it, parsing it, streaming it to a file),
    /// so that a truncated body, a dropped connection or an <see cref="InvalidResponseBodyException"/> is retried
    /// like any other transient failure of that request.
    /// </summary>
    public static readonly HttpRequestOptionsKey<Func<HttpResponseMessage, CancellationToken, Task>> ReadBody = new("TrialMatcher.ReadBody");
}

/// <summary>
/// Runs every request through the resilience pipeline and the client-side rate limiter, so the client in front
/// of it stays a plain <see cref="HttpClient"/>. Each attempt takes one token from the limiter and is sent as a
/// fresh copy of the request.
/// </summary>
public sealed class ResilientHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly RateLimiter? _limiter;
    private readonly HttpStats _stats;

    public ResilientHandler(ResiliencePipeline<HttpResponseMessage> pipeline, RateLimiter? limiter, HttpStats stats, HttpMessageHandler inner)
        : base(inner)
    {
        _pipeline = pipeline;
        _limiter = limiter;
        _stats = stats;
    }

    /// <summary>A plain client over the pipeline built from <paramref name="options"/>; <paramref name="stats"/> receives its counters.</summary>
    public static HttpClient CreateClient(CtGovClientOptions options, HttpStats stats)
    {
        var pipeline = CtGovResilience.Build(options, stats);
        var limiter = CreateLimiter(options.RequestsPerSecond);
        var sockets = new SocketsHttpHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.AttemptTimeout,
        };
        var client = new HttpClient(new ResilientHandler(pipeline, limiter, stats, sockets), disposeHandler: true)
        {
            // Relative page URLs resolve under the base's path only when it ends with a slash.
            BaseAddress = options.BaseUrl.AbsolutePath.EndsWith('/') ? options.BaseUrl : new Uri(options.BaseUrl.AbsoluteUri + "/"),
            // The pipeline owns every timeout.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    /// <summary>A token bucket that lets <paramref name="perSecond"/> requests through a second, without bursts; null for no limit.</summary>
    public static RateLimiter? CreateLimiter(double perSecond)
    {
        if (perSecond <= 0 || double.IsInfinity(perSecond)) return null;
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            return await _pipeline.ExecuteAsync(static async (ctx, state) =>
            {
                var (self, original) = state;
                var token = ctx.CancellationToken;
                if (self._limiter is not null)
                {
                    using var lease = await self._limiter.AcquireAsync(1, token).ConfigureAwait(false);
                    if (!lease.IsAcquired) throw new HttpRequestException("the client-side rate limiter refused the request");
                }
                self._stats.Attempt();
                var response = await self.SendOnce(Copy(original), token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode && original.Options.TryGetValue(ResilientRequest.ReadBody, out var read))
                {
                    try
                    {
                        await read(response, token).ConfigureAwait(false);
                    }
                    catch
                    {
                        response.Dispose();
                        throw;
                    }
                }
                return response;
            }, context, (this, request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken token) => base.SendAsync(request, token);

    /// <summary>A fresh message per attempt: a sent message is not meant to be sent again. Our requests carry no body.</summary>
    private static HttpRequestMessage Copy(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };
        foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return copy;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _limiter?.Dispose();
        base.Dispose(disposing);
    }
}
