using NUnit.Framework;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace TrialMatcher.Tests.Live;

/// <summary>A request the server received, in arrival order.</summary>
public sealed record ServedRequest(int Number, string Path, IReadOnlyDictionary<string, string> Query)
{
    public string? PageToken => Query.GetValueOrDefault("pageToken");
    public bool IsPage => Path == "/api/v2/studies";
}

/// <summary>What the server does instead of (or before) answering normally.</summary>
public abstract record Fault
{
    /// <summary>Answer with this status (and optional Retry-After value) instead of the page.</summary>
    public sealed record Status(int Code, string? RetryAfter = null, string Body = "{\"error\":\"injected\"}") : Fault;
    /// <summary>A well-formed HTTP response whose JSON body is cut in half.</summary>
    public sealed record TruncatedJson : Fault;
    /// <summary>Close the connection without answering.</summary>
    public sealed record DropBeforeResponse : Fault;
    /// <summary>Send the headers and half the body, then close (Content-Length promises more).</summary>
    public sealed record DropMidBody : Fault;
    /// <summary>Wait this long before answering normally (longer than the client's attempt timeout).</summary>
    public sealed record Slow(TimeSpan Delay) : Fault;
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 over raw sockets, serving studies in pages of the API v2 shape
/// (<c>{"studies":[...],"nextPageToken":"..."}</c>, totalCount on the first page when countTotal=true) and
/// injecting faults. One request per connection (Connection: close), so a dropped connection is just a close.
/// </summary>
public sealed class FakeCtGovServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private List<(string Nct, string Updated, string Status, string Json)> _studies = [];
    private int _requests;
    private int _pagesServed;

