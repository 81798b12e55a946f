using System.CommandLine;
using TrialMatcher.Index;

namespace TrialMatcher.Cli;

internal static class CommonOptions
{
    public static readonly Option<string> Index = new("--index")
    {
        Description = $"Path of the index database [default: {IndexPaths.DefaultPath}, or $TRIALMATCHER_INDEX]",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TRIALMATCHER_INDEX") is { Length: > 0 } env ? env : IndexPaths.DefaultPath,
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout (and nothing else); messages go to stderr" };
}
