using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using TrialMatcher.Index;
using TrialMatcher.Records;

namespace TrialMatcher.Cli.Commands;

internal static class SearchCommand
{
    public static Command Build(CliContext context)
    {
        var text = new Argument<string>("TEXT") { Description = "Words to look for in titles, conditions, keywords, interventions and criteria" };
        var status = new Option<string[]>("--status")
        {
            Description = "Only trials with these statuses, e.g. recruiting, not_yet_recruiting, completed (repeat or comma-separate)",
            AllowMultipleArgumentsPerToken = true,
        };
        var phase = new Option<string[]>("--phase") { Description = "Only these phases: 1, 2, 3, 4, early1 (repeat or comma-separate)", AllowMultipleArgumentsPerToken = true };
        var age = new Option<double?>("--age") { Description = "Only trials whose age limits admit a patient of this age in years" };
        var sex = new Option<string?>("--sex") { Description = "Only trials open to this sex: female or male" };
        sex.AcceptOnlyFromAmong("female", "male", "FEMALE", "MALE");
        var limit = new Option<int>("--limit") { Description = "How many results", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json();
        var command = new Command("search", """
            Full-text search of the index, ranked by BM25 (a word in a trial's conditions or title counts more than
            the same word in its criteria). All words must match; if fewer than --limit trials match all of
            them, trials matching some of them follow.

            Examples:
              trialmatcher search "melanoma BRAF"
              trialmatcher search "HER2 positive breast cancer" --status recruiting --limit 10
              trialmatcher search "KRAS G12C" --age 67 --sex female --phase 1,2 --json

            Exit codes: 0 results printed (also when nothing matched); 2 bad option; 3 no index.
            """)
        {
            text, status, phase, age, sex, limit, json,
        };
        command.SetAction(parse =>
        {
            var statuses = Split(parse.GetValue(status)).Select(s => StudyVocabulary.Status(s)).ToList();
            if (statuses.FirstOrDefault(s => !s.IsKnown) is { Value: { } badStatus })
            {
                context.Fail($"--status: expected one of {string.Join(", ", StudyVocabulary.Statuses.Select(s => s.ToLowerInvariant()))}, got '{badStatus}'");
                return ExitCodes.Usage;
            }
            var phases = new List<string>();
            foreach (var p in Split(parse.GetValue(phase)))
            {
                var (known, unknown) = StudyVocabulary.PhaseList(p.StartsWith("phase", StringComparison.OrdinalIgnoreCase) || p.StartsWith("early", StringComparison.OrdinalIgnoreCase) ? p : "phase " + p);
                if (unknown.Count > 0) { context.Fail($"--phase: expected 1, 2, 3, 4 or early1, got '{p}'"); return ExitCodes.Usage; }
                phases.AddRange(known);
            }
            if (parse.GetValue(limit) is < 1 or > 1000) { context.Fail($"--limit: expected 1 to 1000, got {parse.GetValue(limit)}"); return ExitCodes.Usage; }

            var indexPath = parse.GetValue(CommonOptions.Index)!;
            using var index = IndexAccess.Open(context, indexPath);
            if (index is null) return ExitCodes.NoIndex;
            var query = new SearchQuery
            {
                Text = parse.GetValue(text)!,
                Statuses = statuses.Select(s => s.Value).ToList(),
                Phases = phases,
                AgeYears = parse.GetValue(age),
                Sex = parse.GetValue(sex)?.ToUpperInvariant(),
                Limit = parse.GetValue(limit),
            };
            var hits = index.Search(query);
            if (parse.GetValue(json))
            {
                JsonOut.Write(context.Out, new SearchResultJson(query.Text, indexPath, hits.Count, hits), CliJsonContext.Default.SearchResultJson);
                return ExitCodes.Ok;
            }
            if (hits.Count == 0)
            {
                context.Out.WriteLine($"No trials match \"{query.Text}\" with these filters.");
                return ExitCodes.Ok;
            }
            var table = new Table().Border(TableBorder.Simple).Expand();
            table.AddColumn(new TableColumn("#").RightAligned().NoWrap());
            table.AddColumn(new TableColumn("NCT id").NoWrap());
            table.AddColumn(new TableColumn("Title"));
            table.AddColumn(new TableColumn("Status"));
            table.AddColumn(new TableColumn("Phase"));
            table.AddColumn(new TableColumn("Conditions"));
            var rank = 0;
            foreach (var h in hits)
            {
                table.AddRow(
                    (++rank).ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(h.NctId),
                    Markup.Escape(h.Title),
                    Markup.Escape(Humanise(h.Status)),
                    Markup.Escape(string.Join("/", h.Phases.Select(PhaseLabel))),
                    Markup.Escape(Truncate(h.Conditions, 80)));
            }
            context.Render().Write(table);
            context.Out.WriteLine($"{hits.Count} trial(s), best match first. Show one: trialmatcher show {hits[0].NctId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal static string Humanise(string? status) =>
        status is null ? "(not stated)" : StudyVocabulary.Statuses.Contains(status) ? status.Replace('_', ' ').ToLowerInvariant() : status;

    internal static string PhaseLabel(string phase) => phase switch
    {
        "EARLY_PHASE1" => "Early 1",
        "NA" => "N/A",
        _ when phase.StartsWith("PHASE", StringComparison.Ordinal) => phase[5..],
        _ => phase,
    };

    internal static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
