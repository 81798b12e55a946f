using System.Collections.Frozen;
using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

/// <summary>
/// Reads typed facts from one criterion. Each reader first checks a cheap keyword prefilter on the lowercased text and
/// only then runs its (source-generated) patterns. Polarity comes from the section and from negation cues in the same
/// clause ("No prior chemotherapy"), exception cues ("other than", "except") and permission words ("allowed").
/// </summary>
internal sealed partial class FactReader
{
    private readonly string _text;
    private readonly string _lower;
    private readonly CriterionSection _section;
    private readonly string? _heading;
    private readonly string? _parent;
    private readonly Token[] _tokens;
    private readonly List<(int Start, int End)> _clauses = [];
    private readonly List<int> _negations = [];
    private readonly List<int> _exceptions = [];
    private readonly List<Fact> _facts = [];
    private readonly List<(int Start, int End)> _therapySpans = [];
    private IReadOnlyList<TherapyMention> _therapies = [];

    private FactReader(string text, CriterionSection section, string? heading, string? parent)
    {
        _parent = parent?.ToLowerInvariant();
        _text = text;
        _lower = text.ToLowerInvariant();
        _section = section;
        _heading = heading?.ToLowerInvariant();
        _tokens = Tokenizer.Tokenize(_lower);
    }

    public static List<Fact> Read(string text, CriterionSection section, string? heading, string? parent = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        // Wrapped lines ("for\r\n        which") read as single spaces: the cues compare words one space apart. Fact spans
        // are mapped back to the original text.
        var collapsed = CollapseWhitespace(text);
        var reader = new FactReader(collapsed ?? text, section, heading, parent);
        reader.Run();
        if (collapsed is not null)
            for (var i = 0; i < reader._facts.Count; i++)
            {
                var f = reader._facts[i];
                var start = OriginalOffset(text, f.Start);
                var end = OriginalOffset(text, f.Start + f.Length);
                // A span that began or ended on a collapsed space does not take the whole run of whitespace with it.
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                reader._facts[i] = f with { Start = start, Length = end - start };
            }
        return reader._facts;
    }

