using TrialMatcher.Index;

namespace TrialMatcher.Cli.Commands;

internal static class IndexAccess
{
    /// <summary>Opens the index or prints why not (missing, corrupt) with how to fix it.</summary>
    public static TrialIndex? Open(CliContext context, string path)
    {
        var (index, error) = TrialIndex.Open(path);
        if (error is not null) context.Fail(error.Message);
        return index;
    }
}
