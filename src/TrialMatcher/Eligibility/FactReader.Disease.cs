using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

internal sealed partial class FactReader
{
    // "Any cancer other than breast cancer": "other than" opens an exception list, not another malignancy.
    // "Primary or secondary brain tumour": a secondary brain tumour is a brain metastasis, not a second cancer.
    [GeneratedRegex(@"\b(?:other(?!\s+than\b)|second|secondary(?!\s+(?:brain|cns|central nervous system|intracranial)\b)|prior|previous|concurrent|concomitant|another|additional|coexisting|synchronous|metachronous)\s+(?:\w+\s+){0,3}?(?:primary\s+)?(?:malignan\w*|cancers?|neoplas\w*|tumou?rs?|carcinomas?)\b|\bhistory of (?:\w+\s+){0,2}?(?:malignan\w*|cancers?|neoplas\w*)\b|\bin situ\b|\bnon-?melanoma(?:tous)? skin\b|\bbasal cell\b|\bsquamous cell (?:skin|carcinoma of the skin)\b|\bskin cancer\b|\bcuratively treated\b|\bdisease[- ]free for\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherMalignancyCue();

    [GeneratedRegex(@"\b(?:except|exception|excluding|other than|unless)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExceptionWord();

    private bool InOtherMalignancyContext(int start, int end)
    {
        var clause = ClauseOf(start);
        // "No second malignancy except curatively treated: <list>": the list after a colon continues the cue's clause.
        var idx = _clauses.IndexOf(clause);
        if (idx > 0 && _clauses[idx - 1] is var prev && prev.End < _text.Length && _text[prev.End] == ':'
            && OtherMalignancyCue().IsMatch(_lower.AsSpan(prev.Start, prev.End - prev.Start))) return true;
        // "No cancer within 5 years with the exception of cured head and neck cancer or cured Stage I lung cancer": an
        // exception list runs on across the breaks a capitalised word makes, up to the end of the sentence.
        for (var j = idx - 1; j >= 0 && j >= idx - 3; j--)
        {
            var gap = _text.AsSpan(_clauses[j].End, _clauses[j + 1].Start - _clauses[j].End);
            if (gap.IndexOfAny(".;:\n".AsSpan()) >= 0) break;
            var earlier = _lower.AsSpan(_clauses[j].Start, _clauses[j].End - _clauses[j].Start);
            var cue = OtherMalignancyCue().Match(_lower, _clauses[j].Start, earlier.Length);
            if (cue.Success && ExceptionWord().Match(_lower, cue.Index + cue.Length, Math.Max(0, start - cue.Index - cue.Length)).Success) return true;
        }
        var span = _lower.AsSpan(clause.Start, clause.End - clause.Start);
        foreach (var m in OtherMalignancyCue().EnumerateMatches(span))
        {
            var at = clause.Start + m.Index;
            // "melanoma or other solid tumor", "melanoma, or any other advanced malignancy": an alternative, not another malignancy.
            var lead = _lower.AsSpan(clause.Start, at - clause.Start);
            if ((lead.EndsWith("or ") || lead.EndsWith("or any ")) && _lower.AsSpan(at).StartsWith("other")) continue;
            // The cue governs the rest of its clause ("No other malignancy except basal cell carcinoma").
            if (at <= start + 2) return true;
            // "... carcinoma in situ": the cue follows the mention closely.
            if (at >= end && at - end < 4) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:for|of|in)\s+(?:the\s+)?(?:(?:their|this|his|her|its|the)\s+)?(?:(?:treatment|management)\s+of\s+)?(?:[\w/-]+,?\s+){0,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex ForSetting();

    // Steroids, hormones, antibodies and vaccines given for a disease name a treatment setting too: "No prior steroids for lymphoma".
    [GeneratedRegex(@"\b(?:therap\w*|treat\w*|chemo\w*|regimens?|radiation|radiotherapy|irradiation|surgery|transplant\w*|agents?|immunotherapy|drugs?|lines?|(?:cortico)?steroids?|hormones?|antibod(?:y|ies)|vaccines?|medications?|radiosensitiz\w*|inhibitors?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TherapyWord();

    /// <summary>
    /// True when the words at <paramref name="at"/> name the setting of a treatment rather than the patient's disease:
    /// "No prior chemotherapy for advanced colorectal cancer", "two lines of therapy for metastatic disease".
    /// </summary>
    private bool InTherapySetting(int at)
    {
        var clause = ClauseOf(at);
        var m = NearestSettingPreposition(clause.Start, at);
        if (!m.Success) return false;
        if (TherapyWord().IsMatch(_lower.AsSpan(clause.Start, m.Index - clause.Start))) return true;
        // A named drug works as well: "Prior docetaxel for advanced disease".
        foreach (var (s, _) in _therapySpans) if (s >= clause.Start && s < m.Index) return true;
        return false;
    }

    /// <summary>
    /// The preposition that governs the disease at <paramref name="at"/>: the last of/for/in before it, not the first
    /// ("treatment for HCC" after "use of any systemic ...", "irradiation of the diaphragm for stage I seminoma").
    /// </summary>
    private Match NearestSettingPreposition(int clauseStart, int at)
    {
        var from = Math.Max(clauseStart, at - 60);
        var m = ForSetting().Match(_lower, from, at - from);
        while (m.Success && m.Index + 1 < at && ForSetting().Match(_lower, m.Index + 1, at - m.Index - 1) is { Success: true } later) m = later;
        return m;
    }

    // Words that put a treatment in the past: "prior", "previously received", "since", "failed", "progressed on".
    [GeneratedRegex(@"\b(?:prior|previous(?:ly)?|since|received|treated|failed|failure|progress\w*|after|following)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastTreatmentCue();

    /// <summary>
    /// True when the disease at <paramref name="at"/> is what a past treatment was given for: "At least 4 weeks since
    /// prior therapy for Kaposi's sarcoma", "one prior regimen for B-cell NHL", "previously received treatment for
    /// advanced NSCLC". Such an item counts or times treatments (lines, washout, exposure); the disease is its
    /// setting, not a condition on the patient's diagnosis, whatever the item's polarity. Only "for" reads this way:
    /// "surgery of ..." or "treated in ..." do not.
    /// </summary>
    private bool InPastTreatmentSetting(int at)
    {
        if (!InTherapySetting(at)) return false;
        var clause = ClauseOf(at);
        var m = NearestSettingPreposition(clause.Start, at);
        return m.Success && _lower.AsSpan(m.Index).StartsWith("for") && PastTreatmentCue().IsMatch(_lower.AsSpan(clause.Start, m.Index - clause.Start));
    }

    private void ReadCancerTypes()
    {
        var mentions = WithCoordinatedHeads(WithModifiedGroups(CancerTypeVocabulary.Default.Find(_text, _lower, _tokens)));
        if (mentions.Count == 0) return;
        var added = new List<(CancerTypeFact Fact, bool Generic)>();
        List<string>? otherMalignancyGroups = null;
        List<CancerTypeFact>? includedSites = null;
        var mayHaveTerminologyNote = _lower.Contains("terminolog", StringComparison.Ordinal) || _lower.Contains("classification s", StringComparison.Ordinal);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var end = m.Start + m.Length;
            if (InOtherMalignancyContext(m.Start, end) && !IsNamedPastOrConcurrentDisease(m, end)) continue;
            // "Active malignancy (except non-melanoma skin cancer)": a broad malignancy with the usual skin/in-situ
            // exceptions is another malignancy, not the disease under study; and so is a later repeat of the same group
            // ("...; this does not apply to malignancies that need no therapy").
            if (m.Type.IsGroup && (HasSkinOrInSituException(m.Start, end) || otherMalignancyGroups?.Contains(m.Type.Code) == true))
            {
                (otherMalignancyGroups ??= []).Add(m.Type.Code);
                continue;
            }
            var surface = _lower.AsSpan(m.Start, m.Length);
            // "melanoma, or any other advanced malignancy": a generic word after "or (any) other" is an alternative of its own.
            var generic = m.Type.IsGroup && m.Type.Code is "GROUP:ANY" or "GROUP:SOLID" && IsGenericWord(surface) && !IsOtherAlternative(m.Start);
            var tail = _lower.AsSpan(end, Math.Min(12, _lower.Length - end)).TrimStart();
            if (IsNameOfSomethingElse(tail)) continue;
            // "two first-degree relatives with breast or ovarian cancer", "family history of prostate cancer": a relative's disease.
            if (IsRelativesDisease(m.Start)) continue;
            if (IsExcusedCause(m.Start)) continue;
            // "cells with a morphology between typical hairy cells and prolymphocytes", "resembling Burkitt lymphoma": a type
            // a finding is compared with is not the disease.
            if (IsComparison(m.Start) || IsLikeDescriptor(end)) continue;
            // "NOTE: A new classification scheme for adult non-Hodgkin's lymphoma has been adopted ...; the terminology of
            // indolent or aggressive lymphoma will replace ...": a sentence about names and classifications, not a condition.
            if (mayHaveTerminologyNote && InTerminologySentence(m.Start)) continue;
            // "heart disease unrelated to Kaposi's sarcoma": the type is a reference point for another condition.
            if (_lower.AsSpan(0, m.Start).TrimEnd().EndsWith("unrelated to")) continue;
            if (_lower.AsSpan(Math.Max(0, m.Start - 12), Math.Min(12, m.Start)).EndsWith("criteria in ")) continue;
            // Names that only qualify something else are not the disease: "breast cancer cells", "lymphoma cells".
            var after = _lower.AsSpan(end, Math.Min(20, _lower.Length - end)).TrimStart();
            if (QualifiesSomethingElse(after)) continue;
            // "solid tumor malignancy", "B-cell lymphoma malignancy": a generic word right after a name is its head.
            if (k > 0 && m.Type.Code == "GROUP:ANY" && IsGenericWord(surface)
                && _lower.AsSpan(mentions[k - 1].Start + mentions[k - 1].Length, Math.Max(0, m.Start - mentions[k - 1].Start - mentions[k - 1].Length)).IsWhiteSpace()
                && mentions[k - 1].Start + mentions[k - 1].Length <= m.Start) continue;
            // "low-grade glioma that has progressed to high-grade glioma", "follicular lymphoma transformed to DLBCL": the
            // type a disease grew out of is its history; the type it became, named next, is the condition.
            if (k + 1 < mentions.Count && mentions[k + 1].Start < ClauseOf(m.Start).End && IsEarlierFormOfNext(end, mentions[k + 1].Start)) continue;
            // A graded marrow finding is not the disease: "grade 3 or worse myelofibrosis", "myelofibrosis less than 3+".
            if (m.Type.Code == "PMF" && IsGradedMarrowFibrosis(m.Start, end)) continue;
            var polarity = PolarityAt(m.Start, end, permissionMeansAllowed: false, verbNegations: false);
            // The disease a treatment was given for is not a disease condition when the treatment is negated:
            // "No prior chemotherapy for NSCLC" says nothing against NSCLC; nor does a treatment that is allowed say the
            // disease is: "no concurrent anticancer therapy except hormones for the present breast cancer".
            if (polarity is Polarity.Excluded or Polarity.Allowed && InTherapySetting(m.Start)) continue;
            // Nor when the treatment is a past one being counted or timed: "since prior therapy for Kaposi's sarcoma".
            if (InPastTreatmentSetting(m.Start)) continue;
            var clauseEnd = ClauseOf(m.Start).End;
            var cueWindow = CueWindowAfter(mentions, k, clauseEnd, 40);
            // A preference is not a condition: "melanoma or renal cell cancer preferred".
            if (cueWindow.Contains("preferred", StringComparison.Ordinal) || IsPriorityGroup(m.Start)) continue;
            // "For patients with brain tumours, a guardian must sign": the disease picks out whom another requirement applies to.
            if (IsConditionalCohort(m.Start)) continue;
            // "histology requirement waived for brainstem tumours": the disease names who is spared another requirement.
            if (IsWaiverGroup(m.Start, end)) continue;
            if (polarity == Polarity.Required && HasDiseasePermission(cueWindow[..Math.Min(30, cueWindow.Length)])) polarity = Polarity.Allowed;
            // "The following histologies are not eligible: islet cell carcinoma, acinar cell carcinoma": a list opened by a prohibition.
            if (polarity == Polarity.Required && InProhibitedList(m.Start)) polarity = Polarity.Excluded;
            // "any cancer other than breast cancer or myeloma", "solid tumours (excluding breast and prostate cancer)": the
            // types an exception cue lists after a broader required type are carved out of it.
            if (polarity == Polarity.Required && ExceptedFromEarlier(mentions, k, added)) polarity = Polarity.Excluded;
            // An excluded sub-condition of the disease is not the disease: "CNS involvement by lymphoma", "blast phase CML",
            // "BCR-ABL1-positive leukemia", "grade 3b follicular lymphoma". Other criteria say what they mean for the patient.
            if (polarity == Polarity.Excluded && IsSubCondition(m.Start, end)) continue;
            // Nor is an allowed site of the disease: "prior CNS leukemia allowed" is about CNS involvement.
            if (polarity == Polarity.Allowed && IsSiteInvolvement(m.Start, end)) continue;
            // "non-colorectal cancer", "non-medullary thyroid cancer": the prefix negates the first word only.
            if (!m.Type.IsGroup && IsNonPrefixed(m.Start))
            {
                // Excluded, or with the usual skin/in-situ exceptions or a time window, it is the other-malignancy wording:
                // "no non-breast malignancy within 5 years", "any non-SCCHN malignancy, except basal cell carcinoma, ...".
                if (polarity != Polarity.Required || HasSkinOrInSituException(m.Start, end) || FollowedInClauseBy(end, clauseEnd, "within", 40)) continue;
                if (NonPrefixRemainder(m) is { } rest) added.Add((new CancerTypeFact(rest, polarity, m.Start, m.Length), false));
                polarity = Polarity.Excluded;
            }
            // "Liposarcoma (round cell and pleomorphic)", "NSCLC: adenocarcinoma": subtypes named right after the type narrow
            // it to them; "(including nasopharynx)" adds a related site the type's own name does not cover.
            var named = m.Type.IsGroup ? null : SubtypesNamedAfter(m);
            if (named is { Narrows: true })
                foreach (var code in named.Value.Codes) added.Add((new CancerTypeFact(code, polarity, m.Start, m.Length), false));
            else
                added.Add((new CancerTypeFact(m.Type.Code, polarity, m.Start, m.Length), generic));
            if (named is { Narrows: false })
                foreach (var code in named.Value.Codes) (includedSites ??= []).Add(new CancerTypeFact(code, polarity, m.Start, m.Length));
            // "locally advanced or inflammatory breast cancer": the stage word shares the head words too, so the type without
            // the subtype's word (breast cancer) is stated as well.
            if (!m.Type.IsGroup && StageWordConjunctType(m) is { } broader) added.Add((new CancerTypeFact(broader, polarity, m.Start, m.Length), false));
            // "non-ocular melanoma", "non-inflammatory breast cancer": the type is stated, and the subtype the prefixed
            // word would name is carved out of it.
            if (polarity == Polarity.Required && !m.Type.IsGroup && NonPrefixedSubtype(m) is { } carvedOut)
                added.Add((new CancerTypeFact(carvedOut, Polarity.Excluded, m.Start, m.Length), false));
            // "breast, ovarian, or prostate cancer", "non-small cell or small cell lung cancer": the conjuncts before the
            // name share its head words.
            if (!m.Type.IsGroup)
                foreach (var conjunct in SharedHeadConjuncts(m, polarity, mentions, k)) added.Add((conjunct, false));
        }
        // Examples after a broader mention name what the broader type covers, not extra requirements:
        // "metastatic solid tumors (breast, colorectal, ...)", "primary brain tumors (e.g., astrocytoma, glioma)".
        var all = added.Select(x => x.Fact).ToList();
        added.RemoveAll(a => IsExampleOfEarlierMention(a.Fact, all));
        // A site an "(including ...)" adds is no example of the type before it: it widens it.
        if (includedSites is not null) foreach (var f in includedSites) added.Add((f, false));
        // A generic word beside a named type is that type's head ("carcinoma ... of the breast"), or a histology word
        // ("excluding adenocarcinoma"). A required generic word stays when no named type is required:
        // "metastatic cancer; primary brain tumours are also eligible", "any malignancy; no leukaemia".
        var specific = added.Where(a => CancerTypeVocabulary.Default.Get(a.Fact.Code)?.IsGroup == false).ToList();
        if (specific.Count > 0)
            added.RemoveAll(a => a.Generic && (a.Fact.Polarity != Polarity.Required || specific.Exists(b => b.Fact.Polarity == Polarity.Required)));
        // "The primary X tumour" after a named type points back at that disease's primary site, not at a second disease:
        // "metastatic renal cell carcinoma with the primary renal tumour in place" states RCC, the most specific code.
        // (Broader types in a list, "glioblastoma or malignant glioma", are alternatives and stay.)
        added.RemoveAll(a => !CancerTypeVocabulary.Default.Get(a.Fact.Code)!.IsGroup && IsPrimarySiteReference(a.Fact.Start)
            && added.Exists(b => b.Fact.Start + b.Fact.Length < a.Fact.Start && b.Fact.Polarity == a.Fact.Polarity && b.Fact.Code != a.Fact.Code
                && CancerTypeVocabulary.Default.IsWithin(b.Fact.Code, a.Fact.Code)));
        // One code stated as both required and excluded: "AML ... no AML in blast transformation of CML" keeps the requirement
        // ("no AML secondary to chemotherapy" now reads as excluded therapy-related AML, a narrower code).
        // Nor does a permission add anything to a requirement of the same code: in "malignant glioma ... low-grade glioma
        // that has become high-grade glioma is eligible" the allowed case is part of what is required.
        var narrower = _parent is null ? null : NarrowerTypeOfParent(added);
        // "Secondary leukaemia resulting from prior chemotherapy", "AML induced by radiotherapy": therapy-related AML.
        if (ContainsAny("chemo", "therap", "treatment", "cytotoxic", "radiation") && Contains("leuk"))
            for (var i = 0; i < added.Count; i++)
                if (added[i].Fact.Code is "GROUP:LEUKEMIA" or "AML" && IsTherapyRelatedLeukaemia(added[i].Fact.Start, added[i].Fact.Start + added[i].Fact.Length))
                    added[i] = (added[i].Fact with { Code = "TAML" }, added[i].Generic);
        foreach (var (fact, _) in added)
        {
            if (fact.Polarity is Polarity.Excluded or Polarity.Allowed && added.Any(a => a.Fact.Code == fact.Code && a.Fact.Polarity == Polarity.Required)) continue;
            AddFact(narrower is not null && CancerTypeVocabulary.Default.IsWithin(narrower, fact.Code) ? fact with { Code = narrower } : fact);
        }
    }

    [ThreadStatic] private static (string Parent, IReadOnlyList<CancerTypeMention> Mentions)? t_parentMentions;

    /// <summary>
    /// The types a parent item names, found once for all its children: siblings share the parent, and without this each
    /// child with a disease mention ran the vocabulary over the parent's text again.
    /// </summary>
    private static IReadOnlyList<CancerTypeMention> ParentMentions(string parent)
    {
        if (t_parentMentions is { } cached && cached.Parent == parent) return cached.Mentions;
        var mentions = CancerTypeVocabulary.Default.Find(parent);
        t_parentMentions = (parent, mentions);
        return mentions;
    }

    /// <summary>
    /// Under a parent item that names a type ("NHL of one of the following subtypes:"), a child that reads only a broader
    /// type ("lymphoma, nodular mixed cell" → any lymphoma) means the parent's narrower type: the parent's narrowing holds
    /// for each of its items. The one type the parent names that is strictly under a type the child read, or null when
    /// there is none or more than one (a parent listing DLBCL and follicular lymphoma does not say which a bare
    /// "lymphoma" item means).
    /// </summary>
    private string? NarrowerTypeOfParent(List<(CancerTypeFact Fact, bool Generic)> added)
    {
        if (added.Count == 0) return null;
        var vocab = CancerTypeVocabulary.Default;
        string? narrower = null;
        foreach (var p in ParentMentions(_parent!))
        {
            if (!added.Exists(a => a.Fact.Code != p.Type.Code && vocab.IsWithin(p.Type.Code, a.Fact.Code))) continue;
            if (narrower is not null && narrower != p.Type.Code) return null;
            narrower = p.Type.Code;
        }
        return narrower;
    }

    /// <summary>
    /// The subtypes named right after mention <paramref name="m"/>: in a bracket ("liposarcoma (round cell and
    /// pleomorphic)") or after a colon ("NSCLC: adenocarcinoma"), each read with the mention's name ("round cell
    /// liposarcoma", "NSCLC adenocarcinoma"). Narrows when every listed word names a subtype of the mention's type; an
    /// "(including ...)" bracket instead adds what it lists, also a type beside the mention's ("squamous cell carcinoma of
    /// the head and neck (including nasopharynx)" adds nasopharyngeal carcinoma). Null when the words are anything else
    /// (an acronym, a stage, a type named in full, which the examples reading handles).
    /// </summary>
    private (List<string> Codes, bool Narrows)? SubtypesNamedAfter(CancerTypeMention m)
    {
        var at = m.Start + m.Length;
        while (at < _lower.Length && _lower[at] == ' ') at++;
        if (at >= _lower.Length) return null;
        if (_lower[at] == '(')
        {
            var close = _lower.IndexOf(')', at);
            if (close < 0 || close - at > 80) return null;
            var inside = _lower.AsSpan(at + 1, close - at - 1).Trim();
            var including = inside.StartsWith("including ");
            if (including) inside = inside[10..];
            if (ReadSubtypeList(m, inside, including) is { } codes) return (codes, !including);
            // "non-small cell lung cancer (NSCLC): adenocarcinoma": an acronym in brackets, then the colon.
            if (inside.IndexOf(' ') >= 0 || including) return null;
            at = close + 1;
        }
        else if (_lower[at] == ')') at++;
        if (at >= _lower.Length || _lower[at] != ':') return null;
        var listClause = ClauseOf(Math.Min(_lower.Length - 1, at + 2));
        if (listClause.Start <= at || listClause.End - listClause.Start > 60) return null;
        return ReadSubtypeList(m, _lower.AsSpan(listClause.Start, listClause.End - listClause.Start).Trim(), includes: false) is { } listed ? (listed, true) : null;
    }

    private static readonly string[] ListJoiners = [" and/or ", " or ", " and ", ", ", ","];

    /// <summary>The codes of the words of <paramref name="list"/> read as subtypes of <paramref name="m"/>, or null unless every word does.</summary>
    private List<string>? ReadSubtypeList(CancerTypeMention m, ReadOnlySpan<char> list, bool includes)
    {
        if (list.IsEmpty || list.IndexOfAny("0123456789;:".AsSpan()) >= 0) return null;
        var vocab = CancerTypeVocabulary.Default;
        var codes = new List<string>();
        var rest = list;
        while (!rest.IsEmpty)
        {
            var cut = rest.Length;
            var skip = 0;
            foreach (var j in ListJoiners)
                if (rest.IndexOf(j, StringComparison.Ordinal) is var ix and >= 0 && ix < cut) { cut = ix; skip = j.Length; }
            var part = rest[..cut].Trim();
            rest = cut < rest.Length ? rest[(cut + skip)..] : [];
            if (part.StartsWith("the ")) part = part[4..];
            if (part.IsEmpty) continue;
            // A part that names a specific type by itself is an example of the mention, read as such elsewhere; a histology
            // word alone ("adenocarcinoma") is no type of its own.
            if (part.Count(' ') > 3 || vocab.Find(part.ToString()).Any(h => !h.Type.IsGroup)) return null;
            if (SubtypeWith(m, part, includes) is not { } code) return null;
            if (!codes.Contains(code)) codes.Add(code);
        }
        return codes.Count > 0 ? codes : null;
    }

    /// <summary>
    /// The type that <paramref name="word"/> names with mention <paramref name="m"/>'s name: before it or one of its
    /// tails ("round cell" + "liposarcoma"), after it ("NSCLC" + "adenocarcinoma"), or as the site of its head ("carcinoma"
    /// + "of the nasopharynx"). Only a subtype of the mention's type, or with <paramref name="besides"/> also a type under
    /// the same parent.
    /// </summary>
    private string? SubtypeWith(CancerTypeMention m, ReadOnlySpan<char> word, bool besides)
    {
        var vocab = CancerTypeVocabulary.Default;
        var surface = _lower.AsSpan(m.Start, m.Length);
        var candidates = new List<string>();
        for (var rest = surface; ;)
        {
            candidates.Add(string.Concat(word, " ", rest));
            var space = rest.IndexOf(' ');
            if (space < 0) break;
            rest = rest[(space + 1)..];
        }
        candidates.Add(string.Concat(surface, " ", word));
        // The type's own name too, for spellings the vocabulary holds only alone ("nonsmall cell lung cancer").
        var name = m.Type.Name.ToLowerInvariant();
        candidates.Add(string.Concat(word, " ", name));
        candidates.Add(string.Concat(name, " ", word));
        if (surface.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0)
        {
            var head = surface[..of];
            candidates.Add(string.Concat(head, " of the ", word));
            if (head.LastIndexOf(' ') is var last and > 0) candidates.Add(string.Concat(head[(last + 1)..], " of the ", word));
        }
        foreach (var candidate in candidates)
        {
            var hits = vocab.Find(candidate);
            var specific = hits.Where(h => !h.Type.IsGroup).ToList();
            if (specific.Count != 1 || specific[0].Start + specific[0].Length != candidate.Length) continue;
            var code = specific[0].Type.Code;
            if (vocab.IsDescendant(code, m.Type.Code)) return code;
            if (besides && code != m.Type.Code && m.Type.Parent is { } parent && vocab.Get(code)?.Parent == parent) return code;
        }
        return null;
    }

    private static readonly string[] StageWordsBeforeOr = ["locally advanced or", "locally-advanced or", "advanced or", "metastatic or", "recurrent or", "early or", "early-stage or", "operable or", "inoperable or", "unresectable or", "resectable or", "localized or", "localised or"];

    /// <summary>
    /// "locally advanced or inflammatory breast cancer": when a stage word is joined by "or" to a name whose first word
    /// makes it a subtype, the stage word shares the rest of the name ("locally advanced breast cancer"), so that rest's
    /// type is named too. The code of that broader type, or null.
    /// </summary>
    private string? StageWordConjunctType(CancerTypeMention m)
    {
        var from = Math.Max(0, m.Start - 24);
        var lead = _lower.AsSpan(from, m.Start - from).TrimEnd();
        if (!lead.EndsWith(" or")) return null;
        var matched = false;
        foreach (var w in StageWordsBeforeOr)
            if (lead.EndsWith(w) && (lead.Length == w.Length || !char.IsLetter(lead[lead.Length - w.Length - 1]))) matched = true;
        if (!matched) return null;
        var surface = _lower.AsSpan(m.Start, m.Length);
        var space = surface.IndexOf(' ');
        if (space < 0) return null;
        var tail = surface[(space + 1)..].ToString();
        var vocab = CancerTypeVocabulary.Default;
        var hits = vocab.Find(tail);
        if (hits.Count != 1 || hits[0].Start != 0 || hits[0].Length != tail.Length || hits[0].Type.IsGroup) return null;
        var code = hits[0].Type.Code;
        return code != m.Type.Code && vocab.IsWithin(m.Type.Code, code) ? code : null;
    }

    // The cue words that only place a disease in time ("prior", "concurrent", "history of"), unlike "other", "second"
    // or "additional", which point away from the disease under study.
    [GeneratedRegex(@"^(?:prior|previous|concurrent|concomitant|coexisting|synchronous|history of)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnlyCue();

    /// <summary>
    /// "No prior or concurrent primary brain tumour", "no history of CNS malignant disease": a specific type named as
    /// the head of a time cue is a disease the patient must not have (or have had), not the other-malignancy wording,
    /// which names a broad malignancy and usually a time window or the skin/in-situ exceptions. Only when every
    /// other-malignancy cue in the clause is such a time cue on this very name, and the clause has no exception,
    /// window ("within 5 years") or "other".
    /// </summary>
    private bool IsNamedPastOrConcurrentDisease(CancerTypeMention m, int end)
    {
        if (m.Type.IsGroup) return false;
        var clause = ClauseOf(m.Start);
        var span = _lower.AsSpan(clause.Start, clause.End - clause.Start);
        if (span.Contains("within", StringComparison.Ordinal) || span.Contains("years", StringComparison.Ordinal)
            || span.Contains("other", StringComparison.Ordinal) || ExceptionWord().IsMatch(span)) return false;
        var covered = false;
        foreach (var cue in OtherMalignancyCue().EnumerateMatches(span))
        {
            var at = clause.Start + cue.Index;
            if (at >= m.Start || at + cue.Length <= m.Start || !TimeOnlyCue().IsMatch(_lower.AsSpan(at, cue.Length))) return false;
            // Words between the cue and the name that make the name a treatment's setting or a point in time are not
            // this reading: "concurrent steroids for CNS tumour", "oophorectomy prior to breast cancer diagnosis".
            var lead = _lower.AsSpan(at, m.Start - at);
            if (lead.StartsWith("history of")) lead = lead[10..];
            if (lead.Contains(" for ", StringComparison.Ordinal) || lead.StartsWith("prior to") || lead.Contains(" with ", StringComparison.Ordinal)
                || TherapyWord().IsMatch(lead)) return false;
            covered = true;
        }
        // Nor when the name qualifies what follows it: "previous breast cancer treatment", "prior lung cancer diagnosis".
        var after = _lower.AsSpan(end, Math.Min(24, _lower.Length - end)).TrimStart();
        if (after.StartsWith("diagnos") || TherapyWord().Match(_lower, end, Math.Min(24, _lower.Length - end)) is { Success: true } t
            && _lower.AsSpan(end, t.Index - end).IsWhiteSpace()) return false;
        // The cue may stop short of a longer name ("history of CNS malignant disease"): it must still reach into the name.
        return covered;
    }

    private static readonly string[] ProgressionVerbs = ["progressed", "transformed", "evolved", "converted"];

    /// <summary>
    /// Whether the words between a mention and the next one say that the first became the second: "(that/which) (has)
    /// progressed to (biopsy-proven)", "transformed into".
    /// </summary>
    private bool IsEarlierFormOfNext(int end, int next)
    {
        if (next - end > 60) return false;
        var gap = _lower.AsSpan(end, next - end).Trim();
        if (gap.StartsWith("that ") || gap.StartsWith("which ")) gap = gap[(gap.IndexOf(' ') + 1)..];
        if (gap.StartsWith("has ") || gap.StartsWith("have ")) gap = gap[(gap.IndexOf(' ') + 1)..];
        foreach (var verb in ProgressionVerbs)
        {
            if (!gap.StartsWith(verb)) continue;
            var rest = gap[verb.Length..].TrimStart();
            return rest.StartsWith("to ") || rest.StartsWith("into ") || rest is "to" or "into";
        }
        return false;
    }

    // An organisation named after a disease: "Breast Cancer Group", "Leukemia Society", "Lymphoma Foundation".
    // And a trial or programme named after one: "Breast Cancer Prevention Trial", "a colorectal cancer screening test".
    private static readonly string[] OrganisationWords = ["center", "centre", "institute", "society", "network", "group", "consortium", "foundation", "alliance", "association", "coalition", "prevention", "screening", "trial", "study"];

    private static bool IsNameOfSomethingElse(ReadOnlySpan<char> tail)
    {
        foreach (var w in OrganisationWords) if (tail.StartsWith(w)) return true;
        // "Breast-Ovarian Cancer Syndrome": a hereditary syndrome (a family history), not the patient's disease.
        return tail.StartsWith("syndrome");
    }

    // A disease name used as a modifier of another noun: "breast cancer cells", "circulating lymphoma cells", "anaplastic
    // lymphoma kinase" (the ALK gene), "myeloma protein" (the M-protein), "leukemic infiltration of the kidneys".
    // And a treatment named after the disease it treats: "no prior primary CNS lymphoma therapy", "breast cancer treatment".
    private static readonly string[] ModifiedNouns = ["cell line", "cells", "vaccine", "antigen", "specific", "kinase", "protein", "infiltrat", "blasts", "blast cell", "therapy", "therapies", "treatment", "regimen"];

    private static bool QualifiesSomethingElse(ReadOnlySpan<char> after)
    {
        foreach (var w in ModifiedNouns) if (after.StartsWith(w)) return true;
        return false;
    }

    private static readonly string[] NotConjuncts = ["other", "any", "another", "second", "prior", "previous", "no", "not", "with", "without", "history", "active", "known", "concurrent", "the", "of", "or", "and", "a", "an", "either", "both"];

    /// <summary>
    /// Reads the conjuncts written before a cancer type that share its head words: for "breast, ovarian, or prostate
    /// cancer" the text before "prostate cancer" is "breast, ovarian, or", and "breast cancer" and "ovarian cancer" are
    /// looked up. Only specific (non-group) types are taken, with the named type's polarity.
    /// </summary>
    private IEnumerable<CancerTypeFact> SharedHeadConjuncts(CancerTypeMention m, Polarity polarity, IReadOnlyList<CancerTypeMention> mentions, int k)
    {
        var leadStart = Math.Max(0, m.Start - 80);
        var list = _lower.AsSpan(leadStart, m.Start - leadStart).TrimEnd();
        // The list must end in "or" / "and/or" / "/" right before the name; "and" alone often joins two conditions, but
        // not in a list of exceptions ("excluding breast and prostate cancer").
        if (list.EndsWith(" or")) list = list[..^3];
        else if (list.EndsWith("and/or")) list = list[..^6];
        else if (polarity == Polarity.Excluded && list.EndsWith(" and") && HasCarveOut(list)) list = list[..^4];
        else if (list.EndsWith("/")) list = list[..^1];
        else return [];
        var surface = _lower.AsSpan(m.Start, m.Length);
        var vocab = CancerTypeVocabulary.Default;
        var found = new List<CancerTypeFact>();
        while (found.Count < 4)
        {
            list = list.TrimEnd().TrimEnd(',').TrimEnd();
            var split = Math.Max(list.LastIndexOf(','), list.LastIndexOf('/'));
            var orAt = list.LastIndexOf(" or ", StringComparison.Ordinal);
            if (orAt >= 0 && orAt + 3 > split) split = orAt + 3;
            var segment = list[(split + 1)..];
            var segmentStart = leadStart + split + 1;
            // The conjunct is the last one to three words of its segment ("with breast" -> "breast"), the fewest that name a type.
            CancerType? type = null;
            var wordStart = -1;
            var wordLength = 0;
            var from = segment.Length;
            // One word more is tried after a type is found: in "acute myeloid or lymphoblastic leukemia" the conjunct is
            // "acute myeloid" (AML), not "myeloid" (any myeloid neoplasm); the longer reading wins only when it is narrower.
            for (var words = 1; words <= 3; words++)
            {
                var space = segment[..from].TrimEnd().LastIndexOf(' ');
                from = space < 0 ? 0 : space;
                var word = segment[(space + 1)..].Trim();
                if (word.IsEmpty || word.Length > 24 || word.IndexOfAny("0123456789()".AsSpan()) >= 0) break;
                var first = word.IndexOf(' ') is var sp and >= 0 ? word[..sp] : word;
                var stop = false;
                foreach (var w in NotConjuncts) if (first.SequenceEqual(w)) stop = true;
                // "and" inside a name ("head and neck"): read one more word before giving up.
                if (stop && type is null && first.SequenceEqual("and") && space > 0) continue;
                if (stop) break;
                var named = TypeOfConjunct(word, surface);
                if (type is null || named is not null && named.Code != type.Code && vocab.IsWithin(named.Code, type.Code))
                {
                    if (named is not null)
                    {
                        var narrowing = type is not null;
                        type = named;
                        wordStart = segmentStart + (space + 1) + (segment[(space + 1)..].Length - segment[(space + 1)..].TrimStart().Length);
                        wordLength = word.Length;
                        if (narrowing) break;
                    }
                }
                else break;
                if (space < 0) break;
            }
            if (type is null) break;
            // A conjunct that is (part of) a type read on its own is that type, not a modifier of this one.
            var overlaps = false;
            for (var j = 0; j < k; j++) if (mentions[j].Start + mentions[j].Length > wordStart) overlaps = true;
            if (overlaps) break;
            found.Add(new CancerTypeFact(type.Code, polarity, wordStart, wordLength));
            if (split < 0) break;
            list = list[..Math.Max(0, orAt >= 0 && orAt + 3 == split ? orAt : split)];
        }
        return found;
    }

    // Head nouns a list of modifiers can share: "ovarian, tubal, or peritoneal adenocarcinoma", "basal or squamous cell skin cancer".
    private static readonly string[] CoordinatedHeads = ["cancer", "carcinoma", "adenocarcinoma", "tumor", "neoplasm", "malignancy", "lymphoma", "leukemia", "sarcoma"];

    // The generic heads whose types the vocabulary mostly names with "cancer": "peritoneal adenocarcinoma" is peritoneal cancer
    // (see TypeOfConjunct).
    private static readonly string[] CancerLikeHeads = ["carcinoma", "adenocarcinoma", "tumor", "neoplasm", "malignancy"];

    /// <summary>
    /// Adds the last conjunct of a modifier list that shares a generic head noun, when the two together name a specific
    /// type the vocabulary found no other way: in "stage III or IV ovarian epithelial, tubal, or peritoneal
    /// adenocarcinoma" only "adenocarcinoma" (a generic word) is a name, but "peritoneal adenocarcinoma" is peritoneal
    /// cancer. The mention spans the conjunct and the head, so <see cref="SharedHeadConjuncts"/> then reads the conjuncts
    /// before it ("tubal", "ovarian epithelial") as it does before any named type. A group mention inside the new span
    /// ("adenocarcinoma") gives way to it. Two words of modifier at most, and only after "or"/"and": a bare adjective before
    /// a generic word ("advanced adenocarcinoma") is no list.
    /// </summary>
    private IReadOnlyList<CancerTypeMention> WithCoordinatedHeads(IReadOnlyList<CancerTypeMention> mentions)
    {
        if (!_lower.Contains(" or ", StringComparison.Ordinal) && !_lower.Contains(" and ", StringComparison.Ordinal)) return mentions;
        List<CancerTypeMention>? result = null;
        for (var h = 2; h < _tokens.Length; h++)
        {
            var head = Tokenizer.Key(_lower, _tokens[h]);
            var isHead = false;
            foreach (var w in CoordinatedHeads) if (head.SequenceEqual(w)) isHead = true;
            if (!isHead) continue;
            for (var c = h - 2; c >= Math.Max(0, h - 3); c--)
            {
                var key = Tokenizer.Key(_lower, _tokens[c]);
                if (!key.SequenceEqual("or") && !key.SequenceEqual("and")) continue;
                if (CoveredBySpecific(mentions, _tokens[h].Start) || PastOrOtherDiseaseBefore(h)) break;
                var start = _tokens[c + 1].Start;
                // A break between the conjunct and its head ("or IV. Carcinoma") ends the list.
                if (_lower.AsSpan(start, _tokens[h].End - start).IndexOfAny(".;:()".AsSpan()) >= 0) break;
                var type = TypeOfConjunct(_lower.AsSpan(start, _tokens[h - 1].End - start), string.Concat(" ", head));
                if (type is null) break;
                if (CoveredBySpecific(mentions, start)) break;
                result ??= [.. mentions];
                var end = _tokens[h].End;
                result.RemoveAll(m => m.Type.IsGroup && m.Start >= start && m.Start + m.Length <= end);
                result.Add(new CancerTypeMention(type, start, end - start));
                break;
            }
        }
        if (result is null) return mentions;
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static readonly string[] PastOrOtherWords = ["prior", "previous", "history", "other", "second", "secondary", "concurrent", "another"];

    /// <summary>"Prior invasive colon or rectal malignancy", "history of other breast or ovarian cancer": a list that names a past
    /// or second cancer is the other-malignancy wording, which generic heads alone do not turn into the trial's disease.</summary>
    private bool PastOrOtherDiseaseBefore(int head)
    {
        for (var k = Math.Max(0, head - 8); k < head; k++)
            foreach (var w in PastOrOtherWords)
                if (Tokenizer.Key(_lower, _tokens[k]).SequenceEqual(w)) return true;
        return false;
    }

    /// <summary>
    /// A lymphoma or leukaemia group named with a subtype's words before it is that subtype: "follicular B-cell non-Hodgkin's
    /// lymphoma" is follicular lymphoma, "peripheral T-cell NHL" peripheral T-cell lymphoma. Up to three words right before
    /// the group's name (no punctuation between, no negation or history word among them) are read with "lymphoma" or
    /// "leukemia"; the longest that names a type within the group replaces it.
    /// </summary>
    private IReadOnlyList<CancerTypeMention> WithModifiedGroups(IReadOnlyList<CancerTypeMention> mentions)
    {
        List<CancerTypeMention>? result = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var head = m.Type.Code switch { "GROUP:NHL" or "GROUP:LYMPHOMA" => "lymphoma", "GROUP:LEUKEMIA" => "leukemia", _ => null };
            if (head is null) continue;
            var first = TokenAt(m.Start);
            if (first <= 0) continue;
            CancerTypeMention? better = null;
            for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
            {
                if (_lower.AsSpan(_tokens[k].End, _tokens[k + 1].Start - _tokens[k].End).IndexOfAny(".,;:()/".AsSpan()) >= 0) break;
                var key = Tokenizer.Key(_lower, _tokens[k]);
                var stop = false;
                foreach (var w in NotConjuncts) if (key.SequenceEqual(w)) stop = true;
                foreach (var w in PastOrOtherWords) if (key.SequenceEqual(w)) stop = true;
                if (stop || (i > 0 && mentions[i - 1].Start + mentions[i - 1].Length > _tokens[k].Start)) break;
                if (WholeSpecificType(string.Concat(_lower.AsSpan(_tokens[k].Start, _tokens[first - 1].End - _tokens[k].Start), " ", head)) is { } type
                    && CancerTypeVocabulary.Default.IsWithin(type.Code, m.Type.Code))
                    better = new CancerTypeMention(type, _tokens[k].Start, m.Start + m.Length - _tokens[k].Start);
            }
            if (better is null) continue;
            result ??= [.. mentions];
            result[i] = better;
        }
        return (IReadOnlyList<CancerTypeMention>?)result ?? mentions;
    }

    /// <summary>The index of the token that starts at <paramref name="start"/>, or -1.</summary>
    private int TokenAt(int start)
    {
        for (var k = 0; k < _tokens.Length; k++) if (_tokens[k].Start == start) return k;
        return -1;
    }

    private static bool CoveredBySpecific(IReadOnlyList<CancerTypeMention> mentions, int at)
    {
        foreach (var m in mentions) if (!m.Type.IsGroup && at >= m.Start && at < m.Start + m.Length) return true;
        return false;
    }

    /// <summary>The specific type a conjunct names with the head words of <paramref name="surface"/>, longest tail first
    /// ("non-small cell" + " lung cancer"), or with "cancer" for a cancer-like head; null when none.</summary>
    private static CancerType? TypeOfConjunct(ReadOnlySpan<char> word, ReadOnlySpan<char> surface)
    {
        for (var tail = surface.IndexOf(' '); tail >= 0; tail = NextSpace(surface, tail))
            if (WholeSpecificType(string.Concat(word, surface[tail..])) is { } type) return type;
        // "cervical, vaginal, or endometrial carcinoma", "ovarian or tubal adenocarcinoma": a site adjective the vocabulary
        // knows only before "cancer" names the same type before another cancer-like head.
        return EndsWithCancerLikeHead(surface) ? WholeSpecificType(string.Concat(word, " cancer")) : null;
    }

    /// <summary>The specific (non-group) type <paramref name="phrase"/> names as a whole, or null.</summary>
    private static CancerType? WholeSpecificType(string phrase)
    {
        var hits = CancerTypeVocabulary.Default.Find(phrase);
        return hits.Count == 1 && hits[0].Start == 0 && hits[0].Length == phrase.Length && !hits[0].Type.IsGroup ? hits[0].Type : null;
    }

    private static bool EndsWithCancerLikeHead(ReadOnlySpan<char> surface)
    {
        foreach (var w in CancerLikeHeads)
            if (surface.EndsWith(w) && surface.Length > w.Length && surface[^(w.Length + 1)] == ' ') return true;
        return surface.EndsWith(" carcinomas");
    }

    // The family named after the disease: "prostate cancer in the family".
    private static readonly string[] FamilyAfter = [" in the family", " in his family", " in her family", " in their family", " in the patient's family"];

    // "unless due to lymphoma", "if caused by the leukaemia": the disease as the cause a lab or organ limit excuses.
    [GeneratedRegex(@"\b(?:unless|if|except when|except if|when)\s+(?:(?:it|this|that)\s+)?(?:is\s+|are\s+)?(?:clearly\s+|felt\s+|thought\s+|considered\s+)?(?:to\s+be\s+)?(?:due to|caused by|attributable to|related to|secondary to)\s+(?:[\w'-]+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CauseExcused();

    /// <summary>Whether the disease at <paramref name="start"/> is the cause a limit excuses: "creatinine below 2 mg/dL unless
    /// due to lymphoma". It says nothing about which disease the patient must have.</summary>
    private bool IsExcusedCause(int start)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 60);
        var lead = _lower.AsSpan(from, start - from);
        if (!lead.Contains(" to ", StringComparison.Ordinal) && !lead.Contains(" by ", StringComparison.Ordinal)) return false;
        return CauseExcused().IsMatch(lead);
    }

    // Not "relative" alone ("relative contraindication") nor siblings (transplant donors are named beside the patient's disease).
    private static readonly string[] RelativeWords = ["relatives", "degree relative", "family history", "family member", "kindred"];

    /// <summary>
    /// Whether the disease at <paramref name="start"/> is a relative's: a family word comes before it in its clause, within
    /// 100 characters ("relatives diagnosed before age 50 with ovarian cancer"). "Personal or family history of ..." names
    /// the patient's own history too and is left alone.
    /// </summary>
    private bool IsRelativesDisease(int start)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 100);
        var lead = _lower.AsSpan(from, start - from);
        if (lead.Contains("personal", StringComparison.Ordinal)) return false;
        // "evidence of prostate cancer in the family": the family word written after the disease.
        if (_lower.Contains(" family", StringComparison.Ordinal))
        {
            var tail = _lower.AsSpan(start, Math.Min(clause.End, start + 60) - start);
            foreach (var w in FamilyAfter) if (tail.Contains(w, StringComparison.Ordinal)) return true;
        }
        foreach (var w in RelativeWords)
        {
            var at = lead.LastIndexOf(w);
            if (at >= 0 && (at == 0 || !char.IsLetter(lead[at - 1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Anaplastic large cell lymphoma, Hodgkin's-like", "Hodgkin like": a type named before "like" describes how another
    /// disease looks; it is not the disease. (Names that contain "like" themselves, such as "Burkitt-like lymphoma", are
    /// whole vocabulary phrases and never end right before it.)
    /// </summary>
    private bool IsLikeDescriptor(int end)
    {
        var tail = _lower.AsSpan(end, Math.Min(12, _lower.Length - end));
        if (tail.StartsWith("'s") || tail.StartsWith("’s")) tail = tail[2..];
        tail = tail.TrimStart().TrimStart('-');
        return tail.StartsWith("like") && (tail.Length == 4 || !char.IsLetter(tail[4]));
    }

    /// <summary>Whether the sentence around <paramref name="start"/> speaks of terminology or a classification scheme.</summary>
    private bool InTerminologySentence(int start)
    {
        var from = _lower.LastIndexOf('.', Math.Max(0, start - 1)) + 1;
        var to = _lower.IndexOf('.', start);
        var sentence = _lower.AsSpan(from, (to < 0 ? _lower.Length : to) - from);
        return sentence.Contains("terminolog", StringComparison.Ordinal) || sentence.Contains("classification scheme", StringComparison.Ordinal)
            || sentence.Contains("classification system", StringComparison.Ordinal);
    }

    private static readonly string[] ComparisonCues = ["intermediate between", "resembling", "resembles", "similar to", "mimicking", "mimics"];

    /// <summary>Whether a comparison cue stands before the disease at <paramref name="start"/> in its clause, within 50 characters.</summary>
    private bool IsComparison(int start) => CueInClauseBefore(start, 50, ComparisonCues);

    /// <summary>Whether one of <paramref name="cues"/> stands in the clause of <paramref name="start"/>, within <paramref name="window"/> characters before it.</summary>
    private bool CueInClauseBefore(int start, int window, string[] cues)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - window);
        var lead = _lower.AsSpan(from, start - from);
        foreach (var cue in cues) if (lead.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] PriorityCues = ["priority given", "priority is given", "priority will be given", "given priority", "preference given", "preference is given", "preference will be given"];

    /// <summary>"Priority given to patients with lung cancer": who goes first among the eligible, not who is eligible.</summary>
    private bool IsPriorityGroup(int start) => CueInClauseBefore(start, 80, PriorityCues);

    private static readonly string[] ProhibitedListHeads = ["not eligible", "ineligible", "are excluded", "not allowed", "not permitted", "not acceptable"];

    /// <summary>
    /// Whether the disease at <paramref name="start"/> is in a list that a prohibition opens with a colon ("The following
    /// cell types are not eligible: ..."), in the same sentence: the colon's list, unlike the clause the parser splits it
    /// into, still carries the prohibition.
    /// </summary>
    private bool InProhibitedList(int start)
    {
        var colon = _lower.LastIndexOf(':', Math.Max(0, start - 1));
        if (colon < 0 || start - colon > 200 || _lower.AsSpan(colon, start - colon).IndexOfAny(".;".AsSpan()) >= 0) return false;
        var head = _lower.AsSpan(0, colon).TrimEnd();
        foreach (var h in ProhibitedListHeads) if (head.EndsWith(h)) return true;
        return false;
    }

    private static readonly string[] ConditionalOpenings = ["for patients with ", "for subjects with ", "for participants with ", "for those with ", "for women with ", "for men with ", "for children with ", "in patients with ", "in subjects with ", "in participants with "];

    /// <summary>
    /// Whether the item opens with "For patients with ..." and the disease at <paramref name="start"/> sits in that opening
    /// phrase (before its first comma or colon): the phrase is the condition under which the rest of the item applies.
    /// </summary>
    private bool IsConditionalCohort(int start)
    {
        if (_lower.Length < 16 || _lower[0] is not ('f' or 'i')) return false;
        foreach (var opening in ConditionalOpenings)
        {
            if (!_lower.StartsWith(opening, StringComparison.Ordinal)) continue;
            var close = _lower.AsSpan(0, start).IndexOfAny(',', ':', ';');
            return close < 0 && start >= opening.Length && _lower.AsSpan(start).IndexOfAny(',', ':') is > 0;
        }
        return false;
    }

    private bool IsOtherAlternative(int start)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 50);
        var lead = _lower.AsSpan(from, start - from);
        var at = lead.LastIndexOf("or any other ");
        if (at < 0) at = lead.LastIndexOf("or other ");
        return at >= 0 && lead[at..].IndexOfAny(",;(".AsSpan()) < 0;
    }

    private bool IsPrimarySiteReference(int start)
    {
        var lead = _lower.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        return lead.EndsWith("primary") && !lead.EndsWith("or primary") && !lead.EndsWith(", primary");
    }

    /// <summary>
    /// Whether a waiver of another requirement ("may be waived", "waived for", "may waive") speaks about the disease at
    /// [start,end): the disease is within 80 characters of it in the same clause, with no parenthesis between ("optic glioma
    /// (histology requirement waived)" lists the glioma as eligible and only notes the waiver).
    /// </summary>
    private bool IsWaiverGroup(int start, int end)
    {
        if (!_lower.Contains("waive", StringComparison.Ordinal)) return false;
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 80);
        var to = Math.Min(clause.End, end + 80);
        var before = _lower.AsSpan(from, start - from);
        var after = _lower.AsSpan(end, to - end);
        var b = before.LastIndexOf("waive");
        if (b >= 0 && before[b..].IndexOfAny('(', ')') < 0) return true;
        var a = after.IndexOf("waive");
        return a >= 0 && after[..a].IndexOfAny('(', ')') < 0;
    }

    // Words that carve types out of a broader one named before them.
    private static readonly string[] CarveOutWords = ["except", "excluding", "other than", "besides", "apart from", "with the exception of", "not including"];

    private static bool HasCarveOut(ReadOnlySpan<char> gap)
    {
        foreach (var w in CarveOutWords) if (gap.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Whether mention <paramref name="k"/> follows a carve-out word ("other than", "excluding", "except") that comes after a
    /// required broader type of the same sentence: "any cancer other than breast cancer, myeloma or prostate cancer".
    /// </summary>
    private bool ExceptedFromEarlier(IReadOnlyList<CancerTypeMention> mentions, int k, List<(CancerTypeFact Fact, bool Generic)> added)
    {
        var m = mentions[k];
        var vocab = CancerTypeVocabulary.Default;
        for (var j = k - 1; j >= 0; j--)
        {
            var e = mentions[j];
            var gapStart = e.Start + e.Length;
            if (gapStart > m.Start || m.Start - gapStart > 120) continue;
            if (!vocab.IsWithin(m.Type.Code, e.Type.Code)) continue;
            var gap = _lower.AsSpan(gapStart, m.Start - gapStart);
            if (gap.IndexOf(';') >= 0 || gap.IndexOf(". ") >= 0 || !HasCarveOut(gap)) continue;
            foreach (var (fact, _) in added) if (fact.Start == e.Start && fact.Polarity == Polarity.Required) return true;
        }
        return false;
    }

    private static int NextSpace(ReadOnlySpan<char> s, int from)
    {
        var next = s[(from + 1)..].IndexOf(' ');
        return next < 0 ? -1 : from + 1 + next;
    }

    /// <summary>Whether <paramref name="word"/> follows <paramref name="end"/> within <paramref name="reach"/> characters of the same clause.</summary>
    private bool FollowedInClauseBy(int end, int clauseEnd, string word, int reach)
    {
        var to = Math.Min(clauseEnd, end + reach);
        return to > end && _lower.AsSpan(end, to - end).Contains(word, StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a cue after mention <paramref name="k"/> ("allowed", "preferred") still speaks about it: up to
    /// <paramref name="reach"/> characters after it, skipping a parenthesis that opens right there ("primary brain tumors
    /// (e.g., astrocytoma, glioma) are also eligible") and the types coordinated with it ("melanoma or renal cell cancer
    /// preferred"), and not past the next other type ("NHL (NHL) AIDS-related NHL eligible").
    /// </summary>
    private ReadOnlySpan<char> CueWindowAfter(IReadOnlyList<CancerTypeMention> mentions, int k, int clauseEnd, int reach)
    {
        var from = SkipParenthesis(mentions[k].Start + mentions[k].Length, clauseEnd);
        var to = clauseEnd;
        for (var j = k + 1; j < mentions.Count; j++)
        {
            var next = mentions[j];
            if (next.Start < from) continue;
            if (next.Start >= clauseEnd) break;
            if (!IsCoordination(_lower.AsSpan(from, next.Start - from))) { to = next.Start; break; }
            from = SkipParenthesis(next.Start + next.Length, clauseEnd);
        }
        return _lower.AsSpan(from, Math.Max(0, Math.Min(to, from + reach) - from));
    }

    /// <summary>
    /// A permission about the words before it: not "not eligible", and not "eligible for/to" (what the patient may
    /// receive: "NHL or CLL, not eligible for transplant").
    /// </summary>
    private static bool HasDiseasePermission(ReadOnlySpan<char> window)
    {
        foreach (var cue in PermissionCue().EnumerateMatches(window))
        {
            if (IsNegatedCue(window, cue.Index)) continue;
            var rest = window[(cue.Index + cue.Length)..];
            if ((rest.StartsWith(" for ") && !IsForThisStudy(rest)) || rest.StartsWith(" to ")) continue;
            // "Patients with APL are eligible provided they have failed ATRA": eligibility on a further condition names the
            // trial's own population, a requirement, not a permission.
            if (window[cue.Index..].StartsWith("eligible") && (rest.StartsWith(" provided") || rest.StartsWith(" only if"))) continue;
            return true;
        }
        return false;
    }

    private static readonly string[] ThisStudy = [" for this", " for the study", " for the trial", " for the protocol", " for study", " for treatment", " for enrollment", " for entry", " for participation"];

    /// <summary>"remain eligible for treatment on this trial", "also eligible for this study": eligible to take part, a permission.</summary>
    private static bool IsForThisStudy(ReadOnlySpan<char> rest)
    {
        foreach (var w in ThisStudy) if (rest.StartsWith(w)) return true;
        return false;
    }

    private int SkipParenthesis(int end, int clauseEnd)
    {
        var at = end;
        while (at < clauseEnd && char.IsWhiteSpace(_lower[at])) at++;
        if (at >= clauseEnd || _lower[at] != '(') return end;
        var close = _lower.IndexOf(')', at);
        return close > 0 && close < clauseEnd ? close + 1 : end;
    }

    /// <summary>A comma, "or", "and" or "and/or" between two names (two names side by side are not a list).</summary>
    private static bool IsCoordination(ReadOnlySpan<char> gap)
    {
        gap = gap.Trim();
        if (gap.Length == 0) return false;
        if (gap[0] == ',') gap = gap[1..].Trim();
        return gap.Length == 0 || gap is "or" or "and" or "and/or";
    }

    /// <summary>"non-colorectal cancer", "non colorectal cancer": the name is negated by a prefix the vocabulary does not hold.</summary>
    private bool IsNonPrefixed(int start) =>
        start >= 4 && _lower.AsSpan(start - 4, 4) is "non-" or "non " && (start == 4 || !char.IsLetter(_lower[start - 5]));

    /// <summary>
    /// The descendant of mention <paramref name="m"/> that the words after a "non" prefix right before it would name with
    /// the mention's tail words ("non-ocular [malignant] melanoma" → ocular melanoma, "nonsquamous cell carcinoma of the
    /// cervix" → squamous cell carcinoma of the cervix), or null. The prefix may be hyphenated, joined or a word of its own,
    /// and may start either of the last two words before the name ("non-clear cell renal cell carcinoma").
    /// </summary>
    private string? NonPrefixedSubtype(CancerTypeMention m)
    {
        var from = Math.Max(0, m.Start - 32);
        var lead = _lower.AsSpan(from, m.Start - from).TrimEnd();
        ReadOnlySpan<char> modifier = default;
        var wordEnd = lead.Length;
        for (var words = 0; words < 3 && wordEnd > 0; words++)
        {
            var space = lead[..wordEnd].LastIndexOf(' ');
            var word = lead[(space + 1)..wordEnd];
            if (NonPrefixLength(word) is var n and > 0) { modifier = lead[(space + 1 + n)..].TrimStart(); break; }
            if (space < 0) break;
            wordEnd = space;
        }
        if (modifier.Length < 3) return null;
        var vocab = CancerTypeVocabulary.Default;
        // The modifier with the whole name, then with its shorter tails: "ocular malignant melanoma", "ocular melanoma".
        for (var rest = _lower.AsSpan(m.Start, m.Length); ;)
        {
            var candidate = string.Concat(modifier, " ", rest);
            var hits = vocab.Find(candidate);
            if (hits.Count == 1 && hits[0].Start == 0 && hits[0].Length == candidate.Length && vocab.IsDescendant(hits[0].Type.Code, m.Type.Code))
                return hits[0].Type.Code;
            var space = rest.IndexOf(' ');
            if (space < 0) break;
            rest = rest[(space + 1)..];
        }
        return null;
    }

    /// <summary>How many characters of <paramref name="word"/> are a "non" prefix: "non-ocular" 4, "nonsquamous" 3, "non" 3; else 0 ("none", "nonetheless").</summary>
    private static int NonPrefixLength(ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual("non")) return 3;
        if (word.Length < 7 || !word.StartsWith("non") || word.StartsWith("none")) return 0;
        if (word[3] == '-') return 4;
        return char.IsAsciiLetter(word[3]) ? 3 : 0;
    }

    private static readonly string[] GenericHeads = ["cancer", "carcinoma", "malignan", "tumor", "tumour", "neoplas"];

    /// <summary>
    /// What is left of a "non-" mention once its first word is negated: "non-medullary thyroid cancer" → THYROID,
    /// "non-Burkitt lymphoma" → GROUP:LYMPHOMA;
    /// "non-colorectal cancer", "non-breast malignancy" → the solid (or haematological) group the named type belongs to;
    /// "non-rhabdomyosarcoma soft tissue sarcoma" → nothing (the words after it name their own type).
    /// </summary>
    private string? NonPrefixRemainder(CancerTypeMention m)
    {
        var vocab = CancerTypeVocabulary.Default;
        var broad = vocab.IsWithin(m.Type.Code, "GROUP:SOLID") ? "GROUP:SOLID" : vocab.IsWithin(m.Type.Code, "GROUP:HEME") ? "GROUP:HEME" : null;
        var surface = _lower.AsSpan(m.Start, m.Length);
        var space = surface.IndexOfAny(' ', '-');
        if (space > 0)
        {
            var rest = vocab.Normalise(surface[(space + 1)..].ToString());
            if (rest is not null && rest.Code != "GROUP:ANY") return rest.Code;
            return broad;
        }
        var after = _lower.AsSpan(m.Start + m.Length).TrimStart(" -'s");
        foreach (var h in GenericHeads) if (after.StartsWith(h)) return broad;
        return null;
    }

    private static readonly string[] SkinOrInSitu = ["skin", "in situ", "basal cell", "cervix", "cervical"];

    /// <summary>
    /// Whether an exception cue follows the mention in its clause (within 80 characters) and names the exceptions that
    /// other-malignancy criteria list: skin cancers and carcinoma in situ.
    /// </summary>
    private bool HasSkinOrInSituException(int start, int end)
    {
        var clause = ClauseOf(start);
        foreach (var e in _exceptions)
        {
            if (e < end || e >= clause.End || e - end > 80) continue;
            if (_lower.AsSpan(e).StartsWith("with or without") || _lower.AsSpan(e).StartsWith("however")) continue;
            var tail = _lower.AsSpan(e, Math.Min(clause.End, e + 60) - e);
            foreach (var w in SkinOrInSitu) if (tail.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly string[] SiteBefore = ["cns", "central nervous system", "leptomeningeal", "meningeal", "testicular", "involvement by", "involvement of", "involvement with"];

    private bool IsSiteInvolvement(int start, int end)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 30);
        var before = _lower.AsSpan(from, start - from).TrimEnd(" -");
        foreach (var w in SiteBefore) if (before.EndsWith(w)) return true;
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end));
        return after.StartsWith(" involvement") || after.StartsWith(" of the cns") || after.StartsWith(" of the central nervous") || after.StartsWith(" in the cns");
    }

    private static readonly string[] SubConditionBefore =
    [
        "cns", "central nervous system", "leptomeningeal", "meningeal", "involvement by", "involvement of", "involvement with", "accelerated",
        "blast", "blastic", "blast crisis", "crisis", "phase", "transformed", "transformation to", "juvenile", "positive", "negative", "+",
        // "No borderline ovarian tumours" / "tumours of low malignant potential": a non-invasive form excluded from the disease.
        "borderline",
    ];

    private bool IsSubCondition(int start, int end)
    {
        var clause = ClauseOf(start);
        var from = Math.Max(clause.Start, start - 30);
        var before = _lower.AsSpan(from, start - from).TrimEnd(" -");
        foreach (var w in SubConditionBefore) if (before.EndsWith(w)) return true;
        // The name itself may carry the qualifier: "Richter transformation", "grade 3b follicular lymphoma".
        var surface = _lower.AsSpan(start, end - start);
        if (surface.Contains("transform", StringComparison.Ordinal) || surface.Contains("richter", StringComparison.Ordinal) || surface.StartsWith("grade ")) return true;
        // Plasma cell leukaemia reads as myeloma (its leukaemic form); excluded, it is a phase of the disease, as blast-phase
        // CML is: "No plasma cell leukaemia" in a myeloma trial must not exclude myeloma.
        if (surface.Contains("plasma cell leuk", StringComparison.Ordinal)) return true;
        // An excluded in-situ carcinoma is a component or margin finding of the invasive disease ("no ductal carcinoma in
        // situ", "margins involved with DCIS"); when it is another malignancy, the other-malignancy rules read it.
        if (surface.Contains("in situ", StringComparison.Ordinal) || surface is "dcis" or "lcis") return true;
        // "No lymphoma of the CNS" in a lymphoma trial excludes CNS involvement, not primary CNS lymphoma.
        if (surface.EndsWith(" of the cns") || surface.EndsWith(" of the central nervous system") || surface.EndsWith(" of the brain")) return true;
        if (GradeBefore().IsMatch(before)) return true;
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end));
        // "Melanoma patients with a life expectancy under 3 months": the cohort is named, the exclusion is the condition.
        if (after.StartsWith(" patients with") || after.StartsWith(" patients who") || after.StartsWith(" patients whose") || after.StartsWith(" participants with") || after.StartsWith(" subjects with")) return true;
        return after.StartsWith(" involvement") || after.StartsWith(" transformation") || after.StartsWith(" of low malignant potential") || after.StartsWith(" in blast") || after.StartsWith(" of the cns")
            || after.StartsWith(" of the central nervous") || after.StartsWith(" in the cns") || after.StartsWith(" with cns") || after.StartsWith(" in accelerated");
    }

    [GeneratedRegex(@"\bgrade\s+\w{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex GradeBefore();

    private bool IsExampleOfEarlierMention(CancerTypeFact fact, IEnumerable<CancerTypeFact> all)
    {
        var vocab = CancerTypeVocabulary.Default;
        foreach (var earlier in all)
        {
            if (earlier.Start >= fact.Start || earlier == fact) continue;
            var gap = _lower.AsSpan(earlier.Start + earlier.Length, Math.Max(0, fact.Start - earlier.Start - earlier.Length));
            // "solid tumours (excluding breast cancer)": what is carved out is no example.
            if (fact.Polarity != earlier.Polarity && HasCarveOut(gap)) continue;
            var openParen = gap.Contains('(') && !gap.Contains(')');
            // "B-cell NHL, including but not limited to: mantle cell, ..., marginal zone lymphoma": a list opened by an
            // examples cue runs on over a flattened list of subtypes, as long as the polarity holds.
            // The cue may come after a relative clause or a qualifier of the broader type: "haematological malignancy that has
            // failed standard therapy, including, but not limited to, the following: ...", "solid tumours of childhood including: ...";
            // but not after a bare generic word ("carcinoma of the urinary tract including bladder ... transitional cell carcinoma"),
            // unless the cue says outright that the list is open ("advanced malignancies refractory to standard therapy,
            // including, but not limited to: ..."): what it lists are examples of whatever came before.
            if (fact.Polarity == earlier.Polarity && gap.Length <= 300 && gap.IndexOf(';') < 0 && gap.IndexOf(". ") < 0
                && ExamplesCueAt(gap) is var cueAt && (cueAt == gap.Length - gap.TrimStart(", ").Length
                    || (cueAt is > 0 and <= 120 && (!IsGenericWord(_lower.AsSpan(earlier.Start, earlier.Length)) || gap[cueAt..].Contains("not limited", StringComparison.Ordinal))))
                && (vocab.IsDescendant(fact.Code, earlier.Code) || vocab.Get(earlier.Code)?.IsGroup == true)) return true;
            if (gap.Length > 60 && !(openParen && gap.Length <= 200)) continue;
            var broader = vocab.IsDescendant(fact.Code, earlier.Code) || vocab.Get(earlier.Code)?.IsGroup == true;
            // "SCLC (including mixed small cell and non-small cell carcinoma)": what an open "(including ..." lists belongs to the earlier type.
            if (!broader && gap.Contains("(including", StringComparison.Ordinal) && !gap.Contains(')')) return true;
            if (!broader) continue;
            if ((gap.Contains('(') && !gap.Contains(')')) || gap.Contains("e.g", StringComparison.Ordinal) || gap.Contains("such as", StringComparison.Ordinal) || ExamplesCueAt(gap) >= 0 || gap.Contains("i.e", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // A bare "including" lists what the disease may be (the listed types are stated); "including but not limited to",
    // "such as" and "e.g." give examples of the broader type.
    // "Eligible tumours include, but are not limited to, the following: ..." opens the same open list.
    private static readonly string[] ExamplesCues = ["including but not limited", "including, but not limited", "but are not limited to", "but is not limited to", "such as", "e.g"];

    /// <summary>Where the first examples cue of <paramref name="gap"/> starts, or -1.</summary>
    private static int ExamplesCueAt(ReadOnlySpan<char> gap)
    {
        var first = -1;
        foreach (var cue in ExamplesCues)
            if (gap.IndexOf(cue) is var at and >= 0 && (first < 0 || at < first)) first = at;
        return first;
    }

    /// <summary>
    /// Myelofibrosis with a grade is the degree of marrow fibrosis a biopsy shows, not primary myelofibrosis:
    /// "grade 3 or worse myelofibrosis", "grade III/IV myelofibrosis", "myelofibrosis grade 2", "myelofibrosis less than 3+".
    /// </summary>
    private bool IsGradedMarrowFibrosis(int start, int end)
    {
        var before = _lower.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        var gradeAt = before.LastIndexOf("grade ");
        if (gradeAt >= 0 && before[(gradeAt + 6)..].IndexOfAny(",;.".AsSpan()) < 0) return true;
        var after = _lower.AsSpan(end, Math.Min(16, _lower.Length - end)).TrimStart();
        return after.StartsWith("grade") || after.StartsWith("less than") || after.StartsWith("greater than") || after.StartsWith("of grade")
            || (after.Length > 0 && (char.IsDigit(after[0]) || after[0] is '<' or '>' or '≥' or '≤'));
    }

    private static bool IsGenericWord(ReadOnlySpan<char> surface) =>
        surface.StartsWith("malignan") || surface.StartsWith("cancer") || surface.StartsWith("carcinoma") || surface.StartsWith("adenocarcinoma")
        || surface.StartsWith("neoplas") || surface.StartsWith("malignant") || surface.StartsWith("metastatic tumo");

    // ---------------------------------------------------------------- stage

    // A stage with its sub-stage letter, also written apart ("II A", "IV-B") or as a letter range ("IIIA-C", "II A/B"), and
    // the digit FIGO and AJCC add to some sub-stages ("IB3", "IIIC1"). Ann Arbor's suffixes for extranodal (E), splenic (S)
    // and bulky (X) disease, with or without the symptom letter ("IE", "IIEB", "IIIS"), and the testicular "IS" (stage I
    // with raised serum markers) are read as their main stage (see NormaliseStage).
    // A letter written apart is no sub-stage when a hyphenated word goes on from it: "stage III or IV B-ALL" names the
    // leukaemia, not stage IVB. A size bound may follow a sub-stage in a list ("IB2, IIA > 4 cm, IIB-IVA"), as FIGO's
    // cervix stages are often qualified.
    private const string Roman = @"(?:IV|I{1,3}|0|[1-4])(?:(?:[ABCabc]|\s(?-i:[ABC])(?!-(?:[a-zA-Z]{2}|(?-i:[a-z])))|-(?-i:[ABC])(?![a-zA-Z]))[1-3]?(?![a-z0-9])(?:\s*[-–/]\s*(?-i:[ABC])(?![a-z]))?|(?-i:[ABC]?[ESX]{1,2}[AB]?)(?![a-zA-Z0-9]))?";

    [GeneratedRegex(@"\b(?<system>ann[- ]arbor|rai|binet|iss|r-iss|international staging system|figo|ajcc|inss|durie[- ]salmon)?\s*(?:clinical\s+|pathologic(?:al)?\s+)?stages?\s*(?:group\s*)?(?:(?<ge>≥|>=|=>)|(?<gt>>|greater than|higher than|more than|above|beyond))?\s*(?<list>" + Roman + @"(?:(?:\s*\([^()]{1,30}\)|\s*[<>≤≥]=?\s*\d+(?:\.\d+)?\s*cm\b)?\s*(?:,\s*(?:and/or|or|and)|,|or|and|and/or|/|-|–|to|through)\s*(?:stage\s*)?" + Roman + @")*)(?![\w+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StageList();

    // A stage with its sub-stage letter (or stage II-IV) right before "or stage ...": "IIIb or Stage IV". Not a grade, phase,
    // type or other numbered word ("grade III or stage IV").
    [GeneratedRegex(@"(?<!\b(?:stages?|grade|grades|phase|type|class|level|cycle|part|arm|cohort|step|tier|category|nyha|gleason|who)\s*)(?<![\w-])(?<stage>(?:IV|I{1,3})[ABCabc]|IV|III|II)\s*(?:,|or|and|/)\s*stage\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareStageBeforeStage();

    // "IIIA-C" → IIIA, IIIB, IIIC; "II A/B" → IIA, IIB; "II A" → IIA.
    [GeneratedRegex(@"\b(?<main>IV|I{1,3}|[1-4])[\s-]?(?<a>[ABC])(?:\s*(?<sep>[-–/])\s*(?<b>[ABC]))?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubStageLetters();

    private static string SpellOutSubStages(string list) => SubStageLetters().Replace(list, m =>
    {
        var main = m.Groups["main"].Value;
        var a = char.ToUpperInvariant(m.Groups["a"].Value[0]);
        if (!m.Groups["b"].Success) return main + a;
        var b = char.ToUpperInvariant(m.Groups["b"].Value[0]);
        if (m.Groups["sep"].Value == "/" || b < a) return $"{main}{a}, {main}{b}";
        var parts = new List<string>();
        for (var c = a; c <= b; c++) parts.Add($"{main}{c}");
        return string.Join(", ", parts);
    });

    [GeneratedRegex(@"\b(?<system>rai|binet)\s+(?:stage\s*)?(?:(?<ge>≥|>=|=>)|(?<gt>>|greater than|higher than|more than|above|beyond))?\s*(?<list>(?:[0-4]|IV|I{1,3}|[ABC])(?:\s*(?:,|or|and|/|-|–|to|through)\s*(?:[0-4]|IV|I{1,3}|[ABC]))*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RaiBinet();

    // Lowercase literals, run on the lowercased text: a case-insensitive match of this many alternatives is several times slower.
    // Every alternative starts at a word boundary with a word of StageFirstWords (add the first word of any new
    // alternative there): the reader tries the anchored form only at those words (see MatchesAtWords).
    private const string StageWordsPattern = @"(?<locally_advanced>\blocally[- ]advanced\b|\blocoregionally advanced\b)|(?<metastatic_excluded>\bnon-?metastatic\b|\bno (?:evidence of )?(?:distant )?metastas[ie]s\b|(?<!\bwith or )\bwithout (?:evidence of )?distant metastas[ie]s\b|(?<!\bwith or )\bwithout metastas[ie]s\b|\bm0\b|\bn[0-3x][a-c]?(?:-[0-3][a-c]?)?m[0o]\b|\bno metastatic disease\b|\b(?:limited|confined) to (?:the )?(?:ipsilateral )?(?:hemi)?(?:thorax|chest)\b)|(?<metastatic>\bmetastatic\b(?!\s+(?:to\s+(?:the\s+)?)?(?:brain|cns|central nervous|bone marrow|spinal|(?:(?:axillary|cervical|regional|neck)\s+)?(?:lymph\s+)?nod(?:es?|al)\b))|\bdistant metastas[ie]s\b|\bwith metastas[ie]s\b|(?<=\bwith (?:or without )?)evidence of(?=\s+(?:(?:unresectable|extrahepatic|extra-hepatic|distant|systemic)\s+){0,2}metastas[ie]s\b)|\bm1[abc]?\b|\bstage d2\b|\bdisseminated\b|(?<organ>\b(?:liver|hepatic|lung|pulmonary|bone|osseous|skeletal|peritoneal|adrenal|visceral)\s+metastas[ie]s\b))|(?<unresectable>\bunresectable\b|\bnon-?resectable\b|\binoperable\b|\bnot (?:surgically )?(?:resectable|operable)\b|\bnot (?:\w+ )?amenable to (?:\w+ ){0,2}?(?:surgery|surgical|resection)\b|\bnot (?:a )?candidates? for (?:\w+ )?(?:surgery|surgical resection|resection)\b|\b(?:not |in)eligible for (?:[\w]+[- ]){0,3}?(?:surgery|surgical resection|resection)\b|\bsurgically incurable\b|\bincurable (?:by|with) (?:\w+ )?surgery\b|\bbeyond (?:the )?hope of surgical (?:eradication|cure|resection)\b|\bcannot be (?:(?:completely|totally|fully|surgically) )*resected\b)|(?<resectable>(?<!un|non-|non|not\s)\bresectable\b|(?<!in|not\s)\boperable\b|(?<!not\s)(?<!not\s\w{1,12}\s)\bamenable to (?:curative )?(?:surgery|surgical resection|resection)\b|(?<!\bnot\s)\bcurable by surgery\b|\bcandidates? for (?:curative )?(?:surgery|surgical resection)\b|\bcan be (?:(?:completely|totally|fully|surgically) )*resected\b|(?<!\bnot\s|\bin)\beligible for (?:[\w]+[- ]){0,3}?(?:surgery|surgical resection|resection)\b)|(?<recurrent>\brecurrent\b|\brecurrence\b|\brecurred\b)|(?<relapsed>\brelapsed\b|\brelapsing\b|\brelapse\b|\bfirst or second relapse\b|\bbeyond (?:first|1st) (?:complete )?remission\b)|(?<refractory>\brefractory\b(?!\s+anemia)|\b(?:did|does|has|have) not respond(?:ed)?\b|\b(?:failed|fails) to (?:respond|achieve)\b|\bprimary induction failure\b|\bresist(?:ant|ance)(?= to\b)|(?<=\bplatinum[- ])resistant\b|\bresistant(?= disease\b)|\bfailed (?:all )?(?:standard|conventional|available)\b|\b(?:(?:not|no longer)\s+(?:considered\s+)?|un|non-?)responsive to (?:(?:all|any|available)\s+)*(?:standard|conventional|existing|available|prior|first[- ]line|chemo\w*|therap\w*|treatments?)\b|\b(?:standard|conventional) (?:\w+ ){0,2}?(?:therap\w*|treatments?|approaches) (?:has|have) failed\b)|(?<newly_diagnosed>\bnewly[- ]diagnosed\b|\bnew diagnosis\b|\bwithin (?:\w+ ){1,2}(?:days?|weeks?|months?) (?:of|after|from) (?:the |initial |original |first )?diagnosis\b)|(?<early_stage>\bearly[- ]stage\b|\bearly breast cancer\b)|(?<limited_stage>\blimited[- ]stage\b|\blimited disease\b)|(?<extensive_stage>\bextensive[- ]stage\b|\bextensive disease\b)|(?<chronic_phase>\bchronic(?=[ -](?:(?:or|and|/)\s+)?(?:accelerated\s+|blast(?:ic)?\s+)?phase\b)|\bcml-cp\b)|(?<accelerated_phase>\baccelerated(?=\s+(?:(?:or|and)\s+)?(?:blast(?:ic)?\s+)?(?:phase|crisis)\b)|\bcml-ap\b)|(?<blast_phase>\bblast(?:ic)? (?:phase|crisis)\b|\bcml-bp\b)|(?<advanced>\blate[- ]stage\b|(?<!locally[- ]|locoregionally )\badvanced\b(?!\s+(?:age|directive|practice|practitioner|heart|liver|cardiac|stage\s+(?:kidney|renal|liver|heart))))";

    [GeneratedRegex(StageWordsPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex StageWords();

    [GeneratedRegex(@"\G(?:" + StageWordsPattern + ")", RegexOptions.CultureInvariant)]
    internal static partial Regex StageWordsAt();

    internal static readonly FirstWords StageFirstWords = new(new[]
    {
        "locally", "locoregionally", "non", "nonmetastatic", "nonresectable", "no", "without", "m0", "metastatic", "distant", "with",
        "evidence", "m1", "m1a", "m1b", "m1c", "stage", "disseminated", "unresectable", "inoperable", "not", "ineligible",
        "surgically", "incurable", "resectable", "operable", "amenable", "curable", "candidate", "candidates", "eligible",
        "recurrent", "recurrence", "recurred", "relapsed", "relapsing", "relapse", "first", "refractory", "did", "does", "has",
        "have", "failed", "fails", "primary", "resistant", "resistance", "standard", "conventional", "newly", "new", "within",
        "early", "limited", "extensive", "chronic", "cml", "accelerated", "blast", "blastic", "advanced", "beyond",
        "unresponsive", "nonresponsive", "late", "liver", "hepatic", "lung", "pulmonary", "bone", "osseous", "skeletal", "peritoneal",
        "adrenal", "visceral", "confined", "can", "cannot",
    }.Concat(NodeWordsBeforeM0()));

    // "N1M0", "N0-1M0": M0 written onto the N category. The match starts at the N, whose word is "n1m0" or, before a
    // range, "n0".
    private static IEnumerable<string> NodeWordsBeforeM0() =>
        from n in new[] { "0", "1", "2", "3", "x" }
        from sub in new[] { "", "a", "b", "c" }
        from tail in new[] { "", "m0", "mo" }
        select "n" + n + sub + tail;

    private void ReadStages()
    {
        if (Contains("stage") || ContainsAny("rai ", "binet"))
        {
            foreach (Match m in StageList().Matches(_text))
            {
                var system = m.Groups["system"].Value.ToLowerInvariant();
                var prefix = system switch
                {
                    "ann arbor" or "ann-arbor" => "ann_arbor:",
                    "iss" or "r-iss" or "international staging system" => "iss:",
                    "rai" => "rai:",
                    "binet" => "binet:",
                    "durie-salmon" or "durie salmon" => null,
                    // INSS 1-4 read as the AJCC groups they correspond to (4 = distant spread); "4S" is not read.
                    _ => "",
                };
                if (prefix is null) continue;
                // "Ann Arbor" often sits a few words before: "Ann Arbor clinical stage III"; so does the myeloma system, with its
                // abbreviation in brackets: "International Staging System (ISS) stage II".
                var look = _lower.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
                if (prefix == "" && m.Index > 0)
                {
                    if (look.Contains("ann arbor", StringComparison.Ordinal) || look.Contains("ann-arbor", StringComparison.Ordinal)) prefix = "ann_arbor:";
                    else if (look.Contains("iss)", StringComparison.Ordinal) || look.Contains("international staging system", StringComparison.Ordinal)) prefix = "iss:";
                    // "Durie-Salmon (DS) stage III": a myeloma system the schema has no values for, so no stage fact.
                    else if (look.Contains("durie", StringComparison.Ordinal) || look.Contains("salmon", StringComparison.Ordinal)) continue;
                }
                if (InOtherMalignancyContext(m.Index, m.Index + m.Length)) continue;
                var stagePolarity = PolarityAt(m.Index, m.Index + m.Length, verbNegations: false);
                // The stage an excluded or allowed treatment was given for is its setting, as for the stage words below:
                // "prior hormonal therapy for stage IV disease is allowed", "no prior chemotherapy for stage III disease".
                // An upper bound allows none at all: "no more than one prior regimen for stage IV disease".
                var stageAt = m.Index;
                while (stageAt < m.Index + m.Length && char.IsWhiteSpace(_lower[stageAt])) stageAt++;
                if (InTherapySetting(stageAt) && (stagePolarity is Polarity.Excluded or Polarity.Allowed || HasUpperBoundBefore(stageAt))) continue;
                var group = m.Groups["list"];
                var values = ExpandStageList(group.Value, prefix);
                foreach (var value in OpenRange(values, prefix, m, look.TrimEnd().EndsWith("at least")))
                    AddFact(new StageFact(value, stagePolarity, m.Index, m.Length));
            }
            // "advanced (IIIb or Stage IV)": the first alternative written without its own "stage".
            if (ContainsAny(" or stage", " and stage", ", stage", "/stage") && BareStageBeforeStage().Match(_text) is { Success: true } bare
                && !InOtherMalignancyContext(bare.Index, bare.Index + bare.Length))
            {
                var barePolarity = PolarityAt(bare.Index, bare.Index + bare.Length, verbNegations: false);
                if (!(InTherapySetting(bare.Index) && (barePolarity is Polarity.Excluded or Polarity.Allowed || HasUpperBoundBefore(bare.Index))))
                    foreach (var value in ExpandStageList(bare.Groups["stage"].Value, ""))
                        AddFact(new StageFact(value, barePolarity, bare.Index, bare.Length));
            }
            foreach (Match m in RaiBinet().Matches(_text))
            {
                var prefix = m.Groups["system"].Value.ToLowerInvariant() + ":";
                var atLeast = _lower.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)).TrimEnd().EndsWith("at least");
                foreach (var value in OpenRange(ExpandStageList(m.Groups["list"].Value, prefix), prefix, m, atLeast))
                    AddFact(new StageFact(value, PolarityAt(m.Index, m.Index + m.Length, verbNegations: false), m.Index, m.Length));
            }
        }
        if (Contains("diagnos") && Contains("within")) ReadRecentDiagnosis();
        // "R/R DLBCL", "r/r myeloma": the usual shorthand for relapsed or refractory disease.
        if (Contains("r/r"))
            for (var at = _lower.IndexOf("r/r", StringComparison.Ordinal); at >= 0; at = _lower.IndexOf("r/r", at + 3, StringComparison.Ordinal))
            {
                if ((at > 0 && char.IsLetterOrDigit(_lower[at - 1])) || (at + 3 < _lower.Length && char.IsLetterOrDigit(_lower[at + 3]))) continue;
                if (InOtherMalignancyContext(at, at + 3)) continue;
                var polarity = PolarityAt(at, at + 3, verbNegations: false);
                AddFact(new StageFact("relapsed", polarity, at, 3));
                AddFact(new StageFact("refractory", polarity, at, 3));
            }
        if (!ContainsAny(StageWordCues))
            return;
        foreach (var m in MatchesAtWords(StageWordsAt(), _lower, StageFirstWords))
        {
            foreach (Group g in m.Groups)
            {
                if (!g.Success || g.Name.Length < 2 || char.IsDigit(g.Name[0])) continue;
                var value = g.Name;
                var forced = false;
                if (value == "metastatic_excluded") { value = "metastatic"; forced = true; }
                if (value == "organ") continue;
                // "metastatic to the liver" still means metastatic; "metastatic" inside "non-metastatic" was handled above.
                if (value == "relapsed" && m.Value.Equals("relapse", StringComparison.OrdinalIgnoreCase) && IsRiskOfContext(m.Index)) continue;
                if (value == "recurrent" && IsRiskOfContext(m.Index)) continue;
                if (InOtherMalignancyContext(m.Index, m.Index + m.Length)) continue;
                // The setting an excluded treatment was given in is not a stage condition: "no prior chemotherapy for metastatic
                // disease", "prior docetaxel for advanced disease", "no prior therapy in the metastatic setting".
                // Only when excluded: "at least one prior regimen for metastatic disease" does say the disease is metastatic.
                // Nor is the setting of an allowed one: "prior radiotherapy for metastatic disease allowed", "no prior chemotherapy
                // for AML in first relapse". "Refractory" stays: a therapy the disease failed is the disease's state.
                // A past treatment's setting named by a state that says what the disease failed ("prior chemotherapy for
                // hormone-refractory prostate cancer") is the setting still: it times or counts the treatment, whatever the
                // item's polarity, as the disease a past treatment was given for is no cancer-type condition.
                if (value == "refractory" && !IsRefractoryToDrug(m.Index + m.Length) && InPastTreatmentSetting(m.Index)) continue;
                // "No prior therapy for the current relapse": the episode being treated now is the patient's, whatever the
                // treatment's polarity.
                if (value is "relapsed" or "recurrent" && IsCurrentEpisode(m.Index))
                {
                    AddFact(new StageFact(value, Polarity.Required, m.Index, m.Length));
                    break;
                }
                if (value != "refractory" && (InTherapySetting(m.Index) || InSettingPhrase(m.Index, m.Index + m.Length)) && PolarityAt(m.Index, m.Index + m.Length) is Polarity.Excluded or Polarity.Allowed) continue;
                // "Liver metastases", "evidence of bone metastases": spread to an organ is metastatic disease when required;
                // "no liver metastases" leaves other sites open, and "(≤ 5 × ULN if liver metastases)" is a lab condition.
                // "Bone metastases are not measurable": a definition of lesions, no condition.
                if (m.Groups["organ"].Success && (PolarityAt(m.Index, m.Index + m.Length) != Polarity.Required || IsConditionalMention(m.Index)
                    || SoleSite().IsMatch(_lower.AsSpan(m.Index, ClauseOf(m.Index).End - m.Index)))) continue;
                // An upper bound on therapies for a setting allows none at all, so it does not say the disease is in that
                // setting: "no more than 2 prior regimens for metastatic disease".
                if (value is not ("refractory" or "relapsed") && InTherapySetting(m.Index) && HasUpperBoundBefore(m.Index)) continue;
                // "primary or metastatic", "early or advanced": both ends of the course, so no stage condition.
                if (value is "metastatic" or "advanced" && !forced && IsEitherEnd(m.Index)) continue;
                // "newly diagnosed or previously treated": any point of the disease's course, no condition.
                if (value == "newly_diagnosed" && IsEitherCourse(m.Index + m.Length)) continue;
                // "primary or recurrent": either course of the disease, no condition.
                if (value == "recurrent" && IsPrimaryOr(m.Index)) continue;
                if (value is "recurrent" or "relapsed" && !IsDiseaseRecurrence(m.Index, m.Index + m.Length)) continue;
                if (value is "recurrent" or "relapsed" && IsRecurrenceAsEventNotState(m.Index, m.Index + m.Length)) continue;
                // "A blood disorder refractory to medical management": medical management is what non-cancer conditions fail
                // (seizures, pain, ascites, an inherited disorder), not a cancer's stage.
                if (value == "refractory" && IsRefractoryToMedicalCare(m.Index + m.Length)) continue;
                // "Not amenable to surgery, radiotherapy or chemotherapy": no standard treatment fits the disease (untreated
                // patients qualify), which is neither an unresectable stage nor a refractory one. "Not amenable to surgery or
                // radiotherapy" stays unresectable.
                if (value == "unresectable" && IsNotAmenableToTreatmentList(m.Index, m.Index + m.Length)) continue;
                // "Refractory to lenalidomide", "platinum-refractory disease" in an exclusion: a drug's failure (an exposure fact), not a disease state to exclude.
                if (value == "refractory" && (IsRefractoryToDrug(m.Index + m.Length) || IsDrugRefractory(m.Index)) && PolarityAt(m.Index, m.Index + m.Length) == Polarity.Excluded) continue;
                // TNM M0/M1 only in a TNM descriptor; "FAB M1" is a leukaemia subtype.
                if (_text.AsSpan(m.Index, m.Length) is "M0" or "M1" or "M1a" or "M1b" or "M1c" && !TnmContext().IsMatch(_text)) continue;
                if (value == "metastatic" && !forced && InOtherMalignancyContext(m.Index, m.Index + m.Length)) continue;
                // "Patients with metastatic disease must also have an oncologist": a condition on a subgroup, which does not
                // ask for the stage.
                if (!forced && IsSubgroupCondition(m.Index, m.Index + m.Length)) continue;
                if (value == "refractory" && IsRefractoryToDrug(m.Index + m.Length)) { /* still a disease state */ }
                // "Failed standard therapy or no standard therapy exists": untreated patients qualify too, so the failure is
                // one alternative and no refractory state is required. (An untreated relapse beside a refractory one is a
                // category of its own: the refractory state stays.)
                if (value == "refractory" && NoStandardTherapyAlternative(m.Index, untreatedAlternatives: false)) continue;
                // "Platinum-sensitive or platinum-resistant disease": either response qualifies, so no refractory state is asked.
                if (value == "refractory" && _lower.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)).Contains("sensitive or ", StringComparison.Ordinal)) continue;
                var polarity = forced
                    ? (_section == CriterionSection.Exclusion ? Polarity.Required : Polarity.Excluded)
                    : PolarityAt(m.Index, m.Index + m.Length, verbNegations: false);
                // "Metastatic melanoma in the groin nodes ... No distant metastases": with distant spread barred, the
                // metastases named are regional, so no metastatic stage is required.
                if (value == "metastatic" && !forced && polarity == Polarity.Required && ContainsAny("no distant metasta", "without distant metasta", "no evidence of distant metasta")) continue;
                // "No symptoms attributable to metastatic disease", "no isolated CNS relapse", "no elevated CA-125 as the only
                // evidence of recurrence": what is excluded is a symptom, a site or a kind of evidence of the state, not the state.
                if (!forced && polarity == Polarity.Excluded && IsCauseSiteOrEvidenceOfState(m.Index)) continue;
                // "No newly diagnosed non-metastatic disease": a negated "non-metastatic" asks for metastatic disease.
                if (forced && m.Value.StartsWith("non", StringComparison.OrdinalIgnoreCase) && NegationAt(m.Index, verbNegations: false).Negated && _negations.Exists(n => n < m.Index && m.Index - n <= 40))
                    polarity = polarity == Polarity.Excluded ? Polarity.Required : Polarity.Excluded;
                AddFact(new StageFact(value, polarity, m.Index, m.Length));
                break;
            }
        }
    }

    [GeneratedRegex(@"\b[TN](?:[0-4]|is|x)[a-d]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TnmContext();

    [GeneratedRegex(@"\bdiagnos(?:is|ed)\b(?<mid>[^.;]{0,50}?)\bwithin (?:the )?(?:(?:previous|past|last|prior|preceding) )?\d+ (?:days?|weeks?|months?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecentDiagnosis();

    /// <summary>
    /// "Diagnosis of prostate cancer within the previous 6 months", "diagnosis made within the past 8 weeks": a recent
    /// diagnosis is a newly diagnosed disease. Only when the words between name the cancer (or nothing but "made"):
    /// "diagnosed with sinusitis within the past 2 weeks" is a comorbidity.
    /// </summary>
    private void ReadRecentDiagnosis()
    {
        if (RecentDiagnosis().Match(_lower) is not { Success: true } m) return;
        var mid = m.Groups["mid"];
        var trimmed = mid.Value.Trim();
        var namesCancer = trimmed.Length == 0 || trimmed == "made" || trimmed == "was made"
            || _facts.Exists(f => f is CancerTypeFact ct && ct.Start >= mid.Index && ct.Start + ct.Length <= mid.Index + mid.Length);
        if (!namesCancer || InOtherMalignancyContext(m.Index, m.Index + m.Length)) return;
        AddFact(new StageFact("newly_diagnosed", PolarityAt(m.Index, m.Index + m.Length, verbNegations: false), m.Index, m.Length));
    }

    private static readonly string[] UpperBounds = ["no more than", "not more than", "at most", "up to", "maximum of", "fewer than", "less than", "a maximum"];

    private static readonly string[] LowerBounds = ["at least", "one or", "1 or", "or more", "minimum", "progress", "failed", "failure", "refractory", "resistant", "relapsed"];

    /// <summary>An upper bound on prior therapies, without a lower bound ("one or two (but no more than two)" has both).</summary>
    private bool HasUpperBoundBefore(int at)
    {
        var clause = ClauseOf(at);
        var before = _lower.AsSpan(clause.Start, at - clause.Start);
        foreach (var w in LowerBounds) if (before.Contains(w, StringComparison.Ordinal)) return false;
        foreach (var w in UpperBounds) if (before.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    // "tissue from the primary tumour or a metastatic site": the two places a sample may come from, not the disease's state.
    private static readonly string[] EitherEndBefore = ["primary or", "primary or any", "early or", "localized or", "localised or", "local or",
        "primary tumor or", "primary tumour or", "primary tumor, or", "primary tumour, or", "primary site or", "primary lesion or"];

    private bool IsEitherEnd(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 24), Math.Min(24, at)).TrimEnd();
        // "the primary tumour or a metastatic site": an article after "or" changes nothing.
        if (before.EndsWith(" a") || before.EndsWith(" the")) before = before[..before.LastIndexOf(' ')].TrimEnd();
        foreach (var w in EitherEndBefore) if (before.EndsWith(w) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)]))) return true;
        return false;
    }

    private bool IsEitherCourse(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end)).TrimStart(" ,");
        return after.StartsWith("or previously treated") || after.StartsWith("or pretreated") || after.StartsWith("or pre-treated") || after.StartsWith("or treated")
            || after.StartsWith("or previously-treated");
    }

    private bool IsCurrentEpisode(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 20), Math.Min(20, at));
        if (before.EndsWith("for current ") || before.EndsWith("for the current ") || before.EndsWith("for this ") || before.EndsWith("for the present ")
            || before.EndsWith("for present ") || before.EndsWith("for their current ")
            // "chemotherapy directed at the present recurrence", "treatment against the current relapse".
            || before.EndsWith("at the present ") || before.EndsWith("at the current ") || before.EndsWith("against the current ")
            || before.EndsWith("against the present ")) return true;
        return false;
    }

    private static readonly string[] ConditionalLeads = ["if ", "unless", "in patients", "for patients", "in subjects", "for subjects", "in case", "due to", "attributable", "in the presence", "when ", "in those", "for those"];

    /// <summary>A mention inside a condition of another criterion: "≤ 5 × ULN in patients with liver metastases".</summary>
    private bool IsConditionalMention(int at)
    {
        if (CueInClauseBefore(at, 40, ConditionalLeads)) return true;
        var clause = ClauseOf(at);
        var whole = _lower.AsSpan(clause.Start, clause.End - clause.Start);
        return ContainsWord(whole, "uln") || whole.Contains("upper limit", StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="word"/> stands in <paramref name="span"/> as a word of its own ("ULN", not "vulnerable").</summary>
    private static bool ContainsWord(ReadOnlySpan<char> span, string word)
    {
        for (var at = span.IndexOf(word, StringComparison.Ordinal); at >= 0; )
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (end == span.Length || !char.IsLetter(span[end]))) return true;
            var next = span[end..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
        return false;
    }

    /// <summary>"Patients with metastatic disease must also have ...", "those with relapsed disease should also ...": the
    /// stage marks the subgroup an extra condition applies to, not a condition of the trial.</summary>
    private bool IsSubgroupCondition(int start, int end)
    {
        var before = _lower.AsSpan(Math.Max(0, start - 20), Math.Min(20, start));
        if (!(before.EndsWith("patients with ") || before.EndsWith("subjects with ") || before.EndsWith("those with "))) return false;
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end));
        return after.Contains(" must also ", StringComparison.Ordinal) || after.Contains(" should also ", StringComparison.Ordinal) || after.Contains(" will also ", StringComparison.Ordinal);
    }

    private bool IsPrimaryOr(int at) => _lower.AsSpan(Math.Max(0, at - 12), Math.Min(12, at)).EndsWith("primary or ");

    private bool IsRiskOfContext(int at)
    {
        var before = _lower.AsSpan(Math.Max(0, at - 25), Math.Min(25, at));
        return before.Contains("risk of", StringComparison.Ordinal) || before.Contains("risk for", StringComparison.Ordinal) || before.Contains("time to", StringComparison.Ordinal);
    }

    private bool InSettingPhrase(int start, int end)
    {
        var after = _lower.AsSpan(end, Math.Min(24, _lower.Length - end));
        if (!after.StartsWith(" setting") && !after.StartsWith(" or metastatic setting") && !after.StartsWith(" or advanced setting") && !after.StartsWith(" disease setting")) return false;
        var clause = ClauseOf(start);
        if (TherapyWord().IsMatch(_lower.AsSpan(clause.Start, start - clause.Start))) return true;
        foreach (var (s, _) in _therapySpans) if (s >= clause.Start && s < start) return true;
        return false;
    }

    private static readonly string[] NotDiseaseAfterRecurrent =
    [
        " vomiting", " nausea", " infection", " pneumonia", " pneumonitis", " thrombo", " embol", " bleeding", " haemorrhage", " hemorrhage",
        " effusion", " ascites", " seizure", " episode", " fever", " urinary", " pancreatitis", " diverticulitis", " bowel obstruction",
        " obstruction", " syncope", " fall", " headache", " abortion", " miscarriage", " hypoglyc", " cellulitis", " sinusitis", " herpes", " colitis",
    ];

    /// <summary>"recurrent"/"relapse" about the cancer, not "recurrent vomiting", "more than one prior recurrence" or "before recurrence".</summary>
    private bool IsDiseaseRecurrence(int start, int end)
    {
        var after = _lower.AsSpan(end, Math.Min(24, _lower.Length - end));
        foreach (var w in NotDiseaseAfterRecurrent) if (after.StartsWith(w)) return false;
        var before = _lower.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd();
        if (before.EndsWith("before") || before.EndsWith("prior to")) return false;
        // Counted recurrences limit how many there were, they do not exclude recurrent disease.
        if (before.Contains("more than", StringComparison.Ordinal) || before.EndsWith("multiple") || before.EndsWith("or more") || before.Contains("number of", StringComparison.Ordinal))
            return false;
        return true;
    }

    private static readonly string[] StateQualifiersBefore = ["attributable to ", "due to ", "related to ", "secondary to ", "caused by ", "isolated ", "only evidence of ", "sole evidence of "];

    /// <summary>The words just before a stage word, in its clause, make it the cause of a symptom ("attributable to"), a
    /// single site of it ("isolated CNS relapse") or the only evidence of it, so a negation excludes that, not the state.</summary>
    private bool IsCauseSiteOrEvidenceOfState(int at)
    {
        var from = Math.Max(ClauseOf(at).Start, at - 40);
        var before = _lower.AsSpan(from, at - from);
        foreach (var q in StateQualifiersBefore)
            if (before.Contains(q, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// True when the noun "relapse"/"recurrence" is an event that defines, times or sets something else rather than the
    /// disease's present state: "refractory disease defined by a relapse within 1 year of therapy", "relapse within 6 months
    /// of adjuvant therapy", "at least 6 months between the end of therapy and documented recurrence", "in remission after
    /// completing salvage therapy for a relapse". "Relapsed disease", "recurrent cancer" and "in first relapse" stay.
    /// </summary>
    private bool IsRecurrenceAsEventNotState(int start, int end)
    {
        var word = _lower.AsSpan(start, end - start);
        if (!word.SequenceEqual("relapse") && !word.SequenceEqual("recurrence")) return false;
        // A timing: "relapse within 6 months of ...", "recurrence within one year after ...".
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end));
        if (after.StartsWith(" within ") && ContainsAnyOrdinal(after, "day", "week", "month", "year")) return true;
        var before = _lower.AsSpan(Math.Max(0, start - 80), Math.Min(80, start));
        // A definition of a state named before it: "refractory disease, defined as relapse ...".
        var near = before.TrimEnd();
        if (near.EndsWith(" a") || near.EndsWith(" an") || near.EndsWith(" the")) near = near[..near.LastIndexOf(' ')].TrimEnd();
        if (near.EndsWith("defined by") || near.EndsWith("defined as")) return true;
        // The end of an interval: "between completion of therapy and documentation of metastasis or recurrence".
        var between = before.LastIndexOf("between ", StringComparison.Ordinal);
        if (between >= 0 && before[between..].Contains(" and ", StringComparison.Ordinal) && !before[between..].ContainsAny('.', ';')) return true;
        // The setting of a past treatment: "after completion of salvage therapy for disease relapse".
        if (near.EndsWith(" disease")) near = near[..^8];
        if (near.EndsWith(" for"))
        {
            var clauseStart = Math.Max(ClauseOf(start).Start, start - 80);
            var lead = _lower.AsSpan(clauseStart, start - clauseStart);
            if (TherapyWord().IsMatch(lead) && PastTreatmentCue().IsMatch(lead)) return true;
        }
        return InPastTreatmentSetting(start);
    }

    private static bool ContainsAnyOrdinal(ReadOnlySpan<char> span, params string[] words)
    {
        foreach (var w in words) if (span.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsRefractoryToMedicalCare(int end)
    {
        var after = _lower.AsSpan(end, Math.Min(30, _lower.Length - end));
        return after.StartsWith(" to medical ") || after.StartsWith(" to medication");
    }

    /// <summary>"Not amenable to surgery, radiotherapy or chemotherapy", "not amenable to chemotherapy or surgery": surgery
    /// is one of a list of treatments, systemic ones included, none of which fits: no standard treatment exists, which the
    /// conventions read as no stage (untreated patients qualify), not as the resectability of the tumour.</summary>
    private bool IsNotAmenableToTreatmentList(int start, int end)
    {
        var match = _lower.AsSpan(start, end - start);
        if (!match.Contains("amenable", StringComparison.Ordinal)) return false;
        // Not bounded by the clause: the list's commas would end it. A sentence end does.
        var stop = Math.Min(_lower.Length, end + 60);
        var around = _lower.AsSpan(start, stop - start);
        var sentenceEnd = around.IndexOfAny('.', ';');
        if (sentenceEnd >= 0) around = around[..sentenceEnd];
        // Only a list that reaches systemic treatment: "not amenable to surgery or radiotherapy" still leaves the tumour
        // unresectable (and locally incurable), a stage the matcher can use.
        return ContainsAnyOrdinal(around, "chemotherapy", "systemic therap", "drug therap", "medical therap");
    }

    // The cause of a leukaemia named right after it: "resulting from exposure to chemotherapy", "induced by prior radiotherapy".
    [GeneratedRegex(@"^\W{0,3}(?:\w+\W+){0,8}?(?:resulting from|results from|induced by|caused by|related to|secondary to|due to|arising from|arising after)\s+(?:\w+\W+){0,4}?(?:chemo\w*|radio\w*|radiation|cytotoxic|alkylating|(?:prior |previous )?(?:therapy|treatment))\b", RegexOptions.CultureInvariant)]
    private static partial Regex TherapyCauseAfter();

    /// <summary>A leukaemia caused by earlier treatment ("secondary leukaemia resulting from exposure to chemotherapy or
    /// toxins"), in its own sentence: OncoTree's therapy-related AML.</summary>
    private bool IsTherapyRelatedLeukaemia(int start, int end)
    {
        var after = _lower.AsSpan(end, Math.Min(110, _lower.Length - end));
        var stop = after.IndexOfAny('.', ';');
        if (stop >= 0) after = after[..stop];
        // "No leukaemia ... or CNS disease": the cause must follow within the leukaemia's own words, not in another item.
        return TherapyCauseAfter().IsMatch(after);
    }

    private bool IsDrugRefractory(int start)
    {
        if (start == 0 || _lower[start - 1] != '-') return false;
        foreach (var (_, e) in _therapySpans) if (e == start - 1) return true;
        return false;
    }

    private bool IsRefractoryToDrug(int end) => _lower.AsSpan(end, Math.Min(4, _lower.Length - end)).StartsWith(" to");

    private static readonly string[] MainStages = ["0", "I", "II", "III", "IV"];

    /// <summary>
    /// "stage II or higher", "stage ≥ IIIB", "at least stage III", "Binet B or higher": every stage from the last named on.
    /// "stage > IIA", "stage greater than II": the stages after it, without it.
    /// </summary>
    private IEnumerable<string> OpenRange(List<string> values, string prefix, Match m, bool atLeastBefore)
    {
        if (values.Count == 0) return values;
        if (m.Groups["gt"].Success) return StagesAbove(values[^1], prefix).Distinct().ToList();
        if (m.Groups["ge"].Success || atLeastBefore || OrHigherAfter().IsMatch(_lower.AsSpan(m.Index + m.Length)))
            return values.Concat(StagesAbove(values[^1], prefix)).Distinct().ToList();
        return values.Distinct();
    }

    [GeneratedRegex(@"^\s*(?:or|and)\s+(?:higher|greater|above|beyond|more advanced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrHigherAfter();

    /// <summary>
    /// The stages after <paramref name="from"/> up to the system's last: the later sub-stages of its own stage (the schema's
    /// letters: IA-IB, IIA-IIC, IIIA-IIIC, IVA-IVC), then the later main stages. "IIIB or higher" → IIIC, IV.
    /// </summary>
    private static IEnumerable<string> StagesAbove(string from, string prefix)
    {
        var value = from[prefix.Length..];
        if (prefix == "binet:")
        {
            for (var c = (char)(value[0] + 1); c <= 'C'; c++) yield return prefix + c;
            yield break;
        }
        var main = value.TrimEnd('A', 'B', 'C');
        var at = Array.IndexOf(MainStages, main);
        if (at < 0) yield break;
        if (value.Length > main.Length && prefix == "")
            for (var c = (char)(value[^1] + 1); c <= (main == "I" ? 'B' : 'C'); c++) yield return main + c;
        var last = prefix == "iss:" ? 3 : 4;
        for (var k = at + 1; k <= last; k++) yield return prefix + MainStages[k];
    }

    [GeneratedRegex(@"^(?<main>IV|I{1,3}|0|[1-4])(?<sub>[ABC]?[1-3]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex StagePart();

    internal static List<string> ExpandStageList(string list, string prefix)
    {
        var values = new List<string>();
        // A TNM parenthesis between the stages ("IA (pT1, N0) or IB") is no stage of its own.
        if (list.Contains('(')) list = Regex.Replace(list, @"\([^()]*\)", " ");
        // Nor is the size bound after one ("IIA > 4 cm").
        if (list.Contains("cm", StringComparison.OrdinalIgnoreCase)) list = Regex.Replace(list, @"\s*[<>≤≥]=?\s*\d+(?:\.\d+)?\s*cm\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        list = SpellOutSubStages(list);
        var parts = Regex.Split(list.Trim(), @"\s*(,|\bor\b|\band/or\b|\band\b|/|-|–|\bto\b|\bthrough\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string? previous = null;
        var range = false;
        foreach (var raw in parts)
        {
            var p = raw.Trim();
            if (p.Length == 0) continue;
            var lowerP = p.ToLowerInvariant();
            if (lowerP is "-" or "–" or "to" or "through") { range = true; continue; }
            if (lowerP is "," or "or" or "and" or "and/or" or "/") { range = false; continue; }
            if (lowerP.StartsWith("stage", StringComparison.Ordinal)) p = p[5..].Trim();
            var value = NormaliseStage(p, prefix);
            if (value is null) continue;
            if (range && previous is not null) values.AddRange(Between(previous, value, prefix));
            values.Add(prefix + value);
            previous = value;
            range = false;
        }
        return values.Distinct().ToList();
    }

    private static string? NormaliseStage(string p, string prefix)
    {
        p = p.ToUpperInvariant();
        if (prefix == "binet:") return p is "A" or "B" or "C" ? p : null;
        // Roman with a letter and an optional digit ("IIIB", "IIIC1"), or Arabic as INSS and some AJCC texts write it ("2A").
        // Ann Arbor's E/S/X suffixes and the testicular "IS" name no sub-stage; with them, an A/B letter is Ann Arbor's
        // symptom letter ("IIEB"), not a sub-stage either.
        var annArborSuffix = p.AsSpan(1).IndexOfAny('E', 'S', 'X') >= 0;
        // Neuroblastoma's INSS 4S ("IVS") is a stage of its own, not stage 4 (and Ann Arbor marks no spleen on stage IV).
        if (annArborSuffix && (p.StartsWith("IV", StringComparison.Ordinal) || p.StartsWith('4')) && p.Contains('S', StringComparison.Ordinal)) return null;
        if (annArborSuffix) p = p.Replace("E", "", StringComparison.Ordinal).Replace("S", "", StringComparison.Ordinal).Replace("X", "", StringComparison.Ordinal).TrimEnd('A', 'B');
        var parts = StagePart().Match(p);
        if (!parts.Success) return null;
        var main = parts.Groups["main"].Value switch { "1" => "I", "2" => "II", "3" => "III", "4" => "IV", var r => r };
        var sub = parts.Groups["sub"].Value;
        if (Array.IndexOf(MainStages, main) < 0) return null;
        if (prefix == "rai:") return main;
        sub = sub.TrimEnd('1', '2', '3');
        if (prefix is "ann_arbor:" or "iss:") sub = "";
        // The schema has no IC (FIGO/AJCC ovarian and some others write it): a sub-stage the schema lacks is its main stage.
        if (main == "I" && sub == "C") sub = "";
        if (sub.Length > 0 && (main is "0" or "IV" && sub == "C" && main == "0")) return main;
        return main + sub;
    }

    /// <summary>
    /// The stages inside a range: "I-III" → II; with sub-stages at its ends, the sub-stages too: "IIIA-IVB" → IIIB, IIIC, IVA
    /// (the rest of the first stage's letters and the earlier letters of the last).
    /// </summary>
    private static IEnumerable<string> Between(string from, string to, string prefix)
    {
        var fromMain = from.TrimEnd('A', 'B', 'C');
        var toMain = to.TrimEnd('A', 'B', 'C');
        var a = Array.IndexOf(MainStages, fromMain);
        var b = Array.IndexOf(MainStages, toMain);
        if (a < 0 || b < 0 || b <= a) yield break;
        if (prefix == "" && from.Length > fromMain.Length)
            for (var c = (char)(from[^1] + 1); c <= (fromMain == "I" ? 'B' : 'C'); c++) yield return fromMain + c;
        for (var k = a + 1; k < b; k++) yield return prefix + MainStages[k];
        if (prefix == "" && to.Length > toMain.Length)
            for (var c = 'A'; c < to[^1]; c++) yield return toMain + c;
    }
}
