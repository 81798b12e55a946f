using Polly.CircuitBreaker;
using Polly.Timeout;

namespace TrialMatcher.Live;

/// <summary>What a download gave: the file, or why not.</summary>
public sealed record DownloadResult(string? Path, long Bytes, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Downloads a file (the bulk <c>ctg-studies.json.zip</c>) to a temporary file next to the index, through the same
/// resilient client as the API pages. The body is streamed to disk inside each attempt, so a dropped connection
/// mid-body is retried from the start of the file. Zip archives need seeking, hence a file rather than a stream.
/// </summary>
public static class BulkDownload
{
    /// <summary>A temporary path in <paramref name="directory"/> for a download of <paramref name="url"/>.</summary>
    public static string TempPath(string directory, Uri url)
    {
        var name = Path.GetFileName(url.LocalPath);
        return Path.Combine(directory, $".download-{Guid.NewGuid():N}-{(name.Length > 0 ? name : "download")}");
    }

    public static async Task<DownloadResult> DownloadAsync(HttpClient http, Uri url, string destination, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(destination))!);
        long bytes = 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(ResilientRequest.ReadBody, async (response, token) =>
        {
            // Each attempt starts the file again.
            await using var file = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using var body = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await body.CopyToAsync(file, 1 << 16, token).ConfigureAwait(false);
            bytes = file.Length;
            if (response.Content.Headers.ContentLength is { } expected && expected != bytes)
                throw new InvalidResponseBodyException($"received {bytes} of {expected} bytes");
        });
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return new DownloadResult(destination, bytes, null);
            Delete(destination);
            return new DownloadResult(null, 0, $"GET {url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}{(CtGovResilience.IsTransient(response.StatusCode) ? ", still failing after retries" : "")}");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException or InvalidResponseBodyException
                                       || (ex is OperationCanceledException && !cancel.IsCancellationRequested))
        {
            Delete(destination);
            return new DownloadResult(null, 0, $"GET {url}: {CtGovStudiesClient.Describe(ex)}");
        }
        catch
        {
            Delete(destination);
            throw;
        }
    }

    private static void Delete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); } catch (IOException) { /* best effort */ }
    }
}
