using System.Globalization;
using System.Text.RegularExpressions;
using TrialMatcher.Eligibility;
using TrialMatcher.Patients;

namespace TrialMatcher.Matching;

/// <summary>
/// Checks a trial's parsed criteria against a patient. Each fact comes out met, not met or unknown (the profile
/// does not say), with a reason; clinician-review items and unread text never count as met.
/// Within one criterion, alternatives of the same kind ("stage IIIB or IV") are ORed and different kinds ANDed.
/// Across a trial, required cancer types and required positive biomarkers are cohort alternatives: meeting one
/// ("cohort B: KRAS G12C NSCLC") satisfies the others ("cohort A: EGFR-mutant NSCLC").
/// </summary>
public static partial class CriterionEvaluator
{
    public sealed record Evaluation(IReadOnlyList<CriterionOutcome> Criteria, Verdict Verdict, bool BiomarkerBuiltFor, bool LineFit, bool CancerMatched);

    /// <summary>
    /// Evaluates every criterion of a trial. With <paramref name="explain"/> false the verdict, the criteria's outcomes
    /// and the score inputs are the same, but no reason text is formatted and each criterion outcome carries only its
    /// section and outcome (no index, text or per-fact outcomes): the matcher ranks all candidates quietly and explains
    /// only the ones it shows.
    /// </summary>
    public static Evaluation Evaluate(ParsedCriteria parsed, PatientContext patient, bool explain = true) => Evaluate(Prepare(parsed), patient, explain);

    /// <summary>
    /// A trial's parsed criteria with what they say independently of any patient worked out once (see <see cref="Shape"/>):
    /// the matcher keeps these for the trials it has seen, so a warm matcher never recomputes them.
    /// </summary>
    public sealed class PreparedCriteria
    {
        internal PreparedCriteria(ParsedCriteria parsed, Shape shape) { Parsed = parsed; TrialShape = shape; }
        public ParsedCriteria Parsed { get; }
        internal Shape TrialShape { get; }
    }

    /// <summary>Works out the patient-independent shape of a trial's criteria once, for many evaluations.</summary>
    public static PreparedCriteria Prepare(ParsedCriteria parsed) => new(parsed, Shape.Of(parsed));

    /// <summary>
    /// As <see cref="Evaluate(ParsedCriteria, PatientContext, bool)"/>, for criteria prepared once. With
    /// <paramref name="stopWhenNotEligible"/> a quiet evaluation ends at the first criterion that is not met when nothing
    /// later could relieve it: the verdict is the same, but <see cref="Evaluation.Criteria"/> lists only the criteria
    /// evaluated so far and the score inputs may be incomplete (the matcher ranks not-eligible trials only when asked
    /// to show them).
    /// </summary>
    public static Evaluation Evaluate(PreparedCriteria prepared, PatientContext patient, bool explain = true, bool stopWhenNotEligible = false)
    {
        using var quiet = Explanation.Silence(!explain);
        var parsed = prepared.Parsed;
        var shape = prepared.TrialShape;
        // Cohort alternatives: does any required cancer type / positive biomarker of the trial fit this patient?
        var cancerAlternativeMet = false;
        var biomarkerAlternativeMet = false;
        // Required stages of one family listed in separate items ("chronic phase defined as ...", "accelerated phase
        // defined as ...") are alternatives too: no trial requires two different extents or phases at once.
        HashSet<string>? stageFamiliesMet = null;
        // Worked out when first needed (a fact of those kinds not met), or at the end for the score: a quiet evaluation
        // that stops at the first decisive "not met" often never needs them.
        var alternativesKnown = false;
        void KnowAlternatives()
        {
            if (alternativesKnown) return;
            alternativesKnown = true;
            foreach (var fact in shape.AlternativeFacts)
            {
                if (!cancerAlternativeMet && fact is CancerTypeFact ct && CancerType(ct, patient).Outcome == Outcome.Met) cancerAlternativeMet = true;
                else if (!biomarkerAlternativeMet && fact is BiomarkerFact bf && Biomarker(bf, patient).Outcome == Outcome.Met) biomarkerAlternativeMet = true;
                else if (fact is StageFact sf && Stage(sf, patient).Outcome == Outcome.Met) (stageFamiliesMet ??= new(StringComparer.Ordinal)).Add(StageFamily(sf.Value));
            }
        }

        var outcomes = new List<CriterionOutcome>(parsed.Criteria.Count);
        var lineFit = false;
        for (var ci = 0; ci < parsed.Criteria.Count; ci++)
        {
            var criterion = parsed.Criteria[ci];
            if (!explain && shape.ReviewOnly[ci])
            {
                // Nothing in it depends on the patient: unread text, or items for the care team.
                outcomes.Add(QuietOutcomes[(int)criterion.Section, criterion.Facts.Count == 0 ? (int)Outcome.Unread : (int)Outcome.ToReview]);
                continue;
            }
            // One buffer per thread: the facts of a criterion live only until its outcome is combined.
            var facts = t_facts ??= new List<(Fact Fact, FactOutcome Outcome)>(64);
            facts.Clear();
            for (int fi = 0, nf = criterion.Facts.Count; fi < nf; fi++)
            {
                var fact = criterion.Facts[fi];
                // A trial that requires a prior therapy does not also exclude it: "progressed on anti-PD-1 ... no other
                // prior immunotherapy" excludes immunotherapy other than the required class.
                var o = fact is PriorExposureFact { Polarity: Polarity.Excluded, IsClass: true } excluded && shape.RequiredTherapies.Count > 0
                    ? ExposureOtherThanRequired(excluded, shape.RequiredTherapies, patient) ?? Evaluate(fact, patient)
                    : Evaluate(fact, patient);
                if (o.Outcome != Outcome.Met && (fact is CancerTypeFact { Polarity: Polarity.Required } || fact is BiomarkerFact b0 && RequiresPositive(b0) || fact is StageFact { Polarity: Polarity.Required }))
                    KnowAlternatives();
                if (fact is CancerTypeFact { Polarity: Polarity.Required } && o.Outcome != Outcome.Met && cancerAlternativeMet)
                    o = o with { Outcome = Outcome.Met, Reason = R($"for another cohort ({o.Reason.Split(':')[0]}); the patient fits another cohort of this trial"), FindOut = null, OtherCohort = true };
                if (fact is BiomarkerFact b && RequiresPositive(b) && o.Outcome != Outcome.Met && biomarkerAlternativeMet)
                    o = o with { Outcome = Outcome.Met, Reason = R($"for another cohort ({o.Reason.Split(':', ';')[0]}); the patient fits another cohort of this trial"), FindOut = null, OtherCohort = true };
                if (fact is StageFact { Polarity: Polarity.Required } st && o.Outcome != Outcome.Met && stageFamiliesMet is not null && stageFamiliesMet.Contains(StageFamily(st.Value)))
                    o = o with { Outcome = Outcome.Met, Reason = R($"an alternative ({o.Reason.Split(':', ';')[0]}); the patient meets another stage this trial accepts"), FindOut = null, OtherCohort = true };
                if (fact is BrainMetastasesFact && o.Outcome == Outcome.NotMet && patient.Profile.BrainMetastases is not null && IsLeptomeningealOnly(criterion.Text))
                    o = o with { Outcome = Outcome.Unknown, Reason = "excludes leptomeningeal disease; the profile records brain metastases but not whether the meninges are involved",
                        FindOut = "Ask whether MRI shows leptomeningeal disease (spread to the lining of the brain or spinal cord), not only brain metastases." };
                if (fact is BrainMetastasesFact && o.Outcome == Outcome.NotMet && patient.Profile.BrainMetastases == BrainMetastases.Active && NeedsUrgentTreatment(criterion.Text))
                    o = o with { Outcome = Outcome.Unknown, Reason = "excludes brain metastases that need urgent local treatment; the profile does not say whether they do",
                        FindOut = "Ask whether the brain metastases need surgery or radiotherapy right away." };
                // "Progression within 6 months after platinum (platinum-refractory disease, progressing during it, is
                // excluded)": progression on the same therapy both required and excluded in one item means the
                // exclusion is the narrower case, progression during the therapy: only a regimen with it that was stopped
                // for progression makes the patient refractory to it.
                if (fact is PriorExposureFact { Polarity: Polarity.Excluded, RequiresProgression: true } narrower && o.Outcome == Outcome.NotMet
                    && RequiresProgressionOn(criterion.Facts, narrower.Therapy))
                {
                    if (!patient.Treatment.RefractoryTo.Contains(narrower.Therapy))
                        o = o with { Outcome = Outcome.Met, Reason = R($"excludes disease refractory to {narrower.Therapy.Replace('_', ' ')} (progressing during it): it progressed after the treatment ended") };
                }
                if (fact is PriorLinesFact && o.Outcome == Outcome.Met) lineFit = true;
                facts.Add((fact, o));
            }
            var combined = Combine(criterion, facts, shape.GroupKeys[ci], shape.CohortLabels[ci]);
            if (!explain)
            {
                // Quietly, a criterion is only its section and outcome: one shared object per pair. A registry-scale match
                // evaluates thousands of trials, and allocating each criterion's outcome objects made the garbage
                // collector the largest cost.
                outcomes.Add(QuietOutcomes[(int)criterion.Section, (int)combined]);
                if (stopWhenNotEligible && combined == Outcome.NotMet && shape.OutcomesFinalOnceCombined)
                    return new Evaluation(outcomes, Verdict.NotEligible, biomarkerAlternativeMet, lineFit, cancerAlternativeMet);
                continue;
            }
            var factOutcomes = new FactOutcome[facts.Count];
            for (var k = 0; k < facts.Count; k++) factOutcomes[k] = facts[k].Outcome;
            outcomes.Add(new CriterionOutcome(criterion.Index, criterion.Section, criterion.Text, combined, factOutcomes));
        }

        KnowAlternatives();
        ApplyCohortItems(outcomes, shape);
        ApplyOrItems(outcomes, shape);
        ApplyAlternativeLists(outcomes, shape);
        var verdict = Verdict.Eligible;
        foreach (var c in outcomes)
        {
            if (c.Outcome == Outcome.NotMet) { verdict = Verdict.NotEligible; break; }
            if (c.Outcome == Outcome.Unknown) verdict = Verdict.PossiblyEligible;
        }
        return new Evaluation(outcomes, verdict, biomarkerAlternativeMet, lineFit, cancerAlternativeMet);
    }