    /// <summary>The text with every run of whitespace as one space, or null when it has none to collapse.</summary>
    private static string? CollapseWhitespace(string text)
    {
        var runs = false;
        for (var i = 0; i < text.Length && !runs; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))) runs = true;
        if (!runs) return null;
        return string.Create(CollapsedLength(text), text, static (dest, src) =>
        {
            var k = 0;
            for (var i = 0; i < src.Length; i++)
            {
                if (!char.IsWhiteSpace(src[i])) { dest[k++] = src[i]; continue; }
                if (i > 0 && char.IsWhiteSpace(src[i - 1])) continue;
                dest[k++] = ' ';
            }
        });
    }

    private static int CollapsedLength(string text)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++) if (!char.IsWhiteSpace(text[i]) || i == 0 || !char.IsWhiteSpace(text[i - 1])) n++;
        return n;
    }

    /// <summary>The offset in <paramref name="text"/> of offset <paramref name="collapsedOffset"/> of its collapsed form.</summary>
    private static int OriginalOffset(string text, int collapsedOffset)
    {
        var k = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && i > 0 && char.IsWhiteSpace(text[i - 1])) continue;
            if (k == collapsedOffset) return i;
            k++;
        }
        return text.Length;
    }

    private void Run()
    {
        FindClauses();
        FindCues();
        _therapies = TherapyVocabulary.Default.Find(_text, _lower, _tokens);
        foreach (var t in _therapies) _therapySpans.Add((t.Start, t.Start + t.Length));
        ReadCancerTypes();
        ReadStages();
        ReadPriorLines();
        RaiseLinesForSalvageHistory();
        ReadExposures();
        ReadBiomarkers();
        ReadPerformanceStatus();
        ReadBrainMetastases();
        ReadMeasurableDisease();
        ReadAge();
        ReadSex();
        ReadToReview();
    }

    // ---------------------------------------------------------------- clauses and polarity

    // "i.e." (also "i. e.") restates what comes before and does not end a clause: "(SERMs, i.e. raloxifene) for this breast cancer".
    [GeneratedRegex(@"(?:(?<!\b[iI]\.\s?[eE])\.(?!\s?[eE]\.)|[;:])(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PunctuationBreak();

    private const string ClauseWordBreakPattern = @"(?<=[a-z0-9)\]%,])\s+(?=(?:No|Not|Must|Prior|At least|Patients?|Measurable|Histologically|Concurrent|Previous|Any|Life|Age|Performance|ECOG|Karnofsky|Known|Active|Presence|History|Evidence|Stage|Hormone|Recovered|Negative|Positive|Pregnant|Fertile|Adequate|Bidimensionally|Unidimensionally|Other|Lesion|If|Greater|Less|More|Documented|Disease|Eligible|Also|Untreated|Chemotherapy|Radiotherapy|Surgery|Hepatic|Renal|Cardiovascular|Pulmonary)\b)";

    [GeneratedRegex(ClauseWordBreakPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex ClauseWordBreak();

    [GeneratedRegex(@"\G(?:" + ClauseWordBreakPattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex ClauseWordBreakAt();

    // Every alternative starts with a word of NegationFirstWords (see MatchesAtWords).
    private const string NegationCuePattern = @"\b(?:no(?!\s+(?:more|greater|less|fewer|longer|later|earlier|sooner|higher|lower|older|younger|exceeding|over|under|change|worse|than|standard|curative|effective|alternative|available|satisfactory|proven|established|further|known (?:standard|curative|effective)|other (?:standard|effective|curative)|better|evidence of (?:disease|progression))\b)|not(?!\s+(?:more|greater|less|fewer|exceeding|otherwise|only|limited|required|necessary|older|younger|over|under|to exceed|exceed|amenable|respond\w*|resectable|operable|candidates?|curable|surgically|be (?:cured|resected)|responsive|eligible for (?:curative|(?:[\w]+[- ]){0,3}?(?:surgery|surgical|resection)))\b)|without|never|none|nor|neither|cannot|excluding|exclude[sd]?|absence of|free of|lack of|non-?eligible|ineligible(?!\s+for\s+(?:[\w]+[- ]){0,3}?(?:surgery|surgical|resection))|may not|must not|should not|did not have|have not|has not|had not|no evidence of(?!\s+(?:disease|progression|recurrence))|negative for evidence)\b";

    [GeneratedRegex(@"\G(?:" + NegationCuePattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex NegationCueAt();

    internal static readonly FirstWords NegationFirstWords = new([
        "no", "not", "without", "never", "none", "nor", "neither", "cannot", "excluding", "exclude", "excludes", "excluded",
        "absence of", "free of", "lack of", "non", "noneligible", "ineligible", "may not", "must not", "should not", "did not",
        "have not", "has not", "had not", "negative for"]);

    [GeneratedRegex(NegationCuePattern, RegexOptions.CultureInvariant)]
    internal static partial Regex NegationCue();

    // Every alternative starts with a word of ExceptionFirstWords (see MatchesAtWords).
    private const string ExceptionCuePattern = @"\b(?:except|excepting|other than|unless|besides|apart from|with the exception of|with or without|but\s+(?:may|can)|however)\b";

    [GeneratedRegex(@"\G(?:" + ExceptionCuePattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex ExceptionCueAt();

    internal static readonly FirstWords ExceptionFirstWords = new(["except", "excepting", "other than", "unless", "besides", "apart from", "with the", "with or", "but may", "but can", "however"]);

    [GeneratedRegex(ExceptionCuePattern, RegexOptions.CultureInvariant)]
    internal static partial Regex ExceptionCue();

    [GeneratedRegex(@"\b(?:allowed|permitted|eligible|acceptable|accepted|allowable|permissible|is ok|are ok|may have|may be included|can be included|may enroll|may participate|may have received|may be (?:treated|enrolled)|(?:will|does|do|shall) not (?:exclude|disqualify))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermissionCue();

    // "not eligible for transplant" says what the patient cannot receive, not that the condition is prohibited.
    [GeneratedRegex(@"\b(?:not (?:allowed|permitted|permissible|eligible(?!\s+(?:for|to))|acceptable)|ineligible(?!\s+(?:for|to))|excluded|prohibited|not be (?:allowed|permitted|eligible(?!\s+(?:for|to))|included|enrolled))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProhibitionCue();

    // Flattened paragraphs join items with a space: "... of the pancreas Must have ...". A Title-case word after a
    // lowercase word starts a new clause, except proper names that sit inside sentences.
    private const string TitleCaseBreakPattern = @"(?<=[a-z0-9)\]%])(?<!\b[A-Z][a-z]+)(?<!\b(?:prior|previous|previously|with|of|for|to|and|or|the|a|an|any|no|not|than|by|including|except|received|receiving|plus|on|after|following|per|from|in|as|either|nor|versus|vs|using|like|both|such|than|other|is|are|be|been|have|has))\s+(?=[A-Z][a-z]+\b)(?!(?:Hodgkin|Karnofsky|Lansky|Ewing|Kaposi|Wilms|Burkitt|Waldenstr\w*|Zubrod|Philadelphia|Eastern|Cooperative|Oncology|Group|Southwest|Gynecologic|Response|Evaluation|Criteria|Solid|Tumors?|World|Health|Organization|American|Joint|Committee|Cancer|International|Staging|System|Lugano|Cheson|Gleason|Breslow|Clark|Child|Pugh|Langerhans|Merkel|Richter|Sezary|Barrett|Crohn|Gilbert|Cockcroft|Gault|Hepatitis|Investigator|Sponsor|Medical|Monitor|Institutional|Review|Board|Ann|Arbor|Durie|Salmon|Rai|Binet|Common|Terminology|Adverse|Events|New|York|Heart|Association|Class|Grade|Appendix|Section|Table|Protocol|Study|Day|Cycle|Week|Jewish|Ashkenazi|Asian|Caucasian|Food|Drug|Administration|Europe\w*|European|Union|United|States|Canada|China|Japan|France|Germany)\b)";

    [GeneratedRegex(TitleCaseBreakPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex TitleCaseBreak();

    [GeneratedRegex(@"\G(?:" + TitleCaseBreakPattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex TitleCaseBreakAt();

    private void FindClauses()
    {
        var breaks = new List<(int Index, int Length)>();
        foreach (var m in PunctuationBreak().EnumerateMatches(_text)) breaks.Add((m.Index, m.Length));
        // The word breaks start with a lookbehind, which makes a regex try every position; most criteria have no
        // capitalised word after a lowercase one, and a plain scan finds that first.
        if (HasCapitalAfterLowercase(_text))
        {
            breaks.AddRange(BreaksBeforeCapitals(ClauseWordBreakAt(), _text));
            breaks.AddRange(BreaksBeforeCapitals(TitleCaseBreakAt(), _text));
        }
        breaks.Sort((a, b) => a.Index.CompareTo(b.Index));
        var start = 0;
        foreach (var m in breaks)
        {
            if (m.Index < start) continue;
            if (m.Index > start) _clauses.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < _text.Length) _clauses.Add((start, _text.Length));
        if (_clauses.Count == 0) _clauses.Add((0, _text.Length));
    }

    /// <summary>
    /// The matches of a word-break pattern (anchored with \G) that starts with a lookbehind, then whitespace, then a
    /// capitalised word. Such a match can only start where a run of whitespace starts and only if an ASCII capital ends
    /// it, so the pattern is tried only there: the same matches as the unanchored pattern, which, starting with a
    /// lookbehind, would be tried at every position of the text.
    /// </summary>
    internal static List<(int Index, int Length)> BreaksBeforeCapitals(Regex anchored, string text)
    {
        var breaks = new List<(int Index, int Length)>();
        var next = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i - 1])) continue;
            var end = i + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            if (i >= next && end < text.Length && char.IsAsciiLetterUpper(text[end]))
                foreach (var m in anchored.EnumerateMatches(text, i))
                {
                    breaks.Add((m.Index, m.Length));
                    next = m.Index + m.Length;
                    break;
                }
            i = end - 1;
        }
        return breaks;
    }

    /// <summary>Whether an ASCII capital letter follows whitespace that follows a lowercase letter, digit, ")", "]", "%" or ",".</summary>
    private static bool HasCapitalAfterLowercase(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]) || !char.IsWhiteSpace(text[i - 1])) continue;
            var j = i - 1;
            while (j > 0 && char.IsWhiteSpace(text[j])) j--;
            if (char.IsAsciiLetterLower(text[j]) || char.IsAsciiDigit(text[j]) || text[j] is ')' or ']' or '%' or ',') return true;
        }
        return false;
    }

    private void FindCues()
    {
        foreach (var m in SpansAtWords(NegationCueAt(), _lower, NegationFirstWords))
        {
            // "may or may not have", "whether or not": no negation.
            var before = _lower.AsSpan(0, m.Index);
            if (before.EndsWith(" or ") || before.EndsWith(" or may ") || before.EndsWith(" or did ") || before.EndsWith(" or have ") || before.EndsWith("whether or ")) continue;
            // "must have failed or be ineligible for chemotherapy": an alternative, not a negation of the first.
            if (before.EndsWith(" or be ") || before.EndsWith(" or are ") || before.EndsWith(" or is ") || before.EndsWith(" or were ")) continue;
            _negations.Add(m.Index);
        }
        foreach (var m in SpansAtWords(ExceptionCueAt(), _lower, ExceptionFirstWords)) _exceptions.Add(m.Index);
    }

    private (int Start, int End) ClauseOf(int position)
    {
        foreach (var c in _clauses) if (position >= c.Start && position < c.End) return c;
        return (0, _text.Length);
    }

    /// <summary>Whether the words at [start,end) are negated, an exception to a negation, or plainly stated.</summary>
    private (bool Negated, bool Exception) NegationAt(int start, bool verbNegations = true)
    {
        var clause = ClauseOf(start);
        var lastNegation = -1;
        foreach (var n in _negations)
            if (n >= clause.Start && n < start && !InClosedParenthesis(n, start) && !RelativeClauseEnded(n, start) && (verbNegations || !IsVerbNegation(n))) lastNegation = n;
        var lastException = -1;
        foreach (var e in _exceptions) if (e >= clause.Start && e < start) lastException = e;
        if (lastNegation < 0) return (false, false);
        if (lastException > lastNegation) return (false, true);
        return (true, false);
    }

    /// <summary>
    /// "cannot be resected and cannot receive chemoradiation and metastatic NSCLC": a negated verb says what cannot be done
    /// to the disease; it does not exclude the cancer type or stage named after it.
    /// </summary>
    private bool IsVerbNegation(int at) =>
        _lower.AsSpan(at).StartsWith("cannot") || _lower.AsSpan(at).StartsWith("may not") || _lower.AsSpan(at).StartsWith("should not") || IsWithoutGerund(at);

    /// <summary>
    /// "response without achieving complete remission (refractory lymphoma)": "without" before a verb of attaining negates
    /// that action, not the disease named after it. A list, not any "-ing" word: "without bleeding" or "without staging"
    /// still negate what they name, as do "without having"/"without being".
    /// </summary>
    private bool IsWithoutGerund(int at)
    {
        var rest = _lower.AsSpan(at);
        if (!rest.StartsWith("without ")) return false;
        rest = rest[8..];
        var word = rest[..(rest.IndexOfAny(' ', ',', '(') is var e and >= 0 ? e : rest.Length)];
        return word is "achieving" or "obtaining" or "reaching" or "attaining";
    }

    /// <summary>Whether <paramref name="at"/> sits inside a parenthesis that closes before <paramref name="target"/>:
    /// "locally advanced (not amenable to surgery) or metastatic" — the "not" stays inside its parenthesis.</summary>
    private bool InClosedParenthesis(int at, int target)
    {
        var open = _lower.LastIndexOf('(', at);
        if (open < 0) return false;
        var close = _lower.IndexOf(')', open);
        return close > at && close < target;
    }

    /// <summary>
    /// A negation inside a relative clause ("NSCLC that cannot be resected, locally advanced or metastatic", "a disease in
    /// which the gene is not yet known, specifically papillary renal cancer") reaches only to the next comma or
    /// parenthesis, and not further than 60 characters. The relative pronoun may stand up to 40 characters before the
    /// negation, with no comma between.
    /// </summary>
    private bool RelativeClauseEnded(int negation, int target)
    {
        var from = Math.Max(0, negation - 40);
        var lead = _lower.AsSpan(from, negation - from);
        if (lead.LastIndexOf(',') is var comma and >= 0) lead = lead[(comma + 1)..];
        if (!lead.Contains("that ", StringComparison.Ordinal) && !lead.Contains("which ", StringComparison.Ordinal) && !lead.Contains("who ", StringComparison.Ordinal)) return false;
        if (target - negation > 60) return true;
        var between = _lower.AsSpan(negation, target - negation);
        return between.IndexOfAny(',', '(', ')') >= 0;
    }

    private Polarity PolarityAt(int start, int end, bool permissionMeansAllowed = true, bool verbNegations = true)
    {
        var (negated, exception) = NegationAt(start, verbNegations);
        // "Patients must not have X" in an exclusion item restates the exclusion; it does not turn X into a requirement.
        if (negated && _section == CriterionSection.Exclusion && LastNegationIsProhibition(start)) negated = false;
        var clause = ClauseOf(start);
        var after = _lower.AsSpan(end, Math.Max(0, Math.Min(clause.End, end + 120) - end));
        var before = _lower.AsSpan(clause.Start, start - clause.Start);
        foreach (var cue in ProhibitionCue().EnumerateMatches(after))
        {
            // "X are not eligible" excludes X in either section (in an exclusion item it restates the section);
            // "patients without X are not eligible" requires X.
            if (!OpensParenthesis(after[..cue.Index])) return negated ? Polarity.Required : Polarity.Excluded;
            break;
        }
        if (exception) return Polarity.Allowed;
        // An exception inside an exclusion item names what stays acceptable: "Karnofsky below 50 (except in melanoma)".
        if (_section == CriterionSection.Exclusion && !negated && HasExceptionBefore(clause.Start, start)) return Polarity.Allowed;
        // "± chemotherapy", "+/- radiotherapy": optional.
        if (before.TrimEnd().EndsWith("±") || before.TrimEnd().EndsWith("+/-")) return Polarity.Allowed;
        // "with or without", "may or may not have", "whether or not they received": either way is acceptable.
        if (WithOrWithoutGoverns(before) || before.Contains("may or may not", StringComparison.Ordinal) || before.Contains("whether or not", StringComparison.Ordinal)) return Polarity.Allowed;
        if (permissionMeansAllowed && !negated && (HasPermissionOutsideParenthesis(after) || before.EndsWith("may have received ") || before.Contains("also eligible", StringComparison.Ordinal)))
            return Polarity.Allowed;
        var excluded = _section == CriterionSection.Exclusion;
        if (negated) excluded = !excluded;
        return excluded ? Polarity.Excluded : Polarity.Required;
    }

    private bool LastNegationIsProhibition(int start)
    {
        var clause = ClauseOf(start);
        var last = -1;
        foreach (var n in _negations) if (n >= clause.Start && n < start) last = n;
        if (last < 0) return false;
        var at = _lower.AsSpan(last);
        return at.StartsWith("must not") || at.StartsWith("should not") || at.StartsWith("may not");
    }

    private static readonly string[] WithOrWithoutScopeEnds = [" then ", " is ", " are ", " was ", " were ", " has ", " have ", " had ", " must ", " should ", " will "];

    /// <summary>
    /// "with or without X" makes X optional, and only X: its reach ends at a verb or "then", and after 80 characters
    /// ("progressed after radiotherapy with or without chemotherapy and then high-grade glioma is found" requires the glioma).
    /// </summary>
    private static bool WithOrWithoutGoverns(ReadOnlySpan<char> before)
    {
        var at = before.LastIndexOf("with or without", StringComparison.Ordinal);
        if (at < 0) return false;
        var gap = before[(at + "with or without".Length)..];
        if (gap.Length > 80) return false;
        foreach (var w in WithOrWithoutScopeEnds) if (gap.Contains(w, StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>
    /// "unresectable (awaiting transplantation allowable)": a permission inside a later parenthesis speaks about its own
    /// words. "refractory disease and not eligible for transplant": a negated "eligible" is no permission.
    /// </summary>
    private static bool HasPermissionOutsideParenthesis(ReadOnlySpan<char> after)
    {
        foreach (var cue in PermissionCue().EnumerateMatches(after))
            if (!OpensParenthesis(after[..cue.Index]) && !IsNegatedCue(after, cue.Index)) return true;
        return false;
    }

    private static bool IsNegatedCue(ReadOnlySpan<char> s, int at)
    {
        var before = s[..at];
        return before.EndsWith("non-") || before.TrimEnd().EndsWith(" not") || before.TrimEnd().SequenceEqual("not");
    }

    /// <summary>"... after platinum (platinum-refractory disease is excluded)": a cue inside a later parenthesis speaks about its own words.</summary>
    private static bool OpensParenthesis(ReadOnlySpan<char> s) => s.LastIndexOf('(') > s.LastIndexOf(')');

    private bool HasExceptionBefore(int from, int start)
    {
        foreach (var e in _exceptions)
            if (e >= from && e < start && !InClosedParenthesis(e, start) && !_lower.AsSpan(e).StartsWith("with or without") && !_lower.AsSpan(e).StartsWith("however") && !_lower.AsSpan(e).StartsWith("unless")) return true;
        return false;
    }

    private bool Contains(string word) => _lower.Contains(word, StringComparison.Ordinal);

    // Keyword prefilters checked on every criterion: one pass over the text for the whole set (SearchValues finds any
    // of many strings at once), not one pass per word.
    private static readonly SearchValues<string> StageWordCues = SearchValues.Create(["advanced", "metasta", "resect", "operable", "recur", "relaps", "refractory", "respond", "diagnos", "early", "limited", "extensive", "m0", "m1", "amenable", "curable", "candidate", "dissemin", "induction failure", "achieve", "d2", " phase", "blast", "cml-", "resist", "failed", "eligible for", "responsive", "beyond first", "beyond 1st", "late stage", "late-stage", "confined to", "beyond hope", "0mo", "1mo", "2mo", "3mo", "xmo"], StringComparison.Ordinal);
    private static readonly SearchValues<string> PerformanceCues = SearchValues.Create(["ecog", "zubrod", "who", "swog", "gog", "calgb", "karnofsky", "kps", "lansky", "performance", "ps"], StringComparison.Ordinal);
    private static readonly SearchValues<string> BrainCues = SearchValues.Create(["brain", "cns", "central nervous", "cerebral", "intracranial", "intra-cranial", "mening", "head ct", "head mri", "the head", "head scan"], StringComparison.Ordinal);
    private static readonly SearchValues<string> NoMeasurableCues = SearchValues.Create(["no measurable", "without measurable", "lack of measurable", "non-measurable only", "only non-measurable"], StringComparison.Ordinal);
    private static readonly SearchValues<string> AgeCues = SearchValues.Create(["age", "year", "old", "adult", "yrs"], StringComparison.Ordinal);
    private static readonly SearchValues<string> NotAnAgeCues = SearchValues.Create(["life expectancy", "expected survival", "disease-free", "disease free", "since", "ago"], StringComparison.Ordinal);
    private static readonly SearchValues<string> SexCues = SearchValues.Create(["female", "male", "women", "men", "menopausal"], StringComparison.Ordinal);
    private static readonly SearchValues<string> BothSexesCues = SearchValues.Create(["male or female", "female or male", "men and women", "women and men", "males and females", "both sexes"], StringComparison.Ordinal);
    private static readonly SearchValues<string> PriorTherapyCues = SearchValues.Create(["prior", "previous", "line", "regimen", "untreated", "naive", "naïve", "treated", "fail", "refractory", "progress", "therap", "treatment", "relapsed", "resistant", "recurrent"], StringComparison.Ordinal);
    // One literal of each counted noun of LineCount (the whole noun: "prior t" also matched the very common "prior to").
    private static readonly SearchValues<string> CountedTherapyCues = SearchValues.Create(["line", "regimen", "therapies", "treatments", "chemotherapies", "systemic therapy", "systemic treatment", "prior therapy", "prior treatment", "manipulation", "course", "adjuvant treatment", "adjuvant therapy", "adjuvant chemotherapy", "prior induction", "previous induction", "therapy trial", "treatment trial"], StringComparison.Ordinal);
    private static readonly SearchValues<string> ChemoNaiveCues = SearchValues.Create(["chemotherapy-naive", "chemotherapy naive", "chemo-naive", "chemotherapy-naïve", "chemonaive"], StringComparison.Ordinal);

    /// <summary>
    /// The matches of <paramref name="anchored"/> (a pattern that starts with \G) tried only at the starts of the words in
    /// <paramref name="firstWords"/>. When every alternative of the pattern begins at a word boundary with one of those
    /// words, these are the matches of the unanchored pattern, in order: it cannot match anywhere else, and a match found
    /// skips the words it covers as Matches does. Why: a pattern of many alternatives has most of the alphabet as its
    /// starting set, so the unanchored search enters the matcher at almost every letter of the text.
    /// </summary>
    internal static IEnumerable<Match> MatchesAtWords(Regex anchored, string text, FirstWords firstWords)
    {
        var next = 0;
        for (var i = 0; NextFirstWord(text, firstWords, ref i) is var start and >= 0;)
        {
            if (start < next) continue;
            var m = anchored.Match(text, start);
            if (!m.Success) continue;
            yield return m;
            next = m.Index + m.Length;
        }
    }

    /// <summary><see cref="MatchesAtWords"/> for callers that need only where each match is (no Match objects).</summary>
    internal static List<(int Index, int Length)> SpansAtWords(Regex anchored, string text, FirstWords firstWords)
    {
        var spans = new List<(int Index, int Length)>();
        var next = 0;
        for (var i = 0; NextFirstWord(text, firstWords, ref i) is var start and >= 0;)
        {
            if (start < next) continue;
            foreach (var m in anchored.EnumerateMatches(text, start))
            {
                spans.Add((m.Index, m.Length));
                next = m.Index + m.Length;
                break;
            }
        }
        return spans;
    }

    /// <summary>The start of the next word at or after <paramref name="i"/> that is in <paramref name="firstWords"/>, or -1; <paramref name="i"/> moves past it.</summary>
    private static int NextFirstWord(string text, FirstWords firstWords, ref int i)
    {
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (firstWords.Starts(text, start, i)) return start;
        }
        return -1;
    }

    // Narrower than the regex word class (which adds marks and connector punctuation), so a word found here never
    // extends past a \b of the pattern: the first-word lookup sees at most the pattern's own first word.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private bool ContainsAny(SearchValues<string> words) => _lower.AsSpan().ContainsAny(words);

    /// <summary>Whether one of <paramref name="words"/> is a whole word of the text (a token, before plural folding).</summary>
    private bool HasAnyWord(string[] words)
    {
        if (words.Length == 0) return false;
        foreach (var t in _tokens)
            foreach (var w in words)
                if (t.Length == w.Length && _lower.AsSpan(t.Start, t.Length).SequenceEqual(w)) return true;
        return false;
    }

    private bool ContainsAny(params ReadOnlySpan<string> words)
    {
        foreach (var w in words) if (_lower.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private void AddFact(Fact fact)
    {
        foreach (var f in _facts)
            if (SameMeaning(f, fact)) return;
        _facts.Add(fact);
    }

    private static bool SameMeaning(Fact a, Fact b) => (a, b) switch
    {
        (CancerTypeFact x, CancerTypeFact y) => x.Code == y.Code && x.Polarity == y.Polarity,
        (StageFact x, StageFact y) => x.Value == y.Value && x.Polarity == y.Polarity,
        (PriorExposureFact x, PriorExposureFact y) => x.Therapy == y.Therapy && x.Polarity == y.Polarity,
        (BiomarkerFact x, BiomarkerFact y) => x.Gene == y.Gene && x.Status == y.Status && x.Polarity == y.Polarity && x.Alteration == y.Alteration,
        (ToReviewFact x, ToReviewFact y) => x.Category == y.Category,
        (PriorLinesFact x, PriorLinesFact y) => x.Min == y.Min && x.Max == y.Max && x.Setting == y.Setting,
        (BrainMetastasesFact, BrainMetastasesFact) => true,
        (MeasurableDiseaseFact, MeasurableDiseaseFact) => true,
        (PerformanceStatusFact x, PerformanceStatusFact y) => x.Scale == y.Scale,
        (AgeFact, AgeFact) => true,
        (SexFact x, SexFact y) => x.Value == y.Value,
        _ => false,
    };

    private static int ParseNumber(string s) => s.Trim().ToLowerInvariant() switch
    {
        "zero" or "no" => 0,
        "one" or "a single" or "single" or "a" or "first" or "1st" => 1,
        "two" or "second" or "2nd" => 2,
        "three" or "third" or "3rd" => 3,
        "four" or "fourth" or "4th" => 4,
        "five" or "fifth" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var d => int.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1,
    };
}
