using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

internal sealed partial class FactReader
{
    // ---------------------------------------------------------------- performance status

    [GeneratedRegex(@"(?<scale>\becog\b|eastern cooperative oncology group|\bzubrod\b|\bwho\b|world health organi[sz]ation|\bswog\b|southwest oncology group|\bgog\b|gynecologic oncology group|\bcalgb\b|\bkarnofsky\b|\bkps\b|\blansky\b|\bperformance status\b|\bperformance score\b|\bps\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PsScale();

    [GeneratedRegex(@"^(?:[^0-9;.]|\.(?!\s)){0,45}?(?:(?<a>\d{1,3})\s*%?\s*(?:-|–|to|through|\\?~|～)\s*(?<b>\d{1,3})\s*%?|(?<list>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s*(?:or|and)\s*\d{1,3})|(?<le>≤|<=|=<|less than or equal to|no greater than|not greater than|no more than|not more than|no higher than|not higher than|at most|maximum of|up to|of\s+0\s*-)\s*(?<b2>\d{1,3})|(?<lt><|less than|lower than|below)\s*(?<b3>\d{1,3})|(?<ge>≥|>=|=>|at least|greater than or equal to|no less than|not less than|minimum of|of at least|equal to or greater than|equal or greater than)\s*(?<a2>\d{1,3})|(?<gt>>|greater than|more than|higher than|above|over)\s*(?<a3>\d{1,3})|\b(?<wa>zero|one|two|three)\s*(?:or|to|-|through)\s*(?<wb>zero|one|two|three|four)\b|(?<single>\d{1,3})\s*%?\s*(?<orbetter>or (?:greater|higher|more|above|better|less|lower|fewer|below))?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PsValue();

    private void ReadPerformanceStatus()
    {
        var headingIsPs = _heading is not null && _heading.Contains("performance", StringComparison.Ordinal);
        if (!headingIsPs && !ContainsAny(PerformanceCues))
            return;
        var scales = new List<(string Scale, int Start, int End)>();
        foreach (Match m in PsScale().Matches(_text))
        {
            var s = m.Value.ToLowerInvariant();
            var scale = s switch
            {
                "karnofsky" or "kps" => "karnofsky",
                "lansky" => "lansky",
                "who" or "world health organization" or "world health organisation" => "who",
                "performance status" or "performance score" or "ps" => "",
                _ => "ecog",
            };
            if (s == "who" && !_text.AsSpan(m.Index, m.Length).SequenceEqual("WHO")) continue;
            if (s == "ps" && !_text.AsSpan(m.Index, m.Length).SequenceEqual("PS")) continue;
            scales.Add((scale, m.Index, m.Index + m.Length));
        }
        if (scales.Count == 0 && headingIsPs) scales.Add(("", 0, 0));
        for (var k = 0; k < scales.Count; k++)
        {
            var (scale, sStart, sEnd) = scales[k];
            // "ECOG performance status 0-1": the generic words after a named scale belong to it.
            if (scale == "" && k > 0 && sStart - scales[k - 1].End < 25 && scales[k - 1].Scale != "") continue;

            var nextScaleStart = k + 1 < scales.Count ? scales[k + 1].Start : _text.Length;
            var m = PsValue().Match(_lower, sEnd, _lower.Length - sEnd);
            if (!m.Success) continue;
            // "Performance status: Not specified  Life expectancy: more than 12 weeks": the number belongs to the next heading.
            if (_lower.AsSpan(sEnd, m.Index + m.Length - sEnd) is var reach && (reach.Contains("not specified", StringComparison.Ordinal) || reach.Contains("expectancy", StringComparison.Ordinal))) continue;
            var adopt = false;
            if (scale == "" && k + 1 < scales.Count && scales[k + 1].Scale != "")
            {
                // "Performance status: WHO 0 or 1": the generic words are a heading; the named scale before the value carries it.
                if (scales[k + 1].Start < m.Index) continue;
                // "PS 0-2 (WHO scale)", "performance status 0-1 by ECOG": the scale named right after the value is its scale.
                adopt = scales[k + 1].Start - (m.Index + m.Length) < 20;
            }
            // "Karnofsky or Lansky 70-100%": a scale with no number of its own shares the next one's.
            if (m.Index > nextScaleStart && !(k + 1 < scales.Count && _lower.AsSpan(sEnd, scales[k + 1].Start - sEnd).Trim().SequenceEqual("or")) && scales[k + 1].Scale != "") continue;
            var (min, max) = PsBounds(m);
            if (min is null && max is null) continue;
            var top = Math.Max(min ?? 0, max ?? 0);
            if (adopt && (top > 5) == (scales[k + 1].Scale is "karnofsky" or "lansky")) { scale = scales[k + 1].Scale; k++; }
            if (scale == "") scale = top > 5 ? "karnofsky" : "ecog";
            if (scale is "ecog" or "who" && top > 5) continue;
            if (scale is "karnofsky" or "lansky" && top <= 5 && top > 0) continue;
            if (scale is "karnofsky" or "lansky" && m.Groups["gt"].Success) min = min + 10 - 1 - (min - 1) % 10 == min ? min : min; // "> 70%" handled in PsBounds
            // "Karnofsky less than or equal to 60%" in an item of no known section: a bound on the poor side only
            // describes whom the trial bars, as in an exclusion item.
            var poorSideOnly = _section == CriterionSection.Unknown
                && (scale is "karnofsky" or "lansky" ? max is not null && min is null : min is >= 2 && max is null);
            if (_section == CriterionSection.Exclusion || poorSideOnly)
            {
                // "ECOG ≥ 2" in an exclusion item means ECOG ≤ 1 is required.
                if (min is { } lo && max is null) { max = scale is "ecog" or "who" ? lo - 1 : null; min = scale is "karnofsky" or "lansky" ? null : null; if (scale is "karnofsky" or "lansky") { max = null; min = null; } }
                else if (max is { } hi && (min is null || min == 0)) { if (scale is "karnofsky" or "lansky") { min = hi - hi % 10 + 10; max = 100; } else { min = hi + 1; max = null; } }
                // "ECOG 4" or "ECOG 3-4" in an exclusion item: everything below the stated value is acceptable.
                else if (min is { } lo3 && max is { } hi3 && scale is "ecog" or "who" && (hi3 == lo3 || hi3 >= 4)) { if (lo3 == 0) continue; max = lo3 - 1; min = null; }
                else if (min is not null && max is not null && scale is "karnofsky" or "lansky" && max == min) continue;
                if (min is null && max is null) continue;
            }
            int? minEcog, maxEcog;
            if (scale is "karnofsky" or "lansky") { maxEcog = min is { } kmin ? KarnofskyToEcog(kmin) : null; minEcog = max is { } kmax ? KarnofskyToEcog(kmax) : null; }
            else { minEcog = min; maxEcog = max; }
            AddFact(new PerformanceStatusFact(scale, min, max, minEcog, maxEcog, Polarity.Required, sStart, m.Index + m.Length - sStart));
            // Named scales that share this value ("Karnofsky or Lansky").
            if (k + 1 < scales.Count && scales[k + 1].Start < m.Index && scales[k + 1].Scale is { Length: > 0 } shared && shared != scale)
            {
                AddFact(new PerformanceStatusFact(shared, min, max, minEcog, maxEcog, Polarity.Required, scales[k + 1].Start, m.Index + m.Length - scales[k + 1].Start));
                k++;
            }
        }
    }

    private static (int? Min, int? Max) PsBounds(Match m)
    {
        static int P(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
        if (m.Groups["a"].Success) { var a = P(m.Groups["a"].Value); var b = P(m.Groups["b"].Value); return (Math.Min(a, b), Math.Max(a, b)); }
        if (m.Groups["list"].Success)
        {
            var nums = Regex.Matches(m.Groups["list"].Value, @"\d{1,3}").Select(x => P(x.Value)).ToList();
            return (nums.Min(), nums.Max());
        }
        // "performance status of zero or one".
        if (m.Groups["wa"].Success) { var a = ParseNumber(m.Groups["wa"].Value); var b = ParseNumber(m.Groups["wb"].Value); return (Math.Min(a, b), Math.Max(a, b)); }
        if (m.Groups["b2"].Success) return (null, P(m.Groups["b2"].Value));
        if (m.Groups["b3"].Success) return (null, P(m.Groups["b3"].Value) - 1);
        if (m.Groups["a2"].Success) return (P(m.Groups["a2"].Value), null);
        if (m.Groups["a3"].Success) { var v = P(m.Groups["a3"].Value); return (v >= 10 ? v + 10 - v % 10 : v + 1, null); }
        if (m.Groups["single"].Success)
        {
            var v = P(m.Groups["single"].Value);
            var or = m.Groups["orbetter"].Value.ToLowerInvariant();
            if (or.Contains("less") || or.Contains("lower") || or.Contains("fewer") || or.Contains("below")) return (null, v);
            if (or.Length > 0) return v > 5 ? (v, null) : (null, v);
            return v > 5 ? (v, null) : (v, v);
        }
        return (null, null);
    }

    internal static int KarnofskyToEcog(int karnofsky) => karnofsky switch { >= 90 => 0, >= 70 => 1, >= 50 => 2, >= 30 => 3, _ => 4 };

    // ---------------------------------------------------------------- brain metastases

    // "central nervous system (CNS) metastases": the abbreviation may sit between the organ and the noun.
    [GeneratedRegex(@"\b(?:brain|cns|central nervous system|cerebral|intracranial|intra-cranial|leptomeningeal|meningeal|parenchymal brain)\b(?:\s*\((?:cns|central nervous system)\))?(?:\s+(?:or|and|and/or)\s+(?:\w+\s+){0,2}?)?\s*(?:metasta\w*|mets\b|involvement|disease|lesions?|leukemia|lymphoma|spread|carcinomatosis|tumou?r (?:involvement|metasta\w*)|relapse|malignan\w*|cancer)|\bmetasta\w*\s+(?:disease\s+)?(?:to|in|of|involving|within)\s+(?:the\s+)?(?:brain|cns|central nervous system)|\b(?:malignant\s+|tumou?r\s+|leukemic\s+|lymphomatous\s+)?involvement\s+(?:of|in)\s+(?:the\s+)?(?:brain|cns|central nervous system)\b|\b(?:metastatic|secondary)\s+(?:brain|cns|central nervous system)\s+(?:tumou?rs?|malignanc\w*|neoplasms?)|\b(?:carcinomatous|lymphomatous|leuk[a]?emic) meningitis\b|\bmeningeal carcinomatosis\b|\bleptomeningeal\b|\bcns\b(?:\s+(?!(?:no|not|without)\b)\w+){0,3}\s+(?:involvement|disease)|\b(?:lymphomatous|leuk[a]?emic)\s+(?:disease|involvement|infiltration)\s+(?:in|of|involving)\s+(?:the\s+)?(?:brain|cns|central nervous system)\b|\b(?:cns|brain)\s+or\s+epidural\s+tumou?rs?\b|\b(?:relapse|recurrence|involvement)\s+(?:in|of|at|involving)\s+(?:the\s+)?(?:(?:bone\s+)?marrow|testes|testis|testicles?|skin|extramedullary sites?)\s*,?\s*(?:(?:or|and/or)\s+)?(?:cns|central nervous system)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrainCue();

    // "relapse in marrow, CNS, or testes", "CNS or testicular relapse": the CNS is one of the sites a leukaemia may have
    // relapsed in, not a site every patient must have.
    [GeneratedRegex(@"\b(?:bone\s+)?marrow\b|\btestes\b|\btesticular\b|\btestis\b|\btesticles?\b|\bextramedullary\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherRelapseSite();

    // A primary brain tumour named in the item: its "enhancing cerebral lesion" is that tumour, not a metastasis.
    private static readonly string[] PrimaryBrainTumourWords = ["glioma", "glioblastoma", "astrocytoma", "ependymoma", "medulloblastoma"];

    [GeneratedRegex(@"\b(?:active|untreated|symptomatic|uncontroll(?:ed|able)|unstable|progressive|progressing|growing|unless|if treated|treated and|stable|asymptomatic|requiring (?:steroids|corticosteroids|treatment)|not (?:yet )?(?:been )?(?:adequately )?treated|not (?:been )?(?:adequately |well |clinically |radiologically |radiographically )?(?:controlled|stable|stabili[sz]ed)|clinically significant|newly diagnosed|new or|provided|as long as)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BrainQualifier();

    // Conditions written after an allowance: "allowed only if previously irradiated, off steroids and without symptoms".
    // Before the mention the same words are the exclusion itself ("no clinical signs of brain metastases").
    // "allowed if no residual cells remain after intrathecal therapy", "allowed after definitive radiotherapy": an
    // allowance that names any condition is the treated-and-stable exception, not a plain allowance.
    [GeneratedRegex(@"\b(?:only if|(?:allowed|permitted|eligible|acceptable)\s+(?:only\s+)?(?:if|after|following|once|provided|when)|previously (?:treated|irradiated)|treated (?:successfully |definitively |adequately )?(?:with|by)|prior (?:irradiation|radiotherapy|radiation|treatment|resection)|irradiated|no (?:residual |clinical |neurologic(?:al)? )?(?:signs|symptoms)|no (?:concurrent |ongoing )?(?:cortico)?steroids|off (?:cortico)?steroids)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BrainAllowanceCondition();

    [GeneratedRegex(@"\b(?:active|untreated|symptomatic|uncontroll(?:ed|able)|unstable|progressive|progressing|growing)\s+(?:(?:or|and|and/or)\s+\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BadBrainState();

    // "... even if treated", "regardless of treatment", "whether treated or not": treatment makes no exception. The words
    // must speak of treatment or stability: "regardless of PD-L1 status" leaves the exception standing.
    [GeneratedRegex(@"\b(?:(?:even (?:if|when|after|though)|regardless of|irrespective of)\b[^.;]{0,30}?\b(?:treat|irradiat|radiat|radiosurg|resect|surg|stable|steroid|prior|previous)|whether (?:or not|treated|previously treated)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NoTreatmentException();

    // "Treated brain metastases must have been stable for 4 weeks", "brain metastases must be irradiated before entry": a
    // condition on those who have them, not a requirement to have them.
    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:must|should|need to|needs to|has to|have to)\s+(?:have\s+)?(?:been\s+|be\s+)?(?:(?:previously|adequately|definitively|clinically|radiologically|radiographically|neurologically|locally)\s+)?(?:treated|stable|irradiated|resected|controlled|asymptomatic|completed|received|undergone)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BrainConditionAfter();

    [GeneratedRegex(@"^[^.;]{0,20}?\b(?:must|should|has to|have to|needs? to)\s+be\s+(?:ruled out|absent)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuledOutAfter();

    // "Isolated leptomeningeal disease", "Untreated brain metastases" opening an inclusion item: the disease the trial is for.
    [GeneratedRegex(@"^(?:(?:isolated|progressive|progressing|recurrent|active|confirmed|documented|untreated|new|newly diagnosed|radiographic(?:ally)?|proven|biopsy[- ]proven|symptomatic|asymptomatic|multiple|single|solitary|limited)[\s,]+(?:(?:or|and|and/or)\s+)?)+$", RegexOptions.CultureInvariant)]
    private static partial Regex BrainDiseaseHeading();

    // "Negative head CT/MRI", "MRI of the brain negative for metastases", "no metastases on CT or MRI of the brain":
    // brain imaging that must be clear.
    [GeneratedRegex(@"\bnegative\s+(?:(?:contrast[- ]enhanced|contrast|computeri[sz]ed|computed|tomograph\w*|ct|mri|scan|imaging|or|and|/)\s*)*(?:of\s+(?:the\s+)?)?(?:head|brain)\b(?:\s*(?:ct|mri|scan|imaging)\b)?|\b(?:ct|mri|scan|imaging)\s+(?:scan\s+)?of\s+(?:the\s+)?(?:head|brain)\s+(?:is\s+|was\s+)?negative\b|\bno\s+(?:evidence\s+of\s+)?(?:distant\s+|visible\s+|detectable\s+|radiographic\s+|radiological\s+)?metasta\w*\s+(?:by|on)\s+[^.;]{0,50}?\b(?:head|brain)\b(?:\s+(?:ct|mri|scan|imaging)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex ClearBrainImaging();

    // "No bone or brain metastases as the sole evidence of disease", "CNS lesions are not considered measurable": a rule
    // about measurable sites, not about the brain.
    [GeneratedRegex(@"\bas\s+(?:the\s+)?(?:sole|only)\s+(?:evidence|indicator|manifestation|measurable|parameters?|sites?|signs?)\b|\b(?:not (?:be )?considered|are not|is not)\s+(?:as\s+)?(?:measurable|evaluable|target)", RegexOptions.CultureInvariant)]
    private static partial Regex SoleSite();

    // "No more than 3 cerebral metastases", "1 to 4 brain metastases", "at least one measurable brain metastasis": a count of
    // the metastases the trial takes, right before the mention.
    [GeneratedRegex(@"(?:^|[\s,;:(])(?:(?:no (?:more|greater) than|not more than|up to|at most|a maximum of|maximum of|at least|fewer than|less than|between|≤|<=|<)\s*)?(?:\d{1,2}|one|two|three|four|five|six|ten)(?:\s*(?:-|–|to|and|or)\s*(?:\d{1,2}|one|two|three|four|five|six|ten))?\s+(?:(?:new|newly diagnosed|untreated|measurable|evaluable|unresected|intact|small)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BrainMetastasisCount();

    [GeneratedRegex(@"\bnot (?:yet )?(?:been )?(?:adequately |previously |definitively |radiologically |clinically )?(?:treated|irradiated|controlled|stable|stabili[sz]ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NotTreatedState();

    /// <summary>The words after a brain mention state an exception for some of them ("unless treated", "allowed if").</summary>
    private static bool StatesException(ReadOnlySpan<char> wide) =>
        wide.Contains("unless", StringComparison.Ordinal) || wide.Contains("except", StringComparison.Ordinal) || wide.Contains("provided", StringComparison.Ordinal)
        || wide.Contains("allowed", StringComparison.Ordinal) || wide.Contains("permitted", StringComparison.Ordinal) || wide.Contains("eligible", StringComparison.Ordinal)
        || wide.Contains("acceptable", StringComparison.Ordinal) || wide.Contains("as long as", StringComparison.Ordinal);

    /// <summary>The mention sits in a list of sites that are not measurable ("The following are not considered measurable:
    /// bone lesions, leptomeningeal disease, ascites").</summary>
    private bool InNotMeasurableList(int at, int end)
    {
        if (!Contains("measurable")) return false;
        // "... Ascites Known CNS metastases allowed": a rule of its own after the list.
        var next = _lower.AsSpan(end, Math.Min(20, _lower.Length - end));
        if (PermissionCue().IsMatch(next) || ProhibitionCue().IsMatch(next)) return false;
        // "... not considered measurable No brain metastases": a negated mention is a rule of its own, and only a list the
        // colon opens names sites ("Pleural effusions not considered measurable" names none after it).
        var look = _lower.AsSpan(Math.Max(0, at - 150), Math.Min(150, at));
        if (look.TrimEnd().EndsWith("no")) return false;
        return look.Contains("measurable:", StringComparison.Ordinal)
            && (look.Contains("not considered measurable", StringComparison.Ordinal) || look.Contains("non-measurable", StringComparison.Ordinal)
                || look.Contains("nonmeasurable", StringComparison.Ordinal) || look.Contains("not measurable", StringComparison.Ordinal));
    }

    private void ReadBrainMetastases()
    {
        if (!ContainsAny(BrainCues)) return;
        // A mention read as no rule at all ("... if symptoms suggest CNS metastases") leaves the imaging reading.
        if (ReadBrainCue() is false) ReadClearBrainImaging();
    }

    /// <summary>"Negative brain scan", "no metastases on brain MRI" in an inclusion item: the brain must be clear.</summary>
    private bool TreatsBefore(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 30), Math.Min(30, at));
        return before.Contains("to treat", StringComparison.Ordinal) || before.Contains("treating", StringComparison.Ordinal) || before.Contains("treatment of", StringComparison.Ordinal);
    }

    private void ReadClearBrainImaging()
    {
        if (_section != CriterionSection.Exclusion && ContainsAny("negative", "metasta") && ClearBrainImaging().Match(_lower) is { Success: true } clear
            && (clear.Value.Contains("ct", StringComparison.Ordinal) || clear.Value.Contains("mri", StringComparison.Ordinal) || clear.Value.Contains("scan", StringComparison.Ordinal) || clear.Value.Contains("imaging", StringComparison.Ordinal) || clear.Value.Contains("tomograph", StringComparison.Ordinal)))
            AddFact(new BrainMetastasesFact("excluded", Polarity.Excluded, clear.Index, clear.Length));
    }

    /// <summary>Reads the brain mentions: true when a fact was added, null when the item is about something else
    /// (measurable sites), false when no mention gave a rule. Long run-together items state several brain rules ("No
    /// known brain metastases ... Patients with treated brain metastases are eligible"); they combine into one fact.</summary>
    private bool? ReadBrainCue()
    {
        var m = BrainCue().Match(_text);
        if (!m.Success) return false;
        var (read, rule, mention, _) = ReadBrainMention(m);
        // "Prior chemotherapy for brain metastases" gives no rule of its own; a later mention still may.
        while (read is false && mention.Success && (m = mention.NextMatch()).Success) (read, rule, mention, _) = ReadBrainMention(m);
        if (read is not true) return read;
        var at = mention.Index;
        var length = mention.Length;
        for (var next = mention.NextMatch(); next.Success; next = next.NextMatch())
        {
            if (next.Index < mention.Index + mention.Length) continue;
            var (laterRead, laterRule, laterMention, laterLetsIn) = ReadBrainMention(next);
            // "... associated with CNS or testicular relapse. No isolated CNS relapse": ruling out CNS-only disease leaves CNS
            // disease alongside the rest allowed.
            var isolatedOnly = rule == "allowed" && laterRule is "excluded" or "excluded_unless_treated_stable" && _lower.AsSpan(0, laterMention.Index).TrimEnd().EndsWith("isolated");
            if (laterRead is true && laterRule != rule && !isolatedOnly) rule = CombineBrainRules(rule!, laterRule!, laterLetsIn);
            next = laterMention;
            if (!next.Success) break;
        }
        AddFact(new BrainMetastasesFact(rule!, rule is "required" ? Polarity.Required : rule == "allowed" ? Polarity.Allowed : Polarity.Excluded, at, length));
        return true;
    }

    /// <summary>"Prior chemotherapy for brain metastases", "received radiotherapy for their CNS disease": the brain
    /// disease is what a past treatment was for, right after "for"; that names no rule about brain metastases.</summary>
    private bool PastTreatmentForBrain(int at)
    {
        var from = Math.Max(0, at - 25);
        var forAt = _lower.AsSpan(from, at - from).LastIndexOf("for ", StringComparison.Ordinal);
        if (forAt < 0) return false;
        var between = _lower.AsSpan(from + forAt + 4, at - from - forAt - 4);
        return between.Count(' ') <= 2 && between.IndexOfAny("0123456789".AsSpan()) < 0 && !between.Contains("at least", StringComparison.Ordinal);
    }

    /// <summary>Two brain rules in one item: a requirement stands; an exclusion followed by an allowance ("No brain
    /// metastases ... treated brain metastases are eligible") lets only the treated and stable ones in. A later mention
    /// that only narrows what is excluded ("no history of brain metastases ... or symptomatic leptomeningeal disease")
    /// leaves the wider exclusion standing.</summary>
    private static string CombineBrainRules(string first, string later, bool laterLetsIn) =>
        first == "required" || later == "required" ? first
        : first == "excluded" && !laterLetsIn ? "excluded"
        : first == "allowed" && later == "allowed" ? "allowed"
        : "excluded_unless_treated_stable";

    // Whether the mention read last was let in by an allowance ("... are eligible", "allowed if"), rather than qualified.
    private (bool? Read, string? Rule, Match Mention, bool LetsIn) ReadBrainMention(Match m)
    {
        // Whether this mention lets brain metastases in on a condition: a later mention that does so turns an exclusion
        // into "unless treated and stable" (CombineBrainRules).
        var letsIn = false;
        if (m.Index > 0 && InPastTreatmentSetting(m.Index) && PastTreatmentForBrain(m.Index)) return (false, null, m, false);
        if (Contains("sole") || Contains("only") || Contains("not considered") || Contains(" not "))
            if (SoleSite().IsMatch(_lower.AsSpan(m.Index, ClauseOf(m.Index).End - m.Index))) return (null, null, m, false);
        // "The following are not considered measurable: bone lesions, leptomeningeal disease, ...": a list of sites that do
        // not count as measurable, not a rule about brain disease; a later mention may still give one ("... CNS metastases allowed").
        while (InNotMeasurableList(m.Index, m.Index + m.Length))
        {
            m = m.NextMatch();
            if (!m.Success) return (null, null, m, false);
        }
        var value = m.Value.ToLowerInvariant();
        if (value.Contains("lymphoma") && !value.Contains("cns") && !value.Contains("mening")) return (false, null, m, false);
        // "Must have an enhancing cerebral lesion" in a glioma trial: the lesion is the primary tumour itself.
        if ((value.EndsWith("lesion") || value.EndsWith("lesions")) && ContainsAny(PrimaryBrainTumourWords)) return (false, null, m, false);
        // "Primary CNS lymphoma", "primary CNS malignancy" are diseases of their own, not spread to the brain: read the next
        // mention instead.
        while ((value.Contains("lymphoma") || value.Contains("malignan") || value.Contains("cancer")) && _lower.AsSpan(0, m.Index).TrimEnd().EndsWith("primary"))
        {
            m = m.NextMatch();
            if (!m.Success) return (false, null, m, false);
            value = m.Value.ToLowerInvariant();
            if (value.Contains("lymphoma") && !value.Contains("cns") && !value.Contains("mening")) return (false, null, m, false);
        }
        // "therapy designed to treat the brain malignancy": a treatment setting, not a rule about brain disease.
        if ((value.Contains("malignan") || value.Contains("cancer")) && (InTherapySetting(m.Index) || TreatsBefore(m.Index))) return (false, null, m, false);
        var clause = ClauseOf(m.Index);
        var beforeStart = Math.Max(clause.Start, m.Index - 45);
        var before = _lower.AsSpan(beforeStart, m.Index - beforeStart);
        var afterEnd = clause.End;
        var after = _lower.AsSpan(m.Index + m.Length, Math.Min(afterEnd, m.Index + m.Length + 160) - (m.Index + m.Length));
        // "known brain metastases, because of their poor prognosis and because they often develop progressive neurologic
        // dysfunction": the reason for the rule describes no state of the metastases that would make an exception.
        if (after.IndexOf(" because ", StringComparison.Ordinal) is var becauseAt and >= 0) after = after[..becauseAt];
        // Qualifiers may follow in the next clause ("allowed if the following are met: asymptomatic, ..."); cues may not.
        // Not past the end of the sentence: "CNS involvement. Hypercalcaemia or symptomatic ..." is another criterion.
        var wideEnd = Math.Min(_text.Length, m.Index + m.Length + 160);
        var sentenceEnd = _lower.IndexOf(". ", m.Index + m.Length, wideEnd - (m.Index + m.Length), StringComparison.Ordinal);
        if (sentenceEnd >= 0) wideEnd = sentenceEnd;
        // "No known brain metastases.Patients with seizures not well controlled ...": a full stop run into the next sentence.
        for (var i = m.Index + m.Length; i < wideEnd - 1; i++)
            if (_text[i] == '.' && char.IsUpper(_text[i + 1])) { wideEnd = i; break; }
        // "no history of brain metastases, ... and no symptomatic leptomeningeal disease": a qualifier in the words that lead
        // to the next brain mention is that mention's own.
        if (m.NextMatch() is { Success: true } nextMention && nextMention.Index < wideEnd)
        {
            var gap = _lower.AsSpan(m.Index + m.Length, Math.Max(0, nextMention.Index - (m.Index + m.Length)));
            var lead = Math.Max(gap.LastIndexOfAny(",;"), Math.Max(gap.LastIndexOf(" or ", StringComparison.Ordinal), gap.LastIndexOf(" and ", StringComparison.Ordinal)));
            wideEnd = m.Index + m.Length + (lead >= 0 ? lead : gap.Length);
        }
        var wide = _lower.AsSpan(m.Index + m.Length, wideEnd - (m.Index + m.Length));
        if (wide.IndexOf(" because ", StringComparison.Ordinal) is var wideBecause and >= 0) wide = wide[..wideBecause];
        // The conditions of an allowance stay in its clause: "No CNS metastases Radiotherapy: at least 4 weeks since prior
        // radiotherapy" names no condition of the first.
        var qualifiedAfter = BrainQualifier().IsMatch(wide) || BrainAllowanceCondition().IsMatch(after);
        var qualified = qualifiedAfter || BrainQualifier().IsMatch(before);
        // "No symptomatic or known brain metastases": a known one is excluded too, so the qualifier narrows nothing
        // (an exception after it still does: "... unless stable and off therapy").
        if (qualified && !qualifiedAfter && (before.Contains(" or known", StringComparison.Ordinal) || before.Contains("known or ", StringComparison.Ordinal))) qualified = false;
        // "No treated or active brain metastases", "treated or untreated": a treated one is excluded too, so there is no
        // treated-and-stable exception.
        if (qualified && NoTreatmentException().IsMatch(wide)) qualified = false;
        // "History of or known brain metastases, or symptomatic leptomeningeal disease", "no history of or active CNS
        // metastases": past metastases are excluded too, so a qualifier makes no treated-and-stable exception unless one is stated.
        if (qualified && before.Contains("history of or ", StringComparison.Ordinal) && !StatesException(wide)) qualified = false;
        // ("not yet treated or uncontrolled" is the untreated state itself.)
        var notTreatedBefore = before.Contains("not ", StringComparison.Ordinal) && NotTreatedState().IsMatch(before);
        if (qualified && !qualifiedAfter && !notTreatedBefore && (before.Contains(" treated or ", StringComparison.Ordinal) || before.StartsWith("treated or ") || before.Contains(" or treated ", StringComparison.Ordinal) || before.Contains(" treated and untreated", StringComparison.Ordinal))) qualified = false;
        var permission = PermissionCue().IsMatch(after) || before.Contains("may have", StringComparison.Ordinal);
        var (negated, _) = NegationAt(m.Index);
        // "newly diagnosed, not yet treated or uncontrolled brain metastases": that "not" speaks of their treatment; only a
        // negation before it negates the metastases.
        if (negated && before.Contains("not ", StringComparison.Ordinal))
            foreach (var notTreated in NotTreatedState().EnumerateMatches(before)) { negated = NegationAt(beforeStart + notTreated.Index).Negated; break; }
        var counted = _section != CriterionSection.Exclusion && before.IndexOfAny("0123456789otfs".AsSpan()) >= 0 && BrainMetastasisCount().IsMatch(before);
        if (counted) negated = false;
        // "Brain metastases must be ruled out by MRI": their absence is what is asked.
        var prohibited = ProhibitionCue().IsMatch(after) || RuledOutAfter().IsMatch(after);
        string rule;
        // "Active CNS disease allowed": when the only qualifier names the bad state itself, even that is allowed.
        if (permission && !negated && !prohibited && qualified && !qualifiedAfter && BadBrainState().IsMatch(before)) qualified = false;
        if (_section != CriterionSection.Exclusion && !negated && !prohibited && !permission && BrainConditionAfter().IsMatch(after)) { rule = "excluded_unless_treated_stable"; letsIn = true; }
        else if (permission && !negated && !prohibited) { rule = qualified ? "excluded_unless_treated_stable" : "allowed"; letsIn = true; }
        else if ((_section == CriterionSection.Exclusion) != negated || prohibited) rule = qualified ? "excluded_unless_treated_stable" : "excluded";
        else if (counted) rule = "required";
        // "recurrent glioma or brain metastases": one of the diseases the trial takes, so allowed, not required of everyone.
        else if (_section != CriterionSection.Exclusion && !negated && before.EndsWith(" or ") && _facts.Exists(f => f is CancerTypeFact ct && ct.Start >= clause.Start && m.Index - (ct.Start + ct.Length) is >= 0 and <= 5)) rule = "allowed";
        // "relapse in marrow, CNS, or testes", "marrow relapse ... associated with CNS or testicular relapse": one of the
        // sites taken, so allowed.
        else if (_section != CriterionSection.Exclusion && !negated && OtherRelapseSite().IsMatch(value) && (value.Contains(" or ", StringComparison.Ordinal) || after.TrimStart().StartsWith(", or ") || after.TrimStart().StartsWith(",or ") || after.TrimStart().StartsWith("or ")))
            rule = "allowed";
        // "NSCLC, stage IV, brain metastasis": a bare list item closing an inclusion item names what the patient has.
        else if (_section != CriterionSection.Exclusion && !negated && value.Contains("metasta", StringComparison.Ordinal) && before.TrimEnd().EndsWith(',') && _lower.AsSpan(m.Index + m.Length).Trim(" .;\t\r\n").IsEmpty)
            rule = "required";
        // "primary or metastatic brain tumours": either origin is taken, so brain metastases are allowed, not required.
        else if (_section != CriterionSection.Exclusion && !negated && (before.EndsWith("primary or ") || before.EndsWith("primary and ") || before.EndsWith("primary and/or "))) rule = "allowed";
        else if (before.Contains("must have", StringComparison.Ordinal) || before.Contains("with", StringComparison.Ordinal) || before.EndsWith("diagnosis of ") || before.Contains(" has ", StringComparison.Ordinal) || before.Contains("presence", StringComparison.Ordinal) || before.Contains("known", StringComparison.Ordinal) || before.Contains("have", StringComparison.Ordinal) || before.Contains("evidence", StringComparison.Ordinal) || before.Length == 0 || before.Trim().Length == 0)
            rule = "required";
        // "solid tumours eligible except primary and metastatic brain tumours": the exception names what is excluded.
        else if (_section != CriterionSection.Exclusion && !negated && before.Contains("eligible except", StringComparison.Ordinal)) rule = "excluded";
        // "Asymptomatic or mildly symptomatic brain metastases" heading an inclusion item: the trial is for them.
        else if (_section != CriterionSection.Exclusion && !negated && m.Index - clause.Start < 45 && qualified) rule = "required";
        else if (_section != CriterionSection.Exclusion && !negated && m.Index - clause.Start < 45 && BrainDiseaseHeading().IsMatch(before)) rule = "required";
        else return (false, null, m, false);
        if (rule == "required" && (before.Contains("treatment of", StringComparison.Ordinal) || before.Contains("history of", StringComparison.Ordinal))) rule = "required";
        // "No brain metastases or leptomeningeal disease unless treated and stable": an exception after the last mention
        // lets in the whole list.
        if (rule == "excluded_unless_treated_stable" && qualifiedAfter && StatesException(wide)) letsIn = true;
        return (true, rule, m, letsIn);
    }

    // ---------------------------------------------------------------- measurable disease

    [GeneratedRegex(@"\b(?<std>recist\s*(?:version|v\.?|ver\.?)?\s*1\.1|recist|response evaluation criteria in solid tumou?rs(?:\s*\(recist\))?(?:\s*(?:version|v\.?|ver\.?)?\s*1\.1)?|lugano|iwcll|imwg|rano|cheson|who criteria|international working group|iwg)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResponseStandard();

    [GeneratedRegex(@"(?<either>\bmeasurable (?:and/or|or|and) (?:non-?measurable|evaluable|assessable)\b|\b(?:evaluable|assessable|non-?measurable) (?:and/or|or) measurable\b|\bmeasurable or evaluable\b|\bevaluable or measurable\b|\bmeasurable disease (?:is )?not required\b)|(?<evaluable>\bevaluable disease\b|\bevaluable\b|\bnon-?measurable\b)|(?<measurable>\b(?:bi|uni)?(?:-)?dimensionally measurable\b|\bmeasurable\b(?!\s+(?:residual|levels?|serum|amount|m[- ]?protein|paraprotein|monoclonal|disease by (?:serum|urine))))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measurable();

    private void ReadMeasurableDisease()
    {
        if (!ContainsAny("measurable", "evaluable", "recist", "assessable")) return;
        var m = Measurable().Match(_text);
        // "No prior radiotherapy to the only site of measurable disease": the lesion a treatment was aimed at is no
        // condition on the disease; a later mention may still be one.
        while (m.Success && (IsTreatmentTarget(m.Index) || IsLesionDefinition(m.Index))) m = m.NextMatch();
        string? standard = null;
        var standardAt = -1;
        if (ResponseStandard().Match(_text) is { Success: true } s)
        {
            standardAt = s.Index;
            var v = s.Groups["std"].Value.ToLowerInvariant();
            // The name spelt out ("Response Evaluation Criteria in Solid Tumors") is RECIST too.
            standard = v.StartsWith("recist", StringComparison.Ordinal) || v.StartsWith("response evaluation", StringComparison.Ordinal) ? (v.Contains("1.1", StringComparison.Ordinal) ? "RECIST1.1" : "RECIST")
                : v switch { "lugano" => "Lugano", "iwcll" => "iwCLL", "imwg" => "IMWG", "rano" => "RANO", "cheson" or "international working group" or "iwg" => "Cheson", _ => null };
        }
        if (!m.Success)
        {
            if (Measurable().IsMatch(_text)) return;
            // "progression per RECIST 1.1" defines progression; it does not ask for measurable disease.
            if (standard is not null && ContainsAny("lesion", "disease") && !ProgressionDefinedBy(standardAt)) AddFact(new MeasurableDiseaseFact("required", standard, Polarity.Required, 0, _text.Length));
            return;
        }
        // "Measurable disease ... in a previously irradiated field": still about measurability of disease.
        var rule = m.Groups["measurable"].Success ? "required" : "not_required";
        // "Bidimensionally measurable or evaluable disease": the dimension word belongs to the first alternative only.
        if (rule == "required" && m.Value.EndsWith("measurable", StringComparison.OrdinalIgnoreCase) && m.Length > 10
            && Measurable().Match(_text, m.Index + m.Length - 10) is { Success: true } inner && inner.Index == m.Index + m.Length - 10 && inner.Groups["either"].Success)
            rule = "not_required";
        // "measurable disease by CT or MRI OR evaluable disease (e.g. ...)", "either measurable disease ..., or patients must
        // have evaluable disease": the evaluable alternative may come a few words later.
        if (rule == "required" && EvaluableAlternativeAfter(m.Index + m.Length)) rule = "not_required";
        // "Measurable disease OR CA-125 above 2 x ULN": a tumour marker may stand in for measurable disease.
        if (rule == "required" && MarkerAlternativeAfter(m.Index + m.Length)) rule = "not_required";
        // A preference is not a condition: "measurable or evaluable disease preferred".
        var tail = _lower.AsSpan(m.Index + m.Length, Math.Min(40, _lower.Length - m.Index - m.Length));
        if (tail.IndexOfAny(".;".AsSpan()) is var stop and >= 0) tail = tail[..stop];
        if (tail.Contains("preferred", StringComparison.Ordinal) || tail.Contains("preferable", StringComparison.Ordinal)) return;
        // "Measurable disease is not necessary", "... not mandatory": the same as "not required".
        if (rule == "required" && tail.Contains("not ", StringComparison.Ordinal) && (tail.Contains("not necessary", StringComparison.Ordinal) || tail.Contains("not mandatory", StringComparison.Ordinal) || tail.Contains("not needed", StringComparison.Ordinal) || tail.Contains("not a necessity", StringComparison.Ordinal) || tail.Contains("not a requirement", StringComparison.Ordinal)))
            rule = "not_required";
        var (negated, _) = NegationAt(m.Index);
        if (negated && rule == "required" && !Contains("non-measurable") && !Contains("nonmeasurable")) rule = _section == CriterionSection.Exclusion ? "required" : "not_required";
        if (_section == CriterionSection.Exclusion && !negated && rule == "required" && ContainsAny(NoMeasurableCues)) rule = "required";
        // "Evaluable disease only", "non-measurable disease only" in an exclusion item: the disease must be measurable. Not
        // "evaluable disease in an irradiated field", which speaks of one lesion, not of all the disease.
        if (_section == CriterionSection.Exclusion && !negated && m.Groups["evaluable"].Success && IsOnlyKindOfDisease(m.Index, tail)) rule = "required";
        AddFact(new MeasurableDiseaseFact(rule, standard, Polarity.Required, m.Index, m.Length));
    }

    /// <summary>"Only evaluable disease", "non-measurable disease only", or the item is that phrase alone.</summary>
    private bool IsOnlyKindOfDisease(int at, ReadOnlySpan<char> tail)
    {
        var lead = _lower.AsSpan(Math.Max(0, at - 12), Math.Min(12, at)).TrimEnd();
        if (lead.EndsWith("only") || lead.EndsWith("solely") || tail.Contains("only", StringComparison.Ordinal)) return true;
        var rest = tail.Trim().TrimEnd('.');
        return _lower.AsSpan(0, at).Trim().IsEmpty && (rest.IsEmpty || rest.SequenceEqual("disease"));
    }

    // Filler between "to" and the measurable lesion: "to the only site of", "to sole", "to a".
    private static readonly string[] TargetFillers = ["the", "a", "an", "any", "all", "only", "sole", "single", "site", "sites", "of", "lesion", "lesions"];

    /// <summary>
    /// True when the measurable words at <paramref name="at"/> are what a treatment was given to: "radiotherapy to
    /// the only site of measurable disease", "(not to a measurable lesion)", "surgery to sole measurable lesion".
    /// </summary>
    private bool IsTreatmentTarget(int at)
    {
        var from = Math.Max(0, at - 80);
        var before = _lower.AsSpan(from, at - from).TrimEnd();
        // "bidimensionally measurable": step back over the dimension word first.
        if (before.EndsWith("dimensionally")) before = before[..Math.Max(0, before.LastIndexOf(' '))].TrimEnd();
        for (var words = 0; words < 6; words++)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].TrimStart('(');
            // "site(s) of measurable disease": the plural in brackets is the same filler word.
            if (word.EndsWith("(s)")) word = word[..^3];
            if (word.SequenceEqual("to"))
                return TherapyWord().IsMatch(before[..Math.Max(0, space)]);
            var filler = false;
            foreach (var f in TargetFillers) if (word.SequenceEqual(f)) filler = true;
            if (!filler || space < 0) return false;
            before = before[..space].TrimEnd();
        }
        return false;
    }

    [GeneratedRegex(@"\bor\b[^.;]{0,30}?(?:\bca[- ]?125\b|\bca[- ]?19|\bpsa\b|tumou?r markers?|\bcea\b|m[- ]protein|paraprotein)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerAlternative();

    private bool MarkerAlternativeAfter(int end)
    {
        var span = _lower.AsSpan(end, Math.Min(90, _lower.Length - end));
        if (span.IndexOf('.') is var stop and >= 0) span = span[..stop];
        // A semicolon ends the criterion unless an alternative follows it: "...; or tumour markers above 2 x ULN".
        if (span.IndexOf(';') is var semi and >= 0 && !span[(semi + 1)..].TrimStart().StartsWith("or ")) span = span[..semi];
        return span.Contains(" or ", StringComparison.Ordinal) && MarkerAlternative().IsMatch(span);
    }

    [GeneratedRegex(@"\bor\s+(?:(?:patients?|must|should|have|has|with|an?|otherwise|other)\s+){0,4}(?:clinically\s+|radiographically\s+)?evaluable\b", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluableAlternative();

    private bool EvaluableAlternativeAfter(int end)
    {
        var span = _lower.AsSpan(end, Math.Min(200, _lower.Length - end));
        if (span.IndexOf(". ", StringComparison.Ordinal) is var stop and >= 0) span = span[..stop];
        if (span.IndexOf(';') is var semi and >= 0) span = span[..semi];
        return span.Contains("evaluable", StringComparison.Ordinal) && EvaluableAlternative().IsMatch(span);
    }

    /// <summary>
    /// "Bone lesions and effusions are not (considered) measurable": a definition of which lesions count, not a
    /// condition on the patient's disease.
    /// </summary>
    private bool IsLesionDefinition(int at)
    {
        var from = Math.Max(0, at - 24);
        var before = _lower.AsSpan(from, at - from).TrimEnd();
        return before.EndsWith("are not") || before.EndsWith("not considered") || before.EndsWith("not considered as") || before.EndsWith("not be considered")
            || before.EndsWith("not considered to be");
    }

    /// <summary>The standard judges a course of the disease ("progression per RECIST 1.1", "partial response by RECIST to
    /// first-line therapy", "stable disease or better (RECIST)"): a past outcome, not a requirement of measurable disease.</summary>
    private bool ProgressionDefinedBy(int standardAt)
    {
        var from = Math.Max(0, standardAt - 40);
        var before = _lower.AsSpan(from, standardAt - from);
        return before.Contains("progress", StringComparison.Ordinal) || before.Contains("respon", StringComparison.Ordinal) || before.Contains("stable disease", StringComparison.Ordinal) || before.Contains("or better", StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- age

    [GeneratedRegex(@"(?:between|from)?\s*(?<a>\d{1,3})\s*(?:years?|yrs?)?\s*(?:-|–|to|and|through)\s*(?<b>\d{1,3})\s*(?:years?|yrs?)?(?:\s*(?:of age|old))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeRange();

    [GeneratedRegex(@"(?<ge>≥|>=|=>|>|at least|over|older than|greater than(?: or equal to)?|equal to or greater than|equal or greater than|above|minimum(?: age)?(?: of)?|no younger than|not younger than|aged)\s*(?<a>\d{1,3})\s*(?:years?|yrs?)?|(?<a2>\d{1,3})\s*(?:years?|yrs?)?\s*(?:of age|old)?\s*(?:and|or)\s*(?:over|older|above|greater)|(?<a3>\d{1,3})\s*\+\s*(?:years?)|(?<le>≤|<=|=<|<|under|younger than|less than(?: or equal to)?|up to|below|no older than|not older than|maximum(?: age)?(?: of)?)\s*(?<b>\d{1,3})\s*(?:years?|yrs?)?|(?<b2>\d{1,3})\s*(?:years?|yrs?)?\s*(?:of age|old)?\s*(?:and|or)\s*(?:under|younger|less|below)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeBound();

    [GeneratedRegex(@"\bage[sd]?\b|\byears? old\b|\byears? of age\b|\byrs? old\b|\bold\b|\badults?\b|\bchildren\b|\bpediatric\b|\bat diagnosis\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeContext();

    private static readonly string[] AgeWordsAfterBut = ["no ", "not ", "under", "over", "younger", "older", "less", "more", "at ", "below", "above", "up to"];

    /// <summary>Whether the text after an age bound opens with "but" followed by something other than another age limit.</summary>
    private static bool IsBranchCondition(ReadOnlySpan<char> trail)
    {
        trail = trail.TrimStart();
        if (trail.StartsWith("old ", StringComparison.OrdinalIgnoreCase)) trail = trail[4..].TrimStart();
        if (!trail.StartsWith("but ", StringComparison.OrdinalIgnoreCase)) return false;
        trail = trail[4..].TrimStart();
        foreach (var w in AgeWordsAfterBut) if (trail.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private void ReadAge()
    {
        var headingIsAge = _heading is "age";
        if (!headingIsAge && !ContainsAny(AgeCues)) return;
        var ctx = AgeContext().Match(_text);
        if (!headingIsAge && !ctx.Success) return;
        if (ContainsAny(NotAnAgeCues)) { if (!Contains("age")) return; }
        double? min = null, max = null;
        var start = ctx.Success ? ctx.Index : 0;
        // Only look near the age words: "Age: 18 to 75", "18 years of age or older".
        var from = headingIsAge ? 0 : Math.Max(0, start - 40);
        var to = headingIsAge ? _text.Length : Math.Min(_text.Length, start + 80);
        var span = _text.Substring(from, to - from);
        var range = AgeRange().Match(span);
        if (range.Success && (range.Value.Contains("year", StringComparison.OrdinalIgnoreCase) || range.Value.Contains("yr", StringComparison.OrdinalIgnoreCase) || headingIsAge || Regex.IsMatch(span[..range.Index], @"\bage[sd]?\b\s*(?:[:=]|of|is|between|from|range)?\s*$", RegexOptions.IgnoreCase)))
        {
            var a = double.Parse(range.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = double.Parse(range.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (a < b && b <= 120) { min = a; max = b; }
        }
        if (min is null && max is null)
        {
            foreach (Match m in AgeBound().Matches(span))
            {
                var hasUnit = m.Value.Contains("year", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("yr", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("old", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("age", StringComparison.OrdinalIgnoreCase);
                var preceded = Regex.IsMatch(span[..m.Index], @"\bage[sd]?\b\s*(?:[:=]|of|is|must be|should be|will be)?\s*(?:\w+\s+)?$", RegexOptions.IgnoreCase);
                if (!hasUnit && !preceded && !headingIsAge) continue;
                string G(string n) => m.Groups[n].Value;
                var lead = span[..m.Index].TrimEnd().ToLowerInvariant();
                // "(for children younger than 18, a guardian signs)": a bound inside a condition is not the trial's limit.
                if (Regex.IsMatch(lead, @"\b(?:for|if|when|in)\s+(?:\w+\s+){0,2}(?:children|minors|patients|participants|subjects|those|adolescents|adults|pediatric|paediatric)(?:\s+who\s+are)?$", RegexOptions.CultureInvariant)) continue;
                // "OR under 55 years old but refuses unrelated donor transplantation": a bound that a "but" clause qualifies
                // is one branch's condition, not the trial's limit ("18 or older but not over 70" still is a limit).
                if (IsBranchCondition(span.AsSpan(m.Index + m.Length))) continue;
                // "No greater than 21", "not younger than 18": the negation turns the bound around.
                var negatedBound = lead.EndsWith(" no", StringComparison.Ordinal) || lead.EndsWith(" not", StringComparison.Ordinal) || lead is "no" or "not";
                if (negatedBound && m.Groups["a"].Success) { max ??= double.Parse(G("a"), CultureInfo.InvariantCulture); continue; }
                if (negatedBound && m.Groups["b"].Success) { min ??= double.Parse(G("b"), CultureInfo.InvariantCulture); continue; }
                if (m.Groups["a"].Success) min ??= double.Parse(G("a"), CultureInfo.InvariantCulture);
                else if (m.Groups["a2"].Success) min ??= double.Parse(G("a2"), CultureInfo.InvariantCulture);
                else if (m.Groups["a3"].Success) min ??= double.Parse(G("a3"), CultureInfo.InvariantCulture);
                else if (m.Groups["b"].Success) max ??= double.Parse(G("b"), CultureInfo.InvariantCulture);
                else if (m.Groups["b2"].Success) max ??= double.Parse(G("b2"), CultureInfo.InvariantCulture);
            }
        }
        if (min is null && max is null && Regex.IsMatch(_text, @"^\s*(?:age:?\s*)?adults?\b|\badult (?:patients?|subjects?|participants?|men|women|males?|females?)\b|^\s*adult\s*$", RegexOptions.IgnoreCase)) min = 18;
        if (min is null && max is null) return;
        if (min > 120 || max > 120) return;
        if (_section == CriterionSection.Exclusion) (min, max) = (max, min);
        AddFact(new AgeFact(min, max, Polarity.Required, from, to - from));
    }

    // ---------------------------------------------------------------- sex

    [GeneratedRegex(@"^\s*(?:sex|gender)?\s*:?\s*(?<v>females?|women|males?|men)\s*(?:only|patients only)?\s*\.?\s*$|\b(?:must be|only|exclusively)\s+(?<v>female|male|women|men)\b|\b(?<v>female|male|women|men)\s+(?:patients\s+|subjects\s+|participants\s+)?only\b|\b(?<post>post-?menopausal|pre-?menopausal|peri-?menopausal)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SexWords();

    private void ReadSex()
    {
        var heading = _heading is "sex" or "gender" or "menopausal status";
        if (!heading && !ContainsAny(SexCues)) return;
        var m = SexWords().Match(_text);
        if (!m.Success) return;
        string value;
        if (m.Groups["post"].Success)
        {
            if (ContainsAny("pregnan", "childbearing", "contracep") && !Contains("must be")) return;
            // "Women (pre- or postmenopausal) or men": menopausal status describes the women, men are welcome too.
            if (MenAlso().IsMatch(_lower)) return;
            value = "female";
        }
        else value = m.Groups["v"].Value.ToLowerInvariant() switch { "female" or "females" or "women" => "female", _ => "male" };
        if (ContainsAny(BothSexesCues)) return;
        AddFact(new SexFact(value, _section == CriterionSection.Exclusion ? Polarity.Excluded : Polarity.Required, m.Index, m.Length));
    }

    [GeneratedRegex(@"\b(?:or|and)\s+(?:men|males?)\b|\b(?:men|males?)\s+(?:or|and)\s+(?:women|females?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MenAlso();

    // ---------------------------------------------------------------- to review

    // Lowercase patterns, compiled once, matched against the lowercased criterion.
    // Prefilter: words that let the rule's pattern run at all. Fragments of common words are checked as whole words
    // ("ast" is in "metastatic", "anc" in "cancer": as substrings they sent most criteria through the pattern for
    // nothing). "bone marrow function" alone is not a trigger of organ function: it is a matter of blood counts, read
    // as lab values from its "Hematopoietic:" heading.
    private static readonly (string Category, string[] Prefilter, string[] PrefilterWords, Regex Pattern)[] ReviewRules =
    [
        ("organ_function", ["hepatic", "renal", "liver", "kidney", "creatinine", "bilirubin", "sgot", "sgpt", "transaminase", "phosphatase", "cardiac", "lvef", "ejection", "pulmonary", "dlco", "fev", "clearance", "organ", "upper limit", "uln"], ["ast", "alt"],
            new(@"\b(?:hepatic|renal|liver|kidney|cardiac|pulmonary|bone marrow|organ|marrow)\s+(?:function|reserve|dysfunction|impairment|insufficiency)|\bcreatinine\b|\bbilirubin\b|\b(?:ast|alt|sgot|sgpt)\b|\btransaminase|\balkaline phosphatase\b|\blvef\b|\bejection fraction\b|\bdlco\b|\bfev1?\b|\bcreatinine clearance\b|\badequate (?:\w+ ){0,2}function\b|\bupper limit of normal\b|\buln\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("lab_values", ["wbc", "white", "platelet", "neutrophil", "hemoglobin", "haemoglobin", "granulocyte", "hematocrit", "inr", "ptt", "count", "psa", "ca 125", "ca-125", "ca125", "albumin", "ldh", "cd4", "potassium", "calcium", "magnesium", "sodium", "glucose", "amylase", "lipase", "testosterone", "g/dl", "level", "cytopenia", "fsh", "estradiol", "/mm", "/mcl", "/ul", "x 10", "x10"], ["anc", "tt", "lh"],
            new(@"\bwbc\b|\bwhite (?:blood )?(?:cell|count)|\bplatelets?\b|\bneutrophils?\b|\banc\b|\bh(?:a)?emoglobin\b|\bgranulocytes?\b|\bhematocrit\b|\binr\b|\bp?tt\b|\bblood counts?\b|\bpsa\b|\bca[- ]?125\b|\balbumin\b|\bldh\b|\bcd4\b|\bpotassium\b|\bcalcium\b|\bmagnesium\b|\bsodium\b|\bglucose\b|\bamylase\b|\blipase\b|\btestosterone\b|\bcytopenia|\blymphocyte count\b|\bserum \w+ level|\b(?:fsh|lh|estradiol)\b|/mm\^?3|/mcl|/ul\b|x ?10\^?9|g/dl", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("infection", ["hiv", "hepatitis", "hbv", "hcv", "infection", "tuberculosis", "hbsag", "covid", "aids", "viral", "sepsis", "septic", "fever", "antibiotic"], [],
            new(@"\bhiv\b|\bhepatitis\b|\bhbv\b|\bhcv\b|\binfections?\b|\btuberculosis\b|\bhbsag\b|\bcovid|\bsars\b|\baids\b|\bhtlv|\bviral\b|\bseps[ie]s\b|\bseptic\b|\bfebrile\b|\bantibiotics?\b|\bantiviral\b|\bimmunodeficiency\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("pregnancy_contraception", ["pregnan", "nursing", "breast", "lactat", "contracep", "childbearing", "fertile", "sterile", "barrier"], [],
            new(@"\bpregnan\w*|\bnursing\b|\bbreast[- ]?feeding\b|\blactat\w*|\bcontracepti\w*|\bchildbearing\b|\bfertile\b|\bbirth control\b|\bsterili[sz]ed\b|\bbarrier method", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("other_malignancy", ["malignan", "cancer", "carcinoma", "neoplas", "tumor", "tumour", "in situ"], [],
            new(@"\b(?:other|second|secondary(?!\s+(?:brain|cns|central nervous system|intracranial)\b)|prior|previous|concurrent|another|additional|coexisting|synchronous|active(?!\s+(?:brain|cns|central nervous system|intracranial|epidural)\b))\s+(?:\w+\s+){0,3}?(?:primary\s+)?(?:malignan\w*|cancers?|neoplas\w*|tumou?rs?)\b|\bhistory of (?:\w+\s+){0,2}?(?:malignan\w*|cancers?|neoplas\w*)\b|\bcarcinoma in situ\b|\bnon-?melanoma(?:tous)? skin\b|\bnonmelanomatous skin\b|\bbasal cell (?:skin )?(?:cancer|carcinoma)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("comorbidity", ["disease", "disorder", "illness", "condition", "heart", "cardiac", "myocardial", "angina", "arrhythmia", "autoimmune", "psychiatric", "diabetes", "hypertension", "seizure", "stroke", "pneumonitis", "neuropathy", "transplant", "bleeding", "thrombo", "ulcer", "fistula", "embolism", "dementia", "cirrhosis", "gastrointestinal"], [],
            new(@"\b(?:serious|significant|uncontrolled|severe|concurrent|intercurrent|active|unstable|major)\s+(?:\w+\s+){0,2}?(?:illness|disease|disorders?|conditions?|comorbidit\w*)|\bcongestive heart failure\b|\bheart failure\b|\bmyocardial infarction\b|\bangina\b|\barrhythmi\w*|\bautoimmune\b|\bpsychiatric\b|\bdiabetes\b|\bhypertension\b|\bseizures?\b|\bstroke\b|\binterstitial lung disease\b|\bpneumonitis\b|\bneuropathy\b|\borgan transplant\w*|\bbleeding\b|\bthrombo\w*|\bpeptic ulcer\b|\bfistula\b|\bembolism\b|\bdementia\b|\bcirrhosis\b|\bmalabsorption\b|\bcardiovascular disease\b|\bcardiac disease\b|\bmedical (?:condition|illness|problem)s?\b|\bmental\b|\bdisorder\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("concurrent_medication", ["concurrent", "concomitant", "steroid", "anticoagul", "warfarin", "cyp", "inhibitor", "inducer", "medication", "drug"], [],
            new(@"\b(?:concurrent|concomitant|simultaneous)\s+(?:\w+\s+){0,3}?(?:therapy|therapies|medications?|treatments?|agents?|drugs?|chemotherapy|radiotherapy|radiation|immunotherapy|hormonal|steroids?|corticosteroids?|use|participation|investigational)\b|\bcorticosteroids?\b|\bsteroids?\b|\banticoagula\w*|\bwarfarin\b|\bcyp3a4?\b|\bstrong (?:inhibitors?|inducers?)\b|\bmedications?\b|\bgrowth factors?\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("washout", ["since", "within", "weeks", "days", "months", "washout", "wash-out", "recovered"], [],
            new(@"\b(?:at least|more than|≥|>=|>|a minimum of|minimum of|greater than)\s*\d+(?:\.\d+)?\s*(?:days?|weeks?|wks?|months?|half-lives|half lives)\s+(?:since|from|after|between|must have (?:passed|elapsed)|have elapsed|prior to|before|following)|\bwithin\s*(?:the\s+)?(?:last|past|previous|prior)?\s*\d+\s*(?:days?|weeks?|wks?|months?)\s+(?:of|before|prior|preceding)|\b\d+\s*(?:days?|weeks?|months?)\s+since\b|\bwash-?out\b|\brecovered from\b|\bwithin \d+\s*(?:days?|weeks?)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("life_expectancy", ["life expectancy", "survival", "expected to live"], [],
            new(@"\blife expectancy\b|\bexpected survival\b|\bsurvival (?:of|expectancy)\b|\bexpected to live\b|\bestimated survival\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("consent", ["consent", "sign", "comply", "compliance", "willing"], [],
            new(@"\binformed consent\b|\bconsent form\b|\bsigned? (?:\w+ ){0,3}consent\b|\bable to (?:give|provide|understand)\b|\bwilling(?:ness)? (?:and able )?to (?:comply|sign|provide|give)\b|\bability to (?:understand|comply)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
        ("other", ["irradiat", "radiation field", "donor", "willing", "able to", "swallow", "follow-up", "follow up", "geographic", "accessible", "tissue", "biopsy", "available", "protocol", "enrolled", "participat", "hla", "margin", "dose", "allerg", "hypersensitiv", "life", "compliance", "psychological", "social"], [],
            new(@"\bpreviously irradiated\b|\bradiation (?:field|port)\b|\bprior (?:radiotherapy|radiation) (?:to|field|dose)\b|\bdonors?\b|\bswallow\w*|\bfollow-?up\b|\bgeographic\w*|\baccessible\b|\btissue (?:block|sample|specimen)s?\b|\btumor tissue\b|\barchival\b|\bavailable\b|\bother (?:protocol|study|trial|investigational)\b|\benrolled\b|\bparticipat\w+ in (?:another|other|any)\b|\bhla\b|\bmargins?\b|\ballerg\w*|\bhypersensitiv\w*|\bpsychological\b|\bsocial\b|\bcompliance\b|\bcomply\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)),
    ];

    // Every rule's prefilter words in one search: one pass over the text finds all the rules whose words occur, where a
    // search per rule passed over every criterion eleven times. At each hit, the words that start with its letter are
    // compared there (the search says where a word starts, not which).
    private static readonly SearchValues<string> ReviewCueSearch =
        SearchValues.Create(ReviewRules.SelectMany(r => r.Prefilter).Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);

    private static readonly (string Cue, int Rules)[][] ReviewCuesByFirstChar = IndexReviewCues();

    private static (string Cue, int Rules)[][] IndexReviewCues()
    {
        var rulesOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ReviewRules.Length; i++)
            foreach (var cue in ReviewRules[i].Prefilter) rulesOf[cue] = rulesOf.GetValueOrDefault(cue) | 1 << i;
        var byChar = new (string Cue, int Rules)[128][];
        for (var c = 0; c < 128; c++) byChar[c] = rulesOf.Where(kv => kv.Key[0] == c).Select(kv => (kv.Key, kv.Value)).ToArray();
        if (rulesOf.Keys.Any(k => k[0] >= 128)) throw new InvalidOperationException("review prefilter words must start with an ASCII character");
        return byChar;
    }

    /// <summary>Bit i set: a prefilter word of review rule i occurs in the text.</summary>
    private int ReviewRulesCued()
    {
        var all = (1 << ReviewRules.Length) - 1;
        var cued = 0;
        var text = _lower.AsSpan();
        for (var pos = 0; pos < text.Length && cued != all; pos++)
        {
            var i = text[pos..].IndexOfAny(ReviewCueSearch);
            if (i < 0) break;
            pos += i;
            foreach (var (cue, rules) in ReviewCuesByFirstChar[text[pos]])
                if (text[pos..].StartsWith(cue, StringComparison.Ordinal)) cued |= rules;
        }
        return cued;
    }

    private void ReadToReview()
    {
        var hasTyped = false;
        foreach (var f in _facts) if (f is not ToReviewFact) hasTyped = true;
        var cued = ReviewRulesCued();
        for (var r = 0; r < ReviewRules.Length; r++)
        {
            var (category, _, prefilterWords, pattern) = ReviewRules[r];
            if (category == "other" && hasTyped) continue;
            if ((cued & 1 << r) == 0 && !HasAnyWord(prefilterWords)) continue;
            // The patterns are lowercase and run on the lowercased text (same offsets): no case-insensitive matching.
            // The first match only, without a Match object.
            var (index, length) = (-1, 0);
            foreach (var m in pattern.EnumerateMatches(_lower))
            {
                // Flattened NCI paragraphs: "Life expectancy: Not specified" sets no condition.
                if (_lower.AsSpan(m.Index + m.Length).TrimStart(": ").StartsWith("not specified")) continue;
                (index, length) = (m.Index, m.Length);
                break;
            }
            if (index < 0) continue;
            // "concurrent chemotherapy" with a named therapy is still a concurrent-medication review item.
            if (category == "comorbidity" && _lower.AsSpan(index, length).SequenceEqual("disorder") && hasTyped) continue;
            AddFact(new ToReviewFact(category, _section == CriterionSection.Exclusion ? Polarity.Excluded : Polarity.Required, index, length));
        }
        if (_heading is { } h && !_facts.Any(f => f is ToReviewFact))
        {
            var category = h switch
            {
                "hepatic" or "renal" or "cardiovascular" or "cardiac" or "pulmonary" or "neurologic" => "organ_function",
                "hematopoietic" => "lab_values",
                "life expectancy" => "life_expectancy",
                _ => null,
            };
            if (category is not null && !_lower.AsSpan().Trim().SequenceEqual("not specified")) AddFact(new ToReviewFact(category, Polarity.Required, 0, _text.Length));
        }
    }
}