    // A loop, not a lambda: a lambda capturing the fact would allocate a closure for every fact of every candidate.
    private static bool RequiresProgressionOn(IReadOnlyList<Fact> facts, string therapy)
    {
        for (var i = 0; i < facts.Count; i++)
            if (facts[i] is PriorExposureFact { Polarity: Polarity.Required, RequiresProgression: true } r && r.Therapy == therapy) return true;
        return false;
    }

    [ThreadStatic] private static List<(Fact Fact, FactOutcome Outcome)>? t_facts;

    /// <summary>The criterion outcomes of quiet evaluations, by section and outcome: no index, text or facts.</summary>
    private static readonly CriterionOutcome[,] QuietOutcomes = QuietOutcomeTable();

    private static CriterionOutcome[,] QuietOutcomeTable()
    {
        var sections = Enum.GetValues<CriterionSection>();
        var kinds = Enum.GetValues<Outcome>();
        var table = new CriterionOutcome[sections.Max(x => (int)x) + 1, kinds.Max(x => (int)x) + 1];
        foreach (var section in sections)
            foreach (var outcome in kinds)
                table[(int)section, (int)outcome] = new CriterionOutcome(-1, section, "", outcome, []);
        return table;
    }

    /// <summary>
    /// What a trial's criteria say independently of any patient, worked out once per prepared trial: the therapies it
    /// requires, how each criterion's facts group into alternatives, its cohort labels, and which items end in "OR".
    /// Held by <see cref="PreparedCriteria"/>, not in a weak table beside the parsed criteria: at registry scale a
    /// matcher keeps tens of thousands of trials, and that many dependent handles made every garbage collection slow.
    /// </summary>
    internal sealed class Shape
    {
        public required IReadOnlyList<string> RequiredTherapies { get; init; }
        /// <summary>Per criterion, per fact: the key facts are grouped by (kind, or stage family group).</summary>
        public required string[][] GroupKeys { get; init; }
        /// <summary>Per criterion: starts of its cohort labels when an inclusion item holds two or more, else null.</summary>
        public required int[]?[] CohortLabels { get; init; }
        /// <summary>Per criterion: an inclusion item that starts with a cohort label.</summary>
        public required bool[] StartsWithCohortLabel { get; init; }
        /// <summary>Per criterion: the item ends in "OR" (an alternative to the next item).</summary>
        public required bool[] EndsWithOr { get; init; }
        /// <summary>
        /// Per criterion: the index of the first item of its list when it sits under a parent that asks for one of the
        /// items ("one of the following:", "either:"), else -1.
        /// </summary>
        public required int[] AlternativeList { get; init; }
        /// <summary>
        /// No "OR" items and fewer than two cohort-labelled items: no later item can relieve a criterion that is not
        /// met, so the first one decides that the trial does not fit.
        /// </summary>
        public required bool OutcomesFinalOnceCombined { get; init; }
        /// <summary>Per criterion: no facts, or only items for the care team (its outcome is Unread or ToReview for every patient).</summary>
        public required bool[] ReviewOnly { get; init; }
        /// <summary>The facts that can be cohort or stage alternatives (required cancer types and stages, required positive biomarkers), in text order.</summary>
        public required Fact[] AlternativeFacts { get; init; }

