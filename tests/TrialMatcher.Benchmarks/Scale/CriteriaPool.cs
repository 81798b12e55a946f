using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TrialMatcher.Eligibility;

namespace TrialMatcher.Benchmarks.Scale;

/// <summary>
/// Criterion items of the real corpus, cut at the level of single criteria, with the places where a generated
/// copy may vary them (numbers, drug names) found once. Items are pooled by cancer-type group and section
/// (inclusion / exclusion / unheaded), so a generated record recombines items of real trials of its own kind.
/// </summary>
internal sealed partial class CriteriaPool
{
    /// <summary>A piece of an item: literal text, a number that may vary, or a drug that may become another of its class.</summary>
    internal readonly record struct Part(string Text, PartKind Kind, int Decimals = 0, string[]? Siblings = null);

    internal enum PartKind { Literal, Number, Drug }

    internal sealed record Item(Part[] Parts);

    /// <summary>One line of a record's layout: a heading (kept verbatim) or a slot for an item of a section.</summary>
    internal readonly record struct Slot(string? Heading, int Section);

    private readonly Dictionary<(string Group, int Section), List<Item>> _pools = new();

    public int Items { get; private set; }

    /// <summary>Cuts a criteria text into headings and items; returns its layout. Continuation lines stay with their item.</summary>
    public static List<(string? Heading, int Section, string? ItemText)> Cut(string text)
    {
        var result = new List<(string?, int, string?)>();
        var section = 0;
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0) result.Add((null, section, current.ToString()));
            current.Clear();
        }
        var blank = false;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0) { Flush(); blank = true; continue; }
            if (trimmed.Length < 80 && Heading().IsMatch(trimmed))
            {
                Flush();
                section = trimmed.Contains("xclu", StringComparison.OrdinalIgnoreCase) ? 2 : trimmed.Contains("nclu", StringComparison.OrdinalIgnoreCase) ? 1 : section;
                result.Add((line, section, null));
                blank = false;
                continue;
            }
            if (Bullet().IsMatch(trimmed) || blank || current.Length == 0)
            {
                Flush();
                current.Append(line);
            }
            else
            {
                current.Append('\n').Append(line);
            }
            blank = false;
        }
        Flush();
        return result;
    }

    public void Add(string group, int section, string itemText)
    {
        var key = (group, section);
        if (!_pools.TryGetValue(key, out var list)) _pools[key] = list = [];
        list.Add(new Item(Split(itemText)));
        Items++;
    }

    public List<Item>? Pool(string group, int section) => _pools.GetValueOrDefault((group, section));

    /// <summary>Writes one variant of <paramref name="item"/>: each number varies with probability 1/2, each drug with 1/2.</summary>
    public static void Render(Item item, Random random, StringBuilder output, double variation)
    {
        foreach (var part in item.Parts)
        {
            switch (part.Kind)
            {
                case PartKind.Number when random.NextDouble() < variation:
                    output.Append(VaryNumber(part.Text, part.Decimals, random));
                    break;
                case PartKind.Drug when random.NextDouble() < variation && part.Siblings is { Length: > 0 } s:
                    output.Append(s[random.Next(s.Length)]);
                    break;
                default:
                    output.Append(part.Text);
                    break;
            }
        }
    }

    /// <summary>Ages, ECOG bounds, lab thresholds, weeks, years: small numbers move by one, years by up to three, others by up to 25%.</summary>
    private static string VaryNumber(string text, int decimals, Random random)
    {
        var value = double.Parse(text, CultureInfo.InvariantCulture);
        double next;
        if (decimals == 0 && value is >= 1950 and <= 2035) next = value + random.Next(-3, 4);
        else if (decimals == 0 && value <= 5) next = Math.Max(0, value + random.Next(-1, 2));
        else
        {
            next = value * (1 + (random.NextDouble() - 0.5) / 2);
            if (decimals == 0) next = Math.Max(1, Math.Round(next));
        }
        return next.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static Part[] Split(string text)
    {
        var cuts = new List<(int Start, int Length, Part Part)>();
        foreach (Match m in Number().Matches(text))
        {
            var dot = m.Value.IndexOf('.', StringComparison.Ordinal);
            cuts.Add((m.Index, m.Length, new Part(m.Value, PartKind.Number, dot < 0 ? 0 : m.Value.Length - dot - 1)));
        }
        foreach (var mention in TherapyVocabulary.Default.Find(text))
        {
            if (mention.Therapy.IsClass || mention.Therapy.Parents.Count == 0) continue;
            var siblings = Siblings(mention.Therapy.Parents[0]);
            if (siblings.Length < 2) continue;
            cuts.Add((mention.Start, mention.Length, new Part(text.Substring(mention.Start, mention.Length), PartKind.Drug, Siblings: siblings)));
        }
        cuts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var parts = new List<Part>();
        var at = 0;
        foreach (var (start, length, part) in cuts)
        {
            if (start < at) continue; // overlaps a drug or number already taken
            if (start > at) parts.Add(new Part(text[at..start], PartKind.Literal));
            parts.Add(part);
            at = start + length;
        }
        if (at < text.Length) parts.Add(new Part(text[at..], PartKind.Literal));
        return [.. parts];
    }

    private static readonly Dictionary<string, string[]> SiblingCache = new(StringComparer.Ordinal);

    /// <summary>Drugs (generic names) directly under a class: osimertinib ↔ gefitinib ↔ erlotinib.</summary>
    private static string[] Siblings(string classId)
    {
        if (SiblingCache.TryGetValue(classId, out var cached)) return cached;
        var list = TherapyVocabulary.Default.All
            .Where(t => !t.IsClass && t.Parents.Contains(classId, StringComparer.Ordinal))
            .Select(t => t.Id.Replace('_', ' '))
            .Order(StringComparer.Ordinal).ToArray();
        SiblingCache[classId] = list;
        return list;
    }

    [GeneratedRegex(@"^(\W{0,3})?(inclusion|exclusion|eligibility|key inclusion|key exclusion|main inclusion|main exclusion)[\w\s/-]*(criteria|criterion)?\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([-*•·o]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))\s")]
    private static partial Regex Bullet();

    /// <summary>A number not glued to letters (HER2, CD20 and 10^9 stay as they are).</summary>
    [GeneratedRegex(@"(?<![\w.^])\d{1,4}(?:\.\d{1,3})?(?![\w^])")]
    private static partial Regex Number();
}
