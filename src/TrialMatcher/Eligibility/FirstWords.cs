using System.Collections.Frozen;

namespace TrialMatcher.Eligibility;

/// <summary>
/// The words a pattern's alternatives can start with, so that a long pattern is tried only where it can match (see
/// FactReader.MatchesAtWords): whole words, and stems for alternatives that start with one ("progress\w*").
/// </summary>
internal sealed class FirstWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly string[] _stems;

    public FirstWords(IEnumerable<string> words, params string[] stems)
    {
        _words = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems;
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_words.Contains(word)) return true;
        foreach (var stem in _stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
