using System.CommandLine;
using TrialMatcher.Reporting;

namespace TrialMatcher.Cli.Commands;

internal static class BatchCommand
{
    public static Command Build(CliContext context)
    {
        var cohort = new Option<string>("--cohort") { Description = "Cohort CSV, one patient a row (columns: fixtures/patients/README.md)", HelpName = "FILE", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the shortlists and summary.csv (created readable by you only)", HelpName = "DIR", Required = true };
        var limit = new Option<int>("--limit") { Description = "How many trials per shortlist", DefaultValueFactory = _ => 10 };
        var json = CommonOptions.Json();
        var command = new Command("batch", """
            Match every patient of a cohort CSV: one shortlist per patient as JSON (ID.shortlist.json) and as the
            patient report in Markdown (ID.shortlist.md), plus summary.csv (patient, line, outcome, eligible,
            possibly eligible, top 3 trials, problem). A row that cannot be read is reported on stderr with its
            line number and listed in summary.csv; every other row is still processed and written.
            Outputs are health data: created readable by their owner only. Makes no network calls.

            Examples:
              trialmatcher batch --cohort fixtures/patients/cohort.csv --out shortlists/
              trialmatcher batch --cohort cohort.csv --out shortlists/ --limit 5 --json

            Exit codes: 0 every row written; 2 bad option; 3 no index; 5 no such cohort file;
            9 some rows could not be read (the others were written; see stderr and summary.csv).
            """)
        {
            cohort, output, limit, json,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(limit);
            if (n is < 1 or > 1000) { context.Fail($"--limit: expected 1 to 1000, got {n}"); return ExitCodes.Usage; }
            var path = parse.GetValue(cohort)!;
            if (!File.Exists(path)) { context.Fail($"{path}: no such file"); return ExitCodes.NotFound; }
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var result = CohortBatch.Run(index, path, parse.GetValue(output)!, n, context.Clock);
            foreach (var problem in result.Problems) context.Fail($"{problem} (row skipped; the other rows were processed)");
            if (parse.GetValue(json))
                JsonOut.Write(context.Out, new BatchJson(result.Written, result.Problems.Count, result.SummaryPath, result.Rows), CliJsonContext.Default.BatchJson);
            else
                context.Out.WriteLine($"Wrote {result.Written} shortlist(s) to {parse.GetValue(output)} and {result.SummaryPath}; {result.Problems.Count} row(s) could not be read.");
            return result.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }
}
