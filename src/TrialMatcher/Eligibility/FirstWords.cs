using System.Collections.Frozen;

namespace TrialMatcher.Eligibility;

/// <summary>
/// The words a pattern's alternatives can start with, so that a long pattern is tried only where it can match (see
/// FactReader.MatchesAtWords): whole words, stems for alternatives that start with one ("progress\w*"), and two-word
/// starts ("have not", "other than") for first words that never stand alone in the pattern, so that a common word is
/// tried only when the word after it fits.
/// </summary>
internal sealed class FirstWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _nextWords;
    private readonly string[] _stems;
    // Most words of a text are not first words: their first letter or their length already says so, without hashing.
    private readonly bool[] _firstChars = new bool[128];
    private readonly int _maxLength;

    /// <param name="starts">First words, or a first word and the word that must follow it ("have not").</param>
    /// <param name="stems">Stems any word starting with which is a first word ("progress").</param>
    public FirstWords(IEnumerable<string> starts, params string[] stems)
    {
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            var space = start.IndexOf(' ');
            if (space < 0) { alone.Add(start); continue; }
            var (first, second) = (start[..space], start[(space + 1)..].Split(' ')[0]);
            if (!next.TryGetValue(first, out var list)) next[first] = list = [];
            list.Add(second);
        }
        var words = alone.Concat(next.Keys).ToFrozenSet(StringComparer.Ordinal);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _nextWords = next.Where(kv => !alone.Contains(kv.Key)).ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems;
        foreach (var w in words.Concat(stems))
        {
            if (w.Length == 0 || w[0] >= 128) throw new ArgumentException($"First words are ASCII and not empty: '{w}'.");
            _firstChars[w[0]] = true;
        }
        _maxLength = words.Count == 0 ? 0 : words.Max(w => w.Length);
    }

    /// <summary>Whether text[start..end) is a first word (and, for a two-word start, the next word fits).</summary>
    public bool Starts(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.IsEmpty || word[0] >= 128 || !_firstChars[word[0]]) return false;
        if (word.Length <= _maxLength && _words.Contains(word))
        {
            if (!_nextWords.TryGetValue(word, out var nextWords)) return true;
            // Any run of whitespace between the two words: the patterns write "\s+" or a space, and a space is the
            // stricter of the two, so this never rejects a place the pattern would match.
            var i = end;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == end) return false;
            foreach (var n in nextWords)
                if (text.AsSpan(i).StartsWith(n, StringComparison.Ordinal)) return true;
            return false;
        }
        foreach (var stem in _stems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