        public static Shape Of(ParsedCriteria parsed)
        {
            var n = parsed.Criteria.Count;
            var keys = new string[n][];
            var labels = new int[]?[n];
            var starts = new bool[n];
            var ors = new bool[n];
            var lists = new int[n];
            var therapies = new List<string>();
            for (var i = 0; i < n; i++)
            {
                var c = parsed.Criteria[i];
                var typed = c.Facts.Where(f => f is not ToReviewFact).ToList();
                keys[i] = c.Facts.Select(f => f is StageFact { Polarity: Polarity.Required } st ? "stage:" + StageGroup(st, typed, c.Text) : f.Kind).ToArray();
                foreach (var f in c.Facts) if (f is PriorExposureFact { Polarity: Polarity.Required } pe) therapies.Add(pe.Therapy);
                if (c.Section != CriterionSection.Exclusion)
                {
                    var matches = CohortLabel().Matches(c.Text);
                    if (matches.Count >= 2) labels[i] = matches.Select(m => m.Index).ToArray();
                    starts[i] = matches.Count > 0 && matches[0].Index < 3;
                }
                var t = c.Text.TrimEnd(' ', ';', ',', ':', '.');
                ors[i] = t.EndsWith(" OR", StringComparison.Ordinal) || t.EndsWith(" or", StringComparison.Ordinal) || t.EndsWith(";OR", StringComparison.Ordinal) || t == "OR";
                lists[i] = -1;
                if (c.Section != CriterionSection.Exclusion && c.ParentText is { } parent && AsksForOneOf(parent))
                    lists[i] = i > 0 && lists[i - 1] >= 0 && parsed.Criteria[i - 1].ParentText == parent ? lists[i - 1] : i;
            }
            return new Shape
            {
                RequiredTherapies = therapies, GroupKeys = keys, CohortLabels = labels, StartsWithCohortLabel = starts, EndsWithOr = ors,
                AlternativeList = lists,
                OutcomesFinalOnceCombined = !ors.Contains(true) && starts.Count(x => x) < 2 && !lists.Any(x => x >= 0),
                ReviewOnly = parsed.Criteria.Select(c => c.Facts.All(f => f is ToReviewFact)).ToArray(),
                AlternativeFacts = parsed.Facts.Where(f => f is CancerTypeFact { Polarity: Polarity.Required } || f is BiomarkerFact b && RequiresPositive(b) || f is StageFact { Polarity: Polarity.Required }).ToArray(),
            };
        }
    }

    /// <summary>Stage values that answer the same question: disease state, CML phase, or anatomical extent.</summary>
    private static string StageFamily(string value) => value switch
    {
        "newly_diagnosed" or "relapsed" or "refractory" or "recurrent" => "state",
        "chronic_phase" or "accelerated_phase" or "blast_phase" => "phase",
        "unresectable" or "resectable" => "resectability",
        _ => "extent",
    };

    /// <summary>
    /// Required stages of different families in one criterion are separate conditions ("newly diagnosed CML in chronic
    /// phase", "stage IIIA/IIIB that is inoperable"), unless the text joins them as alternatives ("recurrent or
    /// metastatic", "unresectable or metastatic"). Returns the family, or the first family it is joined with.
    /// </summary>
    private static string StageGroup(StageFact fact, List<Fact> typed, string text)
    {
        var stages = typed.OfType<StageFact>().Where(s => s.Polarity == Polarity.Required).OrderBy(s => s.Start).ToList();
        var families = stages.Select(s => StageFamily(s.Value)).ToList();
        if (families.Distinct(StringComparer.Ordinal).Count() < 2) return families.Count > 0 ? families[0] : StageFamily(fact.Value);
        // Union-find over families: adjacent stage words of different families joined by "or", "/" or a list comma.
        var parent = families.Distinct(StringComparer.Ordinal).ToDictionary(f => f, f => f, StringComparer.Ordinal);
        string Root(string f) { while (parent[f] != f) f = parent[f]; return f; }
        for (var i = 0; i + 1 < stages.Count; i++)
        {
            if (families[i] == families[i + 1]) continue;
            var from = stages[i].Start + stages[i].Length;
            var to = stages[i + 1].Start;
            if (from < 0 || to > text.Length || to < from || !JoinsAlternatives(text.AsSpan(from, to - from))) continue;
            var (a, b) = (Root(families[i]), Root(families[i + 1]));
            if (a != b) parent[b] = a;
        }
        return Root(StageFamily(fact.Value));
    }

    private static bool JoinsAlternatives(ReadOnlySpan<char> gap)
    {
        var g = gap.Trim().ToString().ToLowerInvariant();
        foreach (var filler in new[] { "disease", "cancer", "stage", "tumors", "tumor", "tumours", "tumour", "(", ")" }) g = g.Replace(filler, "", StringComparison.Ordinal);
        g = g.Trim();
        return g is "" or "," or "or" or ", or" or ",or" or "/" or "and/or" or ", and/or" or "or/and";
    }

    private static bool NeedsUrgentTreatment(string text)
    {
        var t = text.ToLowerInvariant();
        return (t.Contains("urgent", StringComparison.Ordinal) || t.Contains("immediate", StringComparison.Ordinal)) && t.Contains("requir", StringComparison.Ordinal);
    }

