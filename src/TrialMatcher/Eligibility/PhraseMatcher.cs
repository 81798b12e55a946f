using System.Runtime.InteropServices;

namespace TrialMatcher.Eligibility;

/// <summary>A word of a text: its place in the original text and its normalised key (lowercase, singular, US spelling).</summary>
internal readonly record struct Token(int Start, int Length, string? Canonical, int KeyLength)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into word tokens and normalises them, so vocabulary entries and criteria text compare the same way:
/// lowercase, hyphens and punctuation separate words, a possessive 's is dropped, a plural -s is dropped, and British
/// spellings map to US ones. Keys are slices of the lowercased text, so tokenising allocates only the token array.
/// </summary>
internal static class Tokenizer
{
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["tumour"] = "tumor", ["leukaemia"] = "leukemia", ["haematologic"] = "hematologic", ["haematological"] = "hematologic",
        ["hematological"] = "hematologic", ["oesophageal"] = "esophageal", ["oesophagu"] = "esophagu", ["oesophagus"] = "esophagus",
        ["oesophagogastric"] = "esophagogastric", ["gastroesophageal"] = "gastroesophageal", ["gastrooesophageal"] = "gastroesophageal",
        ["oestrogen"] = "estrogen", ["anaemia"] = "anemia", ["paediatric"] = "pediatric", ["haematopoietic"] = "hematopoietic",
        ["hematopoeitic"] = "hematopoietic", ["leukemic"] = "leukemia", ["myelogeneous"] = "myelogenous", ["haemato"] = "hemato",
        ["neoplasia"] = "neoplasm", ["cancerous"] = "cancer", ["carcinomatou"] = "carcinomatous", ["tumor"] = "tumor",
        ["malignancie"] = "malignancy", ["metastase"] = "metastasis", ["metastasi"] = "metastasis", ["lymphomata"] = "lymphoma",
        ["irradiated"] = "irradiated", ["waldenström"] = "waldenstrom", ["sézary"] = "sezary", ["hodgkins"] = "hodgkin",
        ["aromatic"] = "aromatic",
        // -ies plurals lose only the s: "hormonal therapies" is "hormonal therapy".
        ["therapie"] = "therapy", ["chemotherapie"] = "chemotherapy", ["immunotherapie"] = "immunotherapy", ["radiotherapie"] = "radiotherapy",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VariantLookup = Variants.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Token[] Tokenize(string lower)
    {
        var tokens = new List<Token>(lower.Length / 5 + 4);
        var i = 0;
        while (i < lower.Length)
        {
            if (!char.IsLetterOrDigit(lower[i])) { i++; continue; }
            var start = i;
            while (i < lower.Length && char.IsLetterOrDigit(lower[i])) i++;
            var length = i - start;
            var keyLength = length;
            var span = lower.AsSpan(start, length);
            // Plural -s: tumors -> tumor, lymphomas -> lymphoma; leave -ss/-us/-is and short words alone.
            if (length > 3 && span[^1] == 's' && span[^2] is not ('s' or 'u' or 'i') && char.IsLetter(span[^2])) keyLength--;
            string? canonical = null;
            if (VariantLookup.TryGetValue(lower.AsSpan(start, keyLength), out var v)) canonical = v;
            tokens.Add(new Token(start, length, canonical, keyLength));
            // Possessive 's: Hodgkin's, Ewing's.
            if (i + 1 < lower.Length && lower[i] is '\'' or '’' && lower[i + 1] == 's' && (i + 2 >= lower.Length || !char.IsLetterOrDigit(lower[i + 2]))) i += 2;
        }
        return tokens.ToArray();
    }

    /// <summary>
    /// The tokens with every short parenthesis between two words left out, so that a name with its abbreviation written
    /// inside it can be matched: "histone deacetylase (HDAC) inhibitor" reads as "histone deacetylase inhibitor". A
    /// parenthesis is left out when it holds at most <paramref name="maxWords"/> words and no list, and a word follows it.
    /// Null when nothing is left out (most texts).
    /// </summary>
    public static Token[]? WithoutAbbreviations(string lower, Token[] tokens, int maxWords)
    {
        if (!MayHoldAbbreviation(lower)) return null;
        var kept = new List<Token>(tokens.Length);
        var dropped = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            // A parenthesis opening right after a word: the gap between the two tokens is "(" and spaces.
            if (i > 0 && lower.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim() is "(")
            {
                var open = lower.LastIndexOf('(', tokens[i].Start);
                var close = lower.IndexOf(')', open);
                var j = i;
                while (j < tokens.Length && tokens[j].Start < close) j++;
                if (close > 0 && j - i >= 1 && j - i <= maxWords && lower.AsSpan(open, close - open).IndexOfAny(',', ';') < 0 && j < tokens.Length
                    && lower.AsSpan(close + 1, tokens[j].Start - close - 1).IsWhiteSpace())
                {
                    dropped = true;
                    i = j - 1;
                    continue;
                }
            }
            kept.Add(tokens[i]);
        }
        return dropped ? kept.ToArray() : null;
    }

    // The cheap gate for WithoutAbbreviations: a parenthesis with no list inside and a word right after it. Most
    // texts with brackets ("(e.g., A, B)", "(see below)") fail it before any token is visited.
    private static bool MayHoldAbbreviation(string lower)
    {
        for (var open = lower.IndexOf('('); open >= 0; open = lower.IndexOf('(', open + 1))
        {
            var close = lower.IndexOf(')', open + 1);
            if (close < 0) return false;
            if (lower.AsSpan(open, close - open).IndexOfAny(',', ';') >= 0) continue;
            var next = close + 1;
            while (next < lower.Length && char.IsWhiteSpace(lower[next])) next++;
            if (next < lower.Length && char.IsLetterOrDigit(lower[next])) return true;
        }
        return false;
    }

    public static ReadOnlySpan<char> Key(string lower, in Token token) =>
        token.Canonical is { } c ? c.AsSpan() : lower.AsSpan(token.Start, token.KeyLength);

    /// <summary>The normalised keys of a phrase, for building a vocabulary.</summary>
    public static string[] Keys(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        var tokens = Tokenize(lower);
        var keys = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) keys[i] = Key(lower, tokens[i]).ToString();
        return keys;
    }
}

