using System.CommandLine;
using TrialMatcher.Index;

namespace TrialMatcher.Cli.Commands;

internal static class RollbackCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("rollback", """
            Put the previous index (kept as .prev by the last --replace or --full run) back in service. The
            current one becomes .prev, so a second rollback undoes the first.

            Examples:
              trialmatcher rollback
              trialmatcher rollback --index index/trials.db

            Exit codes: 0 the previous index is back; 5 there is no previous index; 7 another run holds the lock.
            """);
        command.SetAction(parse =>
        {
            var paths = new IndexPaths(parse.GetValue(CommonOptions.Index)!);
            using var held = IndexLock.TryAcquire(paths);
            if (held is null)
            {
                context.Fail($"another run is writing {paths.Database}; try again when it finishes");
                return ExitCodes.Locked;
            }
            if (!IndexSwap.Rollback(paths))
            {
                context.Fail($"there is no previous index ({paths.Previous}) to restore");
                return ExitCodes.NotFound;
            }
            context.Out.WriteLine($"Restored the previous index at {paths.Database}; the replaced one is kept as {paths.Previous}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
