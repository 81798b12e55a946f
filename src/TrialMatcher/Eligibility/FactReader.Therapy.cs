using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

internal sealed partial class FactReader
{
    private const string Count = @"(?<![A-Za-z0-9])(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a single|single|a)";

    // "at least 2 prior lines", "no more than 1 prior regimen", "2 or more prior systemic therapies", "one prior chemotherapy regimen".
    // Any word before "based"/"containing" names what the counted regimen contained: "one prior fluorouracil-based regimen".
    [GeneratedRegex(@"(?<q>less\s+than\s+or\s+equal\s+to|fewer\s+than\s+or\s+equal\s+to|(?:more|greater)\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+(?:less|fewer|more|greater)\s+than|at\s+least|a\s+minimum\s+of|minimum\s+of|no\s+more\s+than|not\s+more\s+than|no\s+greater\s+than|not\s+greater\s+than|up\s+to|at\s+most|a\s+maximum\s+of|maximum\s+of|more\s+than|greater\s+than|fewer\s+than|less\s+than|no\s+less\s+than|not\s+less\s+than|≤|<=|=<|≥|>=|=>|<|>)?\s*" + Count + @"(?:\s*\(\d+\))?(?(q),?)\s*(?<q2>or more|or fewer|or less|or greater|\+)?\s+(?:(?:prior,?|previous,?|preceding|earlier|different|separate|consecutive|standard|established|adequate|(?:first|second|1st|2nd|front)[- ]?line|systemic|[a-z0-9]{3,}(?:\s+(?:and/or|or|and)\s+[a-z0-9]{3,})?(?=[\s-]+(?:based|containing)\b)|cytotoxic|chemotherapy|chemotherapeutic|chemo|treatment|therapeutic|salvage|induction|platinum-based|platinum|combination|lines?\s+of|courses?\s+of|or\s+more|regimens?\s+of|anti-?cancer|anticancer|other|conventional|multi-?agent|single-?agent|myelosuppressive|hormonal|endocrine|biologic|immunotherapy|targeted|based|containing|for|of|\([^()]{1,80}\)|non-?[a-z]+|or|therapy|biological|the|immunotherapeutic|adjuvant|neoadjuvant|palliative)[\s-]+){0,5}(?<noun>lines?\b|regimens?\b|therapies\b|treatments\b|chemotherapies\b|systemic therapy\b|systemic treatment\b|prior therapy\b|prior treatment\b|(?<=(?:endocrine|hormonal) )manipulations?\b|(?<=\b(?:prior|previous)\s+(?:neo)?adjuvant\s+)(?:treatment|therapy|chemotherapy)\b|(?<=\b(?:prior|previous)\s+)inductions?\b|(?<=\b(?:prior|previous)\s+(?:chemotherapy|therapy|treatment)\s+)trials?\b|(?<=\bcourses?\s+of\s+(?:[a-z-]+\s+)?)(?:chemotherapy|therapy|treatment)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LineCount();

    // Longer than any LineCount match before its noun in practice (a bound, five filler words, a number): see ReadPriorLines.
    private const int LongestCountPhrase = 400;

    // "no (hematologic) response to", "no benefit from", "no objective response with".
    [GeneratedRegex(@"\bno\s+(?:[\w-]+\s+){0,2}?(?:response|benefit)\s+(?:to|from|with)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoResponseTo();

    /// <summary>Whether the last negation before a therapy is "no response to" (or "no benefit from"), with no other negation after it.</summary>
    private static bool NegatesResponse(ReadOnlySpan<char> before)
    {
        if (!before.Contains("respon", StringComparison.Ordinal) && !before.Contains("benefit", StringComparison.Ordinal)) return false;
        var end = -1;
        foreach (var m in NoResponseTo().EnumerateMatches(before)) end = m.Index + m.Length;
        return end >= 0 && !NegationCue().IsMatch(before[end..]);
    }

    // Every alternative starts at a word boundary with a word of LineFirstWords (add the first word of any new
    // alternative there): the reader tries the anchored form only at those words (see MatchesAtWords).
    private const string LineWordsPattern = @"\b(?<naive>previously\s+untreated|treatment[- ]na[iï]ve|therapy[- ]na[iï]ve|untreated|chemotherapy[- ]na[iï]ve\s+and|no\s+prior\s+(?:systemic\s+|anti-?cancer\s+|anticancer\s+|antineoplastic\s+|cytotoxic\s+or\s+biologic\s+|specific\s+|disease-directed\s+|definitive\s+|medical\s+|oncologic\s+|anti-?tumou?r\s+|cancer-directed\s+|cancer\s+|systemic\s+anti-?cancer\s+|systemic\s+antineoplastic\s+)?(?:therapy|treatment|systemic\s+therapy|systemic\s+treatment)|no\s+(?:previous|prior)\s+(?:systemic\s+)?(?:therapy|treatment)|no\s+(?:history\s+of|record\s+of)\s+(?:any\s+)?(?:prior\s+|previous\s+)?(?:systemic\s+|anti-?cancer\s+|antineoplastic\s+|anti-?tumou?r\s+|cancer-directed\s+){1,2}(?:therapy|treatment)|not\s+(?:have\s+)?(?:been\s+)?(?:previously\s+|prior\s+)?treated|not\s+received\s+(?:any\s+)?(?:prior\s+)?(?:systemic\s+)?(?:therapy|treatment)|no\s+(?:prior\s+|previous\s+)?(?:treatment|therapy)\s+for|must\s+not\s+have\s+received\s+any\s+(?:prior\s+)?(?:systemic\s+)?(?:therapy|treatment)|first[- ]line\s+(?:treatment|therapy|setting)|as\s+first[- ]line|in\s+the\s+first[- ]line|frontline\s+setting|no\s+prior\s+(?:systemic\s+)?(?:therapy|treatment|chemotherapy\s+or\s+immunotherapy|chemotherapy,\s+immunotherapy))|\b(?<pretreated>previously\s+treated|previously\s+been\s+treated|been\s+previously\s+treated|pretreated|pre-treated|after\s+failure\s+of|failed|failure\s+of|progress\w*\s+(?:on|after|during|following|despite)|relapsed\s+(?:after|following|on)|refractory\s+(?:to|after|following)|recurrent\s+(?:after|following)|relapsed\s+or\s+refractory\s+after|resistant\s+to|intolerant\s+(?:of|to)|(?:after|following)\s+(?:at\s+least\s+)?(?:one|1)\s+(?:prior\s+)?(?:line|regimen)|second[- ]line|2nd[- ]line|(?:after|following|post)[- ](?:first|1st)[- ]line|(?:completion\s+of|completed|during|received)\s+(?:the\s+|their\s+|standard\s+)?(?:first|1st)[- ]line|(?:completion\s+of|completed)\s+(?:the\s+|their\s+)?(?:first|1st)\s+induction|subsequent\s+line)\b";

    [GeneratedRegex(LineWordsPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex LineWords();

    [GeneratedRegex(@"\G(?:" + LineWordsPattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex LineWordsAt();

    internal static readonly FirstWords LineFirstWords = new(
        ["previously", "treatment", "therapy", "untreated", "chemotherapy", "no", "not", "must", "first", "as", "in", "frontline",
         "pretreated", "pre", "after", "failed", "failure", "relapsed", "refractory", "recurrent", "resistant", "intolerant",
         "following", "second", "2nd", "post", "completion", "completed", "during", "received", "subsequent", "been"],
        "progress");

    [GeneratedRegex(@"\bfor\s+(?:(?:the\s+)?(?:treatment\s+of\s+)?)?(?:(?:their|the|this|his|her|current)\s+){0,2}(?<s>locally\s+advanced|advanced|metastatic|recurrent|unresectable|relapsed/refractory|relapsed|relapse\b|recurrence\b|castration[-\s]resistant|mcrpc|crpc|stage\s+iv|extensive|adjuvant)|\bin\s+the\s+(?<s>adjuvant|neoadjuvant|metastatic|advanced|recurrent)\s+setting|\bin\s+(?:patients|subjects)\s+with\s+(?<s>locally\s+advanced|advanced|metastatic|recurrent|unresectable|relapsed)\b|\b(?<s>adjuvant|neoadjuvant)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineSetting();

    private void ReadPriorLines()
    {
        if (!ContainsAny(PriorTherapyCues) || IsConsultationRule())
            return;
        var exclusion = _section == CriterionSection.Exclusion;
        var found = false;
        var firstFact = _facts.Count;
        // A count needs a counted noun; most criteria have none, and the count pattern can start at any number word
        // (even "a"). A match ends at a counted noun, so none starts more than a count phrase's length before the first
        // one: the search starts there, not at the top of a long flattened paragraph.
        var firstNoun = _lower.AsSpan().IndexOfAny(CountedTherapyCues);
        for (var m = firstNoun < 0 ? Match.Empty : LineCount().Match(_lower, Math.Max(0, firstNoun - LongestCountPhrase)); m.Success; m = m.NextMatch())
        {
            // "Hydroxyurea is not considered a regimen": a rule for counting lines, not a requirement.
            if (IsCountingRule(m.Index)) continue;
            var n = ParseNumber(m.Groups["n"].Value);
            if (n < 0 || n > 20) continue;
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var between = _lower.AsSpan(m.Groups["n"].Index + m.Groups["n"].Length, m.Groups["noun"].Index - (m.Groups["n"].Index + m.Groups["n"].Length));
            // "a regimen" means one only when the words say "prior/previous"; "therapies"/"treatments" need it too.
            if (m.Groups["n"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) && !between.Contains("prior", StringComparison.Ordinal)) continue;
            // "One prior adjuvant therapy allowed" counts the adjuvant course; "a prior adjuvant therapy" only says one was given.
            if (noun is "treatment" or "therapy" or "chemotherapy" && m.Groups["n"].Value.StartsWith('a')) continue;
            if (noun is "therapies" or "treatments" or "chemotherapies" && !between.Contains("prior", StringComparison.Ordinal) && !between.Contains("previous", StringComparison.Ordinal) && !between.Contains("systemic", StringComparison.Ordinal)) continue;
            // "single or multi-agent regimens" describes the regimens counted elsewhere; it is no count of its own.
            if (between.TrimStart() is var b0 && b0.StartsWith("or ", StringComparison.Ordinal) && !StartsWithAny(b0, "or more", "or fewer", "or less", "or greater")) continue;
            if (between.Contains("week", StringComparison.Ordinal) || between.Contains("month", StringComparison.Ordinal) || between.Contains("day", StringComparison.Ordinal) || between.Contains("cycle", StringComparison.Ordinal)) continue;
            // "6 courses of cisplatin" counts cycles; "no more than 1 prior course of chemotherapy" counts treatments given
            // before the study, which for a small number is what a line is.
            if (between.Contains("course", StringComparison.Ordinal) && !((between.Contains("prior", StringComparison.Ordinal) || between.Contains("previous", StringComparison.Ordinal)) && n <= 3)) continue;
            // Salvage regimens come after the first line: "no more than 2 prior salvage regimens" allows 3 lines in all.
            // So do second-line regimens: "at least 1 second-line regimen" puts two lines behind the patient.
            if (between.Contains("salvage", StringComparison.Ordinal) || SecondLineWord(between)) n++;
            var q = (m.Groups["q"].Value + " " + m.Groups["q2"].Value).Trim().ToLowerInvariant();
            // Wrapped lines can break the quantifier: "not more\n   than two lines".
            if (q.AsSpan().ContainsAny('\n', '\r', '\t') || q.Contains("  ", StringComparison.Ordinal)) q = string.Join(' ', q.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            int? min = null, max = null;
            // "less than or equal to 2 prior regimens", "equal to or more than 1": the bound includes the number.
            if (q.Contains("or equal") || q.StartsWith("equal to or", StringComparison.Ordinal))
            {
                if (q.Contains("less") || q.Contains("fewer")) max = n;
                else min = n;
            }
            else if (q.Contains("at least") || q.Contains("minimum") || q.Contains("or more") || q.Contains("or greater") || q.Contains("no less") || q.Contains("not less") || q is "≥" or ">=" or "=>" || q.EndsWith('+')) min = n;
            else if (q.Contains("no more") || q.Contains("not more") || q.Contains("no greater") || q.Contains("not greater") || q.Contains("up to") || q.Contains("at most") || q.Contains("maximum") || q.Contains("or fewer") || q.Contains("or less") || q is "≤" or "<=" or "=<") max = n;
            else if (q.Contains("more than") || q.Contains("greater than") || q == ">") min = n + 1;
            else if (q.Contains("fewer than") || q.Contains("less than") || q == "<") max = Math.Max(0, n - 1);
            // "Only 1 prior regimen allowed", "2 prior hormonal regimens permitted": a permission sets the most allowed.
            else if (!exclusion && IsPermissionClause(m.Index)) max = n;
            else { min = n; max = n; }
            // "1 to 3 prior lines", "1 or 2 prior regimens": a range, not an exact count.
            if (q.Length == 0 && LowerBoundBefore(m.Groups["n"].Index) is { } lo0 && lo0 < n)
            {
                if (exclusion) continue;
                min = lo0; max = n;
            }
            // "at least one, but no more than two, prior regimens": the lower bound stands alone before the upper one.
            if (!exclusion && min is null && max is { } hi0 && MinimumBefore(m.Index) is { } lo1 && lo1 <= hi0) min = lo1;
            // "Must not have received more than 2 regimens" in an exclusion restates the exclusion (see PolarityAt): the
            // "not" must not turn the count around a second time.
            if (NegationAt(m.Index).Negated && !(exclusion && LastNegationIsProhibition(m.Index)) && min is { } mn && max is null) { max = mn - 1; min = null; }
            if (!exclusion)
            {
                // "May have completed at least one prior regimen": a permission requires nothing; an exact number is the most allowed.
                if (MayHaveBefore(m.Index))
                {
                    // The therapy counted is still one the patient may have had: "may have completed 1 chemotherapy regimen".
                    if (max is null) { (_permittedCounts ??= []).Add((m.Index, m.Index + m.Length)); continue; }
                    if (min == max) min = null;
                }
                // "Previously treated with up to two regimens": the history word asks for at least one.
                if (min is null && max >= 1 && TreatedWithBefore(m.Index)) min = 1;
                // "At least one prior systemic therapy or prior radiotherapy": a local treatment would do instead, so no
                // systemic line is required. "No standard therapy exists, or failed one or more prior therapies": nor is
                // one when untreated patients qualify too.
                if (min >= 1 && (LocalTherapyAlternativeAfter(m.Index + m.Length) || max is null && NoStandardTherapyAlternative(m.Index))) continue;
            }
            if (exclusion)
            {
                // An exclusion states what disqualifies: "more than 2 prior regimens" → at most 2; "2 prior lines" → at most 1.
                if (min is { } lo && max is null) { max = lo - 1; min = null; }
                else if (min is { } lo2 && max == lo2) { max = lo2 - 1; min = null; }
                else if (max is { } hi && min is null) { min = hi + 1; max = null; }
                if (max < 0) continue;
            }
            var progression = ContainsAny("progress", "refractory") || ContainsAny("failed", "failure") && !FailureIsDefinedElsewhere();
            // "1 prior course of adjuvant therapy": the setting can sit inside the counted words.
            var setting = between.Contains("neoadjuvant", StringComparison.Ordinal) ? "neoadjuvant" : between.Contains("adjuvant", StringComparison.Ordinal) ? "adjuvant" : SettingAround(m.Index, m.Index + m.Length);
            AddFact(new PriorLinesFact(min, max, setting, progression, Polarity.Required, m.Index, m.Length));
            found = true;
        }
        if (found)
        {
            if (!exclusion) JoinBoundsIntoRange(firstFact);
            return;
        }
        // An exclusion that opens with whole-therapy wording ("Prior systemic therapy for metastatic disease") says the
        // same as "no prior systemic therapy" in an inclusion.
        if (exclusion && ExclusionOpensWithWholeTherapy() is { } whole)
        {
            AddFact(new PriorLinesFact(0, 0, SettingAfter(whole.End), false, Polarity.Required, whole.Start, whole.End - whole.Start));
            return;
        }
        foreach (var m in MatchesAtWords(LineWordsAt(), _lower, LineFirstWords))
        {
            if (IsCountingRule(m.Index)) continue;
            var naive = m.Groups["naive"].Success;
            var words = m.Value.ToLowerInvariant();
            // Wrapped lines put line breaks inside the words: "no prior\n   treatment".
            if (words.AsSpan().ContainsAny('\n', '\r', '\t') || words.Contains("  ", StringComparison.Ordinal)) words = string.Join(' ', words.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (naive)
            {
                if (words.Contains("untreated") && !words.Contains("previously") && (UntreatedMeansLesion(m.Index + m.Length) || AboutLesions(m.Index + m.Length))) continue;
                // "No CNS metastases that are untreated": the word describes the lesions named before it.
                if (words == "untreated" && UntreatedDescribesLesionsBefore(m.Index)) continue;
                // "Untreated relapse", "untreated relapsed lymphoma": the relapse has not been treated yet, the cancer has been.
                if (words == "untreated" && NextWordIs(m.Index + m.Length, "relapse", "relapsed", "recurrence", "recurrent", "progression", "progressive")) continue;
                // A bare "untreated" in an exclusion, or after "no", is nearly always a comorbidity ("untreated sleep apnea",
                // "no untreated infection"); it says something about the patient's cancer only when the cancer follows.
                if (words == "untreated" && (exclusion || PrecededByNo(m.Index)) && !UntreatedMeansCancer(m.Index + m.Length)) continue;
                if (words.StartsWith("not") && words.Contains("treated") && !words.Contains("previously") && !words.Contains("prior")) continue;
                if (words.Contains("first") || words.Contains("frontline"))
                {
                    // "progressed after first-line" is pretreated; "as first-line treatment" is naive.
                    var before = _lower.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index));
                    // "first-line therapy failure": the failure word after the line puts it behind the patient too.
                    if (NextWordIs(m.Index + m.Length, "failure", "failures", "failed", "failing", "progression", "relapse", "resistance")
                        || before.Contains("after", StringComparison.Ordinal) || before.Contains("failed", StringComparison.Ordinal) || before.Contains("failure", StringComparison.Ordinal) || before.Contains("progress", StringComparison.Ordinal) || before.Contains("following", StringComparison.Ordinal) || before.Contains("prior", StringComparison.Ordinal)
                        || before.Contains("response", StringComparison.Ordinal) || before.Contains("responded", StringComparison.Ordinal) || before.Contains("relaps", StringComparison.Ordinal) || before.Contains("refractory", StringComparison.Ordinal)
                        || before.Contains("resist", StringComparison.Ordinal) || before.Contains("completed", StringComparison.Ordinal) || before.Contains("completion", StringComparison.Ordinal) || before.Contains("received", StringComparison.Ordinal)
                        || before.Contains("treated with", StringComparison.Ordinal) || before.Contains("during", StringComparison.Ordinal))
                    {
                        // "relapse within a year after completion of first-line therapy", "treated with first-line X and
                        // second-line Y": the first line lies behind the patient, so at least one line (two when a
                        // second line is named as history too) is required.
                        // A response to first-line therapy says how the disease behaved, not that a line must lie behind.
                        if (exclusion || NegationAt(m.Index).Negated || IsPermissionClause(m.Index) || NoStandardTherapyAlternative(m.Index)
                            || before.Contains("respon", StringComparison.Ordinal)) continue;
                        var c1 = ClauseOf(m.Index);
                        var rest = _lower.AsSpan(m.Index + m.Length, Math.Max(0, c1.End - (m.Index + m.Length)));
                        var lines = rest.Contains("second line", StringComparison.Ordinal) || rest.Contains("second-line", StringComparison.Ordinal) || rest.Contains("2nd line", StringComparison.Ordinal) || rest.Contains("2nd-line", StringComparison.Ordinal) ? 2 : 1;
                        AddFact(new PriorLinesFact(lines, null, SettingAround(m.Index, m.Index + m.Length), true, Polarity.Required, m.Index, m.Length));
                        return;
                    }
                }
                // "Previously untreated patients allowed": untreated patients are one group let in, not the only one.
                if (!words.StartsWith("no") && !words.StartsWith("not") && !words.StartsWith("must") && PermittedRightAfter(m.Index + m.Length)) return;
                // "Relapsed, refractory, or untreated AML", "previously untreated or minimally pretreated": treated patients qualify too.
                if (IsAlternativeToTreated(m.Index, m.Index + m.Length)) return;
                // "Previously untreated disease or progression after first-line chemotherapy": the alternative lets one line in,
                // so no more than one may lie behind.
                if (!words.StartsWith("no") && !words.StartsWith("not") && !words.StartsWith("must") && !exclusion && FirstLineHistoryAlternativeAfter(m.Index + m.Length))
                {
                    AddFact(new PriorLinesFact(null, 1, SettingAround(m.Index, m.Index + m.Length), false, Polarity.Required, m.Index, m.Length));
                    return;
                }
                // "Chemotherapy: No prior therapy": the bar belongs to the heading's therapy (read as an exposure), not to all therapy.
                if (words.StartsWith("no") && FollowsTherapyHeading(m.Index)) continue;
                // "Patients with no prior therapy are also eligible if ...": untreated patients are one more group allowed in.
                if (ClauseOf(m.Index) is var nc && _lower.AsSpan(nc.Start, nc.End - nc.Start).Contains("also eligible", StringComparison.Ordinal)) return;
                // "No prior therapy with mouse antibodies" bars one kind of treatment; it does not make the patient treatment-naive.
                // "No prior treatment on this protocol" is about the study, not the patient's treatment history.
                if (words.StartsWith("no") && NextWordIs(m.Index + m.Length, "with", "using", "containing", "targeting", "directed", "on")) continue;
                // "Patients with no prior treatment allowed": untreated patients are one group let in; treated ones may qualify too.
                if (words.StartsWith("no") && m.Index >= 5 && _lower.AsSpan(0, m.Index).TrimEnd().EndsWith("with", StringComparison.Ordinal) && PermittedRightAfter(m.Index + m.Length)) return;
                // "No prior therapy other than on protocol X": treatment given on a named study is allowed, so the patient
                // need not be treatment-naive.
                if (words.StartsWith("no") && TreatedOnStudyExcepted(m.Index + m.Length)) return;
                // "No prior therapy within 4 weeks": a time window makes it a washout, not treatment-naive.
                if (words.StartsWith("no") && WashoutFollows(m.Index + m.Length)) continue;
                // "including" narrows a bare "no prior therapy including X", but after "no anticancer treatment" it lists examples of the whole.
                if (words.StartsWith("no") && NextWordIs(m.Index + m.Length, "including") && !WholeTherapyWords(words)) continue;
                // "No prior cancer treatment that would preclude study therapy" bars a contraindicating treatment, not all treatment.
                if (words.StartsWith("no") && BarsOnlyContraindicating(m.Index + m.Length)) continue;
                var negatedNaive = NegationAt(m.Index).Negated && !words.StartsWith("no") && !words.StartsWith("not") && !words.StartsWith("must");
                if (exclusion && !words.StartsWith("no") && !words.StartsWith("not") && !words.StartsWith("must") || negatedNaive)
                    AddFact(new PriorLinesFact(1, null, SettingAround(m.Index, m.Index + m.Length), false, Polarity.Required, m.Index, m.Length));
                else
                    AddFact(new PriorLinesFact(0, 0, SettingAround(m.Index, m.Index + m.Length), false, Polarity.Required, m.Index, m.Length));
                return;
            }
            if (words.StartsWith("intolerant") || words.StartsWith("resistant")) continue;
            // "progression on at least 2 serial MRI scans": the scans show the progression; no therapy lies behind it.
            if (words.StartsWith("progress") && words.EndsWith(" on") && ImagingNamedAfter(m.Index + m.Length)) continue;
            // "refractory to known effective therapy", "refractory to standard therapy": a refractory disease state (read as
            // a stage), with no count of the therapies tried; "refractory to induction therapy" names a line and counts.
            if (words.StartsWith("refractory") && OnlyStandardTherapyAfter(m.Index + m.Length)) continue;
            if (words is "previously treated" or "previously been treated" or "been previously treated" or "pretreated" or "pre-treated" && (AboutLesions(m.Index + m.Length) || TreatedWithLocalTherapy(m.Index, m.Index + m.Length))) continue;
            // "refractory to", "failed", "progressed on": at least one prior line, with progression.
            if (words is "failed" or "failure of" && !FollowedByTherapy(m.Index + m.Length) && !(words == "failed" && TherapyHasFailedBefore(m.Index))) continue;
            // "failed local therapy", "progression after radiotherapy": a local treatment lies behind, not a systemic line.
            if (NamesLocalTherapy(m.Index + m.Length) || LocalTherapyExampleAfter(m.Index + m.Length)) continue;
            // "progression after orchiectomy or during hormonal therapy", "following androgen ablation": in prostate cancer
            // androgen deprivation is the backdrop of castration resistance, not a counted line (the labels read it so: no
            // line count, an exposure and, where stated, a refractory state). A count written out still counts.
            if (NamesAndrogenDeprivation(m.Index + m.Length)) continue;
            if (exclusion) continue;
            if (NegationAt(m.Index).Negated) continue;
            // "No other malignancy except previously treated skin cancer", "treated patients are not eligible":
            // an exception to another rule, or a history that bars entry, is no required line.
            if (TreatedIsExceptionOrBar(m.Index, m.Index + m.Length)) continue;
            // "Treatment following first-line chemotherapy allowed": a permission, not a requirement of a prior line.
            if (IsPermissionClause(m.Index)) continue;
            // "refractory to standard therapy or for which no standard therapy exists": untreated patients qualify too.
            if (NoStandardTherapyAlternative(m.Index)) continue;
            var setting = SettingAround(m.Index, m.Index + m.Length);
            // "Completed first induction treatment": the first line is behind the patient and no other is.
            if (words.Contains("induction"))
            {
                AddFact(new PriorLinesFact(1, 1, setting, false, Polarity.Required, m.Index, m.Length));
                return;
            }
            var secondLine = words.Contains("second") || words.Contains("2nd");
            // "failed first- or second-line hormonal therapy": one or two lines lie behind.
            if (!secondLine && FirstOrSecondLineAfter(m.Index + m.Length))
            {
                AddFact(new PriorLinesFact(1, 2, setting, true, Polarity.Required, m.Index, m.Length));
                return;
            }
            // "Failed standard and salvage chemotherapy", "failed first and second line therapies": a further line joined by
            // "and" is history too, so two lines lie behind.
            if (!secondLine && FurtherLineJoinedAfter(m.Index + m.Length))
            {
                AddFact(new PriorLinesFact(2, null, setting, true, Polarity.Required, m.Index, m.Length));
                return;
            }
            // "progression after standard second-line therapy": the words after a history word name which line lies behind.
            if (!secondLine && LaterLineNamedAfter(m.Index + m.Length) is { } ordinal)
            {
                AddFact(new PriorLinesFact(ordinal, null, setting, true, Polarity.Required, m.Index, m.Length));
                return;
            }
            // "progression after standard second-line therapy": the second line is history, so two lines lie behind.
            if (secondLine && !words.Contains("after") && HistoryBefore(m.Index))
            {
                AddFact(new PriorLinesFact(2, null, setting, true, Polarity.Required, m.Index, m.Length));
                return;
            }
            AddFact(new PriorLinesFact(1, secondLine && !words.Contains("after") ? 1 : null, setting,
                words.Contains("progress") || words.Contains("refractory") || words.Contains("fail") || words.Contains("relapsed") || words.Contains("recurrent"),
                Polarity.Required, m.Index, m.Length));
            return;
        }
    }

    [GeneratedRegex(@"\b(?:prior|previous(?:ly)?|after|following|failed|failure\s+of|received|completed|completion\s+of|progress\w*\s+(?:on|after|following))\s+(?:[\w-]+\s+){0,2}?salvage\s+(?:[\w-]+\s+)?(?:chemotherapy|therapy|treatment|regimen)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SalvageHistory();

    /// <summary>
    /// "Prior salvage chemotherapy required", "failed conventional salvage therapy": salvage treatment is given after a
    /// first line has failed, so naming it as history puts at least two lines behind the patient. An uncounted history
    /// read already ("after at least one prior regimen") is raised to two; a count of salvage regimens was read as one.
    /// </summary>
    private void RaiseLinesForSalvageHistory()
    {
        if (_section == CriterionSection.Exclusion || !_lower.Contains("salvage", StringComparison.Ordinal)) return;
        var m = SalvageHistory().Match(_lower);
        if (!m.Success || IsPermissionClause(m.Index) || MayHaveBefore(m.Index)) return;
        // "No evidence of disease following salvage chemotherapy": the "no" bars the disease, not the salvage given.
        var lead = _lower.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index));
        if (NegationAt(m.Index).Negated && !lead.Contains("evidence of", StringComparison.Ordinal)) return;
        // "either in first remission, or in remission after salvage therapy": salvage is one alternative only.
        var c = ClauseOf(m.Index);
        if (_lower.AsSpan(c.Start, c.End - c.Start).Contains("either", StringComparison.Ordinal)) return;
        // "Progression on salvage therapy ineligible" bars the history; "no more than 1 primary and/or 1 prior salvage
        // therapy" bounds it from above.
        if (TreatedIsExceptionOrBar(m.Index, m.Index + m.Length)) return;
        var clauseBefore = _lower.AsSpan(c.Start, Math.Max(0, m.Index - c.Start));
        foreach (var bound in UpperBounds)
            if (clauseBefore.Contains(bound, StringComparison.Ordinal)) return;
        var existing = -1;
        for (var i = 0; i < _facts.Count; i++)
        {
            if (_facts[i] is not PriorLinesFact) continue;
            if (existing >= 0) return;
            existing = i;
        }
        var progression = m.Value.Contains("fail", StringComparison.Ordinal) || m.Value.Contains("progress", StringComparison.Ordinal);
        if (existing < 0)
            AddFact(new PriorLinesFact(2, null, SettingAround(m.Index, m.Index + m.Length), progression, Polarity.Required, m.Index, m.Length));
        else if (_facts[existing] is PriorLinesFact { Min: 1, Max: null, Polarity: Polarity.Required } p)
            _facts[existing] = p with { Min = 2 };
    }

    private static bool SecondLineWord(ReadOnlySpan<char> words) =>
        words.Contains("second-line", StringComparison.Ordinal) || words.Contains("second line", StringComparison.Ordinal) || words.Contains("secondline", StringComparison.Ordinal)
        || words.Contains("2nd-line", StringComparison.Ordinal) || words.Contains("2nd line", StringComparison.Ordinal);

    /// <summary>
    /// A permission word closes the phrase that starts at <paramref name="end"/>, with no other therapy named in between:
    /// "untreated gastric lymphoma allowed", but not "untreated disease (prior surgery allowed)".
    /// </summary>
    private bool PermittedRightAfter(int end)
    {
        var clause = ClauseOf(end - 1);
        if (clause.End <= end) return false;
        var rest = _lower.AsSpan(end, Math.Min(clause.End, end + 80) - end);
        var at = rest.IndexOf("allowed", StringComparison.Ordinal);
        if (at < 0) at = rest.IndexOf("permitted", StringComparison.Ordinal);
        if (at < 0) return false;
        var between = rest[..at];
        return between.IndexOfAny('(', ',', ';') < 0 && !between.Contains("prior", StringComparison.Ordinal) && !between.Contains("previous", StringComparison.Ordinal)
            && !between.Contains("therap", StringComparison.Ordinal) && !between.Contains("treatment", StringComparison.Ordinal) && !between.Contains("surgery", StringComparison.Ordinal);
    }

    /// <summary>Whether a washout time window follows in the same clause: "no prior therapy for the cancer within 30 days".</summary>
    private bool WashoutFollows(int end)
    {
        var clause = ClauseOf(end - 1);
        if (clause.End <= end) return false;
        var rest = _lower.AsSpan(end, Math.Min(clause.End, end + 80) - end);
        return (rest.Contains("within", StringComparison.Ordinal) || rest.Contains("since", StringComparison.Ordinal) || rest.Contains("prior to", StringComparison.Ordinal) || rest.Contains("before", StringComparison.Ordinal))
            && Washout().IsMatch(rest);
    }

    /// <summary>
    /// "At least one chemotherapy regimen and no more than four regimens", "at least 1 line, but not more than 2 lines":
    /// a lower bound and an upper bound joined in one sentence are one range, not two conditions. Only an item whose
    /// counts are exactly these two is joined.
    /// </summary>
    private void JoinBoundsIntoRange(int from)
    {
        int lo = -1, hi = -1, count = 0;
        for (var i = from; i < _facts.Count; i++)
        {
            if (_facts[i] is not PriorLinesFact p) continue;
            count++;
            if (p.Min is not null && p.Max is null) lo = i;
            else if (p.Max is not null && p.Min is null) hi = i;
        }
        if (count != 2 || lo < 0 || hi < 0) return;
        var low = (PriorLinesFact)_facts[lo];
        var high = (PriorLinesFact)_facts[hi];
        if (low.Min > high.Max || low.Start + low.Length > high.Start) return;
        var gap = _lower.AsSpan(low.Start + low.Length, high.Start - (low.Start + low.Length));
        if (gap.Length > 40 || gap.IndexOfAny('.', ';') >= 0) return;
        if (!gap.Contains("and", StringComparison.Ordinal) && !gap.Contains("but", StringComparison.Ordinal)) return;
        if (low.Setting != high.Setting && low.Setting != "any" && high.Setting != "any") return;
        var setting = low.Setting == "any" ? high.Setting : low.Setting;
        _facts[lo] = new PriorLinesFact(low.Min, high.Max, setting, low.RequiresProgression || high.RequiresProgression, Polarity.Required, low.Start, high.Start + high.Length - low.Start);
        _facts.RemoveAt(hi);
    }

    [GeneratedRegex(@"(?<lo>\b\d{1,2}|\bzero|\bone|\btwo|\bthree|\bfour|\bfive)\s*(?:to|-|–|or|and)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeStart();

    /// <summary>The lower end of a range ending at <paramref name="at"/>: "1 to |3 prior lines" gives 1.</summary>
    private int? LowerBoundBefore(int at)
    {
        var from = Math.Max(0, at - 14);
        var m = RangeStart().Match(_lower, from, at - from);
        return m.Success && ParseNumber(m.Groups["lo"].Value) is var v and >= 0 ? v : null;
    }

    [GeneratedRegex(@"\bat\s+least\s+(?<lo>\d{1,2}|one|two|three|four|five)(?:\s+(?:prior|previous))?\s*,?\s+(?:but\s+|and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MinimumStandingAlone();

    /// <summary>A lower bound with no noun of its own right before an upper bound: "at least 1 prior, but |no more than 2 prior regimens" gives 1.</summary>
    private int? MinimumBefore(int at)
    {
        var from = Math.Max(0, at - 30);
        if (_lower.AsSpan(from, at - from).IndexOf("least", StringComparison.Ordinal) < 0) return null;
        var m = MinimumStandingAlone().Match(_lower, from, at - from);
        return m.Success && ParseNumber(m.Groups["lo"].Value) is var v and >= 0 ? v : null;
    }

    private static readonly string[] LocalTherapyLeads = ["prior ", "previous ", "the ", "appropriate ", "definitive ", "conventional ", "standard ", "initial ", "primary ", "curative "];

    /// <summary>Whether the first therapy named within 30 characters after <paramref name="end"/> is androgen deprivation
    /// (orchiectomy, an LHRH agonist, an antiandrogen), or hormonal therapy in an item about prostate cancer or PSA.</summary>
    private bool NamesAndrogenDeprivation(int end)
    {
        var vocab = TherapyVocabulary.Default;
        foreach (var t in _therapies)
        {
            if (t.Start < end) continue;
            // "failed first- or second-line hormonal therapy": line words count what lies behind.
            if (t.Start - end > 30 || _lower.AsSpan(end, t.Start - end).Contains("line", StringComparison.Ordinal)) return false;
            var id = t.Therapy.Id;
            if (id is "adt" or "antiandrogen" || vocab.ClassesOf(id).Contains("adt") || vocab.ClassesOf(id).Contains("antiandrogen")) return true;
            return id == "hormonal_therapy" && ContainsAny("prostat", "psa", "androgen", "orchiectomy", "castrat");
        }
        return false;
    }

    /// <summary>
    /// The history word is followed by a local treatment: "failed local therapeutic measures", "progression after
    /// surgical resection", "recurrent following radiotherapy or chemotherapy". Surgery and radiotherapy treat the tumour
    /// where it is; having had them (or either of them and a systemic therapy) does not put a systemic line behind the
    /// patient. Surgery or radiotherapy joined by "and" to a systemic therapy ("after surgery and chemotherapy") does.
    /// </summary>
    private bool NamesLocalTherapy(int end)
    {
        var c = ClauseOf(Math.Max(0, end - 1));
        if (end >= c.End) return false;
        var after = _lower.AsSpan(end, Math.Min(c.End, end + 60) - end);
        var trimmed = after.TrimStart();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var lead in LocalTherapyLeads)
                if (trimmed.StartsWith(lead)) { trimmed = trimmed[lead.Length..].TrimStart(); changed = true; }
        }
        if (trimmed.StartsWith("local") || trimmed.StartsWith("locoregional") || trimmed.StartsWith("loco-regional") || trimmed.StartsWith("surgical")) return true;
        var at = end + (after.Length - trimmed.Length);
        TherapyMention? previous = null;
        foreach (var t in _therapies)
        {
            // The therapy's mention may take in a lead skipped above: "after [prior radiotherapy]".
            if (t.Start < end || previous is null && t.Start < at && t.Start + t.Length <= at) continue;
            if (previous is null)
            {
                if (t.Start > at || !IsLocalTherapy(t.Therapy.Id)) return false;
                previous = t;
                continue;
            }
            if (!JoinedAsList(previous, t, out var or)) break;
            if (!IsLocalTherapy(t.Therapy.Id) && !or) return false;
            previous = t;
        }
        return previous is not null;
    }

    /// <summary>Treatments of the tumour where it is (an operation, radiation, a limb perfusion): never a systemic line.</summary>
    private static bool IsLocalTherapy(string id) => id is "radiotherapy" or "surgery" or "isolated_limb_perfusion";

    private static bool WholeTherapyWords(string words) =>
        words.Contains("systemic") || words.Contains("cancer") || words.Contains("antineoplastic") || words.Contains("tumo");

    /// <summary>"after [standard] second-line", "after the third line": an ordinal line named right after a history word.</summary>
    private int? LaterLineNamedAfter(int end)
    {
        var c = ClauseOf(Math.Max(0, end - 1));
        var after = _lower.AsSpan(end, Math.Max(0, Math.Min(c.End, end + 30) - end)).TrimStart();
        foreach (var lead in (ReadOnlySpan<string>)["at least ", "standard ", "the ", "a ", "prior "])
            if (after.StartsWith(lead)) after = after[lead.Length..];
        if (after.StartsWith("standard ")) after = after[9..];
        if (after.StartsWith("second-line") || after.StartsWith("second line") || after.StartsWith("2nd-line") || after.StartsWith("2nd line")) return 2;
        if (after.StartsWith("third-line") || after.StartsWith("third line") || after.StartsWith("3rd-line") || after.StartsWith("3rd line")) return 3;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:both\s+)?(?:[\w-]+\s+){0,3}?and\s+(?:at\s+least\s+)?(?:(?:one|1|a)\s+)?(?:subsequent\s+|later\s+)?(?:salvage|second[- ]?line|2nd[- ]?line|secondary)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FurtherLineJoined();

    /// <summary>
    /// "failed |standard therapy and at least 1 salvage", "failed |primary and secondary chemotherapy", "failed |first and
    /// second line therapies": a later line joined to the failed one by "and" (not "or", "and/or") is behind the patient too.
    /// </summary>
    private bool FurtherLineJoinedAfter(int end)
    {
        var c = ClauseOf(Math.Max(0, end - 1));
        var after = _lower.AsSpan(end, Math.Max(0, Math.Min(c.End, end + 60) - end));
        if (!after.Contains("and", StringComparison.Ordinal) || !(after.Contains("salvage", StringComparison.Ordinal) || after.Contains("second", StringComparison.Ordinal) || after.Contains("2nd", StringComparison.Ordinal))) return false;
        return FurtherLineJoined().IsMatch(after);
    }

    /// <summary>"no prior therapy| other than on protocol X", "no prior treatment| except on study ABC": an exception for study treatment.</summary>
    private bool TreatedOnStudyExcepted(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(50, _lower.Length - end)).TrimStart();
        if (!(after.StartsWith("other than", StringComparison.Ordinal) || after.StartsWith("except", StringComparison.Ordinal))) return false;
        return after.Contains("protocol", StringComparison.Ordinal) || after.Contains("study", StringComparison.Ordinal) || after.Contains("trial", StringComparison.Ordinal);
    }

    /// <summary>"after |first- or second-line", "failed |1st or 2nd line": either of the first two lines.</summary>
    private bool FirstOrSecondLineAfter(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end)).TrimStart();
        foreach (var lead in (ReadOnlySpan<string>)["standard ", "the ", "a ", "prior "])
            if (after.StartsWith(lead)) after = after[lead.Length..];
        if (!(after.StartsWith("first") || after.StartsWith("1st"))) return false;
        after = after[(after.StartsWith("first") ? 5 : 3)..].TrimStart("- ");
        if (after.StartsWith("line ") || after.StartsWith("line-")) after = after[5..].TrimStart();
        if (!after.StartsWith("or ")) return false;
        after = after[3..].TrimStart();
        return after.StartsWith("second") || after.StartsWith("2nd");
    }

    /// <summary>The words before <paramref name="at"/> put what follows in the past: "treated with first-line X and |second-line Y".</summary>
    private bool HistoryBefore(int at)
    {
        var c = ClauseOf(at);
        var from = Math.Max(c.Start, at - 60);
        var before = _lower.AsSpan(from, at - from);
        return before.Contains("after", StringComparison.Ordinal) || before.Contains("following", StringComparison.Ordinal) || before.Contains("failure of", StringComparison.Ordinal)
            || before.Contains("failed", StringComparison.Ordinal) || before.Contains("completed", StringComparison.Ordinal) || before.Contains("completion of", StringComparison.Ordinal)
            || before.Contains("treated with", StringComparison.Ordinal) || before.Contains("received", StringComparison.Ordinal) || before.Contains("refractory to", StringComparison.Ordinal);
    }

    // "radiotherapy is counted as a separate regimen": how lines are counted, not what is required.
    private static readonly string[] CountingRuleWords = ["not considered", "not be considered", "not count", "not be counted", "does not constitute", "do not constitute", "is considered a line", "is considered one", "are considered one"];

    /// <summary>"(radiotherapy considered a separate regimen ...)": a parenthesis that says how lines are counted names no required therapy.</summary>
    private bool InCountingParenthesis(int at)
    {
        var open = _lower.LastIndexOf('(', at);
        if (open < 0) return false;
        var close = _lower.IndexOf(')', at);
        if (close < 0 || _lower.IndexOf(')', open) < at) return false;
        var inside = _lower.AsSpan(open, close - open);
        return inside.Contains("considered", StringComparison.Ordinal) || inside.Contains("counted", StringComparison.Ordinal) || inside.Contains("counts as", StringComparison.Ordinal);
    }

    /// <summary>The clause at <paramref name="at"/> says how lines are counted ("hydroxyurea is not considered a regimen"), not what is required.</summary>
    private bool IsCountingRule(int at)
    {
        var c = ClauseOf(at);
        var span = _lower.AsSpan(c.Start, c.End - c.Start);
        foreach (var w in CountingRuleWords) if (span.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool UntreatedMeansLesion(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end)).TrimStart();
        return after.StartsWith("brain") || after.StartsWith("cns") || after.StartsWith("central") || after.StartsWith("cerebral") || after.StartsWith("metasta")
            || after.StartsWith("spinal") || after.StartsWith("infection") || after.StartsWith("hypothyroid") || after.StartsWith("lesion") || after.StartsWith("hypertensi")
            || after.StartsWith("diabet") || after.StartsWith("thyroid") || after.StartsWith("seizure") || after.StartsWith("epilep") || after.StartsWith("depression") || after.StartsWith("psychiatric")
            || after.StartsWith("heart") || after.StartsWith("cardiac") || after.StartsWith("angina") || after.StartsWith("arrhythmi") || after.StartsWith("hyperthyroid") || after.StartsWith("hypercalcemia");
    }

    private bool UntreatedDescribesLesionsBefore(int start)
    {
        var before = _lower.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).TrimEnd();
        if (!(before.EndsWith(" are") || before.EndsWith(" is") || before.EndsWith(" remain") || before.EndsWith(" remains"))) return false;
        return before.Contains("metasta", StringComparison.Ordinal) || before.Contains("lesion", StringComparison.Ordinal) || before.Contains("brain", StringComparison.Ordinal) || before.Contains("cns", StringComparison.Ordinal);
    }

    private static readonly string[] ImagingWords = ["mri", "scan", "imaging", "ct ", "radiograph", "x-ray", "pet "];

    /// <summary>An imaging word follows in the clause before any therapy: "progression on serial CT scans".</summary>
    private bool ImagingNamedAfter(int end)
    {
        var c = ClauseOf(Math.Max(0, end - 1));
        var after = _lower.AsSpan(end, Math.Max(0, Math.Min(c.End, end + 50) - end));
        var first = -1;
        foreach (var w in ImagingWords)
        {
            var i = after.IndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        if (first < 0) return false;
        foreach (var t in _therapies) if (t.Start >= end && t.Start < end + first) return false;
        return !after[..first].Contains("therap", StringComparison.Ordinal) && !after[..first].Contains("treatment", StringComparison.Ordinal);
    }

    private static readonly string[] StandardTherapyLeads = ["known ", "effective ", "standard ", "conventional ", "available ", "existing ", "all ", "established ", "the ", "approved "];

    /// <summary>"refractory to [known effective | standard | conventional] therapy": no therapy or line named, only "the usual ones".</summary>
    private bool OnlyStandardTherapyAfter(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(50, _lower.Length - end)).TrimStart();
        var leads = 0;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var lead in StandardTherapyLeads)
                if (after.StartsWith(lead)) { after = after[lead.Length..].TrimStart(); changed = true; leads++; }
        }
        if (leads == 0) return false;
        foreach (var n in (ReadOnlySpan<string>)["therapy", "therapies", "treatment", "treatments", "therapeutic"])
            if (after.StartsWith(n) && (after.Length == n.Length || !char.IsLetter(after[n.Length]))) return true;
        return false;
    }

    private bool BarsOnlyContraindicating(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end)).TrimStart();
        if (!(after.StartsWith("that ") || after.StartsWith("which "))) return false;
        return after.Contains("preclude", StringComparison.Ordinal) || after.Contains("contraindicat", StringComparison.Ordinal) || after.Contains("interfere", StringComparison.Ordinal) || after.Contains("compromise", StringComparison.Ordinal);
    }

    /// <summary>"lesions previously treated with radiosurgery", "previously treated with radiotherapy": a local treatment, not a line.</summary>
    private bool TreatedWithLocalTherapy(int start, int end)
    {
        var before = _lower.AsSpan(Math.Max(0, start - 10), Math.Min(10, start)).TrimEnd();
        if (before.EndsWith("lesion") || before.EndsWith("lesions") || before.EndsWith("site") || before.EndsWith("sites")) return true;
        if (!NextWordIs(end, "with", "by")) return false;
        // "previously treated with at least 60 Gy of external beam radiotherapy": a dose names radiation before the word does.
        var reach = 16;
        var near = _lower.AsSpan(end, Math.Min(40, _lower.Length - end));
        if (near.Contains("cgy", StringComparison.Ordinal) || near.Contains(" gy ", StringComparison.Ordinal) || near.Contains("gy of", StringComparison.Ordinal)) reach = 40;
        foreach (var t in _therapies)
            if (t.Start >= end && t.Start < end + reach)
                return IsLocalTherapy(t.Therapy.Id);
        return false;
    }

    private bool TreatedIsExceptionOrBar(int start, int end)
    {
        var c = ClauseOf(start);
        var before = _lower.AsSpan(c.Start, start - c.Start);
        if (before.Contains("except ", StringComparison.Ordinal) || before.Contains("other than", StringComparison.Ordinal)) return true;
        var after = _lower.AsSpan(end, c.End - end);
        // "not eligible for salvage chemotherapy" speaks of a further treatment, not of entry to the study.
        foreach (var bar in (ReadOnlySpan<string>)["not eligible", "ineligible"])
        {
            var at = after.IndexOf(bar, StringComparison.Ordinal);
            if (at >= 0 && !after[(at + bar.Length)..].TrimStart().StartsWith("for") && !after[(at + bar.Length)..].TrimStart().StartsWith("to ")) return true;
        }
        return after.Contains("are excluded", StringComparison.Ordinal) || after.Contains("will be excluded", StringComparison.Ordinal);
    }

    private static readonly string[] WholeTherapyOpeners = ["any prior ", "any previous ", "prior use of any ", "prior use of ", "prior ", "previous ", "has received prior ", "have received prior ", "received prior ", "patients who have received prior ", "patients who received prior "];
    private static readonly string[] WholeTherapyModifiers = ["systemic anti-cancer ", "systemic anticancer ", "systemic antineoplastic ", "systemic ", "anti-cancer ", "anticancer ", "antineoplastic ", "anti-tumor ", "antitumor ", "anti-tumour ", "antitumour ", "cancer-directed ", "oncologic "];

    /// <summary>"Prior systemic therapy for ...", "Any prior anticancer treatment": the item's own opening words, when nothing narrows them.</summary>
    private (int Start, int End)? ExclusionOpensWithWholeTherapy()
    {
        var text = _lower.AsSpan();
        var start = text.Length - text.TrimStart().Length;
        var rest = text[start..];
        var opener = "";
        foreach (var o in WholeTherapyOpeners) if (rest.StartsWith(o)) { opener = o; break; }
        if (opener.Length == 0) return null;
        rest = rest[opener.Length..];
        var modified = false;
        foreach (var w in WholeTherapyModifiers) if (rest.StartsWith(w)) { rest = rest[w.Length..]; modified = true; break; }
        var noun = "";
        foreach (var n in (ReadOnlySpan<string>)["therapies", "therapy", "treatments", "treatment", "agents", "agent"])
            if (rest.StartsWith(n) && (rest.Length == n.Length || !char.IsLetter(rest[n.Length]))) { noun = n; break; }
        // "Prior agent" alone names nothing; "prior anticancer agent" does.
        if (noun.Length == 0 || (noun.StartsWith("agent") && !modified)) return null;
        var end = text.Length - rest.Length + noun.Length;
        // Only the item's end, a pause or "for ..." may follow: "Prior therapy with murine antibodies", "prior therapy to
        // the breast", "prior treatment or prophylaxis" name something narrower.
        var next = _lower.AsSpan(end).TrimStart(" \r\n\t");
        // "Any previous systemic therapy of renal cell carcinoma": "of" names the disease treated as "for" does.
        var forWhat = next.StartsWith("for ") || next.StartsWith("of ");
        if (!(next.IsEmpty || next[0] is '.' or ';' or ',' or '(' || forWhat)) return null;
        // Without "systemic"/"anticancer", "prior treatment" must be for a cancer: "Prior treatment for CMV retinitis" is not.
        if (!modified && !(forWhat && ForThisCancer(next[(next.IndexOf(' ') + 1)..]))) return null;
        // A time window makes it a washout: "within 3 weeks", "less than 4 weeks prior".
        // Only the opening's own sentence counts: a window set for another therapy in a later sentence ("Interferon must
        // stop 4 weeks before") does not make the opening a washout; one after an "e.g." list in the sentence does.
        var own = _lower.AsSpan(start, SentenceEndAfter(start) - start);
        if (own.Contains("week", StringComparison.Ordinal) || own.Contains("days", StringComparison.Ordinal) || own.Contains("month", StringComparison.Ordinal)) return null;
        var clause = ClauseOf(start);
        if (Washout().IsMatch(_lower.AsSpan(clause.Start, clause.End - clause.Start))) return null;
        if (IsPermissionClause(start) || IsCountingRule(start)) return null;
        return (start, end);
    }

    /// <summary>Where the sentence holding <paramref name="from"/> ends: a period before a capital, not one closing "e.g." or "i.e.".</summary>
    private int SentenceEndAfter(int from)
    {
        for (var i = _text.IndexOf(". ", from, StringComparison.Ordinal); i >= 0; i = _text.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            var next = _text.AsSpan(i + 2).TrimStart();
            if (next.IsEmpty || !char.IsUpper(next[0])) continue;
            var head = _lower.AsSpan(Math.Max(0, i - 4), i - Math.Max(0, i - 4));
            if (head.EndsWith("e.g") || head.EndsWith(" eg") || head.EndsWith("i.e") || head.EndsWith(" ie") || head.EndsWith("etc")) continue;
            return i;
        }
        return _text.Length;
    }

    private static bool ForThisCancer(ReadOnlySpan<char> what)
    {
        if (what.StartsWith("the ")) what = what[4..];
        else if (what.StartsWith("their ") || what.StartsWith("this ")) what = what[(what.IndexOf(' ') + 1)..];
        foreach (var w in CancerNouns) if (what.StartsWith(w) && w is not ("disease" or "patient")) return true;
        return what.StartsWith("lymphoma") || what.StartsWith("non-hodgkin") || what.StartsWith("hodgkin") || what.StartsWith("brain tumo") || what.StartsWith("breast cancer") || what.StartsWith("metasta");
    }

    private bool PrecededByNo(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 12), Math.Min(12, at)).TrimEnd(" ,");
        return before.EndsWith(" no") || before.SequenceEqual("no") || before.EndsWith("no active") || before.EndsWith("no known");
    }

    private static readonly string[] CancerNouns = ["disease", "cancer", "carcinoma", "tumo", "malignan", "neoplas", "leuk", "lymphom", "myelom", "sarcom", "melanom", "glioma", "patient", "aml", "all ", "cll", "nhl", "mds", "de novo", "newly diagnosed", "advanced", "metastatic", "stage"];

    /// <summary>The words after "untreated" name the cancer or the patient ("untreated AML", "untreated stage IV disease").</summary>
    private bool UntreatedMeansCancer(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end)).TrimStart(" ,\"\r\n\t");
        foreach (var w in CancerNouns) if (after.StartsWith(w)) return true;
        // one qualifier may sit between: "untreated relapsed NHL", "untreated acute myeloid leukemia"
        var space = after.IndexOf(' ');
        if (space < 0) return false;
        var next = after[(space + 1)..];
        foreach (var w in CancerNouns) if (next.StartsWith(w)) return true;
        return false;
    }

