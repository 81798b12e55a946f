using System.Collections.Frozen;

namespace TrialMatcher.Eligibility;

/// <summary>
/// A therapy class (platinum, anti_pd1_pdl1, radiotherapy, ...) or a drug (lowercase generic name). <see cref="Parents"/>
/// are the classes directly above it; <see cref="TherapyVocabulary.ClassesOf"/> gives the full chain.
/// </summary>
public sealed record Therapy(string Id, bool IsClass, IReadOnlyList<string> Parents, IReadOnlyList<string> Synonyms);

/// <summary>A place in a text that names a therapy (drug, brand, research code or class).</summary>
public sealed record TherapyMention(Therapy Therapy, int Start, int Length);

/// <summary>
/// Our drug and therapy-class vocabulary (Vocabulary/therapies.tsv, embedded): generic names, brand names, research
/// codes and hierarchical classes (platinum ⊂ chemotherapy ⊂ systemic_therapy; anti_pd1_pdl1 ⊂ checkpoint_inhibitor ⊂
/// immunotherapy; egfr_tki ⊂ targeted_therapy). Thread-safe and immutable once built.
/// </summary>
public sealed class TherapyVocabulary
{
    private static readonly Lazy<TherapyVocabulary> LazyDefault = new(() => Load(
        typeof(TherapyVocabulary).Assembly.GetManifestResourceStream("TrialMatcher.Eligibility.Vocabulary.therapies.tsv")
        ?? throw new InvalidOperationException("embedded resource therapies.tsv is missing from the build")));

    /// <summary>The vocabulary shipped with the library (loaded once, on first use).</summary>
    public static TherapyVocabulary Default => LazyDefault.Value;

    private readonly FrozenDictionary<string, Therapy> _byId;
    private readonly FrozenDictionary<string, string[]> _classes;
    private readonly PhraseMatcher<Therapy> _matcher = new();

    private TherapyVocabulary(List<Therapy> therapies)
    {
        _byId = therapies.ToFrozenDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        _classes = therapies.ToFrozenDictionary(t => t.Id, t => Chain(t).ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var t in therapies)
        {
            _matcher.Add(t.IsClass ? t.Id.Replace('_', ' ') : t.Id, t);
            foreach (var s in t.Synonyms) _matcher.Add(s, t);
        }
    }

    private IEnumerable<string> Chain(Therapy t)
    {
        var seen = new List<string>();
        var queue = new Queue<string>(t.Parents);
        if (t.IsClass) seen.Add(t.Id);
        while (queue.Count > 0)
        {
            var c = queue.Dequeue();
            if (seen.Contains(c) || !_byId.TryGetValue(c, out var parent)) continue;
            seen.Add(c);
            foreach (var p in parent.Parents) queue.Enqueue(p);
        }
        return seen;
    }

    /// <summary>Every therapy and class, by id.</summary>
    public IEnumerable<Therapy> All => _byId.Values;

    /// <summary>The therapy or class with this id, or null.</summary>
    public Therapy? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>True when <paramref name="id"/> is a class id (platinum, anti_pd1_pdl1, ...), not a drug.</summary>
    public bool IsClass(string id) => _byId.TryGetValue(id.Trim(), out var t) && t.IsClass;

    /// <summary>
    /// The drug named by a generic name, brand name or research code ("Keytruda", "MK-3475" → pembrolizumab), or null.
    /// Classes are not returned: use <see cref="Find"/> for free text.
    /// </summary>
    public Therapy? FindDrug(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (_byId.TryGetValue(name.Trim(), out var direct)) return direct.IsClass ? null : direct;
        var lower = name.ToLowerInvariant();
        var tokens = Tokenizer.Tokenize(lower);
        var (values, count) = _matcher.Match(name, lower, tokens, 0);
        if (values is null || count != tokens.Length) return null;
        return values.FirstOrDefault(v => !v.IsClass);
    }

    /// <summary>
    /// Every class a drug (or class) belongs to, most specific first: carboplatin → platinum, chemotherapy,
    /// systemic_therapy; for a class id, the class itself and its ancestors. Accepts brand names. Empty when unknown.
    /// </summary>
    public IReadOnlyList<string> ClassesOf(string generic)
    {
        if (string.IsNullOrWhiteSpace(generic)) return [];
        if (_classes.TryGetValue(generic.Trim(), out var direct)) return direct;
        return FindDrug(generic) is { } drug ? _classes[drug.Id] : [];
    }

    /// <summary>All therapies named in <paramref name="text"/>, left to right, longest match first.</summary>
    public IReadOnlyList<TherapyMention> Find(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var lower = text.ToLowerInvariant();
        return Find(text, lower, Tokenizer.Tokenize(lower));
    }

    internal IReadOnlyList<TherapyMention> Find(string text, string lower, Token[] tokens)
    {
        List<TherapyMention>? found = null;
        for (var i = 0; i < tokens.Length;)
        {
            var (values, count) = _matcher.Match(text, lower, tokens, i);
            if (values is null) { i++; continue; }
            var therapy = values.FirstOrDefault(v => !v.IsClass) ?? values[0];
            (found ??= []).Add(new TherapyMention(therapy, tokens[i].Start, tokens[i + count - 1].End - tokens[i].Start));
            i += count;
        }
        // Cheap cue: only texts with a parenthesis can hold an abbreviation inside a name.
        if (Tokenizer.WithoutAbbreviations(lower, tokens, maxWords: 2) is { } filtered) found = AcrossAbbreviations(text, lower, filtered, found);
        return (IReadOnlyList<TherapyMention>?)found ?? [];
    }

    /// <summary>
    /// A name with its abbreviation written inside it: "histone deacetylase (HDAC) inhibitor", "vascular endothelial
    /// growth factor (VEGF) inhibitor". The words are matched again without the short parentheses
    /// (<see cref="Tokenizer.WithoutAbbreviations"/>); a name found only that way, across a parenthesis, replaces the
    /// shorter names it covers.
    /// </summary>
    private List<TherapyMention>? AcrossAbbreviations(string text, string lower, Token[] filtered, List<TherapyMention>? found)
    {
        for (var i = 0; i < filtered.Length;)
        {
            var (values, count) = _matcher.Match(text, lower, filtered, i, acrossParenthesis: true);
            if (values is null) { i++; continue; }
            var start = filtered[i].Start;
            var end = filtered[i + count - 1].End;
            i += count;
            if (lower.AsSpan(start, end - start).IndexOf('(') < 0) continue;
            var therapy = values.FirstOrDefault(v => !v.IsClass) ?? values[0];
            found ??= [];
            found.RemoveAll(m => m.Start >= start && m.Start + m.Length <= end);
            found.Add(new TherapyMention(therapy, start, end - start));
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    /// <summary>Reads a vocabulary in the therapies.tsv layout (see the file's header). Throws on a malformed file: it ships with the build.</summary>
    public static TherapyVocabulary Load(Stream tsv)
    {
        using var reader = new StreamReader(tsv);
        var list = new List<Therapy>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 4) throw new FormatException($"therapies.tsv line {lineNumber}: expected 4 tab-separated columns, got {cols.Length}");
            list.Add(new Therapy(
                cols[0].Trim(), cols[1].Trim() == "class",
                cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        var ids = list.Select(t => t.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var t in list)
            foreach (var p in t.Parents)
                if (!ids.Contains(p)) throw new FormatException($"therapies.tsv: {t.Id} has unknown parent class {p}");
        return new TherapyVocabulary(list);
    }
}
