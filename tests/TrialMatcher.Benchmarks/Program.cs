using BenchmarkDotNet.Running;
using TrialMatcher.Benchmarks.Scale;

namespace TrialMatcher.Benchmarks;

public static class Program
{
    /// <summary>"scale ..." runs the long scale measurements (see <see cref="ScaleCommand"/>); anything else goes to BenchmarkDotNet.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "scale") return ScaleCommand.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
