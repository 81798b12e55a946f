using Spectre.Console;

namespace TrialMatcher.Cli;

/// <summary>
/// Where a command writes. With <c>--json</c> stdout carries JSON only; messages, progress and errors go to stderr.
/// Tests build one over string writers and run commands in-process.
/// </summary>
public sealed class CliContext
{
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public bool Interactive { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Settings of the HTTP client used by <c>reindex</c> and URL ingest; null for the documented defaults.
    /// Tests set millisecond delays here. Command-line options (--base-url, --rate) still apply on top.</summary>
    public TrialMatcher.Live.CtGovClientOptions? Http { get; init; }

    public static CliContext FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        Interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected,
    };

    /// <summary>A Spectre console over <see cref="Out"/>: colours and the real width on a terminal, plain text otherwise.</summary>
    public IAnsiConsole Render()
    {
        var width = 120;
        if (Interactive)
        {
            try { width = Console.WindowWidth > 0 ? Console.WindowWidth : width; } catch (IOException) { /* not a terminal after all */ }
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        console.Profile.Width = width;
        return console;
    }

    public void Fail(string message) => Error.WriteLine($"error: {message}");
    public void Warn(string message) => Error.WriteLine($"warning: {message}");
    public void Info(string message) => Error.WriteLine(message);
}
