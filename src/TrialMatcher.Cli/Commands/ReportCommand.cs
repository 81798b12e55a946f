using System.CommandLine;
using TrialMatcher.Matching;
using TrialMatcher.Reporting;

namespace TrialMatcher.Cli.Commands;

internal static class ReportCommand
{
    public static Command Build(CliContext context)
    {
        var profile = new Option<string>("--profile") { Description = "Patient profile: JSON (fixtures/patients/README.md) or a one-row CSV", HelpName = "FILE", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the report (created readable by you only)", HelpName = "FILE", Required = true };
        var format = new Option<string?>("--format") { Description = "html or md [default: from the --out extension, else html]", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("html", "md");
        var limit = new Option<int>("--limit") { Description = "How many trials to include", DefaultValueFactory = _ => 10 };
        var command = new Command("report", """
            Write the patient's shortlist as a page to take to the oncologist: what was searched (the patient's
            situation in their words), each trial in plain language (what it tests, its phase, why it may fit,
            what is still unknown and how to find out, where it runs and whom to contact), questions to ask,
            the date of the data, and a reminder that this is not medical advice. HTML is one self-contained,
            printable file (no scripts, no external resources); Markdown has the same content.
            The file is health data: it is created readable by its owner only. Makes no network calls.

            Examples:
              trialmatcher report --profile fixtures/patients/P02-lung-egfr-l858r-post-osimertinib.json --out shortlist.html
              trialmatcher report --profile patient.json --out shortlist.md
              trialmatcher report --profile patient.json --out shortlist.html --limit 5

            Exit codes: 0 report written; 2 bad option; 3 no index; 9 the profile could not be read.
            """)
        {
            profile, output, format, limit,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(limit);
            if (n is < 1 or > 100) { context.Fail($"--limit: expected 1 to 100, got {n}"); return ExitCodes.Usage; }
            var path = parse.GetValue(output)!;
            var kind = parse.GetValue(format) ?? (Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "html");
            var patient = MatchCommand.LoadPatient(context, parse.GetValue(profile)!);
            if (patient is null) return ExitCodes.BadInput;
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var shortlist = new Matcher(index).Match(patient, new MatchOptions { Limit = n, Clock = context.Clock });
            foreach (var w in shortlist.Warnings) context.Warn(w);
            if (shortlist.StaleWarning is { } stale) context.Warn(stale);
            var report = PatientReport.From(ShortlistDocument.From(shortlist), DateOnly.FromDateTime(context.Clock.GetUtcNow().UtcDateTime), n);
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            PrivateFiles.WriteAllText(path, kind == "md" ? MarkdownReport.Render(report) : HtmlReport.Render(report));
            context.Info($"Wrote {path}: {report.Trials.Count} trial(s). Open it in a browser to read or print it.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