    /// <summary>
    /// An inclusion item ending in "OR" and the item after it are alternatives ("2 or more prior lines; OR" /
    /// "1 prior line with early relapse"): when one is met (or may be), the other does not count against the patient.
    /// </summary>
    private static void ApplyOrItems(List<CriterionOutcome> outcomes, Shape shape)
    {
        for (var i = 0; i + 1 < outcomes.Count; i++)
        {
            if (!shape.EndsWithOr[i]) continue;
            if (outcomes[i].Section == CriterionSection.Exclusion || outcomes[i + 1].Section == CriterionSection.Exclusion) continue;
            var (a, b) = (outcomes[i], outcomes[i + 1]);
            if (a.Outcome == Outcome.NotMet && b.Outcome is Outcome.Met or Outcome.Unknown) outcomes[i] = Relieve(a);
            else if (b.Outcome == Outcome.NotMet && a.Outcome is Outcome.Met or Outcome.Unknown) outcomes[i + 1] = Relieve(b);
        }
    }

    // "Must have one of the following:", "either:", "at least one of the following criteria:", "any of the following:"
    // (in an inclusion list: "with any of the following are excluded" is an exclusion parent, and its items are excluded
    // conditions, each on its own).
    [GeneratedRegex(@"\b(?:(?:at\s+least|only|exactly)\s+)?(?:one|any|any\s+one|one\s+or\s+more|either)\s+(?:\(1\)\s+)?of\s+(?:the\s+)?(?:following|these|below)\b|\beither\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneOfTheFollowing();

    private static bool AsksForOneOf(string parent) =>
        parent.Length < 400 && (parent.Contains("of", StringComparison.OrdinalIgnoreCase) || parent.Contains("either", StringComparison.OrdinalIgnoreCase)) && OneOfTheFollowing().IsMatch(parent);

    /// <summary>
    /// The items of a list under "one of the following:" are alternatives: when the patient meets (or may meet) one
    /// of them, the others do not count against them. When every item is not met, each still says why.
    /// </summary>
    private static void ApplyAlternativeLists(List<CriterionOutcome> outcomes, Shape shape)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (shape.AlternativeList[i] != i) continue;
            var end = i + 1;
            while (end < outcomes.Count && shape.AlternativeList[end] == i) end++;
            if (end - i < 2) continue;
            var anyFits = false;
            for (var k = i; k < end; k++) anyFits |= outcomes[k].Outcome is Outcome.Met or Outcome.Unknown;
            if (!anyFits) continue;
            for (var k = i; k < end; k++)
                if (outcomes[k].Outcome == Outcome.NotMet) outcomes[k] = Relieve(outcomes[k]);
        }
    }

    private static CriterionOutcome Relieve(CriterionOutcome c) => c with
    {
        Outcome = Outcome.Met,
        Facts = [.. c.Facts.Select(f => f.Outcome == Outcome.NotMet ? f with { Outcome = Outcome.Met, Reason = R($"an alternative ({f.Reason.Split(':')[0]}); the patient meets the other option"), OtherCohort = true } : f)],
    };

    /// <summary>The criterion speaks of leptomeningeal disease only, not of brain metastases in general.</summary>
    private static bool IsLeptomeningealOnly(string text)
    {
        var t = text.ToLowerInvariant();
        if (!t.Contains("mening", StringComparison.Ordinal)) return false;
        return !t.Contains("brain", StringComparison.Ordinal) && !t.Contains("cns", StringComparison.Ordinal) && !t.Contains("central nervous", StringComparison.Ordinal)
            && !t.Contains("intracranial", StringComparison.Ordinal) && !t.Contains("cerebral", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:cohorts?|parts?|arms?)\s+[A-Z0-9]{1,3}[a-z]?\b[^:;.]{0,60}?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CohortLabel();

    /// <summary>
    /// Inclusion items that each start with a cohort label ("Cohort 1: ...", "Cohort 2: ...") are alternatives: when the
    /// patient meets (or may meet) one, the others do not count against them.
    /// </summary>
    private static void ApplyCohortItems(List<CriterionOutcome> outcomes, Shape shape)
    {
        List<int>? labelled = null;
        for (var i = 0; i < outcomes.Count; i++)
            if (shape.StartsWithCohortLabel[i]) (labelled ??= []).Add(i);
        if (labelled is null || labelled.Count < 2 || !labelled.Any(i => outcomes[i].Outcome is Outcome.Met or Outcome.Unknown)) return;
        foreach (var i in labelled)
            if (outcomes[i].Outcome == Outcome.NotMet)
                outcomes[i] = outcomes[i] with { Outcome = Outcome.Met, Facts = [.. outcomes[i].Facts.Select(f => f.Outcome == Outcome.NotMet ? f with { Outcome = Outcome.Met, Reason = R($"for another cohort ({f.Reason.Split(':')[0]}); the patient fits another cohort of this trial"), OtherCohort = true } : f)] };
    }

    private static Outcome Combine(Criterion criterion, List<(Fact Fact, FactOutcome Outcome)> facts, string[] keys, int[]? labels)
    {
        if (criterion.Facts.Count == 0) return Outcome.Unread;
        // "Cohort A: ... Cohort B: ...": each labelled part is an alternative; facts before the first label belong to all.
        if (labels is { Length: >= 2 })
        {
            var best = Outcome.NotMet;
            for (var k = 0; k < labels.Length; k++)
            {
                var to = k + 1 < labels.Length ? labels[k + 1] : int.MaxValue;
                var o = CombineFacts(facts, keys, labels[0], labels[k], to);
                if (o == Outcome.Met) return Outcome.Met;
                if (o == Outcome.Unknown) best = Outcome.Unknown;
                else if (o is Outcome.ToReview && best == Outcome.NotMet) best = Outcome.ToReview;
            }
            return best;
        }
        return CombineFacts(facts, keys, int.MaxValue, 0, 0);
    }

    /// <summary>
    /// Combines the facts of one criterion (or of one cohort part: facts before <paramref name="commonEnd"/> and
    /// those in [<paramref name="from"/>, <paramref name="to"/>)). Facts group by kind (stages by family group):
    /// required facts of a group are alternatives, one met suffices; excluded or allowed facts all have to hold;
    /// the groups are ANDed. Written as loops, not LINQ: it runs for every criterion of every candidate.
    /// </summary>
    private static Outcome CombineFacts(List<(Fact Fact, FactOutcome Outcome)> facts, string[] keys, int commonEnd, int from, int to)
    {
        // At most one group per fact: on the stack for ordinary criteria, on the heap for the rare huge one.
        Span<(int Key, byte Req, bool ReqMet, bool ReqUnknown, bool ExcNotMet, bool ExcUnknown)> groups = facts.Count <= 64
            ? stackalloc (int, byte, bool, bool, bool, bool)[facts.Count]
            : new (int, byte, bool, bool, bool, bool)[facts.Count];
        var count = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            var (fact, outcome) = facts[i];
            if (!(fact.Start < commonEnd || (fact.Start >= from && fact.Start < to))) continue;
            if (fact is ToReviewFact || outcome.Outcome == Outcome.ToReview) continue;
            // Group by key: the first fact with the same key names the group.
            var g = -1;
            for (var j = 0; j < count; j++) if (ReferenceEquals(keys[groups[j].Key], keys[i]) || keys[groups[j].Key] == keys[i]) { g = j; break; }
            if (g < 0)
            {
                g = count++;
                groups[g] = (i, 0, false, false, false, false);
            }
            ref var group = ref groups[g];
            if (fact.Polarity == Polarity.Required)
            {
                group.Req = 1;
                if (outcome.Outcome == Outcome.Met) group.ReqMet = true;
                else if (outcome.Outcome == Outcome.Unknown) group.ReqUnknown = true;
            }
            else if (outcome.Outcome == Outcome.NotMet) group.ExcNotMet = true;
            else if (outcome.Outcome == Outcome.Unknown) group.ExcUnknown = true;
        }
        if (count == 0) return Outcome.ToReview;
        var result = Outcome.Met;
        for (var j = 0; j < count; j++)
        {
            var g = groups[j];
            var req = g.Req == 0 || g.ReqMet ? Outcome.Met : g.ReqUnknown ? Outcome.Unknown : Outcome.NotMet;
            var exc = g.ExcNotMet ? Outcome.NotMet : g.ExcUnknown ? Outcome.Unknown : Outcome.Met;
            if (req == Outcome.NotMet || exc == Outcome.NotMet) return Outcome.NotMet;
            if (req == Outcome.Unknown || exc == Outcome.Unknown) result = Outcome.Unknown;
        }
        return result;
    }