/// <summary>
/// Longest-match phrase lookup over word tokens (a trie of normalised words). Word-bounded and case-insensitive by
/// construction; an entry may ask for an exact-case match (acronyms such as ALL or MM that are also English words).
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<(T Value, string? ExactCase)>? Values;
    }

    private readonly Node _root = new();

    public void Add(string phrase, T value)
    {
        var exact = phrase.StartsWith('=');
        var text = exact ? phrase[1..] : phrase;
        var keys = Tokenizer.Keys(text);
        if (keys.Length == 0) return;
        var node = _root;
        foreach (var key in keys)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add((value, exact ? CaseKey(text) : null));
    }

    /// <summary>
    /// The longest entry starting at token <paramref name="at"/>: the values stored for it and the number of tokens it
    /// covers; default when none. <paramref name="accept"/> can veto a value (e.g. context rules).
    /// </summary>
    public (IReadOnlyList<T>? Values, int TokenCount) Match(string text, string lower, Token[] tokens, int at, Func<T, int, int, bool>? accept = null, bool acrossParenthesis = false)
    {
        var node = _root;
        IReadOnlyList<T>? best = null;
        var bestCount = 0;
        for (var i = at; i < tokens.Length; i++)
        {
            if (node.Children is null) break;
            // Words of one phrase must be adjacent: only spaces and hyphens (or a slash) between them.
            if (i > at && !Adjacent(text, tokens[i - 1].End, tokens[i].Start) && !(acrossParenthesis && IsParenthesis(text, tokens[i - 1].End, tokens[i].Start))) break;
            if (!node.Lookup.TryGetValue(Tokenizer.Key(lower, tokens[i]), out var next)) break;
            node = next;
            if (node.Values is { } values)
            {
                List<T>? ok = null;
                foreach (var (value, exact) in values)
                {
                    if (exact is not null && !ExactCaseMatches(text, tokens, at, i, exact)) continue;
                    if (accept is not null && !accept(value, at, i - at + 1)) continue;
                    (ok ??= []).Add(value);
                }
                if (ok is not null) { best = ok; bestCount = i - at + 1; }
            }
        }
        return (best, bestCount);
    }

    private static bool Adjacent(string text, int from, int to)
    {
        // Whitespace of any length (wrapped lines) and at most two joining marks: "non-small", "CLL/SLL", "Hodgkin's",
        // "HLA-A*02" (an allele's star).
        var marks = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) continue;
            if (c is '-' or '/' or '\'' or '’' or 's' or '–' or '+' or ',' or '.' or '*')
            {
                // A full stop followed by a space ends a sentence: never join across it.
                if (c == '.' && k + 1 < to && char.IsWhiteSpace(text[k + 1])) return false;
                if (++marks > 2) return false;
                continue;
            }
            return false;
        }
        return to - from <= 40;
    }

    /// <summary>Only a parenthesis between two words: "system (CNS) lymphoma" (the caller left the words inside out).</summary>
    private static bool IsParenthesis(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        return gap.Length >= 2 && gap.Length <= 40 && gap[0] == '(' && gap[^1] == ')' && gap[1..^1].IndexOfAny('(', ')') < 0;
    }

    private static string CaseKey(string phrase)
    {
        Span<char> buffer = stackalloc char[phrase.Length];
        var n = 0;
        foreach (var c in phrase) if (char.IsLetterOrDigit(c)) buffer[n++] = c;
        return new string(buffer[..n]);
    }

    private static bool ExactCaseMatches(string text, Token[] tokens, int from, int to, string exact)
    {
        var k = 0;
        for (var i = from; i <= to; i++)
        {
            var t = tokens[i];
            for (var j = t.Start; j < t.End; j++)
            {
                if (k >= exact.Length || text[j] != exact[k]) return false;
                k++;
            }
        }
        return k == exact.Length;
    }
}
