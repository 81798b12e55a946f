using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

/// <summary>One criterion's place in the criteria text, before facts are read.</summary>
internal readonly record struct Segment(int Start, int Length, CriterionSection Section, string? Heading, string? ParentText);

/// <summary>
/// Splits eligibility text into single criteria. Understands inclusion/exclusion headings in their many spellings,
/// the NCI layout of the legacy records (DISEASE CHARACTERISTICS / PATIENT CHARACTERISTICS / PRIOR CONCURRENT THERAPY
/// with sub-headings such as "Hepatic:"), bullets and numbering, wrapped lines, nested items (which keep their
/// parent's text), and flattened paragraphs where sub-headings run inline. Never throws; offsets index the input.
/// </summary>
internal static partial class CriteriaSegmenter
{
    [GeneratedRegex(@"^[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u2013\u2014\u25e6\u2023o>](?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-zA-Z][.)](?=\s)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)](?=\s))[ \t]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:(?:key|main|major|additional|general|specific|other|study|patient|subject|participant)\s+)?(?:(?<inc>inclusion|eligibility)|(?<exc>exclusion|ineligibility|non-?inclusion))\b(?:\s+criteria)?(?:\s*\([^)]*\))?(?:\s+(?:criteria|for|include|includes|are|is)\b[^:]{0,40})?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^-*\s*(?<nci>DISEASE CHARACTERISTICS|PATIENT CHARACTERISTICS|PRIOR CONCURRENT THERAPY|PRIOR/CONCURRENT THERAPY)\s*:?\s*-*\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NciHeading();

    // Inline NCI sub-headings inside flattened paragraphs: "... Age: 18 and over Performance status: ECOG 0-1 ...".
    [GeneratedRegex(@"(?<=^|[\s.;])(?<h>Age|Sex|Performance status|Life expectancy|Hematopoietic|Hepatic|Renal|Cardiovascular|Cardiac|Pulmonary|Neurologic|Other|Biologic therapy|Chemotherapy|Endocrine therapy|Radiotherapy|Surgery|Menopausal status|Hormone receptor status|Gender)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex InlineSubHeading();

    private readonly record struct Line(int Start, int End, int Indent, int BodyStart, bool IsBullet, char BulletKind);

    public static List<Segment> Split(string text)
    {
        var segments = new List<Segment>();
        var section = CriterionSection.Unknown;
        string? heading = null;
        // Open item: [start, end) plus its indentation and bullet kind; parent stack for nested lists.
        int itemStart = -1, itemEnd = -1, itemIndent = 0;
        var itemKind = ' ';
        var parents = new List<(int Indent, char Kind, string Text)>();

        void Close()
        {
            if (itemStart < 0) return;
            var parent = parents.Count > 0 ? parents[^1].Text : null;
            // "Patients with any of the following are excluded:": the items under it are exclusions wherever they sit.
            var itemSection = section != CriterionSection.Exclusion && (ExcludingParent(parent) || ExcludingParent(heading)) ? CriterionSection.Exclusion : section;
            AddItem(text, itemStart, itemEnd, itemSection, heading, parent, segments);
            itemStart = -1;
        }

        foreach (var line in Lines(text))
        {
            if (line.BodyStart >= line.End) { Close(); continue; }
            var body = text.AsSpan(line.BodyStart, line.End - line.BodyStart);
            var trimmed = body.TrimEnd();
            var bodyEnd = line.BodyStart + trimmed.Length;

            // Section headings (also bulleted: "- Exclusion Criteria:"), with or without text after them.
            if (IsSectionHeading(text, line.BodyStart, bodyEnd, out var newSection, out var textAfter))
            {
                Close();
                parents.Clear();
                section = newSection;
                heading = null;
                if (textAfter < bodyEnd)
                {
                    itemStart = textAfter; itemEnd = bodyEnd; itemIndent = line.Indent; itemKind = line.BulletKind;
                }
                continue;
            }
            // Sub-headings: short lines ending in ':' ("Hepatic:", "Performance status:"). Longer ones are list parents.
            if (!line.IsBullet && trimmed.EndsWith(":") && WordCount(trimmed) <= 5 && trimmed.Length <= 60)
            {
                Close();
                parents.Clear();
                heading = trimmed[..^1].Trim().ToString();
                continue;
            }
            if (line.IsBullet || itemStart < 0)
            {
                Close();
                while (parents.Count > 0 && (line.Indent < parents[^1].Indent || (line.Indent == parents[^1].Indent && line.BulletKind == parents[^1].Kind)))
                    parents.RemoveAt(parents.Count - 1);
                itemStart = line.BodyStart; itemEnd = bodyEnd; itemIndent = line.Indent; itemKind = line.BulletKind;
                if (trimmed.EndsWith(":"))
                {
                    // "Patients must have one of the following:": the item is kept and becomes the parent of what follows.
                    var parentText = text[itemStart..itemEnd];
                    Close();
                    AddParentless(parents, line.Indent, line.BulletKind, parentText);
                }
                continue;
            }
            // A wrapped line continues the open item.
            itemEnd = bodyEnd;
            if (trimmed.EndsWith(":") && itemStart >= 0)
            {
                var parentText = text[itemStart..itemEnd];
                Close();
                AddParentless(parents, itemIndent, itemKind, parentText);
            }
        }
        Close();
        return segments;
    }

    [GeneratedRegex(@"\b(?:(?:are|is|will be|shall be|be)\s+(?:excluded|ineligible|not eligible)|not (?:be )?eligible|ineligible|not (?:be )?(?:allowed|permitted|enrolled|included)|excluded if|exclude[sd]? (?:patients|subjects|participants)|must not (?:have|meet|be)|none of the following|cannot (?:have|be))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExcludingCue();

    private static bool ExcludingParent(string? parent) =>
        parent is not null && parent.Length < 400
        && (parent.Contains("xclu", StringComparison.Ordinal) || parent.Contains("eligible", StringComparison.OrdinalIgnoreCase) || parent.Contains("not", StringComparison.OrdinalIgnoreCase) || parent.Contains("none", StringComparison.OrdinalIgnoreCase) || parent.Contains("cannot", StringComparison.OrdinalIgnoreCase))
        && ExcludingCue().IsMatch(parent);

    [GeneratedRegex(@"^(?:not specified|none|n/?a|see (?:disease characteristics|patient characteristics|general eligibility criteria|above|below|prior concurrent therapy)|unspecified)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static void AddParentless(List<(int Indent, char Kind, string Text)> parents, int indent, char kind, string text) =>
        parents.Add((indent, kind, text));

    private static void AddItem(string text, int start, int end, CriterionSection section, string? heading, string? parent, List<Segment> segments)
    {
        // Flattened NCI paragraphs: split at inline sub-headings so each criterion stands alone.
        var matches = InlineSubHeading().Matches(text.Substring(start, end - start));
        if (matches.Count == 0)
        {
            Add(text, start, end, section, heading, parent, segments);
            return;
        }
        var pos = start;
        var currentHeading = heading;
        foreach (Match m in matches)
        {
            var at = start + m.Index;
            if (at > pos) Add(text, pos, at, section, currentHeading, parent, segments);
            currentHeading = m.Groups["h"].Value;
            pos = start + m.Index + m.Length;
        }
        if (pos < end) Add(text, pos, end, section, currentHeading, parent, segments);
    }

    private static void Add(string text, int start, int end, CriterionSection section, string? heading, string? parent, List<Segment> segments)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start < 2) return;
        // Placeholders under NCI sub-headings ("Not specified", "See Disease Characteristics") state no criterion.
        if (Placeholder().IsMatch(text.AsSpan(start, end - start))) return;
        segments.Add(new Segment(start, end - start, section, heading, parent));
    }

    private static bool IsSectionHeading(string text, int start, int end, out CriterionSection section, out int textAfter)
    {
        section = CriterionSection.Unknown;
        textAfter = end;
        var body = text.Substring(start, end - start);
        if (NciHeading().Match(body) is { Success: true } nci)
        {
            section = CriterionSection.Inclusion;
            textAfter = start + nci.Length;
            return true;
        }
        var m = SectionHeading().Match(body);
        if (!m.Success) return false;
        var rest = body[m.Length..].Trim();
        var headingText = body[..m.Length].TrimEnd();
        // "Inclusion criteria:" (+ optional text) is a heading; "Eligibility will be determined by..." is not.
        var endsWithColon = headingText.EndsWith(':');
        var onlyHeading = rest.Length == 0;
        if (!endsWithColon && !onlyHeading) return false;
        if (!endsWithColon && WordCount(headingText) > 6) return false;
        section = m.Groups["exc"].Success ? CriterionSection.Exclusion : CriterionSection.Inclusion;
        textAfter = start + m.Length;
        return true;
    }

    private static int WordCount(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; n++; }
        }
        return n;
    }

    private static int WordCount(string s) => WordCount(s.AsSpan());

    private static IEnumerable<Line> Lines(string text)
    {
        var pos = 0;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            var lineEnd = end > pos && text[end - 1] == '\r' ? end - 1 : end;
            var indent = 0;
            var k = pos;
            while (k < lineEnd && (text[k] == ' ' || text[k] == '\t')) { indent += text[k] == '\t' ? 4 : 1; k++; }
            var lineText = text.AsSpan(pos, lineEnd - pos);
            var m = Bullet().Match(text, pos, lineEnd - pos);
            var isBullet = m.Success && m.Index == pos && m.Index + m.Length < lineEnd;
            var kind = ' ';
            if (isBullet)
            {
                var b = text[pos..(pos + m.Length)].Trim().TrimStart('(');
                kind = b.Length == 0 ? ' ' : char.IsDigit(b[0]) ? '1' : char.IsLetter(b[0]) && b.Length > 1 && b[0] != 'o' ? 'a' : b[0];
            }
            _ = lineText;
            var bodyStart = isBullet ? pos + m.Length : k;
            yield return new Line(pos, lineEnd, indent, bodyStart, isBullet, kind);
            if (nl < 0) break;
            pos = nl + 1;
        }
    }
}
