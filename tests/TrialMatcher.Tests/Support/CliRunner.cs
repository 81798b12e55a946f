using TrialMatcher.Cli;

namespace TrialMatcher.Tests.Support;

/// <summary>Runs the real command tree in-process and captures stdout, stderr and the exit code.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext { Out = stdout, Error = stderr, In = new StringReader(input ?? ""), Interactive = false };
        var code = TrialMatcher.Cli.Cli.Run(args, context);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
