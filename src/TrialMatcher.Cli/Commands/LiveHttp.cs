using System.Globalization;
using TrialMatcher.Live;

namespace TrialMatcher.Cli.Commands;

/// <summary>The CLI's resilient HTTP client: defaults (or the context's test settings), stderr logging, options on top.</summary>
internal static class LiveHttp
{
    public static CtGovClientOptions Options(CliContext context, Uri? baseUrl = null, double? rate = null)
    {
        var gate = new object();
        var options = context.Http ?? new CtGovClientOptions { TimeProvider = context.Clock };
        return options with
        {
            BaseUrl = baseUrl ?? options.BaseUrl,
            RequestsPerSecond = rate ?? options.RequestsPerSecond,
            Log = line =>
            {
                lock (gate) context.Error.WriteLine($"{context.Clock.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {line}");
                options.Log(line);
            },
        };
    }

    /// <summary>Parses --base-url: an absolute http or https URL.</summary>
    public static Uri? ParseUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