    /// <summary>A fact outcome whose reason (and what to find out) is formatted only when explaining.</summary>
    private static FactOutcome Out(string kind, Outcome outcome, ReasonText reason) => Explanation.Quiet ? Shared(kind, outcome) : new(kind, outcome, reason.Text());

    private static FactOutcome Out(string kind, Outcome outcome, ReasonText reason, string? findOut) => Explanation.Quiet ? Shared(kind, outcome) : new(kind, outcome, reason.Text(), findOut);

    private static FactOutcome Out(string kind, Outcome outcome, ReasonText reason, ReasonText findOut)
    {
        if (Explanation.Quiet) return Shared(kind, outcome);
        var why = reason.Text();
        var ask = findOut.Text();
        return new(kind, outcome, why, ask.Length == 0 ? null : ask);
    }

    private static FactOutcome Out(string kind, Outcome outcome, string reason, string? findOut = null) => Explanation.Quiet ? Shared(kind, outcome) : new(kind, outcome, reason, findOut);

    /// <summary>
    /// In a quiet evaluation an outcome is only its kind and result, so one immutable instance per pair serves every
    /// fact of every candidate: thousands of candidates per query then allocate no per-fact objects.
    /// </summary>
    private static FactOutcome Shared(string kind, Outcome outcome) =>
        SharedOutcomes.TryGetValue((kind, outcome), out var shared) ? shared : new FactOutcome(kind, outcome, "");

    private static readonly Dictionary<(string, Outcome), FactOutcome> SharedOutcomes =
        new[] { "cancer_type", "stage", "prior_lines", "prior_exposure", "biomarker", "age", "sex", "performance_status", "brain_metastases", "measurable_disease", "to_review" }
            .SelectMany(k => Enum.GetValues<Outcome>().Select(o => (Key: (k, o), Value: new FactOutcome(k, o, ""))))
            .ToDictionary(x => x.Key, x => x.Value);

    private static string R(ReasonText text) => text.Text();

    public static FactOutcome Evaluate(Fact fact, PatientContext p) => fact switch
    {
        CancerTypeFact f => CancerType(f, p),
        StageFact f => Stage(f, p),
        PriorLinesFact f => PriorLines(f, p),
        PriorExposureFact f => Exposure(f, p),
        BiomarkerFact f => Biomarker(f, p),
        AgeFact f => Age(f, p),
        SexFact f => Sex(f, p),
        PerformanceStatusFact f => Performance(f, p),
        BrainMetastasesFact f => Brain(f, p),
        MeasurableDiseaseFact f => Measurable(f, p),
        ToReviewFact f => Out(f.Kind, Outcome.ToReview, $"for the care team to check ({f.Category.Replace('_', ' ')})"),
        _ => Out(fact.Kind, Outcome.Unread, "not understood"),
    };

    /// <summary>Applies a fact's polarity to whether the patient has the stated condition (null: unknown).</summary>
    private static FactOutcome Polar(Fact fact, bool? has, ReasonText whatText, string? findOut)
    {
        var what = whatText.Text();
        if (fact.Polarity == Polarity.Allowed) return Out(fact.Kind, Outcome.Met, $"allowed: {what}");
        var required = fact.Polarity == Polarity.Required;
        return has switch
        {
            null => Out(fact.Kind, Outcome.Unknown, $"{(required ? "requires" : "excludes")} {what}; the profile does not say", findOut),
            true => Out(fact.Kind, required ? Outcome.Met : Outcome.NotMet, $"{(required ? "requires" : "excludes")} {what}: the patient has it"),
            false => Out(fact.Kind, required ? Outcome.NotMet : Outcome.Met, $"{(required ? "requires" : "excludes")} {what}: the patient does not have it"),
        };
    }

    private static FactOutcome CancerType(CancerTypeFact f, PatientContext p)
    {
        var name = CancerTypeVocabulary.Default.Get(f.Code)?.Name ?? f.Code;
        if (p.CancerCode is null) return Polar(f, null, $"{name}", "Confirm the exact type of cancer (and its histology) from the pathology report.");
        bool? has = p.Within.Contains(f.Code) ? true : p.Narrower.Contains(f.Code) ? null : false;
        return Polar(f, has, $"{name}", has is null ? R($"Confirm whether the cancer is {name} (the pathology report gives the exact type).") : null);
    }

