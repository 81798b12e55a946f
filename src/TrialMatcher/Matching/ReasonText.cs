using System.Runtime.CompilerServices;

namespace TrialMatcher.Matching;

/// <summary>
/// An interpolated reason ("requires ECOG 0–1: the patient is ECOG 2") that is only formatted when the evaluation
/// explains itself. Ranking thousands of candidates needs their verdicts, not their sentences: in a quiet evaluation
/// the compiler skips the holes entirely (<c>shouldAppend = false</c>), so no string is built or computed.
/// </summary>
[InterpolatedStringHandler]
public ref struct ReasonText
{
    private DefaultInterpolatedStringHandler _inner;
    private readonly bool _on;

    public ReasonText(int literalLength, int formattedCount, out bool shouldAppend)
    {
        _on = !Explanation.Quiet;
        shouldAppend = _on;
        _inner = _on ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);
    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);
    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

    /// <summary>The text, or "" in a quiet evaluation.</summary>
    public string Text() => _on ? _inner.ToStringAndClear() : "";
}

/// <summary>Whether the current thread's evaluation builds its explanations (see <see cref="ReasonText"/>).</summary>
public static class Explanation
{
    [ThreadStatic] private static bool t_quiet;

    public static bool Quiet => t_quiet;

    /// <summary>Turns explanations off on this thread until the returned scope is disposed.</summary>
    public static QuietScope Silence(bool quiet = true) => new(quiet);

    public readonly struct QuietScope : IDisposable
    {
        private readonly bool _previous;

        internal QuietScope(bool quiet)
        {
            _previous = t_quiet;
            t_quiet = quiet;
        }

        public void Dispose() => t_quiet = _previous;
    }
}
