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
    // Most words of a text are not first words: their first letter or their length already says so, without hashing.
    private readonly bool[] _firstChars = new bool[128];
    private readonly int _maxLength;

    public FirstWords(IEnumerable<string> words, params string[] stems)
    {
        var set = words.ToFrozenSet(StringComparer.Ordinal);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems;
        foreach (var w in set.Concat(stems))
        {
            if (w.Length == 0 || w[0] >= 128) throw new ArgumentException($"First words are ASCII and not empty: '{w}'.");
            _firstChars[w[0]] = true;
        }
        _maxLength = set.Count == 0 ? 0 : set.Max(w => w.Length);
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word[0] >= 128 || !_firstChars[word[0]]) return false;
        if (word.Length <= _maxLength && _words.Contains(word)) return true;
        foreach (var stem in _stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
