using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace TrialMatcher.Live;

/// <summary>What fetching one page gave: the page, or why not.</summary>
public abstract record PageResult;

/// <summary>One page of studies. Dispose it when its studies have been read.</summary>
public sealed record StudyPage(JsonDocument Document, IReadOnlyList<JsonElement> Studies, string? NextPageToken, int? TotalCount) : PageResult, IDisposable
{
    public void Dispose() => Document.Dispose();
}

/// <summary>The API answered 400 to a request with a page token: the token expired; paging must start again.</summary>
public sealed record PageTokenExpired(string Message) : PageResult;

/// <summary>The API could not be reached or kept failing after every retry.</summary>
public sealed record UpstreamUnavailable(string Message) : PageResult;

/// <summary>The API refused the query itself (a 4xx other than an expired token): retrying cannot help.</summary>
public sealed record QueryRejected(string Message) : PageResult;

/// <summary>
/// Reads pages of the ClinicalTrials.gov API v2 studies endpoint through a resilient <see cref="HttpClient"/>
/// (see <see cref="ResilientHandler"/>). A page whose JSON does not parse is retried like a failed request.
/// Expected failures come back as <see cref="PageResult"/> values, not exceptions.
/// </summary>
public sealed class CtGovStudiesClient(HttpClient http)
{
    public async Task<PageResult> FetchPageAsync(StudyQuery query, string? pageToken, CancellationToken cancel = default)
    {
        var url = query.PathAndQuery(pageToken);
        StudyPage? page = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");
        request.Options.Set(ResilientRequest.ReadBody, async (response, token) =>
        {
            await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
            var parsed = Parse(bytes);
            page?.Dispose();
            page = parsed;
        });
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return page!;
            var body = await Snippet(response, cancel).ConfigureAwait(false);
            var what = $"GET {url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}{body}";
            if (response.StatusCode == HttpStatusCode.BadRequest && pageToken is not null) return new PageTokenExpired(what);
            return CtGovResilience.IsTransient(response.StatusCode) ? new UpstreamUnavailable($"{what}, still failing after retries") : new QueryRejected(what);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException or InvalidResponseBodyException
                                       || (ex is OperationCanceledException && !cancel.IsCancellationRequested))
        {
            page?.Dispose();
            return new UpstreamUnavailable($"GET {url}: {Describe(ex)}");
        }
    }

    internal static string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException t => $"timed out ({CtGovResilience.Format(t.Timeout)})",
        BrokenCircuitException => "the circuit is open after repeated failures",
        _ => ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message,
    };

    /// <summary>Parses a page; a body that is not a page of the documented shape is an <see cref="InvalidResponseBodyException"/>.</summary>
    internal static StudyPage Parse(byte[] bytes)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new InvalidResponseBodyException($"the page is not valid JSON ({bytes.Length} bytes; truncated?): {ex.Message}", ex);
        }
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("studies", out var studies) || studies.ValueKind != JsonValueKind.Array)
        {
            doc.Dispose();
            throw new InvalidResponseBodyException("the page has no \"studies\" array");
        }
        string? next = root.TryGetProperty("nextPageToken", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } s ? s : null;
        int? total = root.TryGetProperty("totalCount", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
        return new StudyPage(doc, studies.EnumerateArray().ToList(), next, total);
    }

    private static async Task<string> Snippet(HttpResponseMessage response, CancellationToken cancel)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            text = text.ReplaceLineEndings(" ").Trim();
            return text.Length == 0 ? "" : $": {(text.Length > 200 ? text[..200] + "…" : text)}";
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return "";
        }
    }
}
