using System.CommandLine;

namespace TrialMatcher.Cli.Commands;

/// <summary>Commands added by later capabilities register here, so <see cref="Cli"/> stays one list.</summary>
internal static partial class ExtraCommands
{
    public static IEnumerable<Command> Build(CliContext context) =>
    [
        ReindexCommand.Build(context),
        RunsCommand.Build(context),
        CriteriaCommand.Build(context),
        EvalCriteriaCommand.Build(context),
    ];
}