    // "treated or untreated grade 2 lesions" lets both in: a bare "treated" beside "untreated" is an alternative too.
    private static readonly string[] TreatedWords = ["treated", "relapsed", "refractory", "pretreated", "pre-treated", "previously treated", "recurrent", "resistant"];

    private bool IsAlternativeToTreated(int start, int end)
    {
        var before = _lower.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)).TrimEnd();
        if (before.EndsWith(" or") || before.EndsWith(",or") || before.EndsWith("/"))
            foreach (var w in TreatedWords) if (before.Contains(w, StringComparison.Ordinal)) return true;
        // "a tumour that failed standard therapy (...), or a previously untreated tumour": the treated alternative may lie
        // further back in the clause.
        var c = ClauseOf(start);
        var clauseBefore = _lower.AsSpan(c.Start, start - c.Start).TrimEnd();
        if (clauseBefore.EndsWith(" a") || clauseBefore.EndsWith(" an")) clauseBefore = clauseBefore[..clauseBefore.LastIndexOf(' ')].TrimEnd();
        if ((clauseBefore.EndsWith(" or") || clauseBefore.EndsWith(", or")) && (clauseBefore.Contains("failed", StringComparison.Ordinal) || clauseBefore.Contains("failure", StringComparison.Ordinal)
            || clauseBefore.Contains("refractory", StringComparison.Ordinal) || clauseBefore.Contains("relapsed", StringComparison.Ordinal) || clauseBefore.Contains("no longer", StringComparison.Ordinal)))
            return true;
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end)).TrimStart(" ,");
        if (after.StartsWith("or ") || after.StartsWith("/"))
        {
            var rest = after[(after.StartsWith("or ") ? 3 : 1)..].TrimStart();
            if (rest.StartsWith("minimally") || rest.StartsWith("lightly") || rest.StartsWith("heavily")) return true;
            foreach (var w in TreatedWords) if (rest.StartsWith(w)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^[^.;]{0,30}?\bor\s+(?:[\w-]+\s+){0,3}?(?:after|following|failure\s+of|failed|on)\s+(?:(?:the|their|standard|prior)\s+)?(?:first|1st)[- ]line\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstLineHistoryAlternative();

    private static readonly string[] RefusalAlternatives = [" or refused", " or declined", " or refuse", " or decline", " or ineligible for", " or not eligible for", " or not a candidate for", " or not candidates for"];

    /// <summary>
    /// Whether an alternative around a required therapy lets untreated patients in: an untreated alternative before it
    /// ("previously untreated disease OR progression after chemotherapy"), a refusal joined to the history word ("failed
    /// or refused chemotherapy"), or a no-standard-therapy or untreated alternative after it (<see cref="NoStandardTherapyAlternative"/>).
    /// </summary>
    private bool UntreatedMayQualify(int start)
    {
        var from = Math.Max(0, start - 100);
        var before = _lower.AsSpan(from, start - from);
        var stop = before.LastIndexOfAny(".;".AsSpan());
        if (stop >= 0) before = before[(stop + 1)..];
        // The "or" must open a treated alternative: in "previously untreated ALL, Burkitt's lymphoma, or lymphoblastic
        // leukemia receiving induction chemotherapy" it joins diseases.
        if (before.LastIndexOf("untreated", StringComparison.Ordinal) is var u and >= 0 && before[u..].IndexOf(" or ", StringComparison.Ordinal) is var o and >= 0
            && !before[..u].TrimEnd().EndsWith("not", StringComparison.Ordinal) && StartsWithAny(before[(u + o + 4)..].TrimStart(), TreatedAlternativeStarts))
            return true;
        foreach (var r in RefusalAlternatives)
            if (before.LastIndexOf(r, StringComparison.Ordinal) is var at and >= 0 && before.Length - at <= 40) return true;
        return NoStandardTherapyAlternative(start);
    }

    /// <summary>Whether a history word ("prior", "failed", "received", "progress") follows the last <paramref name="marker"/>:
    /// "for which no standard therapy exists, or progressed after prior chemotherapy" names a history after all.</summary>
    private static bool HasHistoryWordAfterLast(ReadOnlySpan<char> before, string marker)
    {
        var at = before.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return false;
        var rest = before[at..];
        return rest.Contains("prior", StringComparison.Ordinal) || rest.Contains("previous", StringComparison.Ordinal) || rest.Contains("fail", StringComparison.Ordinal)
            || rest.Contains("received", StringComparison.Ordinal) || rest.Contains("progress", StringComparison.Ordinal) || rest.Contains("refractory", StringComparison.Ordinal);
    }

    private static readonly string[] TreatedAlternativeStarts = ["progress", "relaps", "recurr", "refractory", "failed", "failure", "after", "following",
        "prior", "previous", "pretreated", "pre-treated", "treated", "resistant", "chemo", "persistent"];

    /// <summary>"for which no curative surgical, radiotherapy, or chemotherapy programs are available": a therapy named
    /// inside a statement that no standard option exists is no history and no bar.</summary>
    private static bool InNoStandardTherapyStatement(ReadOnlySpan<char> before) =>
        before.Contains("for which no ", StringComparison.Ordinal) || before.Contains("for whom no ", StringComparison.Ordinal) || before.Contains("where no ", StringComparison.Ordinal);

    /// <summary>"untreated| disease or progressive disease after first-line chemotherapy": a first-line history offered as the other way in.</summary>
    private bool FirstLineHistoryAlternativeAfter(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(100, _lower.Length - end));
        if (!after.Contains("or ", StringComparison.Ordinal) || !(after.Contains("first", StringComparison.Ordinal) || after.Contains("1st", StringComparison.Ordinal))) return false;
        return FirstLineHistoryAlternative().IsMatch(after);
    }

    private bool NextWordIs(int end, params ReadOnlySpan<string> words)
    {
        var after = _lower.AsSpan(end, Math.Min(16, _lower.Length - end)).TrimStart();
        foreach (var w in words)
            if (after.StartsWith(w) && (after.Length == w.Length || !char.IsLetter(after[w.Length]))) return true;
        return false;
    }

    /// <summary>The clause permits rather than requires ("allowed", "permitted"); "are eligible" still states a requirement.</summary>
    private bool IsPermissionClause(int at)
    {
        var c = ClauseOf(at);
        var span = _lower.AsSpan(c.Start, c.End - c.Start);
        return span.Contains("allowed", StringComparison.Ordinal) || span.Contains("permitted", StringComparison.Ordinal) || span.Contains("acceptable", StringComparison.Ordinal);
    }

    private static readonly string[] UntreatedQualifyWords = ["unlikely to respond", "unlikely to benefit", "ineligible for", "not eligible for", "not a candidate for", "not candidates for",
        "unsuited for", "unsuitable for", "not suitable for", "refused", "declined"];

    private static readonly string[] NoStandardTherapyWords = ["no standard", "no established", "no effective", "no curative", "no available", "no approved", "no known",
        "not amenable to standard", "not amenable to conventional", "not amenable to curative", "not amenable to effective"];

    [GeneratedRegex(@"\bor\s+(?:(?:a|an|the|disease|tumou?rs?|cancers?|malignanc(?:y|ies))\s+)?(?:(?:for|in)\s+(?:which|whom)\s+)?(?:there\s+(?:is|are|exists?)\s+)?no\s+(?:(?:known|other|further|approved|available|accepted|conventional|proven|satisfactory|standard|effective|curative|established|reasonable|acceptable|appropriate|recognized|alternative|palliative|therapeutic)[\s,]+(?:or\s+)?){1,4}", RegexOptions.CultureInvariant)]
    private static partial Regex NoOptionAlternative();

    /// <summary>
    /// The history is one alternative beside "no standard therapy exists" or an untreated tumour: "failed standard therapy
    /// or for which no standard therapy exists", "failed standard therapy ..., or a previously untreated tumour", and the
    /// same written the other way round, "no established standard therapy, or have failed one or more prior therapies".
    /// </summary>
    private bool NoStandardTherapyAlternative(int at, bool untreatedAlternatives = true)
    {
        var c = ClauseOf(at);
        var span = _lower.AsSpan(at, c.End - at);
        if (span.Contains(" or for which no ", StringComparison.Ordinal) || span.Contains(" or no standard", StringComparison.Ordinal)
            || span.Contains(" or for whom no ", StringComparison.Ordinal) || span.Contains(" or where no ", StringComparison.Ordinal)
            || span.Contains(" or no effective", StringComparison.Ordinal) || span.Contains(" or no curative", StringComparison.Ordinal))
            return true;
        // The same alternative in longer words: "or disease for which no effective standard therapy exists", "or for which
        // there is no approved therapy", "or no known curative therapy".
        if (span.Contains(" or ", StringComparison.Ordinal) && span.Contains("no ", StringComparison.Ordinal) && NoOptionAlternative().IsMatch(span)) return true;
        if (untreatedAlternatives && (span.Contains(" or a previously untreated", StringComparison.Ordinal) || span.Contains(" or previously untreated", StringComparison.Ordinal)
            || span.Contains(" or an untreated", StringComparison.Ordinal) || span.Contains(" or untreated", StringComparison.Ordinal)))
            return true;
        // "failed one or more prior therapies or is unsuited for / unlikely to respond to / ineligible for standard
        // therapy": patients who never received it qualify too. An "and" makes it a further condition instead: "failed
        // standard therapy and are ineligible for or have refused transplant".
        if (untreatedAlternatives && span.IndexOf(" or ", StringComparison.Ordinal) is var orAt and >= 0 && !span[..orAt].Contains(" and ", StringComparison.Ordinal))
        {
            var alternative = span[orAt..];
            foreach (var w in UntreatedQualifyWords)
                if (alternative.IndexOf(w, StringComparison.Ordinal) is var wAt and >= 0 && !alternative[..wAt].Contains(" and ", StringComparison.Ordinal)) return true;
        }
        var before = _lower.AsSpan(c.Start, at - c.Start);
        foreach (var w in NoStandardTherapyWords)
        {
            var i = before.LastIndexOf(w, StringComparison.Ordinal);
            if (i >= 0 && before[(i + w.Length)..].Contains(" or ", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"May have completed at least one regimen", "may also have received": the clause permits what it counts.</summary>
    private bool MayHaveBefore(int at)
    {
        var c = ClauseOf(at);
        var before = _lower.AsSpan(c.Start, at - c.Start);
        return before.Contains("may have", StringComparison.Ordinal) || before.Contains("may also have", StringComparison.Ordinal);
    }

    /// <summary>"previously treated with |up to two regimens": a history word right before the count.</summary>
    private bool TreatedWithBefore(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 30), Math.Min(30, at)).TrimEnd();
        return before.EndsWith("previously treated with") || before.EndsWith("pretreated with") || before.EndsWith("pre-treated with");
    }

    /// <summary>
    /// "at least one prior systemic therapy| OR prior radiation therapy", "one prior therapy| (e.g., surgery)": radiotherapy
    /// or surgery as an alternative or example of the counted lines.
    /// </summary>
    private bool LocalTherapyAlternativeAfter(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(20, _lower.Length - end));
        var trimmed = after.TrimStart(" ,\r\n\t");
        if (trimmed.StartsWith("(")) return LocalTherapyExampleAfter(end);
        if (!(trimmed.StartsWith("or ") || trimmed.StartsWith("and/or "))) return false;
        return FirstTherapyIsLocal(end + (after.Length - trimmed.Length), maxGap: 24);
    }

    /// <summary>Whether the first therapy named at or after <paramref name="at"/>, within <paramref name="maxGap"/> characters, is surgery or radiotherapy.</summary>
    private bool FirstTherapyIsLocal(int at, int maxGap)
    {
        foreach (var t in _therapies)
        {
            if (t.Start < at) continue;
            return t.Start - at <= maxGap && IsLocalTherapy(t.Therapy.Id);
        }
        return false;
    }

    /// <summary>
    /// "at least one prior therapy| (e.g., surgery or radiotherapy)", "failed prior primary therapy| (e.g., surgery,
    /// radiotherapy, or chemotherapy)": the examples of the therapy start with a local treatment, so an operation or
    /// radiation alone would do, and no systemic line is required. A bracket that is no example list ("(radiotherapy
    /// counted separately)") says nothing of the kind.
    /// </summary>
    private bool LocalTherapyExampleAfter(int end)
    {
        // Not cut at the clause end: the clause reader breaks at the full stops of "e. g.".
        var after = _lower.AsSpan(end, Math.Min(_lower.Length - end, 40));
        var open = after.IndexOf('(');
        if (open < 0 || after[..open].IndexOfAny(',', ';', ')') >= 0) return false;
        var inside = after[(open + 1)..].TrimStart();
        var cue = false;
        foreach (var e in ExampleCues)
            if (inside.StartsWith(e, StringComparison.Ordinal)) { inside = inside[e.Length..].TrimStart(" ,:"); cue = true; break; }
        if (!cue) return false;
        return FirstTherapyIsLocal(end + (after.Length - inside.Length), maxGap: 10);
    }

    /// <summary>"for which all standard therapy |has failed": the therapy is named before the failure word.</summary>
    private bool TherapyHasFailedBefore(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 24), Math.Min(24, at)).TrimEnd();
        return before.EndsWith("therapy has") || before.EndsWith("therapies have") || before.EndsWith("treatment has") || before.EndsWith("treatments have")
            || before.EndsWith("therapy had") || before.EndsWith("treatment had") || before.EndsWith("regimens have") || before.EndsWith("regimen has");
    }

    /// <summary>
    /// "If a subject has received more than three prior regimens, the investigator will discuss suitability with the
    /// sponsor": the criterion says when to consult, not who may enter; its counts and therapies are no conditions.
    /// </summary>
    private bool IsConsultationRule()
    {
        var t = _lower.AsSpan().TrimStart();
        if (!t.StartsWith("if ")) return false;
        return t.Contains("discuss", StringComparison.Ordinal) || t.Contains("consult", StringComparison.Ordinal) || t.Contains("case-by-case", StringComparison.Ordinal) || t.Contains("case by case", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Untreated"/"previously treated" describes brain metastases or lesions, not the patient: the next words name them
    /// ("untreated asymptomatic CNS lesions"), or the list the item sits in is about them ("Brain metastases, one of:").
    /// </summary>
    private bool AboutLesions(int end)
    {
        static bool Lesions(ReadOnlySpan<char> s) => s.Contains("brain", StringComparison.Ordinal) || s.Contains("cns", StringComparison.Ordinal) || s.Contains("central nervous", StringComparison.Ordinal) || s.Contains("lesion", StringComparison.Ordinal);
        var clause = ClauseOf(Math.Max(0, end - 1));
        var next = _lower.AsSpan(end, Math.Max(0, Math.Min(clause.End, end + 30) - end));
        // "untreated metastases" are lesions; "previously treated metastatic melanoma" is the patient's cancer.
        return Lesions(next) || (next.TrimStart().StartsWith("metasta") && !next.TrimStart().StartsWith("metastatic")) || (_parent is not null && Lesions(_parent)) || (_heading is not null && Lesions(_heading));
    }

    private bool FollowedByTherapy(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(60, _lower.Length - end));
        foreach (var t in _therapies) if (t.Start >= end && t.Start < end + 60) return true;
        // "failed prior standard care": "care" is a therapy noun as well.
        return after.Contains("therap", StringComparison.Ordinal) || after.Contains("treatment", StringComparison.Ordinal) || after.Contains("regimen", StringComparison.Ordinal) || after.Contains("line", StringComparison.Ordinal)
            || after.Contains("standard care", StringComparison.Ordinal) || after.Contains("standard of care", StringComparison.Ordinal);
    }

    private string SettingAfter(int from)
    {
        var clause = ClauseOf(Math.Max(0, from - 1));
        var end = Math.Min(clause.End, from + 80);
        if (end <= from) return "any";
        var m = LineSetting().Match(_text, from, end - from);
        if (!m.Success) return "any";
        // "no more than 3 prior regimens, including adjuvant therapy": adjuvant treatment counts too; it is not the setting.
        var lead = _lower.AsSpan(Math.Max(from, m.Index - 14), m.Index - Math.Max(from, m.Index - 14));
        if (lead.Contains("includ", StringComparison.Ordinal) || lead.Contains("counting", StringComparison.Ordinal) || lead.Contains("excluding", StringComparison.Ordinal) || lead.Contains("except", StringComparison.Ordinal)) return "any";
        // "for unresectable or metastatic disease", "locally advanced or metastatic": the first state named is the
        // setting, so either pair reads as advanced (advanced disease takes in the metastatic disease too).
        return SettingNamed(m.Groups["s"].Value);
    }

    /// <summary>The setting when it follows the therapy closely as its purpose ("X for metastatic disease", "X in the advanced setting").</summary>
    private string? SettingNamedAfterTherapy(int end)
    {
        // The therapy's own head words may come first: "taxane-based chemotherapy for metastatic disease".
        var next = _lower.AsSpan(end, Math.Min(40, _lower.Length - end));
        var at = next.IndexOf(" for ", StringComparison.Ordinal) is var f and >= 0 ? f : next.IndexOf(" in the ", StringComparison.Ordinal);
        if (at < 0 || at > 30 || next[..at].ContainsAny(",;.:") ) return null;
        var setting = SettingAfter(end + at);
        return setting is "metastatic" or "advanced" ? setting : null;
    }

    private static string SettingNamed(string words) =>
        // Wrapped lines put a line break inside the words: "locally\n   advanced".
        string.Join(' ', words.ToLowerInvariant().Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "locally advanced" or "advanced" or "unresectable" or "extensive" or "inoperable" => "advanced",
            "metastatic" or "stage iv" or "castration-resistant" or "castration resistant" or "mcrpc" or "crpc" => "metastatic",
            "recurrent" or "relapsed" or "relapsed/refractory" or "relapse" or "recurrence" => "metastatic",
            "adjuvant" => "adjuvant",
            "neoadjuvant" => "neoadjuvant",
            var s => s,
        };

    /// <summary>
    /// The setting a line was given in: named after the history words ("for metastatic disease"), or by the disease
    /// state the untreated words describe: "previously untreated metastatic pancreatic cancer" is metastatic disease
    /// that has had no therapy. (A state further back, "metastatic CRC that progressed after first-line therapy", is
    /// left alone: the tuning labels read it both ways.)
    /// </summary>
    private string SettingAround(int start, int end)
    {
        var setting = SettingAfter(end);
        if (setting != "any") return setting;
        var c = ClauseOf(start);
        if (!_lower.AsSpan(start, end - start).Contains("untreated", StringComparison.Ordinal)) return "any";
        // "untreated metastatic ...": the state right after the history words.
        var next = _lower.AsSpan(end, Math.Max(0, Math.Min(c.End, end + 24) - end)).TrimStart(" ,");
        foreach (var state in (ReadOnlySpan<string>)["metastatic", "locally advanced", "advanced", "recurrent", "unresectable", "relapsed"])
            if (next.StartsWith(state) && (next.Length == state.Length || next[state.Length] == ' ')) return SettingNamed(state);
        return "any";
    }

    // ---------------------------------------------------------------- prior exposure

    [GeneratedRegex(@"\b(?:prior(?!\s+to\b)|previous(?:ly)?|received|receiving|treated|treatment with|therapy with|exposure|exposed|after|following|failed|failure|failing|progress\w*|refractory|resistant|resistance|relapsed|relapse|recurrence|pretreated|pre-treated|history of|had|underwent|undergone|completed|naive|naïve|post|since|recovered from|response to|responded|sensitive|experienced|intolerant|intolerance|cycles?\s+of|courses?\s+of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExposureContext();

    // Besides plans, "not amenable to surgery", "incurable with radiotherapy" and "able to tolerate radiotherapy" weigh a
    // treatment's prospects: they name what could be given, not what was.
    [GeneratedRegex(@"\b(?:concurrent(?:ly)?|concomitant(?:ly)?|simultaneous|during (?:the )?(?:study|protocol|trial)|while on (?:study|protocol)|on study|planned|candidates? (?:for|to receive)|will (?:receive|be treated|undergo)|to receive|scheduled|(?:in)?eligible (?:for|to receive)|refused|declined|plan to|planning|requiring|require|requires|need for|needs|indicated|suitable for|fit for|appropriate for|scheduled|intend|intended|able to receive|able to undergo|willing to|amenable\s+(?:to|for)|(?:in)?curable\s+(?:by|with)|able\s+to\s+tolerate(?:\s+(?:a\s+|the\s+)?(?:full\s+)?courses?\s+of)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlanContext();

    [GeneratedRegex(@"\b(?:at least|more than|≥|>=|>|a minimum of|minimum of|greater than)\s*(?:\d+(?:\.\d+)?|one|two|three|four|six|eight|twelve)\s*(?:days?|weeks?|wks?|months?|years?|hours?|half-lives|half lives)\s+(?:since|from|after|between|must have (?:passed|elapsed)|have elapsed|prior to|before|following|of(?!\s+(?:prior|previous)\b))|\bwithin\s*(?:the\s+)?(?:last|past|previous|prior)?\s*\d+\s*(?:days?|weeks?|wks?|months?|years?)\b|\b\d+\s*(?:days?|weeks?|months?)\s+(?:since|prior to|before)|\bwash-?out\b|\brecover(?:ed|y) from\b|\bwithin \d+\s*(?:days?|weeks?|months?)|(?:\b(?:less|fewer)\s+than|<|≤|<=)\s*\d+\s*(?:days?|weeks?|months?)\s+prior\b|\b(?:within|during) (?:the )?(?:last |past |previous |prior )?(?:one|two|three|four|five|six|eight|twelve)\s+(?:days?|weeks?|months?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Washout();

    [GeneratedRegex(@"\b(?:allowed|permitted|eligible|acceptable|accepted)\s+(?:only\s+)?(?:if|following|after|provided|once|when|as long as|so long as)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermissionCondition();

    // An upper bound on the time since a therapy ("no more than 6 weeks since prior surgery", "not more than 31 days
    // after definitive surgery", "no more than 5 weeks between surgery and ..."), ending right before the therapy's name.
    // The number may be a range: "no more than 3-6 weeks since prior chemotherapy" still bounds the time from above.
    [GeneratedRegex(@"(?:\b(?:no|not)\s+(?:more|longer|greater)\s+than|\b(?:less|fewer)\s+than|\bat\s+most|\bup\s+to|\bmaximum\s+of|≤|<=|<)\s*\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+)?\s*(?:days?|weeks?|wks?|months?|years?)\s+(?:since|after|from|following|between)\s+(?:(?:the|prior|previous|definitive|initial|primary|radical|last|completion|end|of|their|his|her)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RecencyBound();

    private static readonly System.Buffers.SearchValues<char> RecencyCues = System.Buffers.SearchValues.Create("0123456789");

    private void ReadExposures()
    {
        ReadResectedDisease();
        ReadReirradiation();
        if (_therapies.Count == 0 && !ContainsAny("naive", "naïve") || IsConsultationRule()) return;
        // "Excluded within 3 months prior to therapy:" over "- Surgery to study lesions": a time window stated only in the
        // heading or the parent item governs its children, which are then washouts too.
        if (WindowInHeading()) return;
        var added = new List<(PriorExposureFact Fact, TherapyMention Mention)>();
        // Contraception criteria name the study's drugs ("for 3 months after the last dose of X"), never a history.
        var contraception = ContainsAny("contracept", "birth control");
        TherapyMention? cause = null, ongoing = null;
        foreach (var mention in _therapies)
        {
            if (contraception && InContraceptionClause(mention.Start)) continue;
            // A cause governs its whole list: "AML secondary to chemotherapy, radiotherapy or toxic agents".
            if (cause is not null && JoinedAsList(cause, mention, out _)) { cause = mention; continue; }
            cause = null;
            if (ongoing is not null && JoinedAsList(ongoing, mention, out _)) { ongoing = mention; continue; }
            ongoing = null;
            var start = mention.Start;
            var end = start + mention.Length;
            var clause = ClauseOf(start);
            var before = _lower.AsSpan(clause.Start, start - clause.Start);
            var after = _lower.AsSpan(end, Math.Max(0, Math.Min(clause.End, end + 40) - end));
            // Words that name a place or an effect of a therapy, not a treatment given: "outside the radiotherapy field".
            if (IsNotTherapyUse(mention, before, after)) continue;
            // "No prior organ allografts", "history of solid organ allograft": a transplanted organ, not stem cells.
            if (mention.Therapy.Id == "allogeneic_sct" && before.TrimEnd().EndsWith("organ", StringComparison.Ordinal)) continue;
            // "Endocrine therapy: Not specified", "Surgery: See Disease Characteristics": a heading of the NCI layout names
            // the topic of what follows, not a therapy given.
            if (end < _lower.Length && _lower[end] == ':')
            {
                // "Chemotherapy: No prior therapy": under such a heading a bare bar on "therapy" means the heading's therapy.
                if (_section != CriterionSection.Exclusion && HeadingBarsItsTherapy(mention, end + 1))
                    added.Add((new PriorExposureFact(mention.Therapy.Id, mention.Therapy.IsClass, false, Polarity.Excluded, start, mention.Length), mention));
                continue;
            }
            // "No more than 6 weeks since prior surgery": a bound on how long ago the therapy was given says it was given;
            // in an inclusion item this is a requirement (and a time window), not a washout.
            if (_section != CriterionSection.Exclusion && before.Length > 0 && before.ContainsAny(RecencyCues) && RecencyBound().IsMatch(before))
            {
                added.Add((new PriorExposureFact(mention.Therapy.Id, mention.Therapy.IsClass, false, Polarity.Required, start, mention.Length), mention));
                continue;
            }
            var hasContext = ExposureContext().IsMatch(before) || after.StartsWith("-na") || after.StartsWith(" na") || StartsWithAny(after, " allowed", " is allowed", " are allowed", " permitted", " is permitted", " are permitted", " is permissible", " are permissible")
                // "Immunotherapy for a prior malignancy allowed": the permission follows a short "for ..." phrase.
                || (after.StartsWith(" for ") && PermittedBeforePause(after))
                // "(except for cisplatin)" after a permitted therapy: the exception names a therapy history too.
                || (_section != CriterionSection.Exclusion && IsExceptionToPermission(before))
                // Some names carry their own history word ("prior radiotherapy" is one vocabulary entry).
                || _lower.AsSpan(start).StartsWith("prior ")
                // "At least one chemotherapy regimen": the therapy is what the counted prior lines consisted of.
                || InsideMinimumLineCount(mention)
                // "Surgery: Hysterectomy and BSO required", "Curative resection required": an operation asked of the patient
                // before entry can only have been done already (a planned one is "requiring"/"scheduled for", read as a plan).
                || (_section != CriterionSection.Exclusion && mention.Therapy.Id == "surgery" && SurgeryStatedAsRequired(after));
            var naiveAfter = after.StartsWith("-naive") || after.StartsWith("-naïve") || after.StartsWith(" naive") || after.StartsWith(" naïve");
            var negatedStart = NegationAt(start);
            // Exclusion items and "No X" items name the therapy as history even without "prior": "No chemotherapy within 4 weeks".
            // "Cumulative dose of doxorubicin no greater than 300 mg/m2": a capped dose says the drug may have been given.
            var doseCap = _section != CriterionSection.Exclusion && (DoseCapAfter(after) || CappedCumulativeDose(before, after));
            hasContext |= doseCap;
            if (!hasContext && !naiveAfter)
            {
                var sentenceStart = before.Trim();
                var bare = sentenceStart.Length == 0 || sentenceStart.SequenceEqual("no") || sentenceStart.EndsWith(" no") || sentenceStart.EndsWith(" or") || sentenceStart.EndsWith(",");
                // "No AML secondary to chemotherapy, radiotherapy, or toxins": the cause governs the list that follows.
                if (!bare && IsToxicityCause(before, after)) { cause = mention; continue; }
                if (!(bare && (_section == CriterionSection.Exclusion || negatedStart.Negated))) continue;
                if (mention.Therapy.Id is "surgery" or "radiotherapy" or "investigational_agent" && after.TrimStart().StartsWith("to ") == false && _section == CriterionSection.Exclusion && !negatedStart.Negated) continue;
            }
            // "If prior treatment with bevacizumab, must have stopped 4 weeks before": an opening "if" clause names a therapy
            // only to set a condition on those who had it; it asks no history of anyone.
            if (InOpeningCondition(start)) continue;
            // An optional therapy is no condition at all: "radiotherapy with or without chemotherapy", "PD-1 antibody ± chemotherapy",
            // "which may or may not have followed adjuvant chemotherapy".
            if (IsOptional(before)) continue;
            // Planned or concurrent treatment is not history.
            var planMatch = PlanContext().Match(_lower, clause.Start, start - clause.Start);
            // "able to tolerate a full course of radiotherapy": the course is the one to come, so the history words are
            // looked for after the plan words, not inside them.
            // "will be treated with": the plan's own words are no history either.
            var planWordsEnd = planMatch.Success && (planMatch.Value.StartsWith("able", StringComparison.Ordinal) || planMatch.Value.StartsWith("will", StringComparison.Ordinal)) ? planMatch.Index + planMatch.Length : planMatch.Index;
            if (planMatch.Success && !HistoryAfterPlan(_lower.AsSpan(planWordsEnd, start - planWordsEnd)) && !AlternativeToHistory(clause.Start, planMatch.Index)) continue;
            // "Prior or concurrent megestrol allowed": the concurrent use is an alternative to a history, which still counts
            // (but not after an aside on the concurrent use: "prior or concurrent (with induction chemotherapy) ..."; the
            // therapy there and after it are the narrow exception to a bar stated elsewhere, not a history of their own).
            if (planMatch.Success && (planMatch.Value.StartsWith("concurrent", StringComparison.Ordinal) || planMatch.Value.StartsWith("concomitant", StringComparison.Ordinal))
                && !(AlternativeToHistory(clause.Start, planMatch.Index) && !_lower.AsSpan(planMatch.Index, start - planMatch.Index).Contains('('))) continue;
            // "Are receiving chemotherapy", "currently on imatinib": ongoing treatment, not history.
            if (IsOngoing(before) && !before.Contains("received or", StringComparison.Ordinal) && !before.Contains("had or", StringComparison.Ordinal) && !before.Contains("treated or", StringComparison.Ordinal)) { ongoing = mention; continue; }
            // Washout-only items ("at least 4 weeks since prior chemotherapy") are a to-review washout, not an exposure.
            if (IsWashoutMention(clause, start, PermissionEnd(after, end))) continue;
            // "Must have stopped all prior treatments, including chemotherapy or investigational agents, for at least 30
            // days": the stop word before the list and the time window after it make the whole list a washout, even when
            // commas split it into clauses.
            if (StoppedBefore(start) && (IsWashoutMention((clause.Start, _lower.Length), start, PermissionEnd(after, end)) || StopPeriod().IsMatch(_lower.AsSpan(end)))) continue;
            if (IsCountingRule(start) || InCountingParenthesis(start)) continue;
            // "Discontinued prior immunotherapy because of an adverse event" is about toxicity, not a bar on the exposure.
            if (IsToxicityDiscontinuation(clause)) continue;
            // The therapy named as the cause of a toxicity: "pneumonitis related to prior X", "X-induced neuropathy".
            if (IsToxicityCause(before, after)) { cause = mention; continue; }
            // "Known hypersensitivity to A and B or other antibodies or C": an allergy names drugs, never a treatment history.
            if (before.Contains("hypersensitiv", StringComparison.Ordinal) || before.Contains("allerg", StringComparison.Ordinal)) continue;
            // "for which paclitaxel is a reasonable option", "for whom chemotherapy is indicated": a future treatment.
            // "for which paclitaxel and cisplatin are reasonable options": the verb after a list speaks of every item in it.
            if (IsProspective(after) || IsProspective(AfterListOf(mention, clause.End))) continue;
            // "disease for which mutilating surgery would be required for complete resection": everything after the
            // conditional names the treatment it would take, not one given.
            if (before.Contains("would be required", StringComparison.Ordinal) || before.Contains("would require", StringComparison.Ordinal)) continue;
            // "TROP2-targeted therapy", "DLL3-directed agent": a therapy against a named target is not the whole class.
            if (mention.Therapy.IsClass && start > 0 && _lower[start - 1] == '-' && mention.Therapy.Id is "targeted_therapy" or "biologic_therapy" or "immunotherapy") continue;
            Polarity polarity;
            // An excluded subtype of a class ("prior non-covalent BTK inhibitor") is narrower than the class we could check.
            if (mention.Therapy.IsClass && _section == CriterionSection.Exclusion && HasSubtypeQualifier(before)) continue;
            if (naiveAfter) polarity = _section == CriterionSection.Exclusion ? Polarity.Required : Polarity.Excluded;
            else polarity = PolarityAt(start, end);
            // "may have received", "no more than 6 courses of cisplatin": the therapy is permitted, not required.
            // "previously treated with up to two chemotherapy regimens": the bound caps a count that asks for at least one.
            if (polarity == Polarity.Required && (before.Contains("may have", StringComparison.Ordinal) || before.Contains("may be", StringComparison.Ordinal) || HasUpperBound(before) && !InsideMinimumLineCount(mention)))
                polarity = Polarity.Allowed;
            // "No more than 12 months of prior alkylator therapy": the "no" belongs to the bound, which permits up to it.
            else if (polarity == Polarity.Excluded && _section != CriterionSection.Exclusion && NegationIsBound(before))
                polarity = Polarity.Allowed;
            if (doseCap) polarity = Polarity.Allowed;
            // "Prior interferon preferred", "failure on interferon suggested": a preference, which bars no patient.
            if (polarity == Polarity.Required && IsPreference(after)) continue;
            if (_section != CriterionSection.Exclusion && InNoStandardTherapyStatement(before) && !HasHistoryWordAfterLast(before, "no ")) continue;
            // "Previously untreated disease OR progression after first-line chemotherapy", "failed or refused conventional
            // chemotherapy", "failed chemotherapy or for which no standard therapy exists": untreated patients qualify
            // through the alternative, so the therapy is required of no one (the line count says what it allows).
            if (polarity == Polarity.Required && _section != CriterionSection.Exclusion && UntreatedMayQualify(start)) continue;
            // "No hematologic response to prior hydroxyurea", "no benefit from prior chemotherapy": the "no" belongs to the
            // response; the therapy was given, and failed.
            var failedOn = false;
            if (polarity == Polarity.Excluded && _section != CriterionSection.Exclusion && NegatesResponse(before)) { polarity = Polarity.Required; failedOn = true; }
            // "CNS metastases allowed following completion of cranial radiotherapy", "allowed if treated with surgery":
            // the therapy is the condition of a permission, not something every patient must have had.
            if (polarity == Polarity.Required && PermissionCondition().IsMatch(before)) polarity = Polarity.Allowed;
            // "Brain metastases allowed after definitive radiotherapy", "CNS disease eligible only if irradiated", "no CNS
            // disease unless stable after radiation": the treatment is the condition on which brain metastases are let in.
            // The brain-metastases fact says that (treated and stable); it asks no treatment history of other patients.
            // So in an exclusion item: "Brain metastases; treated ones may be eligible if stable after surgery" bars no surgery.
            if (BrainLesionsAreTheSubject(before) && (_section != CriterionSection.Exclusion && polarity == Polarity.Allowed || LetsBrainLesionsIn(before))) continue;
            // "No platinum-refractory disease", "no chemotherapy-resistant relapse": the bar is on a state of the disease
            // (read as a refractory stage), not on having had the therapy.
            // A prohibition written after ("(platinum-refractory disease is excluded)") is left as it was read.
            if (polarity == Polarity.Excluded && StartsWithAny(after, "-refractory", " refractory", "-resistant", " resistant") && negatedStart.Negated) continue;
            // "No prior radiotherapy to more than 25% of the bone marrow", "no prior extensive radiotherapy": only a large
            // field is barred, so limited radiotherapy is permitted.
            if (polarity == Polarity.Excluded && mention.Therapy.Id == "radiotherapy" && IsExtentLimit(before, after)) polarity = Polarity.Allowed;
            // "Immunotherapy allowed (except for interferon)": the exception to a permission is barred.
            if (polarity != Polarity.Excluded && _section != CriterionSection.Exclusion && IsExceptionToPermission(before)) polarity = Polarity.Excluded;
            var progression = failedOn || before.Contains("progress", StringComparison.Ordinal) || before.Contains("refractory", StringComparison.Ordinal) || before.Contains("resist", StringComparison.Ordinal)
                || before.Contains("fail", StringComparison.Ordinal) && !FailureIsDefinedElsewhere()
                || after.StartsWith("-refractory") || after.StartsWith("-resistant") || after.StartsWith(" refractory") || after.StartsWith(" resistant");
            var therapy = mention.Therapy;
            // "No prior autologous or allogeneic bone marrow transplant": both kinds are named, so the condition is the
            // shared class, though only the second kind is a whole mention.
            var therapyId = therapy.Id is "autologous_sct" or "allogeneic_sct" && NamesOtherTransplantKind(before) ? "stem_cell_transplant" : therapy.Id;
            added.Add((new PriorExposureFact(therapyId, therapy.IsClass, progression, polarity, start, mention.Length), mention));
        }
        var vocab = TherapyVocabulary.Default;
        MergeRequiredAlternatives(added);
        // "No prior anti-EGFR antibody (e.g., cetuximab)": the class is the condition; its examples are no further ones.
        // They are dropped only now, so that they still count as alternatives ("polychemotherapy (e.g., A, B) or C").
        added.RemoveAll(a => IsExampleOfClass(a.Mention));
        var including = added.Count > 1 && _lower.Contains("including", StringComparison.Ordinal);
        // A broad class right after a narrower one is the same treatment: "cisplatin-containing chemotherapy", "platinum-based chemotherapy".
        for (var i = 0; i < added.Count; i++)
        {
            var (fact, mention) = added[i];
            // A class that is the next item of a list is not ("no prior topotecan or camptothecin analogues": both are barred).
            if (fact.IsClass && !AfterOrOther(mention.Start) && added.Any(o => o.Fact != fact && o.Mention.Start < mention.Start && GapAfterBracket(o.Mention.Start + o.Mention.Length, mention.Start) <= 30
                                             && vocab.ClassesOf(o.Fact.Therapy).Contains(fact.Therapy) && o.Fact.Polarity == fact.Polarity
                                             && !IsListJoint(o.Mention.Start + o.Mention.Length, mention.Start)))
                continue;
            if (fact.IsClass && fact.Therapy == "systemic_therapy") continue; // counted as lines, not as an exposure
            // "No more than 2 prior chemotherapy regimens": chemotherapy is the noun being counted; the count is the fact.
            if (fact.Therapy == "chemotherapy" && InsideMaximumLineCount(mention)) continue;
            // "Prior chemotherapy with 5-FU": the drug says precisely which chemotherapy. A class named twice ("high-dose
            // chemotherapy with stem cell transplant") is not narrowed by itself: the later mention is dropped above instead.
            if (fact.IsClass && added.Any(o => o.Fact != fact && o.Fact.Therapy != fact.Therapy && o.Mention.Start > mention.Start && o.Mention.Start - (mention.Start + mention.Length) is >= 0 and <= 60
                                             && NamesContents(_lower.AsSpan(mention.Start + mention.Length, o.Mention.Start - (mention.Start + mention.Length)).Trim())
                                             && vocab.ClassesOf(o.Fact.Therapy).Contains(fact.Therapy)))
                continue;
            // "Must have received chemotherapy including cisplatin and etoposide": each listed therapy is required, and
            // they say which chemotherapy.
            if (fact.IsClass && fact.Polarity == Polarity.Required && including && added.Any(o => o.Fact.Polarity == Polarity.Required && IncludedClassOf(o, added) is { } cls && cls.Mention == mention))
                continue;
            // "Prior tamoxifen or other hormonal therapy allowed": the drug is one member of the class permitted (or asked)
            // after it, so the shared class is the condition and the drug no further one.
            if (!fact.IsClass && fact.Polarity != Polarity.Excluded && added.Any(o => o.Fact.IsClass && o.Fact.Polarity == fact.Polarity && o.Mention.Start > mention.Start
                                             && o.Mention.Start - (mention.Start + mention.Length) <= 20 && AfterOrOther(o.Mention.Start)
                                             && vocab.ClassesOf(fact.Therapy).Contains(o.Fact.Therapy)))
                continue;
            // A class that qualifies the next therapy is its component: "topoisomerase I inhibitor-based ADC" is an ADC.
            if (fact.IsClass && IsComponentOfNext(mention, added.Select(a => a.Mention))) continue;
            // A class word right after a named therapy is that therapy's head noun: "anti-PD-1 monoclonal antibody",
            // "docetaxel chemotherapy". The named therapy says it more precisely.
            if (fact.IsClass && added.Any(o => o.Fact != fact && o.Mention.Start < mention.Start && mention.Start - (o.Mention.Start + o.Mention.Length) is >= 0 and <= 2
                                             && _lower.AsSpan(o.Mention.Start + o.Mention.Length, mention.Start - (o.Mention.Start + o.Mention.Length)).Trim(" -").IsEmpty))
                continue;
            AddFact(fact);
        }
        // "Must have received a taxane for metastatic disease": a systemic therapy given in the metastatic or advanced
        // setting is at least one line there, when no count or history words have said so already.
        if (_section != CriterionSection.Exclusion && !_facts.Any(f => f is PriorLinesFact))
        {
            foreach (var f in _facts)
            {
                if (f is not PriorExposureFact { Polarity: Polarity.Required } e || !(e.Therapy == "systemic_therapy" || vocab.ClassesOf(e.Therapy).Contains("systemic_therapy"))) continue;
                if (SettingNamedAfterTherapy(e.Start + e.Length) is { } setting)
                {
                    AddFact(new PriorLinesFact(1, null, setting, e.RequiresProgression, Polarity.Required, e.Start, e.Length));
                    break;
                }
            }
        }
        if (ContainsAny(ChemoNaiveCues))
            AddFact(new PriorExposureFact("chemotherapy", true, false, _section == CriterionSection.Exclusion ? Polarity.Required : Polarity.Excluded, 0, 0));
    }

    private bool WindowInHeading()
    {
        foreach (var h in (ReadOnlySpan<string?>)[_heading, _parent])
            if (h is not null && h.AsSpan().ContainsAny(RecencyCues) && Washout().IsMatch(h)) return true;
        return false;
    }

    /// <summary>Whether a preference word follows a therapy within its phrase: "preferred", "suggested", "recommended".</summary>
    private static bool IsPreference(ReadOnlySpan<char> after)
    {
        var phrase = after[..Math.Min(after.Length, 24)];
        if (phrase.IndexOfAny(".;,(".AsSpan()) is var stop and >= 0) phrase = phrase[..stop];
        return phrase.Contains(" preferred", StringComparison.Ordinal) || phrase.Contains(" suggested", StringComparison.Ordinal)
            || phrase.Contains(" recommended", StringComparison.Ordinal) || phrase.Contains(" is desirable", StringComparison.Ordinal);
    }

    /// <summary>
    /// "Failed prior imatinib, as defined by any of the following:": what counts as failure is listed (often intolerance as
    /// well as resistance), so failure here does not by itself mean the disease progressed on the therapy.
    /// </summary>
    private bool FailureIsDefinedElsewhere() => ContainsAny("as defined", "defined as", "defined by");

    /// <summary>
    /// "Tumour amenable to reirradiation", "candidates for re-irradiation": irradiating again is possible only where
    /// radiation was given before, so the word states a prior radiotherapy (inclusion items, not negated).
    /// </summary>
    private void ReadReirradiation()
    {
        if (_section == CriterionSection.Exclusion) return;
        // One scan for "irradiat", then a look back for "re"/"re-": most texts have neither.
        var at = -1;
        for (var i = _lower.IndexOf("irradiat", StringComparison.Ordinal); i >= 0; i = _lower.IndexOf("irradiat", i + 8, StringComparison.Ordinal))
        {
            var head = _lower.AsSpan(0, i);
            var re = head.EndsWith("re-") ? i - 3 : head.EndsWith("re") ? i - 2 : -1;
            if (re >= 0 && (re == 0 || !char.IsLetter(_lower[re - 1]))) { at = re; break; }
        }
        if (at < 0 || NegationAt(at).Negated) return;
        var end = at;
        while (end < _lower.Length && char.IsLetter(_lower[end]) || end < _lower.Length && _lower[end] == '-') end++;
        AddFact(new PriorExposureFact("radiotherapy", true, false, Polarity.Required, at, end - at));
    }

    /// <summary>The other transplant kind named right before: "autologous or [allogeneic transplant]".</summary>
    private static bool NamesOtherTransplantKind(ReadOnlySpan<char> before)
    {
        var b = before.TrimEnd();
        foreach (var joint in (ReadOnlySpan<string>)[" or", " and/or", " and", ","])
        {
            if (!b.EndsWith(joint)) continue;
            var kind = b[..^joint.Length].TrimEnd();
            return kind.EndsWith("autologous") || kind.EndsWith("allogeneic") || kind.EndsWith("allogenic") || kind.EndsWith("syngeneic");
        }
        return false;
    }

    /// <summary>Only a list joint between two mentions: "topotecan or camptothecin", "cisplatin, platinum".</summary>
    private bool IsListJoint(int end, int next)
    {
        if (next <= end) return false;
        var gap = _lower.AsSpan(end, next - end).Trim();
        return gap is "or" or "and" or "and/or" or "," or ", or" or ", and" or "nor";
    }

    /// <summary>
    /// The distance from one mention's end to the next mention, counted from the closing bracket when the first sits
    /// in a bracket that closes in between: "platinum-based (carboplatin, cisplatin, or another platinum compound)
    /// chemotherapy" puts the class word right after the bracketed list that narrows it.
    /// </summary>
    private int GapAfterBracket(int end, int next)
    {
        if (next <= end) return next - end;
        var gap = _lower.AsSpan(end, next - end);
        var close = gap.LastIndexOf(')');
        return close >= 0 && gap[..close].IndexOf('(') < 0 ? gap.Length - close - 1 : gap.Length;
    }

    /// <summary>
    /// The words between a class and a drug say the drug is what the class consisted of: "chemotherapy with 5-FU",
    /// "a regimen for metastatic disease that contained irinotecan". A pause or a bracket ends the phrase.
    /// </summary>
    private static bool NamesContents(ReadOnlySpan<char> gap)
    {
        if (gap is "with" or "using" or "consisting of") return true;
        if (gap.IndexOfAny(",;.()") >= 0) return false;
        foreach (var tail in (ReadOnlySpan<string>)["that contained", "which contained", "that included", "which included", "that contains", "which contains", "containing"])
            if (gap.EndsWith(tail) && (gap.Length == tail.Length || gap[^(tail.Length + 1)] == ' ')) return true;
        return false;
    }

    /// <summary>
    /// The words after a surgery mention end its phrase with "required" ("hysterectomy and BSO required", "excision with
    /// curative intent required"); "if required", "as required" and "not required" state no requirement.
    /// </summary>
    private static bool SurgeryStatedAsRequired(ReadOnlySpan<char> after)
    {
        var at = after.IndexOf(" required", StringComparison.Ordinal);
        if (at < 0 || at > 32 || (at + 9 < after.Length && char.IsLetter(after[at + 9]))) return false;
        var lead = after[..at];
        if (lead.IndexOfAny(",;.(") >= 0) return false;
        return !(lead.EndsWith(" not") || lead.EndsWith(" if") || lead.EndsWith(" as") || lead.EndsWith(" when") || lead.EndsWith(" where") || lead.EndsWith(" is not") || lead.EndsWith(" no"));
    }

    private static readonly string[] ResectedWords = ["resected", "debulked"];
    private static readonly string[] ResectionAdverbs = ["completely", "incompletely", "totally", "fully", "partially", "subtotally", "optimally", "suboptimally", "surgically", "radically", "grossly", "macroscopically", "microscopically", "curatively", "adequately", "previously", "or", "and", "and/or"];
    private static readonly string[] ResectedPartNouns = ["specimen", "area", "site", "bed", "margin", "cavity", "tissue", "field", "region", "portion", "segment", "tumor bed", "tumour bed"];

    /// <summary>
    /// "Completely resected stage IB NSCLC", "optimally debulked stage III ovarian cancer", "disease that has been
    /// resected": the participle says the patient's tumour was operated on, so surgery lies behind every patient. Only a
    /// plain requirement of an inclusion item counts: "except completely resected skin cancer", "allowed if surgically
    /// resected", "no incompletely resected disease", "can be resected" and "unresectable or incompletely resected" (one
    /// alternative among others) ask no surgery of everyone; "the resected specimen" names a part, not the patient's history.
    /// </summary>
    private void ReadResectedDisease()
    {
        if (_section == CriterionSection.Exclusion || !(Contains("resected") || Contains("debulked"))) return;
        foreach (var t in _tokens)
        {
            var word = _lower.AsSpan(t.Start, t.Length);
            if (!(word.SequenceEqual("resected") || word.SequenceEqual("debulked"))) continue;
            var clause = ClauseOf(t.Start);
            var span = _lower.AsSpan(clause.Start, clause.End - clause.Start);
            if (span.Contains("unresect", StringComparison.Ordinal) || span.Contains("resectable", StringComparison.Ordinal) || span.Contains("inoperable", StringComparison.Ordinal)
                || span.Contains("malignan", StringComparison.Ordinal) && (span.Contains("other", StringComparison.Ordinal) || span.Contains("prior malignan", StringComparison.Ordinal) || span.Contains("previous malignan", StringComparison.Ordinal))) continue;
            // The word before the adverbs: "can be (completely) resected" is a prospect, "has been resected" a history.
            var before = _lower.AsSpan(clause.Start, t.Start - clause.Start).TrimEnd();
            for (var stripped = true; stripped;)
            {
                stripped = false;
                foreach (var a in ResectionAdverbs)
                    if (before.EndsWith(a) && (before.Length == a.Length || before[^(a.Length + 1)] == ' ')) { before = before[..^a.Length].TrimEnd(); stripped = true; break; }
            }
            // "chemotherapy for resected liver metastases": the resection is the setting of another treatment.
            if (before.EndsWith(" for")) continue;
            if (before.EndsWith(" be") || before.SequenceEqual("be") || before.EndsWith(" not") || before.EndsWith(" no") || before.SequenceEqual("no") || before.EndsWith(" the")) continue;
            var next = _lower.AsSpan(t.Start + t.Length).TrimStart();
            var partNoun = false;
            foreach (var n in ResectedPartNouns) if (next.StartsWith(n)) { partNoun = true; break; }
            if (partNoun) continue;
            if (PolarityAt(t.Start, t.Start + t.Length) != Polarity.Required || NegationAt(t.Start).Exception || HasExceptionBefore(clause.Start, t.Start)) continue;
            AddFact(new PriorExposureFact("surgery", true, false, Polarity.Required, t.Start, t.Length));
            return;
        }
    }

    private static readonly System.Buffers.SearchValues<string> BrainSubjectCues = System.Buffers.SearchValues.Create(["brain", "cns", "central nervous", "cerebral", "intracranial", "intra-cranial", "leptomening", "meningeal"], StringComparison.Ordinal);
    private static readonly System.Buffers.SearchValues<string> LesionNouns = System.Buffers.SearchValues.Create(["metasta", "lesion", "disease", "involvement"], StringComparison.Ordinal);

    /// <summary>
    /// The words before a therapy in its clause name brain or CNS lesions ("brain metastases treated with", "CNS disease
    /// unless stable post"), not only a brain-directed treatment ("prior whole brain" names no lesion).
    /// </summary>
    private static bool BrainLesionsAreTheSubject(ReadOnlySpan<char> before) =>
        before.ContainsAny(BrainSubjectCues) && before.ContainsAny(LesionNouns);

    /// <summary>"CNS involvement allowed if no cells remain after intrathecal chemotherapy": a permission stands between
    /// the brain lesions and the therapy, so the therapy is a condition of the permission whatever negation it carries.</summary>
    private static bool LetsBrainLesionsIn(ReadOnlySpan<char> before) =>
        before.Contains("allowed", StringComparison.Ordinal) || before.Contains("permitted", StringComparison.Ordinal) || before.Contains("eligible", StringComparison.Ordinal) || before.Contains("unless", StringComparison.Ordinal);

    private static bool PermittedBeforePause(ReadOnlySpan<char> after)
    {
        var stop = after.IndexOfAny(",;(.");
        var span = stop < 0 ? after : after[..stop];
        return span.EndsWith(" allowed") || span.EndsWith(" permitted") || span.Contains(" allowed ", StringComparison.Ordinal) || span.Contains(" permitted ", StringComparison.Ordinal);
    }

    private static bool IsExtentLimit(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var b = before.TrimEnd();
        if (b.EndsWith("prior")) b = b[..^5].TrimEnd();
        if (b.EndsWith("extensive") || b.EndsWith("extensive-field") || b.EndsWith("wide-field") || b.EndsWith("large-field") || b.EndsWith("large field")) return true;
        var a = after.TrimStart();
        if (a.StartsWith("therapy ")) a = a[8..];
        if (!a.StartsWith("to ")) return false;
        a = a[3..].TrimStart();
        return a.StartsWith("more than") || a.StartsWith("greater than") || a.StartsWith(">") || a.StartsWith("over ") || a.StartsWith("≥") || a.StartsWith("at least") || a.StartsWith("≥")
            // "to maximum tolerated levels", "to full tolerance": only a field already at its dose limit is barred.
            || a.StartsWith("maximum tolerated") || a.StartsWith("the maximum tolerated") || a.StartsWith("tolerance") || a.StartsWith("full tolerance") || a.StartsWith("in excess of")
            // "to 25% or more of the bone marrow", "to 30 percent or greater of marrow": the bound written after the number.
            || a.Length > 0 && char.IsAsciiDigit(a[0]) && IsOpenUpperBound(a);
    }

    private static bool IsOpenUpperBound(ReadOnlySpan<char> amount)
    {
        var i = 0;
        while (i < amount.Length && (char.IsAsciiDigit(amount[i]) || amount[i] == '.')) i++;
        var rest = amount[i..].TrimStart();
        if (rest.StartsWith("%")) rest = rest[1..];
        else if (rest.StartsWith("percent")) rest = rest[7..];
        else return false;
        rest = rest.TrimStart();
        return rest.StartsWith("or more") || rest.StartsWith("or greater") || rest.StartsWith("or above") || rest.StartsWith("and above");
    }

    /// <summary>"X allowed (except for Y)", "prior therapy permitted other than Y": the therapy is the exception the permission leaves out.</summary>
    private static bool IsExceptionToPermission(ReadOnlySpan<char> before)
    {
        var p = Math.Max(before.LastIndexOf("allowed", StringComparison.Ordinal), before.LastIndexOf("permitted", StringComparison.Ordinal));
        if (p < 0) return false;
        var rest = before[p..];
        return rest.Length <= 40 && (rest.Contains("except", StringComparison.Ordinal) || rest.Contains("other than", StringComparison.Ordinal) || rest.Contains("excluding", StringComparison.Ordinal));
    }

    private static readonly string[] DoseCapWords = ["no greater than", "not greater than", "no more than", "not more than", "not to exceed", "not exceeding", "less than", "up to", "at most", "maximum", "≤", "<=", "<"];

    /// <summary>"doxorubicin| no greater than 300 mg/m2", "anthracycline |≤ 360 mg/m²": an upper bound on the dose given right after the drug.</summary>
    private static bool DoseCapAfter(ReadOnlySpan<char> after)
    {
        var mg = after.IndexOf("mg", StringComparison.Ordinal);
        var unit = mg >= 0 ? mg : after.IndexOf("gy", StringComparison.Ordinal);
        if (unit < 0) return false;
        var head = after[..unit];
        if (head.IndexOfAny(",;(") >= 0) return false;
        foreach (var w in DoseCapWords) if (head.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] DoseExcessWords = ["greater than", "more than", "exceeding", "in excess of", "above", ">", "≥"];

    /// <summary>
    /// A cap on the cumulative dose written around the drug rather than after it: "no prior cumulative dose of
    /// doxorubicin greater than 240 mg/m2" bars only the excess (the "no" belongs to the dose), and "maximum prior
    /// cumulative anthracycline doses as follows" caps the dose; either way the drug may have been given.
    /// </summary>
    private static bool CappedCumulativeDose(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var near = before[Math.Max(0, before.Length - 40)..];
        var cumulative = near.Contains("cumulative", StringComparison.Ordinal);
        if (!cumulative && !after[..Math.Min(after.Length, 20)].Contains("cumulative", StringComparison.Ordinal)) return false;
        if (near.Contains("maximum", StringComparison.Ordinal)) return true;
        if (!(near.StartsWith("no ") || near.Contains(" no ", StringComparison.Ordinal) || near.Contains(": no ", StringComparison.Ordinal))) return false;
        var mg = after.IndexOf("mg", StringComparison.Ordinal);
        if (mg < 0) return false;
        var head = after[..mg];
        if (head.IndexOfAny(",;(") >= 0) return false;
        foreach (var w in DoseExcessWords) if (head.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] UpperBoundWords = ["no more than", "not more than", "up to", "at most", "no greater than", "not greater than", "less than or equal to", "a maximum of", "maximum of", "not to exceed", "not exceeding", "≤", "<="];

    /// <summary>"no more than", "less than or equal to 6 cycles of", "a maximum of": an amount capped, so some of it is permitted.</summary>
    private static bool HasUpperBound(ReadOnlySpan<char> before)
    {
        foreach (var w in UpperBoundWords) if (before.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The last negation before the therapy is the "no" of "no more than"/"no greater than", not a bar of its own.</summary>
    private static bool NegationIsBound(ReadOnlySpan<char> before)
    {
        var at = Math.Max(before.LastIndexOf("no more than", StringComparison.Ordinal), before.LastIndexOf("no greater than", StringComparison.Ordinal));
        if (at < 0) return false;
        var rest = before[(at + 3)..];
        return !rest.Contains(" no ", StringComparison.Ordinal) && !rest.Contains(" not ", StringComparison.Ordinal) && !rest.Contains("without", StringComparison.Ordinal);
    }

    private bool InContraceptionClause(int at)
    {
        var c = ClauseOf(at);
        var span = _lower.AsSpan(c.Start, c.End - c.Start);
        return span.Contains("contracept", StringComparison.Ordinal) || span.Contains("birth control", StringComparison.Ordinal);
    }

    private static bool IsProspective(ReadOnlySpan<char> after)
    {
        var a = after.TrimStart();
        if (!(a.StartsWith("is ") || a.StartsWith("are ") || a.StartsWith("would be ") || a.StartsWith("may be ") || a.StartsWith("will be "))) return false;
        // "a disease for which mutilating surgery would be required": a conditional names a treatment not yet given.
        if ((a.StartsWith("would be ") || a.StartsWith("will be ")) && (a.Contains("required", StringComparison.Ordinal) || a.Contains("needed", StringComparison.Ordinal) || a.Contains("necessary", StringComparison.Ordinal))) return true;
        return a.Contains("option", StringComparison.Ordinal) || a.Contains("indicated", StringComparison.Ordinal) || a.Contains("appropriate", StringComparison.Ordinal)
            || a.Contains("recommended", StringComparison.Ordinal) || a.Contains("planned", StringComparison.Ordinal) || a.Contains("candidate", StringComparison.Ordinal);
    }

    private static readonly string[] ExampleCues = ["e.g.", "e.g,", "e.g ", "e. g.", "e. g,", "eg.", "eg,", "eg:", "such as", "for example", "for instance", "including but not limited to", "including, but not limited to", "including without limitation"];

    /// <summary>
    /// The mention is one of the examples an examples cue lists after a class: "monoclonal antibody therapy for lymphoma
    /// (e.g., rituximab)", "EGFR inhibitors such as erlotinib". The class states the condition; an example names one
    /// member of it, and a trial that says "e.g." does not ask for (or bar) that member more than for the others.
    /// "i.e." is no examples cue: "receptor antagonists (i.e., tamoxifen)" says which drug the class means.
    /// </summary>
    private bool IsExampleOfClass(TherapyMention mention)
    {
        var from = Math.Max(0, mention.Start - 120);
        var before = _lower.AsSpan(from, mention.Start - from);
        int cue = -1, cueLength = 0;
        foreach (var c in ExampleCues)
        {
            var i = before.LastIndexOf(c, StringComparison.Ordinal);
            if (i > cue && (i == 0 || !char.IsLetter(before[i - 1]))) { cue = i; cueLength = c.Length; }
        }
        if (cue < 0) return false;
        // The examples run on to the mention: a closing bracket or a sentence break in between ends them.
        var list = before[(cue + cueLength)..];
        if (list.IndexOfAny(")];") >= 0 || list.Contains(". ", StringComparison.Ordinal)) return false;
        var cueAt = from + cue;
        foreach (var t in _therapies)
        {
            var end = t.Start + t.Length;
            if (t.Start >= cueAt) break;
            if (!t.Therapy.IsClass || end > cueAt || cueAt - end > 40) continue;
            // "anti-CD20 antibody for lymphoma (e.g.": a short phrase and the opening bracket may sit between class and cue.
            if (_lower.AsSpan(end, cueAt - end).IndexOfAny(").;]") < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The class whose members an "including" list names, when <paramref name="item"/> is in that list: "chemotherapy,
    /// including cisplatin and etoposide", "anti-CTLA-4 antibody (including ipilimumab". The class must come right
    /// before the cue (an abbreviation in brackets may sit between) and be one of the item's classes.
    /// </summary>
    private (PriorExposureFact Fact, TherapyMention Mention)? IncludedClassOf((PriorExposureFact Fact, TherapyMention Mention) item, List<(PriorExposureFact Fact, TherapyMention Mention)> added)
    {
        var from = Math.Max(0, item.Mention.Start - 120);
        var before = _lower.AsSpan(from, item.Mention.Start - from);
        var cue = before.LastIndexOf("including", StringComparison.Ordinal);
        if (cue < 0) return null;
        var list = before[(cue + 9)..];
        if (list.IndexOfAny(")];") >= 0 || list.Contains(". ", StringComparison.Ordinal)) return null;
        var cueAt = from + cue;
        var classes = TherapyVocabulary.Default.ClassesOf(item.Fact.Therapy);
        foreach (var o in added)
        {
            var end = o.Mention.Start + o.Mention.Length;
            if (!o.Fact.IsClass || end > cueAt || cueAt - end > 40 || !classes.Contains(o.Fact.Therapy)) continue;
            var gap = _lower.AsSpan(end, cueAt - end);
            // "antigen-4 (CTLA-4) antibody (including": a bracketed abbreviation is part of the class's name.
            var close = gap.IndexOf(')');
            if (close >= 0 && gap[..close].IndexOf('(') is var open and >= 0 && close - open <= 12) gap = gap[(close + 1)..];
            if (gap.IndexOfAny(").;]") < 0) return o;
        }
        return null;
    }

    /// <summary>The words after the last therapy listed with <paramref name="mention"/> ("paclitaxel and cisplatin| are options").</summary>
    private ReadOnlySpan<char> AfterListOf(TherapyMention mention, int clauseEnd)
    {
        var last = mention;
        foreach (var t in _therapies)
        {
            if (t.Start <= last.Start) continue;
            if (!JoinedAsList(last, t, out _)) break;
            last = t;
        }
        if (ReferenceEquals(last, mention)) return [];
        var end = last.Start + last.Length;
        return _lower.AsSpan(end, Math.Max(0, Math.Min(clauseEnd, end + 40) - end));
    }

    /// <summary>"progressed on or be ineligible for platinum": the plan word is one alternative to a history that still names the therapy.</summary>
    private bool AlternativeToHistory(int clauseStart, int planAt)
    {
        var b = _lower.AsSpan(clauseStart, planAt - clauseStart).TrimEnd(" ,");
        if (b.EndsWith(" be") || b.EndsWith(" are") || b.EndsWith(" is") || b.EndsWith(" have") || b.EndsWith(" were")) b = b[..b.LastIndexOf(' ')].TrimEnd(" ,");
        return (b.EndsWith(" or") || b.EndsWith("and/or")) && ExposureContext().IsMatch(b);
    }

    /// <summary>
    /// Whether the words between a plan word and the therapy state a history of their own. "Eligible for treatment with
    /// pembrolizumab", "appropriate for therapy with an anti-PD-1 antibody": "treatment with" is the plan's own object, so
    /// it says nothing about the past; "candidate for surgery after prior chemotherapy" does.
    /// </summary>
    private static bool HistoryAfterPlan(ReadOnlySpan<char> between)
    {
        foreach (var m in ExposureContext().EnumerateMatches(between))
        {
            var word = between.Slice(m.Index, m.Length);
            if (!(word.SequenceEqual("treatment with") || word.SequenceEqual("therapy with") || word.SequenceEqual("receiving"))) return true;
        }
        return false;
    }

    private static bool IsOngoing(ReadOnlySpan<char> before)
    {
        var b = before.TrimEnd();
        if (b.EndsWith(" other")) b = b[..b.LastIndexOf(' ')].TrimEnd();
        if (b.EndsWith(" any") || b.EndsWith(" a") || b.EndsWith(" an")) b = b[..b.LastIndexOf(' ')].TrimEnd();
        // "Must not be receiving other investigational agents", "for patients receiving cisplatin", "subjects receiving
        // nivolumab on this study": the present participle names current or study treatment, not a history.
        // "Current treatment with tamoxifen", "ongoing therapy with bevacizumab".
        if (b.EndsWith(" with") && (b.EndsWith("current treatment with") || b.EndsWith("current therapy with") || b.EndsWith("ongoing treatment with") || b.EndsWith("ongoing therapy with"))) return true;
        if (b.EndsWith("be receiving") || b.EndsWith("patients receiving") || b.EndsWith("subjects receiving") || b.EndsWith("participants receiving") || b.EndsWith("those receiving")) return true;
        return b.EndsWith("are receiving") || b.EndsWith("is receiving") || b.EndsWith("currently receiving") || b.EndsWith("currently on") || b.EndsWith("currently taking")
            || b.EndsWith("currently being treated with") || b.EndsWith("currently treated with") || b.EndsWith("still receiving") || b.EndsWith("ongoing");
    }

    /// <summary>"with or without X" (the same reach as for polarity), "± X", "+/- X", "which may or may not have included X".</summary>
    private static bool IsOptional(ReadOnlySpan<char> before)
    {
        if (WithOrWithoutGoverns(before) || before.Contains("may or may not", StringComparison.Ordinal)) return true;
        // "who have or have not undergone prior chemotherapy": both histories are let in, as with "may or may not".
        if (before.Contains("have or have not", StringComparison.Ordinal) || before.Contains("has or has not", StringComparison.Ordinal)
            || before.Contains("had or had not", StringComparison.Ordinal)) return true;
        var b = before.TrimEnd();
        if (b.EndsWith("±") || b.EndsWith("+/-") || b.EndsWith("with/without")) return true;
        // "± adjuvant radiotherapy": one word may sit between.
        var lastSpace = b.LastIndexOf(' ');
        return lastSpace > 0 && b[..lastSpace].TrimEnd().EndsWith("±");
    }

    /// <summary>
    /// Required therapies written as alternatives ("after surgery and/or radiotherapy", "one prior systemic therapy or
    /// radiotherapy") are not each required. When every alternative belongs to one class narrower than systemic therapy
    /// ("after cisplatin or carboplatin"), that class is what is required; otherwise none of them is.
    /// </summary>
    private void MergeRequiredAlternatives(List<(PriorExposureFact Fact, TherapyMention Mention)> added)
    {
        if (added.Count < 2) return;
        var vocab = TherapyVocabulary.Default;
        var i = 0;
        while (i < added.Count)
        {
            var j = i;
            var alternative = false;
            while (j + 1 < added.Count && added[i].Fact.Polarity == Polarity.Required && added[j + 1].Fact.Polarity == Polarity.Required
                   && JoinedAsList(added[j].Mention, added[j + 1].Mention, out var or))
            {
                alternative |= or;
                j++;
            }
            // "carboplatin, cisplatin, or another platinum compound": an open list is a list of alternatives.
            if (!alternative && j > i && EndsOpenList(added[j].Mention)) alternative = true;
            if (!alternative || j == i) { i = j + 1; continue; }
            IEnumerable<string>? common = null;
            for (var k = i; k <= j; k++)
            {
                var classes = vocab.ClassesOf(added[k].Fact.Therapy);
                common = common is null ? classes : common.Intersect(classes);
            }
            var shared = common?.FirstOrDefault(c => c != "systemic_therapy");
            var first = added[i];
            var listEnd = added[j].Mention.Start + added[j].Mention.Length;
            added.RemoveRange(i, j - i + 1);
            if (shared is not null)
            {
                // The shared class is read from the whole list, so it spans it: a class word after a long list
                // ("carboplatin, cisplatin, or another platinum compound) chemotherapy") is measured from the list's end.
                var mention = first.Mention with { Therapy = vocab.Get(shared)!, Length = listEnd - first.Mention.Start };
                added.Insert(i, (first.Fact with { Therapy = shared, IsClass = true }, mention));
                i++;
            }
        }
    }

    /// <summary>Whether the mention sits inside an "if ..." clause that opens the criterion, before its first comma.</summary>
    private bool InOpeningCondition(int start)
    {
        var t = _lower.AsSpan().TrimStart();
        if (!t.StartsWith("if ")) return false;
        var opened = _lower.Length - t.Length;
        var comma = _lower.IndexOf(',', opened);
        return comma > start;
    }

    /// <summary>"No prior rubitecan or other camptothecins": the class after "or other" widens the bar; it is no repetition.</summary>
    private bool AfterOrOther(int start)
    {
        var b = _lower.AsSpan(Math.Max(0, start - 16), Math.Min(16, start)).TrimEnd();
        return b.EndsWith("or other") || b.EndsWith("or another") || b.EndsWith("or any other") || b.EndsWith("and other") || b.EndsWith("or similar");
    }

    private bool EndsOpenList(TherapyMention last)
    {
        var end = last.Start + last.Length;
        var after = _lower.AsSpan(end, Math.Min(20, _lower.Length - end)).TrimStart(" ,");
        return after.StartsWith("or another") || after.StartsWith("or other") || after.StartsWith("or any other") || after.StartsWith("or similar") || after.StartsWith("etc")
            // "surgery, radiation, or both": either one will do.
            || after.StartsWith("or both") || after.StartsWith("or a combination") || after.StartsWith("or combination");
    }

    private static readonly HashSet<string> KindlessClasses = ["systemic_therapy", "chemotherapy", "targeted_therapy", "biologic_therapy", "immunotherapy", "checkpoint_inhibitor"];

    /// <summary>Two therapies joined by a slash form a combination when they share no class narrower than the broad kinds of treatment.</summary>
    private static bool IsCombinationSlash(string first, string second)
    {
        var vocab = TherapyVocabulary.Default;
        if (first == second) return false;
        var firstClasses = vocab.ClassesOf(first).Append(first);
        var secondClasses = vocab.ClassesOf(second).Append(second);
        return !firstClasses.Intersect(secondClasses).Any(c => !KindlessClasses.Contains(c));
    }

    /// <summary>Whether two therapy mentions are neighbours in one list ("A, B and/or C"); <paramref name="or"/> says an "or" joins them.</summary>
    private bool JoinedAsList(TherapyMention a, TherapyMention b, out bool or)
    {
        or = false;
        var end = a.Start + a.Length;
        if (b.Start < end || b.Start - end > 48 || ClauseOf(a.Start) != ClauseOf(b.Start)) return false;
        var gap = _lower.AsSpan(end, b.Start - end);
        foreach (var range in gap.SplitAny(" ,;\r\n\t"))
        {
            // "whole brain radiotherapy (WBRT), and/or SRS": parentheses around a list item or its abbreviation do not end the list.
            var word = gap[range].Trim("()");
            if (word.IsEmpty) continue;
            if (word is "or" or "and/or" || word.SequenceEqual("either")) { or = true; continue; }
            // "carboplatin/pemetrexed", "FOLFOX/bevacizumab", "nivolumab/ipilimumab": a slash between drugs of different
            // kinds names one combination regimen; between drugs of one kind ("cisplatin/carboplatin", "nivolumab/
            // pembrolizumab") it names interchangeable alternatives.
            if (word is "/") { or = !IsCombinationSlash(a.Therapy.Id, b.Therapy.Id); continue; }
            if (word is "and" or "prior" or "previous" or "a" or "an" or "with" or "by") continue;
            // "after orchiectomy or treatment with leuprolide or flutamide": "treatment with" introduces the next item.
            if (word is "treatment" or "therapy" && gap[range.End.Value..].TrimStart(" \r\n\t").StartsWith("with ")) continue;
            // An abbreviation in parentheses belongs to the item before it.
            if (gap[range].StartsWith("(") && gap[range].EndsWith(")") && word.Length <= 10) continue;
            return false;
        }
        return true;
    }

    private bool InsideMinimumLineCount(TherapyMention mention)
    {
        foreach (var f in _facts)
            if (f is PriorLinesFact { Min: >= 1 } l && mention.Start >= l.Start && mention.Start < l.Start + l.Length) return true;
        if (_permittedCounts is not null)
            foreach (var (start, end) in _permittedCounts)
                if (mention.Start >= start && mention.Start < end) return true;
        return false;
    }

    // Counts read as permissions, not lines ("may have completed at least 1 regimen"); their therapies are still history.
    private List<(int Start, int End)>? _permittedCounts;

    private bool InsideMaximumLineCount(TherapyMention mention)
    {
        foreach (var f in _facts)
            if (f is PriorLinesFact { Min: null, Max: not null } or PriorLinesFact { Min: 0, Max: > 0 } && f is PriorLinesFact l && mention.Start >= l.Start && mention.Start < l.Start + l.Length) return true;
        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> s, params ReadOnlySpan<string> prefixes)
    {
        foreach (var p in prefixes) if (s.StartsWith(p)) return true;
        return false;
    }

    private bool IsNotTherapyUse(TherapyMention mention, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var id = mention.Therapy.Id;
        if (id == "radiotherapy" && (after.StartsWith(" field") || after.StartsWith(" port") || after.StartsWith("-induced") || after.StartsWith(" induced") || after.StartsWith(" exposure")))
            return true;
        // "Lesions outside the field of any prior radiotherapy", "a site that has not received prior radiation": the
        // radiotherapy marks where a lesion lies (for measuring it), not a treatment the patient must or must not have had.
        if (id == "radiotherapy" && before.Length > 0 && IrradiatedPlace().IsMatch(before)) return true;
        // "No prior coronary bypass surgery", "history of gastric bypass surgery": an operation for another illness is no
        // cancer treatment history.
        if (id == "surgery" && EndsWithAny(before.TrimEnd(), NonCancerOperationWords)) return true;
        // "No prior radiotherapy to the only measurable lesion" keeps a lesion measurable; it is not a bar on radiotherapy.
        if (id == "radiotherapy" && after.StartsWith(" to ") && IsAboutMeasuredLesion(after[4..])) return true;
        return false;
    }

    // Ends right before the therapy's name: "outside (the) field(s) of (any)", "port of", "site/lesion that has not (been)
    // received/treated with".
    [GeneratedRegex(@"(?:\b(?:fields?|ports?)\s+of|\b(?:lesions?|sites?|tumou?rs?|masses|mass|disease)\s+(?:that|which)\s+(?:has|have|had)\s+(?:not\s+)?(?:been\s+)?(?:previously\s+)?(?:received|treated\s+with|exposed\s+to))\s+(?:(?:any|the|a|previous|prior)\s+){0,2}$", RegexOptions.RightToLeft | RegexOptions.CultureInvariant)]
    private static partial Regex IrradiatedPlace();

    // Not "bowel": in a colorectal trial a prior bowel resection is the cancer's own surgery.
    private static readonly string[] NonCancerOperationWords = ["bypass", "bariatric", "cardiac", "heart", "cosmetic", "dental", "cataract"];

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
            if (text.EndsWith(w, StringComparison.Ordinal) && (text.Length == w.Length || !char.IsLetter(text[text.Length - w.Length - 1]))) return true;
        return false;
    }

    private static bool IsAboutMeasuredLesion(ReadOnlySpan<char> target)
    {
        target = target.TrimStart();
        if (target.StartsWith("the ")) target = target[4..];
        return target.StartsWith("only") || target.StartsWith("sole") || target.StartsWith("index") || target.StartsWith("target")
            || target.StartsWith("measurable") || target.StartsWith("indicator") || target.StartsWith("all measurable") || target.StartsWith("all sites of measurable")
            // "to the lesions used to assess response": the lesions the study will measure.
            || target.StartsWith("lesion") || target.StartsWith("evaluable") || target.StartsWith("marker lesion")
            // "to site(s) of measurable disease", "to the sites of evaluable disease".
            || (target.StartsWith("site") && (target.Contains(" of measurable", StringComparison.Ordinal) || target.Contains(" of evaluable", StringComparison.Ordinal))
                && target.IndexOf(" of ", StringComparison.Ordinal) <= 10);
    }

    // The topic headings of the NCI layout ("Biologic therapy:", "Chemotherapy:", "Endocrine therapy:", "Radiotherapy:", "Surgery:").
    private static bool IsLayoutHeading(TherapyMention m) => m.Therapy.Id is "chemotherapy" or "radiotherapy" or "surgery" or "hormonal_therapy" or "biologic_therapy" or "immunotherapy";

    /// <summary>"Endocrine therapy: No prior therapy", "Radiotherapy: None": the words after the heading bar the therapy without naming it again.</summary>
    private bool HeadingBarsItsTherapy(TherapyMention heading, int from)
    {
        if (!IsLayoutHeading(heading) || from >= _lower.Length) return false;
        var next = _lower.AsSpan(from).TrimStart(" \r\n\t");
        foreach (var bar in (ReadOnlySpan<string>)["no prior therapy", "no prior treatment", "no previous therapy", "no previous treatment", "none", "not allowed", "not permitted"])
            if (next.StartsWith(bar) && (next.Length == bar.Length || !char.IsLetter(next[bar.Length])))
            {
                // "No prior therapy with murine antibodies" narrows the bar to something else.
                var rest = next[bar.Length..].TrimStart(" \r\n\t");
                return !(rest.StartsWith("with ") || rest.StartsWith("other than") || rest.StartsWith("except") || rest.StartsWith("for "));
            }
        return false;
    }

    /// <summary>The words at <paramref name="at"/> follow a topic heading of the NCI layout ("Chemotherapy: |No prior therapy").</summary>
    private bool FollowsTherapyHeading(int at)
    {
        var before = _lower.AsSpan(0, at).TrimEnd(" \r\n\t");
        if (before.IsEmpty || before[^1] != ':') return false;
        var colon = before.Length - 1;
        foreach (var t in _therapies)
            if (t.Start + t.Length == colon) return IsLayoutHeading(t);
        return false;
    }

    /// <summary>Where "allowed"/"permitted" written right after a therapy ends ("Prior chemotherapy allowed (...)"), or -1.</summary>
    private static int PermissionEnd(ReadOnlySpan<char> after, int end)
    {
        foreach (var p in (ReadOnlySpan<string>)[" allowed", " is allowed", " are allowed", " permitted", " is permitted", " are permitted"])
            if (after.StartsWith(p)) return end + p.Length;
        return -1;
    }

    private bool IsWashoutMention(( int Start, int End) clause, int start, int permissionEnd = -1)
    {
        var span = _lower.AsSpan(clause.Start, clause.End - clause.Start);
        foreach (var m in Washout().EnumerateMatches(span))
        {
            var at = clause.Start + m.Index;
            // "Prior chemotherapy allowed (at least 2 weeks since ...)", "allowed if at least 90 days have passed": the
            // permission is stated outright and the time window only qualifies it, so the item is more than a washout.
            if (permissionEnd >= 0 && at >= permissionEnd) continue;
            // "relapse within 6 months of carboplatin" times the relapse, not a washout.
            var lead = _lower.AsSpan(Math.Max(clause.Start, at - 30), at - Math.Max(clause.Start, at - 30));
            if (lead.Contains("relaps", StringComparison.Ordinal) || lead.Contains("progress", StringComparison.Ordinal) || lead.Contains("recur", StringComparison.Ordinal)) continue;
            // "After at least 12 months of interferon": how long the therapy was given, not how long ago.
            if (span.Slice(m.Index, m.Length).EndsWith("of") && start - (at + m.Length) is >= 0 and <= 2) continue;
            if (at < start + 40) return true;
            // A time window governs the whole list it follows: "Anticancer therapy (chemotherapy, targeted therapy,
            // immunotherapy ...) within 21 days before the first dose". "Recovered from" stays local.
            if (!span.Slice(m.Index, m.Length).StartsWith("recover")) return true;
        }
        return false;
    }

    // "(stopped ...) for at least 30 days", "at least 4 weeks ago/earlier": how long the treatment has been stopped.
    [GeneratedRegex(@"\bat least\s*(?:\d+|one|two|three|four|six|eight|twelve)\s*(?:days?|weeks?|months?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StopPeriod();

    private bool StoppedBefore(int start)
    {
        var b = _lower.AsSpan(0, start);
        return b.Contains("stopped", StringComparison.Ordinal) || b.Contains("discontinued", StringComparison.Ordinal);
    }

    private bool IsComponentOfNext(TherapyMention mention, IEnumerable<TherapyMention> all)
    {
        var end = mention.Start + mention.Length;
        var vocab = TherapyVocabulary.Default;
        foreach (var o in all)
        {
            if (o.Start < end || o.Start - end > 14) continue;
            var gap = _lower.AsSpan(end, o.Start - end);
            if (!gap.Contains("based", StringComparison.Ordinal) && !gap.Contains("containing", StringComparison.Ordinal) && !gap.Contains("payload", StringComparison.Ordinal) && !gap.Contains("conjugate", StringComparison.Ordinal)) continue;
            // "platinum-based chemotherapy": the head is a broader class of the same treatment; keep the precise one.
            if (vocab.ClassesOf(mention.Therapy.Id).Contains(o.Therapy.Id)) return false;
            return true;
        }
        return false;
    }

    private static readonly string[] SubtypeQualifiers =
    [
        "non-covalent", "noncovalent", "non covalent", "covalent", "reversible", "(reversible)", "irreversible", "(irreversible)", "first-generation", "first generation",
        "non-", "second-generation", "second generation", "third-generation", "third generation", "next-generation", "next generation", "pan-", "selective", "investigational",
    ];

    private static bool HasSubtypeQualifier(ReadOnlySpan<char> before)
    {
        var b = before.TrimEnd();
        foreach (var q in SubtypeQualifiers) if (b.EndsWith(q)) return true;
        return false;
    }

    private static bool IsToxicityCause(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var b = before.TrimEnd();
        // "leukemia resulting from exposure to chemotherapy": the exposure is named as the cause.
        if (b.EndsWith(" exposure to")) b = b[..^12].TrimEnd();
        if (b.EndsWith(" prior") || b.EndsWith(" previous") || b.EndsWith(" recent")) b = b[..b.LastIndexOf(' ')].TrimEnd();
        if (b.EndsWith(" an") || b.EndsWith(" a") || b.EndsWith(" the")) b = b[..b.LastIndexOf(' ')].TrimEnd();
        if (b.EndsWith("toxicity in") || b.EndsWith("toxicity from") || b.EndsWith("toxicity of") || b.EndsWith("toxicity to") || b.EndsWith("toxicity with") || b.EndsWith("toxicities from")
            || b.EndsWith("intolerant to") || b.EndsWith("intolerant of") || b.EndsWith("intolerance to") || b.EndsWith("intolerance of")
            || b.EndsWith("allergy to") || b.EndsWith("allergic to") || b.EndsWith("hypersensitivity to") || b.EndsWith("reaction to") || b.EndsWith("contraindication to") || b.EndsWith("contraindications to"))
            return true;
        // "adhesions from previous surgery", "complications of prior radiotherapy": a sequel names its cause.
        if (b.EndsWith("adhesions from") || b.EndsWith("complications from") || b.EndsWith("complications of") || b.EndsWith("complication of") || b.EndsWith("sequelae of") || b.EndsWith("sequelae from"))
            return true;
        if (b.EndsWith("related to") || b.EndsWith("induced by") || b.EndsWith("caused by") || b.EndsWith("due to") || b.EndsWith("secondary to") || b.EndsWith("attributed to") || b.EndsWith("attributable to") || b.EndsWith("associated with")
            || b.EndsWith("resulting from") || b.EndsWith("result of") || b.EndsWith("arising from"))
            return true;
        // "immune-related adverse events that occurred during previous immunotherapy": the therapy caused the toxicity.
        if ((b.EndsWith(" during") || b.EndsWith(" while on")) && (b.Contains("adverse", StringComparison.Ordinal) || b.Contains("toxicit", StringComparison.Ordinal) || b.Contains("irae", StringComparison.Ordinal)))
            return true;
        if (after.StartsWith("-induced") || after.StartsWith(" induced") || after.StartsWith("-related") || after.StartsWith(" related") || after.StartsWith("-associated")) return true;
        // A toxicity named after its cause: "radiation pneumonitis", "radiation proctitis", "chemotherapy-induced nausea".
        var next = after.TrimStart(" -");
        foreach (var toxicity in ToxicityNouns) if (next.StartsWith(toxicity)) return true;
        return false;
    }

    private static readonly string[] ToxicityNouns = ["pneumonitis", "dermatitis", "enteritis", "proctitis", "colitis", "cystitis", "myelitis", "necrosis", "fibrosis", "recall", "sickness", "toxicit", "injury", "damage", "neuropathy", "cardiomyopathy"];

    private bool IsToxicityDiscontinuation((int Start, int End) clause)
    {
        var span = _lower.AsSpan(clause.Start, clause.End - clause.Start);
        if (!span.Contains("discontinu", StringComparison.Ordinal) && !span.Contains("stopped", StringComparison.Ordinal)) return false;
        return span.Contains("adverse", StringComparison.Ordinal) || span.Contains("toxicit", StringComparison.Ordinal) || span.Contains("intoleran", StringComparison.Ordinal) || span.Contains("side effect", StringComparison.Ordinal);
    }
}
