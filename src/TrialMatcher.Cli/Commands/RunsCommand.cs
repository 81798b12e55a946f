using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TrialMatcher.Live;

namespace TrialMatcher.Cli.Commands;

internal static class RunsCommand
{
    public static Command Build(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var command = new Command("runs", """
            Recent re-index runs recorded in the index (successful and failed): when, what kind, the outcome and
            the counts.

            Examples:
              trialmatcher runs
              trialmatcher runs --limit 30 --json

            Exit codes: 0 printed; 2 bad --limit; 3 no index.
            """)
        {
            limit, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) is < 1 or > 10000) { context.Fail($"--limit: expected 1 to 10000, got {parse.GetValue(limit)}"); return ExitCodes.Usage; }
            using (var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!))
            {
                if (index is null) return ExitCodes.NoIndex;
            }
            var runs = RunLog.Recent(parse.GetValue(CommonOptions.Index)!, parse.GetValue(limit)).ToList();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(runs, LiveJsonContext.Default.ListRunRow));
                return ExitCodes.Ok;
            }
            if (runs.Count == 0)
            {
                context.Out.WriteLine("No re-index runs recorded yet: run `trialmatcher reindex`.");
                return ExitCodes.Ok;
            }
            foreach (var run in runs)
            {
                var s = run.Summary;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"#{run.Id}  {run.StartedAt}  {run.Kind,-20} {run.Outcome,-20} fetched {Num(s, "fetched")}, new {Num(s, "new")}, updated {Num(s, "updated")}, unchanged {Num(s, "unchanged")}, failed {Num(s, "failed")}, retries {Num(s, "retries")}, watermark {Text(s, "watermark")}"));
                if (Text(s, "message") is { } message && message != "-") context.Out.WriteLine($"      {message}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64().ToString("N0", CultureInfo.InvariantCulture) : "?";

    private static string Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";
}