    private static FactOutcome Stage(StageFact f, PatientContext p)
    {
        var s = p.Stage;
        var v = f.Value;
        var treated = p.HistoryKnown ? p.Treatment.EffectiveLines > 0 : (bool?)null;
        bool? has = v switch
        {
            "metastatic" => s.Group is { } g ? g == 4 : s.Metastatic ? true : null,
            "locally_advanced" => s.Group is { } g2 ? g2 == 3 : s.LocallyAdvanced ? true : s.Metastatic ? false : null,
            "advanced" => s.Group is { } g3 ? g3 >= 3 : s.Metastatic || s.LocallyAdvanced || s.Extensive ? true : p.Hematologic ? true : null,
            "unresectable" => s.Group is { } g4 ? (g4 == 4 ? true : g4 <= 2 ? false : null) : s.Metastatic ? true : null,
            "resectable" or "early_stage" => s.Group is { } g5 ? g5 <= 2 : s.Metastatic ? false : null,
            "recurrent" or "relapsed" => p.Treatment.State is DiseaseState.Relapsed or DiseaseState.Refractory ? true
                : p.Treatment.State == DiseaseState.Untreated && p.HistoryKnown ? false : null,
            "refractory" => p.Treatment.State == DiseaseState.Refractory ? true : treated == false ? false : null,
            "newly_diagnosed" => treated is { } t ? !t : null,
            "limited_stage" => s.Limited ? true : s.Extensive || s.Metastatic ? false : null,
            "extensive_stage" => s.Extensive || s.Metastatic ? true : s.Limited ? false : null,
            "chronic_phase" or "accelerated_phase" or "blast_phase" => s.Phase is null ? null : s.Phase == v[..v.IndexOf('_', StringComparison.Ordinal)],
            _ when v.StartsWith("ann_arbor:", StringComparison.Ordinal) => s.AnnArbor is null ? null : s.AnnArbor == v[10..],
            _ when v.StartsWith("iss:", StringComparison.Ordinal) => s.Iss is null ? null : s.Iss == v[4..],
            _ when v.StartsWith("rai:", StringComparison.Ordinal) => s.Rai is null ? null : s.Rai == v[4..],
            _ when v.StartsWith("binet:", StringComparison.Ordinal) => s.Binet is null ? null : s.Binet == v[6..],
            _ => AjccStage(v, s),
        };
        var label = Explanation.Quiet ? "" : v.Replace('_', ' ').Replace(":", " ", StringComparison.Ordinal);
        return Polar(f, has, $"stage {label}", has is null ? R($"Confirm the stage of the cancer (the trial asks about stage {label}).") : null);
    }

    private static bool? AjccStage(string value, PatientStage s)
    {
        var group = PatientStage.GroupOf(value);
        if (group is null) return null;
        if (s.Ajcc is null) return s.Metastatic && group == 4 ? true : s.Metastatic ? false : null;
        if (s.Group != group) return false;
        // Same group: a sub-stage decides only when both give one ("IIIB" vs "IIIA"); "III" vs "IIIB" stays open.
        var fSub = value.Length > RomanLength(value) ? value : null;
        var pSub = s.Ajcc.Length > RomanLength(s.Ajcc) ? s.Ajcc : null;
        if (fSub is null) return true;
        if (pSub is null) return null;
        return pSub.StartsWith(fSub, StringComparison.OrdinalIgnoreCase);
    }

    private static int RomanLength(string v)
    {
        var n = 0;
        while (n < v.Length && v[n] is 'I' or 'V' or '0') n++;
        return n;
    }

    private static FactOutcome PriorLines(PriorLinesFact f, PatientContext p)
    {
        var range = Explanation.Quiet ? "" : (f.Min, f.Max) switch
        {
            (0, 0) => "no prior line of therapy",
            ({ } a, null) => $"at least {a} prior line{(a == 1 ? "" : "s")}",
            (null, { } b) => $"at most {b} prior line{(b == 1 ? "" : "s")}",
            ({ } a, { } b) when a == b => $"exactly {a} prior line{(a == 1 ? "" : "s")}",
            ({ } a, { } b) => $"{a} to {b} prior lines",
            _ => "prior lines",
        };
        if (f.Setting is "metastatic" or "advanced" && !Explanation.Quiet) range += $" for {f.Setting} disease";
        if (!p.HistoryKnown)
            return Out(f.Kind, Outcome.Unknown, $"requires {range}; the treatment history is not given", "List the treatments received so far, so the prior lines of therapy can be counted.");
        var n = f.Setting is "metastatic" or "advanced" && p.Profile.PriorLines is null ? p.Treatment.AdvancedSettingLines : p.Treatment.EffectiveLines;
        var inRange = (f.Min is null || n >= f.Min) && (f.Max is null || n <= f.Max);
        var counted = Explanation.Quiet ? "" : $"the patient has had {n} line{(n == 1 ? "" : "s")}";
        if (f.Polarity == Polarity.Excluded)
            return Out(f.Kind, inRange ? Outcome.NotMet : Outcome.Met, $"excludes {range}: {counted}");
        if (!inRange) return Out(f.Kind, Outcome.NotMet, $"requires {range}: {counted}");
        if (f.RequiresProgression && n > 0 && p.Treatment.State is not (DiseaseState.Refractory or DiseaseState.Relapsed))
            return Out(f.Kind, Outcome.Unknown, $"requires {range} with progression: {counted}, but progression on the last one is not recorded",
                "Record whether the cancer grew during or after the last treatment.");
        return Out(f.Kind, Outcome.Met, $"requires {range}: {counted}");
    }

