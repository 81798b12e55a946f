using System.CommandLine;
using TrialMatcher.Cli.Commands;

namespace TrialMatcher.Cli;

/// <summary>Builds the command tree and runs one command line. Used by <c>Program</c> and, in-process, by tests.</summary>
public static class Cli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("""
            TrialMatcher: find clinical trials a cancer patient may join, and say why.

            Start here:
              trialmatcher ingest fixtures/trials          build the index from our sample records
              trialmatcher search "melanoma BRAF"          full-text search, best matches first
              trialmatcher show NCT09000001                one trial in full
              trialmatcher stats                           what the index holds
              trialmatcher match --profile fixtures/patients/P01-lung-kras-g12c.json
                                                           a ranked, explained shortlist for a patient
              trialmatcher report --profile patient.json --out shortlist.html
                                                           the patient's printable shortlist, in plain language
              trialmatcher navigate                        build a profile step by step, on the phone with a patient
              trialmatcher batch --cohort cohort.csv --out shortlists/
              trialmatcher alerts --profiles profiles/     new matches for saved profiles after a re-index

            Every command has --help with examples and its exit codes.
            """);
        root.Options.Add(CommonOptions.Index);
        foreach (var command in Commands(context)) root.Subcommands.Add(command);
        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context) =>
    [
        IngestCommand.Build(context),
        SearchCommand.Build(context),
        ShowCommand.Build(context),
        StatsCommand.Build(context),
        RollbackCommand.Build(context),
        MatchCommand.Build(context),
        ReportCommand.Build(context),
        NavigateCommand.Build(context),
        BatchCommand.Build(context),
        AlertsCommand.Build(context),
        EvalCommand.Build(context),
        .. ExtraCommands.Build(context),
    ];

    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
        {
            foreach (var error in parse.Errors) context.Fail(error.Message);
            var commandName = parse.CommandResult.Command == root ? "" : " " + parse.CommandResult.Command.Name;
            context.Error.WriteLine($"Run 'trialmatcher{commandName} --help' for usage and examples.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            context.Fail($"unexpected {ex.GetType().Name}: {ex.Message}");
            context.Error.WriteLine("This is a bug or an environment problem; the index was not changed by the failed step.");
            return ExitCodes.Failure;
        }
    }
}
