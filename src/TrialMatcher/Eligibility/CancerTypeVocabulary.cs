using System.Collections.Frozen;

namespace TrialMatcher.Eligibility;

/// <summary>
/// A cancer type: an OncoTree code (or GROUP:* for the groupings trials use), its display name, the nearest ancestor
/// kept in the vocabulary, the words that name it, and the groups it belongs to besides its parent chain.
/// </summary>
public sealed record CancerType(string Code, string Name, string? Parent, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Groups, bool IsGroup);

/// <summary>A place in a text that names a cancer type.</summary>
public sealed record CancerTypeMention(CancerType Type, int Start, int Length);

/// <summary>
/// Our cancer-type vocabulary (Vocabulary/cancer-types.tsv, embedded): OncoTree codes with a parent hierarchy, synonyms
/// and abbreviations, and groups (GROUP:SOLID, GROUP:HEME, GROUP:LYMPHOMA, GROUP:NHL, GROUP:LEUKEMIA, GROUP:ANY).
/// Thread-safe and immutable once built.
/// </summary>
public sealed class CancerTypeVocabulary
{
    private static readonly Lazy<CancerTypeVocabulary> LazyDefault = new(() => Load(
        typeof(CancerTypeVocabulary).Assembly.GetManifestResourceStream("TrialMatcher.Eligibility.Vocabulary.cancer-types.tsv")
        ?? throw new InvalidOperationException("embedded resource cancer-types.tsv is missing from the build")));

    /// <summary>The vocabulary shipped with the library (loaded once, on first use).</summary>
    public static CancerTypeVocabulary Default => LazyDefault.Value;

    private enum Rule { Plain, SiteOnly, NeedsContext }

    private readonly FrozenDictionary<string, CancerType> _byCode;
    private readonly FrozenDictionary<string, string[]> _ancestors;
    private readonly FrozenDictionary<string, string[]> _descendants;
    private readonly PhraseMatcher<(CancerType Type, Rule Rule)> _matcher = new();
    private readonly (string Phrase, string Code)[] _suggestions;

    private CancerTypeVocabulary(IReadOnlyList<CancerType> types, IEnumerable<(string Phrase, CancerType Type)> phrases)
    {
        _byCodeBuilding = types.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        _byCode = _byCodeBuilding.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var ancestors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in types) ancestors[t.Code] = ComputeAncestors(t.Code);
        _ancestors = ancestors.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _descendants = types.ToFrozenDictionary(
            t => t.Code,
            t => types.Where(d => d.Code != t.Code && ancestors[d.Code].Contains(t.Code)).Select(d => d.Code).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _wordsOf = types.ToFrozenDictionary(t => t.Code, t => WordsOf(t), StringComparer.OrdinalIgnoreCase);
        var suggestions = new List<(string, string)>();
        foreach (var (phrase, type) in phrases)
        {
            var rule = phrase[0] switch { '@' => Rule.SiteOnly, '!' => Rule.NeedsContext, _ => Rule.Plain };
            var text = rule == Rule.Plain ? phrase : phrase[1..];
            _matcher.Add(text, (type, rule));
            if (rule == Rule.Plain) suggestions.Add((text.TrimStart('=').ToLowerInvariant(), type.Code));
        }
        _suggestions = suggestions.ToArray();
    }

    /// <summary>All types, groups included.</summary>
    public IEnumerable<CancerType> All => _byCode.Values;