    private static FactOutcome Exposure(PriorExposureFact f, PatientContext p)
    {
        var name = Explanation.Quiet ? "" : f.Therapy.Replace('_', ' ');
        if (f.Polarity == Polarity.Allowed) return Out(f.Kind, Outcome.Met, $"allows prior {name}");
        var exposed = p.Treatment.Exposures.Contains(f.Therapy);
        var progressed = p.Treatment.ProgressedOn.Contains(f.Therapy);
        if (!exposed && !p.HistoryKnown)
            return Out(f.Kind, Outcome.Unknown, $"{(f.Polarity == Polarity.Required ? "requires" : "excludes")} prior {name}; the treatment history is not given",
                $"Check whether the patient has received {name}.");
        if (f.Polarity == Polarity.Required)
        {
            if (!exposed) return Out(f.Kind, Outcome.NotMet, $"requires prior {name}: not in the treatment history");
            if (f.RequiresProgression && !progressed)
                return Out(f.Kind, Outcome.NotMet, $"requires progression on {name}: it was given but stopped for another reason");
            return Out(f.Kind, Outcome.Met, $"requires prior {name}: {(progressed ? "the cancer progressed on it" : "received")}");
        }
        if (f.RequiresProgression)
            return Out(f.Kind, progressed ? Outcome.NotMet : Outcome.Met, $"excludes progression on {name}: {(progressed ? "the cancer progressed on it" : "no progression on it recorded")}");
        return Out(f.Kind, exposed ? Outcome.NotMet : Outcome.Met, $"excludes prior {name}: {(exposed ? "received" : "not received")}");
    }

    /// <summary>
    /// An excluded class that contains a therapy the trial requires is read as "other" members of the class: only drugs
    /// of the class outside the required therapy count against the patient. Null when the rule does not apply.
    /// </summary>
    private static FactOutcome? ExposureOtherThanRequired(PriorExposureFact f, IReadOnlyList<string> requiredTherapies, PatientContext p)
    {
        var vocab = TherapyVocabulary.Default;
        var inside = requiredTherapies.Where(r => r != f.Therapy && vocab.ClassesOf(r).Contains(f.Therapy)).ToList();
        if (inside.Count == 0 || !p.HistoryKnown || f.RequiresProgression) return null;
        var name = Explanation.Quiet ? "" : f.Therapy.Replace('_', ' ');
        var others = p.Treatment.Lines.SelectMany(l => l.Drugs)
            .Where(d => vocab.ClassesOf(d).Contains(f.Therapy) && !inside.Any(r => r == d || vocab.ClassesOf(d).Contains(r)))
            .Distinct(StringComparer.Ordinal).ToList();
        var required = Explanation.Quiet ? "" : string.Join(", ", inside.Select(r => r.Replace('_', ' ')));
        return others.Count > 0
            ? Out(f.Kind, Outcome.NotMet, $"excludes prior {name} other than {required}: received {string.Join(", ", others)}")
            : Out(f.Kind, Outcome.Met, $"excludes prior {name} other than {required} (which the trial requires): none received");
    }

    /// <summary>Whether a fact asks for the biomarker to be present (positive), whichever way it is phrased.</summary>
    public static bool RequiresPositive(BiomarkerFact f) =>
        (f.Status == "positive" && f.Polarity == Polarity.Required) || (f.Status == "negative" && f.Polarity == Polarity.Excluded);

    private static FactOutcome Biomarker(BiomarkerFact f, PatientContext p)
    {
        var label = Explanation.Quiet ? "" : Describe(f);
        var wantsPositive = RequiresPositive(f);
        var result = p.Biomarker(f.Gene);
        string Ask() => $"Ask whether the tumour was tested for {f.Gene}{(f.Alteration is { } a && !IsGeneric(a) ? $" ({a})" : "")}{(f.Threshold is { } t ? $" and what the {t.Measure} score was" : "")}.";
        if (f.Polarity == Polarity.Allowed) return Out(f.Kind, Outcome.Met, $"allows {label}");
        if (result is null || result.Status == BiomarkerStatus.Unknown)
            return Out(f.Kind, Outcome.Unknown, $"{(wantsPositive ? "requires" : "excludes")} {Positive(f)}; not known for this patient", Explanation.Quiet ? null : Ask());

        bool? has; // does the patient have the thing the fact talks about (gene, alteration, threshold)?
        if (result.Status == BiomarkerStatus.Negative) has = false;
        else if (f.Threshold is { } threshold)
        {
            if (result.Score is null) has = null;
            else if (threshold.Measure is not ("percent" or "IHC") && result.ScoreType is { } type && !type.Equals(threshold.Measure, StringComparison.OrdinalIgnoreCase)) has = null;
            else has = Compare(result.Score.Value, threshold.Op, threshold.Value);
        }
        else has = AlterationFits(f.Alteration, result.Alteration);

        if (has is null)
            return Out(f.Kind, Outcome.Unknown, $"{(wantsPositive ? "requires" : "excludes")} {Positive(f)}; the patient's result does not say enough", Explanation.Quiet ? null : Ask());
        var patientHasPositive = has.Value;
        var met = wantsPositive == patientHasPositive;
        var patientText = Explanation.Quiet ? "" : result.Status == BiomarkerStatus.Negative ? $"{result.Gene} negative"
            : $"{result.Gene}{(result.Alteration is null ? "" : " " + result.Alteration)}{(result.Score is { } sc ? " " + (result.ScoreType ?? "") + " " + sc.ToString(CultureInfo.InvariantCulture) : "")} positive";
        return Out(f.Kind, met ? Outcome.Met : Outcome.NotMet, $"{(wantsPositive ? "requires" : "excludes")} {Positive(f)}: the patient is {patientText}");
    }

    private static string Positive(BiomarkerFact f)
    {
        var alteration = f.Alteration is { } a && !IsGeneric(a) ? " " + a : "";
        var threshold = f.Threshold is { } t ? $" {t.Measure} {t.Op} {t.Value.ToString(CultureInfo.InvariantCulture)}" : "";
        return $"{f.Gene}{alteration}{threshold}{(threshold.Length == 0 ? " positive" : "")}";
    }

    private static string Describe(BiomarkerFact f) => $"{f.Gene}{(f.Alteration is { } a ? " " + a : "")} {f.Status}";

    private static bool IsGeneric(string alteration) => alteration.ToLowerInvariant() is "mutation" or "alteration" or "positive" or "expression" or "overexpression" or "amplification" or "any";

    /// <summary>Whether the patient's positive result is the alteration the trial names (null: cannot tell).</summary>
    private static bool? AlterationFits(string? wanted, string? found)
    {
        if (wanted is null || IsGeneric(wanted)) return true;
        if (found is null) return wanted.ToLowerInvariant() is "fusion" or "rearrangement" or "msi-h" or "dmmr" ? true : null;
        var w = Normalise(wanted);
        var g = Normalise(found);
        if (g.Contains(w, StringComparison.Ordinal) || w.Contains(g, StringComparison.Ordinal)) return true;
        // Codon-level match: "V600" includes "V600E"; "exon19del" matches "exon 19 deletion".
        if (w.Length >= 3 && g.StartsWith(w, StringComparison.Ordinal)) return true;
        return IsVariant(w) && IsVariant(g) ? false : null;
    }