    public FakeCtGovServer()
    {
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
        _ = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }
    public ConcurrentQueue<ServedRequest> Requests { get; } = new();
    public int RequestCount => Volatile.Read(ref _requests);
    /// <summary>Pages answered in full with 200.</summary>
    public int PagesServed => Volatile.Read(ref _pagesServed);
    /// <summary>Delay before every page (a slow upstream); zero by default.</summary>
    public TimeSpan PageDelay { get; set; }
    /// <summary>Reported as totalCount instead of the real count (to simulate a short fetch).</summary>
    public int? TotalCountOverride { get; set; }
    /// <summary>Decides a fault per request; null answers normally.</summary>
    public Func<ServedRequest, Fault?>? Faults { get; set; }
    /// <summary>Other paths served as plain bytes (a bulk download).</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    /// <summary>Replaces what the server holds; the studies are API v2 study objects as JSON text.</summary>
    public void SetStudies(IEnumerable<string> studies)
    {
        var list = studies.Select(s =>
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(s)!;
            var p = node["protocolSection"]!;
            return (Nct: (string?)p["identificationModule"]?["nctId"] ?? "",
                Updated: (string?)p["statusModule"]?["lastUpdatePostDateStruct"]?["date"] ?? "",
                Status: (string?)p["statusModule"]?["overallStatus"] ?? "",
                Json: s);
        }).OrderBy(s => s.Nct, StringComparer.Ordinal).ToList();
        lock (_gate) _studies = list;
    }

    public List<ServedRequest> PageRequests() => Requests.Where(r => r.IsPage).ToList();

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHead(stream);
                if (head is null) return;
                var target = head.Split(' ')[1];
                var path = target.Split('?')[0];
                var query = ParseQuery(target.Contains('?') ? target[(target.IndexOf('?') + 1)..] : "");
                var request = new ServedRequest(Interlocked.Increment(ref _requests), path, query);
                Requests.Enqueue(request);

                var fault = Faults?.Invoke(request);
                switch (fault)
                {
                    case Fault.Status s:
                        await Write(stream, s.Code, Encoding.UTF8.GetBytes(s.Body), s.RetryAfter is null ? "" : $"Retry-After: {s.RetryAfter}\r\n");
                        return;
                    case Fault.DropBeforeResponse:
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    case Fault.Slow slow:
                        await Task.Delay(slow.Delay, _stop.Token);
                        break;
                }

                if (!request.IsPage)
                {
                    if (Files.TryGetValue(path, out var bytes))
                    {
                        if (fault is Fault.DropMidBody) await WriteHalf(client, stream, 200, bytes, "application/zip");
                        else await Write(stream, 200, bytes, "", "application/zip");
                    }
                    else await Write(stream, 404, "{\"error\":\"not found\"}"u8.ToArray());
                    return;
                }

                if (PageDelay > TimeSpan.Zero) await Task.Delay(PageDelay, _stop.Token);
                var body = Encoding.UTF8.GetBytes(Page(query));
                switch (fault)
                {
                    case Fault.TruncatedJson:
                        await Write(stream, 200, body[..(body.Length / 2)]);
                        return;
                    case Fault.DropMidBody:
                        await WriteHalf(client, stream, 200, body, "application/json");
                        return;
                }
                await Write(stream, 200, body);
                Interlocked.Increment(ref _pagesServed);
            }
            catch (Exception)
            {
                // The client went away (timeout, cancellation): nothing to answer.
            }
        }
    }

    private string Page(IReadOnlyDictionary<string, string> query)
    {
        List<(string Nct, string Updated, string Status, string Json)> all;
        lock (_gate) all = _studies;
        IEnumerable<(string Nct, string Updated, string Status, string Json)> matching = all;
        if (query.TryGetValue("filter.advanced", out var advanced))
        {
            var m = Regex.Match(advanced, @"^AREA\[LastUpdatePostDate\]RANGE\[(\d{4}-\d{2}-\d{2}),MAX\]$");
            if (!m.Success) throw new InvalidOperationException($"unexpected filter.advanced: {advanced}");
            matching = matching.Where(s => string.CompareOrdinal(s.Updated, m.Groups[1].Value) >= 0);
        }
        if (query.TryGetValue("filter.overallStatus", out var statuses))
        {
            var keep = statuses.Split(',', '|').ToHashSet(StringComparer.Ordinal);
            matching = matching.Where(s => keep.Contains(s.Status));
        }
        var list = matching.ToList();
        var size = int.Parse(query.GetValueOrDefault("pageSize", "10"), CultureInfo.InvariantCulture);
        var offset = query.TryGetValue("pageToken", out var token) ? int.Parse(token.TrimStart('p'), CultureInfo.InvariantCulture) : 0;
        var page = list.Skip(offset).Take(size).ToList();
        var sb = new StringBuilder("{\"studies\":[");
        sb.AppendJoin(',', page.Select(s => s.Json));
        sb.Append(']');
        if (offset + size < list.Count) sb.Append(CultureInfo.InvariantCulture, $",\"nextPageToken\":\"p{offset + size}\"");
        if (query.GetValueOrDefault("countTotal") == "true") sb.Append(CultureInfo.InvariantCulture, $",\"totalCount\":{TotalCountOverride ?? list.Count}");
        sb.Append('}');
        return sb.ToString();
    }

    private static async Task<string?> ReadHead(NetworkStream stream)
    {
        var buffer = new List<byte>(1024);
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return null;
            buffer.Add(one[0]);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
                return Encoding.ASCII.GetString(buffer.ToArray());
        }
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? part : part[..eq]);
            result[name] = eq < 0 ? "" : Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' '));
        }
        return result;
    }

    private static string Reason(int code) => code switch
    {
        200 => "OK", 400 => "Bad Request", 404 => "Not Found", 429 => "Too Many Requests",
        500 => "Internal Server Error", 502 => "Bad Gateway", 503 => "Service Unavailable", _ => "Status",
    };

    private static async Task Write(NetworkStream stream, int code, byte[] body, string extraHeaders = "", string contentType = "application/json")
    {
        var head = $"HTTP/1.1 {code} {Reason(code)}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }

    private static async Task WriteHalf(TcpClient client, NetworkStream stream, int code, byte[] body, string contentType)
    {
        var head = $"HTTP/1.1 {code} {Reason(code)}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await stream.FlushAsync();
        client.Client.LingerState = new LingerOption(true, 0);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