    /// <summary>The type with this code (case-insensitive), or null.</summary>
    public CancerType? Get(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The code itself, its parent chain, and every group any of them belongs to, up to GROUP:ANY, most specific first
    /// (LUAD → LUAD, NSCLC, LUNG, GROUP:SOLID, GROUP:ANY). Empty for an unknown code.
    /// </summary>
    public IReadOnlyList<string> AncestorsAndSelf(string code) => _ancestors.GetValueOrDefault(code.Trim()) ?? [];

    /// <summary>Every type whose ancestors include this code (not the code itself). Empty for an unknown code.</summary>
    public IReadOnlyList<string> Descendants(string code) => _descendants.GetValueOrDefault(code.Trim()) ?? [];

    /// <summary>True when <paramref name="code"/> sits under <paramref name="ancestor"/> (not the code itself). Walks the
    /// code's short ancestor chain rather than the ancestor's descendants, which for the groups run to hundreds.</summary>
    public bool IsDescendant(string code, string ancestor) =>
        !string.Equals(code.Trim(), ancestor.Trim(), StringComparison.OrdinalIgnoreCase) && IsWithin(code, ancestor);

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or sits under it.</summary>
    public bool IsWithin(string code, string ancestor) => AncestorsAndSelf(code).Contains(ancestor, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every cancer type named in <paramref name="text"/>, left to right, longest match first, case-insensitive and
    /// word-bounded. Organ words count only after "cancer/carcinoma/... of (the)" ("carcinoma of the breast");
    /// generic words ("malignancy", "carcinoma") count only in a diagnostic context ("histologically confirmed malignancy").
    /// </summary>
    public IReadOnlyList<CancerTypeMention> Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var lower = text.ToLowerInvariant();
        return Find(text, lower, Tokenizer.Tokenize(lower));
    }

    internal IReadOnlyList<CancerTypeMention> Find(string text, string lower, Token[] tokens)
    {
        List<CancerTypeMention>? found = null;
        for (var i = 0; i < tokens.Length;)
        {
            var (values, count) = _matcher.Match(text, lower, tokens, i, (v, at, n) => v.Rule switch
            {
                Rule.SiteOnly => SiteHead(lower, tokens, at) >= 0,
                Rule.NeedsContext => DiagnosticContext(lower, tokens, at),
                _ => true,
            });
            if (values is null) { i++; continue; }
            var (type, rule) = Best(values);
            var start = tokens[i].Start;
            if (rule == Rule.SiteOnly) start = tokens[SiteHead(lower, tokens, i)].Start;
            var end = tokens[i + count - 1].End;
            found ??= [];
            // A site mention swallows the generic head word it attaches to ("adenocarcinoma of the stomach"), but not an
            // earlier site sharing that head ("adenocarcinoma of the stomach or gastroesophageal junction" names both).
            if (rule == Rule.SiteOnly && found.Count > 0 && found[^1].Start + found[^1].Length > start)
            {
                var siblingSite = found[^1].Start + found[^1].Length > tokens[SiteHead(lower, tokens, i)].End;
                if (siblingSite) start = tokens[i].Start;
                else found.RemoveAt(found.Count - 1);
            }
            found.Add(new CancerTypeMention(type, start, end - start));
            i += count;
        }
        if (Tokenizer.WithoutAbbreviations(lower, tokens, maxWords: 3) is { } filtered) found = AcrossAbbreviations(text, lower, filtered, found);
        return (IReadOnlyList<CancerTypeMention>?)found ?? [];
    }

    /// <summary>
    /// A name with its abbreviation written inside it: "primary central nervous system (CNS) lymphoma", "anaplastic large
    /// cell (CD30+) lymphoma". The words are matched again without the short parentheses
    /// (<see cref="Tokenizer.WithoutAbbreviations"/>); a name found only that way, across a parenthesis, replaces the
    /// shorter names it covers.
    /// </summary>
    private List<CancerTypeMention>? AcrossAbbreviations(string text, string lower, Token[] filtered, List<CancerTypeMention>? found)
    {
        for (var i = 0; i < filtered.Length;)
        {
            var (values, count) = _matcher.Match(text, lower, filtered, i, (v, at, n) => v.Rule switch
            {
                Rule.SiteOnly => SiteHead(lower, filtered, at) >= 0,
                Rule.NeedsContext => DiagnosticContext(lower, filtered, at),
                _ => true,
            }, acrossParenthesis: true);
            if (values is null) { i++; continue; }
            var start = filtered[i].Start;
            var end = filtered[i + count - 1].End;
            i += count;
            if (lower.AsSpan(start, end - start).IndexOf('(') < 0) continue;
            found ??= [];
            found.RemoveAll(m => m.Start >= start && m.Start + m.Length <= end);
            found.Add(new CancerTypeMention(Best(values).Type, start, end - start));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    private static (CancerType Type, Rule Rule) Best(IReadOnlyList<(CancerType Type, Rule Rule)> values)
    {
        var best = values[0];
        foreach (var v in values) if (v.Rule < best.Rule) best = v;
        return best;
    }

    private static readonly string[] SiteHeads = ["cancer", "carcinoma", "adenocarcinoma", "tumor", "malignancy", "neoplasm", "lesion", "primary"];

    private static readonly string[] Positional = ["distal", "proximal", "lower", "upper", "mid", "middle", "thoracic"];

    private static bool IsPositional(ReadOnlySpan<char> key)
    {
        foreach (var w in Positional) if (key.SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>The token index of the head noun of "carcinoma of the X" before token <paramref name="at"/>, or -1.</summary>
    private static int SiteHead(string lower, Token[] tokens, int at)
    {
        var k = at - 1;
        // "adenocarcinoma of the distal rectum", "carcinoma of the upper oesophagus": a part of the organ is still the organ.
        if (k >= 0 && IsPositional(Tokenizer.Key(lower, tokens[k]))) k--;
        if (k >= 0 && Tokenizer.Key(lower, tokens[k]).SequenceEqual("the")) k--;
        // "adenocarcinoma of the stomach or gastroesophageal junction": a second site after "or"/"and" shares the head, and so
        // does every member of a longer list ("carcinoma of the ovary, fallopian tube, or peritoneum"). A member after a
        // comma counts only when the list goes on to an "or"/"and", so "carcinoma of the breast, skin toxicity" is no list.
        if (k >= 1 && (IsConjunction(lower, tokens[k]) || (GapHas(lower, tokens, k, ',') && ConjunctionFollows(lower, tokens, at))))
        {
            for (var j = IsConjunction(lower, tokens[k]) ? k - 1 : k; j >= Math.Max(1, k - 10); j--)
            {
                if (GapHas(lower, tokens, j, '.') || GapHas(lower, tokens, j, ';') || GapHas(lower, tokens, j, ':') || GapHas(lower, tokens, j, '(')) break;
                // "carcinoma of the urinary tract including bladder, ureter, and renal pelvis": the list hangs off another word.
                if (IsListBreak(Tokenizer.Key(lower, tokens[j]))) break;
                if (Tokenizer.Key(lower, tokens[j]).SequenceEqual("of")) { var h = SiteHead(lower, tokens, j + (Tokenizer.Key(lower, tokens[j + 1]).SequenceEqual("the") ? 2 : 1)); if (h >= 0) return h; break; }
            }
        }
        if (k < 0 || !Tokenizer.Key(lower, tokens[k]).SequenceEqual("of")) return -1;
        k--;
        if (k < 0) return -1;
        var head = Tokenizer.Key(lower, tokens[k]);
        foreach (var h in SiteHeads) if (head.SequenceEqual(h)) return k;
        return -1;
    }

    private static readonly string[] ListBreaks = ["including", "include", "includes", "with", "without", "except", "excluding", "than", "in", "to", "from", "by", "for", "that", "who", "which"];

    private static bool IsListBreak(ReadOnlySpan<char> key)
    {
        foreach (var w in ListBreaks) if (key.SequenceEqual(w)) return true;
        return false;
    }

    private static bool IsConjunction(string lower, Token token) =>
        Tokenizer.Key(lower, token).SequenceEqual("or") || Tokenizer.Key(lower, token).SequenceEqual("and");

    /// <summary>True when the text between token <paramref name="k"/> and the next token holds <paramref name="mark"/>.</summary>
    private static bool GapHas(string lower, Token[] tokens, int k, char mark) =>
        k + 1 < tokens.Length && lower.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(mark);

    /// <summary>An "or"/"and" within the next few words, before any sentence break: the list at <paramref name="at"/> goes on.</summary>
    private static bool ConjunctionFollows(string lower, Token[] tokens, int at)
    {
        for (var j = at; j < Math.Min(tokens.Length, at + 6); j++)
        {
            if (IsConjunction(lower, tokens[j])) return true;
            if (GapHas(lower, tokens, j, '.') || GapHas(lower, tokens, j, ';') || GapHas(lower, tokens, j, '(')) return false;
        }
        return false;
    }

    private static readonly string[] ContextWords =
    [
        "histologically", "histologic", "histological", "cytologically", "confirmed", "proven", "documented", "diagnosis",
        "diagnosed", "biopsy", "metastatic", "advanced", "refractory", "recurrent", "relapsed", "unresectable", "incurable",
        "inoperable", "progressive", "measurable", "invasive", "primary", "pathologically", "verified", "any", "with",
        "localized", "stage", "untreated", "persistent", "disseminated", "solid", "undifferentiated", "poorly", "differentiated",
    ];

    private static bool DiagnosticContext(string lower, Token[] tokens, int at)
    {
        for (var k = Math.Max(0, at - 5); k < at; k++)
        {
            var key = Tokenizer.Key(lower, tokens[k]);
            // "melanoma, or (any) other advanced malignancy" offers another disease as an alternative: the context holds.
            if (key.SequenceEqual("other") && IsAlternativeOther(lower, tokens, k)) continue;
            if (key.SequenceEqual("other") || key.SequenceEqual("second") || key.SequenceEqual("prior") || key.SequenceEqual("previous")) return false;
        }
        for (var k = Math.Max(0, at - 4); k < at; k++)
        {
            var key = Tokenizer.Key(lower, tokens[k]);
            foreach (var w in ContextWords) if (key.SequenceEqual(w)) return true;
        }
        // "Cancer not amenable to curative treatment", "cancer that is incurable": curability said right after the
        // generic word is said of the patient's disease.
        for (var k = at + 1; k < Math.Min(tokens.Length, at + 5); k++)
        {
            var key = Tokenizer.Key(lower, tokens[k]);
            foreach (var w in CurabilityWordsAfter) if (key.SequenceEqual(w)) return true;
        }
        return false;
    }

    private static readonly string[] CurabilityWordsAfter = ["incurable", "amenable", "curable"];

    private static bool IsAlternativeOther(string lower, Token[] tokens, int k)
    {
        var j = k - 1;
        if (j >= 0 && Tokenizer.Key(lower, tokens[j]).SequenceEqual("any")) j--;
        return j >= 0 && Tokenizer.Key(lower, tokens[j]).SequenceEqual("or");
    }

    /// <summary>
    /// The best single type for a free-text diagnosis or a code: a code (any case) is taken as is; otherwise the most
    /// specific type named, refined by histology words that single out one descendant ("non-small cell lung cancer,
    /// adenocarcinoma" → LUAD). Null when nothing is recognised.
    /// </summary>
    public CancerType? Normalise(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Get(text) is { } byCode) return byCode;
        var lower = text.ToLowerInvariant();
        var tokens = Tokenizer.Tokenize(lower);
        var mentions = new List<CancerTypeMention>();
        for (var i = 0; i < tokens.Length;)
        {
            // In a bare diagnosis every generic word counts: no context needed.
            var (values, count) = _matcher.Match(text, lower, tokens, i, (v, at, n) => v.Rule != Rule.SiteOnly || SiteHead(lower, tokens, at) >= 0);
            if (values is null) { i++; continue; }
            mentions.Add(new CancerTypeMention(Best(values).Type, tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start));
            i += count;
        }
        if (mentions.Count == 0) return null;
        // Most specific: the deepest type; prefer real codes over groups.
        var best = mentions.OrderByDescending(m => m.Type.IsGroup ? 0 : 1).ThenByDescending(m => AncestorsAndSelf(m.Type.Code).Count).First().Type;
        return Refine(best, lower, mentions);
    }

    /// <summary>
    /// The word keys of each type's name and synonyms, worked out once: refining a diagnosis compares them for every
    /// descendant of the type named, and tokenizing them on each call was a tenth of an ingest's CPU.
    /// </summary>
    private readonly FrozenDictionary<string, HashSet<string>> _wordsOf;

    private static HashSet<string> WordsOf(CancerType type)
    {
        var words = new HashSet<string>(Tokenizer.Keys(type.Name), StringComparer.Ordinal);
        foreach (var s in type.Synonyms) foreach (var k in Tokenizer.Keys(s.TrimStart('=', '@', '!'))) words.Add(k);
        return words;
    }

    private CancerType Refine(CancerType type, string lower, List<CancerTypeMention> mentions)
    {
        // Words of the text outside the chosen mention that name exactly one descendant refine it.
        var own = _wordsOf[type.Code];
        var chosen = mentions.First(m => m.Type == type);
        var rest = new List<string>();
        foreach (var t in Tokenizer.Tokenize(lower))
        {
            if (t.Start >= chosen.Start && t.End <= chosen.Start + chosen.Length) continue;
            var key = Tokenizer.Key(lower, t).ToString();
            if (!own.Contains(key) && key.Length > 2) rest.Add(key);
        }
        if (rest.Count == 0) return type;
        CancerType? refined = null;
        foreach (var code in Descendants(type.Code))
        {
            var d = _byCode[code];
            var words = _wordsOf[code];
            if (!rest.All(words.Contains)) continue;
            if (refined is not null && AncestorsAndSelf(code).Contains(refined.Code)) { refined = d; continue; }
            if (refined is not null && !AncestorsAndSelf(refined.Code).Contains(code)) return type; // ambiguous
            refined ??= d;
        }
        return refined ?? type;
    }

    /// <summary>
    /// Codes whose names or synonyms are close to <paramref name="text"/> (prefix or small edit distance), best first;
    /// for "did you mean" messages. At most <paramref name="max"/> codes, no duplicates.
    /// </summary>
    public IReadOnlyList<string> Suggest(string text, int max = 5)
    {
        if (string.IsNullOrWhiteSpace(text) || max <= 0) return [];
        var query = string.Join(' ', Tokenizer.Keys(text));
        var raw = text.Trim().ToLowerInvariant();
        var scored = new List<(int Score, string Code)>();
        foreach (var (phrase, code) in _suggestions)
        {
            var p = string.Join(' ', Tokenizer.Keys(phrase));
            int score;
            if (p == query || phrase == raw) score = 0;
            else if (p.StartsWith(query, StringComparison.Ordinal) && query.Length >= 2) score = 1;
            else
            {
                var d = EditDistance(query, p, Math.Max(2, query.Length / 3));
                if (d < 0) continue;
                score = 1 + d;
            }
            scored.Add((score, code));
        }
        foreach (var t in _byCode.Values)
        {
            var d = EditDistance(raw.ToUpperInvariant(), t.Code, 1);
            if (d >= 0) scored.Add((d == 0 ? 0 : 2, t.Code));
        }
        return scored.OrderBy(s => s.Score).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => s.Code).Distinct().Take(max).ToList();
    }

    /// <summary>Levenshtein distance, or -1 when it exceeds <paramref name="limit"/>.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return -1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return -1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= limit ? previous[b.Length] : -1;
    }

    private string[] ComputeAncestors(string code)
    {
        var result = new List<string>();
        var queue = new Queue<string>();
        queue.Enqueue(code);
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            if (result.Contains(c, StringComparer.OrdinalIgnoreCase) || !_byCodeBuilding.TryGetValue(c, out var t)) continue;
            result.Add(t.Code);
            if (t.Parent is { } p) queue.Enqueue(p);
            foreach (var g in t.Groups) queue.Enqueue(g);
        }
        // Groups after real codes, broader groups last: LUAD, NSCLC, LUNG, GROUP:SOLID, GROUP:ANY.
        return result.Where(c => !c.StartsWith("GROUP:", StringComparison.Ordinal))
            .Concat(result.Where(c => c.StartsWith("GROUP:", StringComparison.Ordinal)).OrderByDescending(GroupDepth)).ToArray();
    }

    private int GroupDepth(string code)
    {
        var depth = 0;
        for (var c = code; _byCodeBuilding.TryGetValue(c, out var t) && t.Parent is { } p; c = p) depth++;
        return depth;
    }

    private readonly Dictionary<string, CancerType> _byCodeBuilding;

    /// <summary>Reads a vocabulary in the cancer-types.tsv layout (see the file's header). Throws on a malformed file: it ships with the build.</summary>
    public static CancerTypeVocabulary Load(Stream tsv)
    {
        using var reader = new StreamReader(tsv);
        var types = new List<CancerType>();
        var phrases = new List<(string, CancerType)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 5) throw new FormatException($"cancer-types.tsv line {lineNumber}: expected 5 tab-separated columns, got {cols.Length}");
            var code = cols[0].Trim();
            var synonyms = cols[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var type = new CancerType(code, cols[3].Trim(), cols[1].Trim() is { Length: > 0 } p ? p : null, synonyms,
                cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), code.StartsWith("GROUP:", StringComparison.Ordinal));
            types.Add(type);
            foreach (var s in synonyms) phrases.Add((s, type));
        }
        return Build(types, phrases);
    }

    private static CancerTypeVocabulary Build(List<CancerType> types, List<(string, CancerType)> phrases)
    {
        var byCode = types.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var t in types)
        {
            if (t.Parent is { } p && !byCode.ContainsKey(p)) throw new FormatException($"cancer-types.tsv: {t.Code} has unknown parent {p}");
            foreach (var g in t.Groups) if (!byCode.ContainsKey(g)) throw new FormatException($"cancer-types.tsv: {t.Code} has unknown group {g}");
        }
        return new CancerTypeVocabulary(types, phrases);
    }
}