    private static string Normalise(string s)
    {
        var t = s.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return t.Replace("deletion", "del", StringComparison.Ordinal).Replace("insertion", "ins", StringComparison.Ordinal)
            .Replace("ex19", "exon19", StringComparison.Ordinal).Replace("ex20", "exon20", StringComparison.Ordinal);
    }

    private static bool IsVariant(string s) => s.Length >= 3 && (char.IsLetter(s[0]) && char.IsDigit(s[1]) || s.StartsWith("exon", StringComparison.Ordinal) || s is "fusion" or "amplification" or "itd" or "tkd");

    private static bool Compare(double value, string op, double threshold) => op switch
    {
        ">=" => value >= threshold,
        ">" => value > threshold,
        "<=" => value <= threshold,
        "<" => value < threshold,
        _ => Math.Abs(value - threshold) < 1e-9,
    };

    private static FactOutcome Age(AgeFact f, PatientContext p)
    {
        var range = Explanation.Quiet ? "" : (f.MinYears, f.MaxYears) switch
        {
            ({ } a, null) => $"age {a} or over",
            (null, { } b) => $"age up to {b}",
            ({ } a, { } b) => $"age {a} to {b}",
            _ => "an age limit",
        };
        if (p.Profile.Age is not { } age) return Out(f.Kind, Outcome.Unknown, $"requires {range}; age not given", "Add the patient's age.");
        var inRange = (f.MinYears is null || age >= f.MinYears) && (f.MaxYears is null || age <= f.MaxYears + 0.999);
        var ok = f.Polarity == Polarity.Excluded ? !inRange : inRange;
        return Out(f.Kind, ok ? Outcome.Met : Outcome.NotMet, $"{(f.Polarity == Polarity.Excluded ? "excludes" : "requires")} {range}: the patient is {age}");
    }

    private static FactOutcome Sex(SexFact f, PatientContext p)
    {
        if (p.Profile.Sex is null) return Out(f.Kind, Outcome.Unknown, $"for {f.Value} patients; sex not given", "Add the patient's sex.");
        var same = p.Profile.Sex.Equals(f.Value, StringComparison.OrdinalIgnoreCase);
        var ok = f.Polarity == Polarity.Excluded ? !same : same;
        return Out(f.Kind, ok ? Outcome.Met : Outcome.NotMet, $"{(f.Polarity == Polarity.Excluded ? "excludes" : "for")} {f.Value} patients");
    }

    private static FactOutcome Performance(PerformanceStatusFact f, PatientContext p)
    {
        var range = Explanation.Quiet ? "" : (f.MinEcog, f.MaxEcog) switch
        {
            (null or 0, { } b) => $"ECOG 0–{b}",
            ({ } a, { } b) => $"ECOG {a}–{b}",
            ({ } a, null) => $"ECOG {a} or more",
            _ => "a performance status",
        };
        if (f.Scale is "karnofsky" or "lansky" && f.Min is { } kmin && !Explanation.Quiet) range += $" (stated as {char.ToUpperInvariant(f.Scale[0])}{f.Scale[1..]} ≥ {kmin})";
        if (p.Profile.EffectiveEcog is not { } ecog)
            return Out(f.Kind, Outcome.Unknown, $"requires {range}; not given", "Your ECOG performance status is needed (how active you are day to day, scored 0–4 by your care team).");
        var inRange = (f.MinEcog is null || ecog >= f.MinEcog) && (f.MaxEcog is null || ecog <= f.MaxEcog);
        var ok = f.Polarity == Polarity.Excluded ? !inRange : inRange;
        var given = Explanation.Quiet ? "" : p.Profile.Ecog is null ? $"Karnofsky {p.Profile.Karnofsky} ≈ ECOG {ecog}" : $"ECOG {ecog}";
        return Out(f.Kind, ok ? Outcome.Met : Outcome.NotMet, $"{(f.Polarity == Polarity.Excluded ? "excludes" : "requires")} {range}: the patient is {given}");
    }

    private static FactOutcome Brain(BrainMetastasesFact f, PatientContext p)
    {
        var status = p.Profile.BrainMetastases;
        const string ask = "Ask whether a brain scan (MRI) has shown metastases, and if so whether they were treated and are stable.";
        if (status is null) return Out(f.Kind, Outcome.Unknown, $"brain metastases: {f.Rule.Replace('_', ' ')}; not known for this patient", ask);
        var (outcome, reason) = (f.Rule, status.Value) switch
        {
            ("allowed", _) => (Outcome.Met, "brain metastases allowed"),
            ("required", BrainMetastases.None) => (Outcome.NotMet, "requires brain metastases: the patient has none"),
            ("required", _) => (Outcome.Met, "requires brain metastases: the patient has them"),
            (_, BrainMetastases.None) => (Outcome.Met, "excludes brain metastases: the patient has none"),
            ("excluded_unless_treated_stable", BrainMetastases.TreatedStable) => (Outcome.Met, "allows treated, stable brain metastases: the patient's are treated and stable"),
            ("excluded_unless_treated_stable", BrainMetastases.Active) => (Outcome.NotMet, "excludes active brain metastases: the patient's are active"),
            (_, BrainMetastases.TreatedStable) => (Outcome.NotMet, "excludes brain metastases, even treated ones: the patient has treated metastases"),
            _ => (Outcome.NotMet, "excludes brain metastases: the patient has active metastases"),
        };
        return Out(f.Kind, outcome, reason);
    }

    private static FactOutcome Measurable(MeasurableDiseaseFact f, PatientContext p)
    {
        var standard = f.Standard is null || Explanation.Quiet ? "" : $" ({f.Standard})";
        if (f.Rule == "not_required") return Out(f.Kind, Outcome.Met, $"measurable disease not required{standard}");
        if (p.Profile.MeasurableDisease is not { } m)
            return Out(f.Kind, Outcome.Unknown, $"requires measurable disease{standard}; not known", $"Ask whether recent scans show measurable disease{standard}.");
        var ok = f.Polarity == Polarity.Excluded ? !m : m;
        return Out(f.Kind, ok ? Outcome.Met : Outcome.NotMet, $"requires measurable disease{standard}: {(m ? "present" : "none")}");
    }
}
