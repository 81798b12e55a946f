using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TrialMatcher.Live;
using TrialMatcher.Records;

namespace TrialMatcher.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Build(CliContext context)
    {
        var baseUrl = new Option<string>("--base-url")
        {
            Description = $"API host (a mirror or a test server) [default: {CtGovClientOptions.DefaultBaseUrl}]",
            HelpName = "URL",
        };
        var since = new Option<string>("--since")
        {
            Description = "auto: studies updated since the last successful run (everything if there was none); or a day, YYYY-MM-DD",
            DefaultValueFactory = _ => "auto",
        };
        var full = new Option<bool>("--full") { Description = "Fetch everything into a new index built aside, validate it, swap it in (the old one is kept as .prev)" };
        var cond = new Option<string>("--cond") { Description = "Condition to search for (query.cond)", DefaultValueFactory = _ => "cancer" };
        var status = new Option<string[]>("--status")
        {
            Description = "Only studies with these statuses (filter.overallStatus), e.g. recruiting,not_yet_recruiting (repeat or comma-separate)",
            AllowMultipleArgumentsPerToken = true,
        };
        var pageSize = new Option<int>("--page-size") { Description = "Studies per request, 1 to 1000", DefaultValueFactory = _ => 1000 };
        var rate = new Option<double?>("--rate") { Description = "Most requests per second, retries included [default: 1]" };
        var allowSkips = new Option<bool>("--allow-skips") { Description = $"Exit {ExitCodes.Ok} even when some studies could not be read (they are still listed)" };
        var json = CommonOptions.Json();
        var command = new Command("reindex", $"""
            Bring the index up to date from the ClinicalTrials.gov API v2 (the nightly job). By default only studies
            updated since the last successful run are fetched (the watermark is the newest LastUpdatePostDate seen,
            fetched again inclusively next time) and written in one transaction: searches see the old state or
            the new one, never a mix, and a failed or killed run changes nothing. --full builds a new index
            aside, checks it (count against the API's totalCount, integrity, a test query) and swaps it in.
            Requests are rate-limited and retried with backoff; Retry-After is honoured. A summary goes to
            stderr (--json: to stdout as JSON) and into the index's runs table (see `trialmatcher runs`).

            Examples:
              trialmatcher reindex
              trialmatcher reindex --status recruiting,not_yet_recruiting --json >> reindex.jsonl
              trialmatcher reindex --full
              trialmatcher reindex --since 2025-01-01 --cond "breast cancer"

            Exit codes: {ExitCodes.Ok} done; {ExitCodes.Partial} some studies could not be read (--allow-skips gives 0);
            {ExitCodes.Usage} bad command line, or the API refused the query; {ExitCodes.UpstreamUnavailable} the API could not be
            reached after retries (index and watermark unchanged); {ExitCodes.Locked} another run holds the lock;
            {ExitCodes.ValidationFailed} --full: the new index failed validation (the old one still serves).
            """)
        {
            baseUrl, since, full, cond, status, pageSize, rate, allowSkips, json,
        };
        command.SetAction(async (parse, cancel) =>
        {
            Uri? url = null;
            if (parse.GetValue(baseUrl) is { } urlText && (url = LiveHttp.ParseUrl(urlText)) is null)
                return Usage(context, $"--base-url: expected an http or https URL, got '{urlText}'");
            Since start;
            var sinceText = parse.GetValue(since)!.Trim();
            if (sinceText.Equals("auto", StringComparison.OrdinalIgnoreCase)) start = Since.Auto;
            else if (DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) start = Since.From(day);
            else return Usage(context, $"--since: expected auto or a day as YYYY-MM-DD, got '{sinceText}'");
            if (parse.GetValue(full) && start != Since.Auto) return Usage(context, "--since and --full do not go together: --full fetches everything");
            var statuses = new List<string>();
            foreach (var s in SearchCommand.Split(parse.GetValue(status)))
            {
                var n = StudyVocabulary.Status(s);
                if (!n.IsKnown) return Usage(context, $"--status: expected one of {string.Join(", ", StudyVocabulary.Statuses.Select(x => x.ToLowerInvariant()))}, got '{s}'");
                statuses.Add(n.Value!);
            }
            if (parse.GetValue(pageSize) is < 1 or > 1000) return Usage(context, $"--page-size: expected 1 to 1000, got {parse.GetValue(pageSize)}");
            if (parse.GetValue(rate) is <= 0) return Usage(context, $"--rate: expected a positive number of requests per second, got {parse.GetValue(rate)}");

            var http = LiveHttp.Options(context, url, parse.GetValue(rate));
            var stats = new HttpStats();
            using var client = ResilientHandler.CreateClient(http, stats);
            var reindexer = new Reindexer(new CtGovStudiesClient(client), stats);
            var summary = await reindexer.RunAsync(new ReindexOptions
            {
                IndexPath = parse.GetValue(CommonOptions.Index)!,
                Query = new StudyQuery { Condition = parse.GetValue(cond)!, Statuses = statuses, PageSize = parse.GetValue(pageSize) },
                Since = start,
                Full = parse.GetValue(full),
                Derive = Derivation.Default,
                Clock = context.Clock,
                Log = http.Log,
            }, cancel);

            Report(context, summary);
            if (parse.GetValue(json)) context.Out.WriteLine(JsonSerializer.Serialize(summary, LiveJsonContext.Default.ReindexSummary));
            return summary.Outcome switch
            {
                ReindexOutcome.Locked => ExitCodes.Locked,
                ReindexOutcome.UpstreamUnavailable => ExitCodes.UpstreamUnavailable,
                ReindexOutcome.QueryRejected => ExitCodes.Usage,
                ReindexOutcome.ValidationFailed => ExitCodes.ValidationFailed,
                _ when summary.Failed > 0 && !parse.GetValue(allowSkips) => ExitCodes.Partial,
                _ => ExitCodes.Ok,
            };
        });
        return command;
    }

    private static int Usage(CliContext context, string message)
    {
        context.Fail(message);
        context.Error.WriteLine("Run 'trialmatcher reindex --help' for usage and examples.");
        return ExitCodes.Usage;
    }

    private static void Report(CliContext context, ReindexSummary s)
    {
        var w = context.Error;
        foreach (var problem in s.Problems.Take(100)) w.WriteLine($"skipped: {problem}");
        if (s.Problems.Count > 100) w.WriteLine($"skipped: ... and {s.Problems.Count - 100} more (use --json for the full list)");
        if (s.Outcome == ReindexOutcome.Locked)
        {
            context.Fail(s.Message!);
            return;
        }
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reindex ({s.Kind}{(s.Since is null ? ", everything" : $", since {s.Since}")}): fetched {s.Fetched:N0}{(s.TotalCount is { } t ? $" of {t:N0}" : "")}, new {s.New:N0}, updated {s.Updated:N0}, unchanged {s.Unchanged:N0}, failed {s.Failed:N0}; " +
            $"{s.Pages:N0} pages, {s.Requests:N0} requests, {s.Retries:N0} retries{(s.Restarts > 0 ? $", {s.Restarts} restarts after expired page tokens" : "")}; {s.ElapsedSeconds:N1} s"));
        if (s.Outcome == ReindexOutcome.Succeeded)
            w.WriteLine($"reindex: done; {s.TrialsInIndex:N0} trials in the index; watermark {s.Watermark ?? "(none: no study carried a last-update date)"}");
        else
            context.Fail(s.Message!);
    }
}
