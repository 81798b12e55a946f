using System.Globalization;
using System.Text.RegularExpressions;
using TrialMatcher.Records;

namespace TrialMatcher.Patients;

/// <summary>One line of therapy as derived from the history, with the reason it was counted that way.</summary>
public sealed record TreatmentLine(
    int Number,
    bool EarlySetting,
    IReadOnlyList<int> Entries,
    IReadOnlyList<string> Drugs,
    IReadOnlyList<string> Classes,
    StopReason? Outcome,
    string Why);

public enum DiseaseState { Untreated, Responding, Relapsed, Refractory, Unknown }

/// <summary>What the treatment history says for eligibility: how many lines, which exposures, how the disease behaved.</summary>
public sealed record TreatmentSummary
{
    public IReadOnlyList<TreatmentLine> Lines { get; init; } = [];
    public int DerivedLines { get; init; }
    /// <summary>The count the profile typed in, which overrides the derived one.</summary>
    public int? TypedLines { get; init; }
    public int EffectiveLines => TypedLines ?? DerivedLines;
    /// <summary>Lines given for advanced or metastatic disease (adjuvant/neoadjuvant lines count only when relapse followed within 12 months).</summary>
    public int AdvancedSettingLines { get; init; }
    /// <summary>Drug names, drug classes and local modalities the patient received ("pembrolizumab", "anti_pd1_pdl1", "radiotherapy").</summary>
    public IReadOnlySet<string> Exposures { get; init; } = new HashSet<string>();
    /// <summary>Drugs and classes the disease progressed on (not merely stopped for side effects).</summary>
    public IReadOnlySet<string> ProgressedOn { get; init; } = new HashSet<string>();
    /// <summary>Drugs and classes of regimens stopped because the disease progressed while they were given (refractory), not after they ended.</summary>
    public IReadOnlySet<string> RefractoryTo { get; init; } = new HashSet<string>();
    public DiseaseState State { get; init; } = DiseaseState.Unknown;
    /// <summary>Ovarian-cancer platinum status from the last platinum line: true resistant, false sensitive, null unknown.</summary>
    public bool? PlatinumResistant { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Derives lines of therapy from a treatment history, following the usual definitions (see DOMAIN.md): drugs given
/// together are one line; surgery, radiotherapy and chemotherapy of one planned treatment are one line; maintenance
/// and consolidation (including a transplant after induction) continue their line; a change because of
/// progression or relapse starts a new line; after intolerance a substitution within the same drug class
/// continues the line and a switch to another class starts a new one. Local treatments never count as a line of
/// systemic therapy on their own.
/// </summary>
public static partial class LinesOfTherapy
{
    /// <summary>Classes that say too little to decide a same-class substitution.</summary>
    private static readonly HashSet<string> BroadClasses = new(StringComparer.Ordinal)
    {
        "chemotherapy", "immunotherapy", "targeted_therapy", "hormonal_therapy", "biologic_therapy", "systemic_therapy", "investigational_agent",
    };

    /// <param name="history">Entries in the order the profile lists them; dated entries are ordered by start.</param>
    /// <param name="classesOf">Classes of a drug (generic or brand name), e.g. from the therapy vocabulary.</param>
    /// <param name="canonical">The generic name of a drug name (brand → generic); identity when unknown.</param>
    public static TreatmentSummary Derive(IReadOnlyList<TreatmentEntry> history, Func<string, IReadOnlyCollection<string>> classesOf,
        Func<string, string>? canonical = null, int? typedLines = null)
    {
        canonical ??= d => d;
        var ordered = history.Select((e, i) => (Entry: e, Index: i))
            .OrderBy(x => x.Entry.Start?.Earliest ?? DateOnly.MaxValue)
            .ThenBy(x => x.Index)
            .ToList();
        if (ordered.Any(x => x.Entry.Start is null)) ordered = history.Select((e, i) => (e, i)).ToList(); // undated: trust the written order

        var lines = new List<MutableLine>();
        var exposures = new HashSet<string>(StringComparer.Ordinal);
        var progressedOn = new HashSet<string>(StringComparer.Ordinal);
        var refractoryTo = new HashSet<string>(StringComparer.Ordinal);
        var notes = new List<string>();
        MutableLine? current = null;
        var pendingLocal = new List<int>();

        foreach (var (entry, index) in ordered)
        {
            var parsed = RegimenParser.Parse(entry.Regimen, entry.Drugs);
            var drugs = parsed.Drugs.Select(canonical).Distinct(StringComparer.Ordinal).ToList();
            var classes = drugs.SelectMany(classesOf).Distinct(StringComparer.Ordinal).ToList();
            var modality = (entry.Modality ?? "").ToLowerInvariant();
            var isSurgery = modality == "surgery" || (modality.Length == 0 && parsed.Surgery);
            var isRadiation = modality == "radiotherapy" || (modality.Length == 0 && parsed.Radiotherapy);
            var isTransplant = modality == "transplant" || (modality.Length == 0 && parsed.Transplant) || classes.Contains("stem_cell_transplant");
            if (isSurgery) exposures.Add("surgery");
            if (isRadiation) exposures.Add("radiotherapy");
            // The ids are the therapy vocabulary's, so trial facts ("prior ASCT" → autologous_sct) can find them.
            string[] transplant = !isTransplant ? [] : ["stem_cell_transplant", entry.Regimen.Contains("allo", StringComparison.OrdinalIgnoreCase) ? "allogeneic_sct" : "autologous_sct"];
            exposures.UnionWith(transplant);
            var systemic = drugs.Count > 0 && !(isSurgery && drugs.All(d => !classesOf(d).Any()) && modality == "surgery");
            if (modality is "surgery" or "radiotherapy") systemic = false;
            exposures.UnionWith(drugs);
            exposures.UnionWith(classes);
            if (drugs.Count > 0 && classes.Count == 0) notes.Add($"'{string.Join(", ", drugs)}' is not in the drug vocabulary; its class is unknown");
            var outcome = entry.Stopped ?? StopReasonFrom(entry.StoppedText);
            // Progression while this regimen was being given (not after it ended): refractory to its drugs.
            if (outcome is StopReason.Progression or StopReason.Refractory) { refractoryTo.UnionWith(drugs); refractoryTo.UnionWith(classes); }
            if (outcome is StopReason.Progression or StopReason.Refractory or StopReason.Relapse)
            {
                progressedOn.UnionWith(drugs);
                progressedOn.UnionWith(classes);
                progressedOn.UnionWith(transplant);
            }

            var setting = (entry.Setting ?? "").ToLowerInvariant();
            var continuing = setting.Contains("maintenance", StringComparison.Ordinal) || setting.Contains("consolidation", StringComparison.Ordinal);
            var early = EarlySetting().IsMatch(setting);

            // Androgen deprivation alone is the backbone of prostate cancer treatment, kept up through every later
            // line ("castration maintained"): an exposure, not a line of its own.
            var backbone = systemic && drugs.All(d => classesOf(d).Contains("adt"));
            if (backbone) notes.Add($"'{string.Join(", ", drugs)}' is androgen deprivation, continued under the other treatments: counted as an exposure, not as a line");
            if ((!systemic || backbone) && !isTransplant)
            {
                // Local treatment: part of the current plan (or of the first line, when it comes first).
                if (current is null) pendingLocal.Add(index);
                else current.Entries.Add(index);
                continue;
            }

            string? why = null;
            var startNew = current is null;
            if (current is not null)
            {
                var sameStart = entry.Start is not null && current.Start is not null && entry.Start == current.Start;
                if (sameStart) why = "given together with the line's other drugs";
                else if (continuing) why = $"{(setting.Contains("maintenance", StringComparison.Ordinal) ? "maintenance" : "consolidation")} continues the line";
                else if (isTransplant && current.Outcome is not (StopReason.Progression or StopReason.Refractory or StopReason.Relapse))
                    why = "transplant after induction consolidates the line";
                else if (current.Outcome is StopReason.Progression or StopReason.Refractory or StopReason.Relapse)
                { startNew = true; why = $"a change after {Describe(current.Outcome)} starts a new line"; }
                else if (current.Outcome is StopReason.Intolerance)
                {
                    // Compare what changed: each drug added must share a specific class with a drug it replaced
                    // (ibrutinib → acalabrutinib, paclitaxel → nab-paclitaxel); dropping or dose-reducing a drug
                    // adds nothing and also continues the line.
                    var added = drugs.Where(d => !current.LastDrugs.Contains(d)).ToList();
                    var removedClasses = current.LastDrugs.Where(d => !drugs.Contains(d))
                        .SelectMany(d => SpecificClasses(d, classesOf)).ToHashSet(StringComparer.Ordinal);
                    if (added.Count == 0 || added.All(d => SpecificClasses(d, classesOf).Any(removedClasses.Contains)))
                        why = "substitution within the same drug class after intolerance continues the line";
                    else { startNew = true; why = "a switch to another drug class after intolerance starts a new line"; }
                }
                else { startNew = true; why = current.Outcome == StopReason.Completed ? "new treatment after a completed line (relapse or recurrence)" : "a new treatment plan"; }
            }

            var explicitNumber = Ordinal(setting);
            if (startNew)
            {
                var number = lines.Count + 1;
                if (explicitNumber is { } n && n > number)
                {
                    notes.Add($"'{entry.Regimen}' is labelled line {n}, but only {number - 1} earlier line(s) are listed; counting it as line {n}");
                    number = n;
                }
                current = new MutableLine(number, early, entry.Start) { Why = why ?? "first systemic treatment" };
                current.Entries.AddRange(pendingLocal);
                pendingLocal.Clear();
                lines.Add(current);
            }
            else if (why is not null)
            {
                current!.Why += "; " + why;
            }
            current!.Entries.Add(index);
            current.Drugs.UnionWith(drugs);
            current.Classes.UnionWith(classes);
            current.LastDrugs = drugs.ToHashSet(StringComparer.Ordinal);
            current.Outcome = outcome ?? current.Outcome;
            current.Stop = entry.Stop ?? current.Stop;
            if (!early) current.Early = false;
        }

        // Progression on a line is progression on every drug of it: "progressed after platinum" holds when the
        // platinum doublet was induction and the disease grew on the maintenance that continued the same line.
        // A line that ended (completed, or no reason given) and was followed by another line relapsed after it.
        foreach (var l in lines.Where((l, i) => l.Outcome is StopReason.Progression or StopReason.Refractory or StopReason.Relapse
                     || (i + 1 < lines.Count && l.Outcome is not StopReason.Intolerance)))
        {
            progressedOn.UnionWith(l.Drugs);
            progressedOn.UnionWith(l.Classes);
        }

        var result = lines.Select(l => new TreatmentLine(l.Number, l.Early, l.Entries, l.Drugs.Order(StringComparer.Ordinal).ToList(),
            l.Classes.Order(StringComparer.Ordinal).ToList(), l.Outcome, l.Why)).ToList();
        var derived = result.Count == 0 ? 0 : result.Max(l => l.Number);
        var advanced = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (!l.Early) { advanced++; continue; }
            // An adjuvant line counts for advanced-disease trials when the disease came back within 12 months of it.
            if (l.Stop is { } stop && i + 1 < lines.Count && lines[i + 1].Start is { } next && next.Earliest < stop.Earliest.AddMonths(12)) advanced++;
        }
        return new TreatmentSummary
        {
            Lines = result,
            DerivedLines = derived,
            TypedLines = typedLines,
            AdvancedSettingLines = advanced,
            Exposures = exposures,
            ProgressedOn = progressedOn,
            RefractoryTo = refractoryTo,
            State = StateOf(lines.LastOrDefault()?.Outcome, lines.Count),
            PlatinumResistant = PlatinumStatus(ordered.Select(x => x.Entry).ToList(), classesOf, canonical),
            Notes = notes.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Free-text stop reasons as navigators write them.</summary>
    public static StopReason? StopReasonFrom(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.ToLowerInvariant();
        if (t.Contains("refractory", StringComparison.Ordinal) || t.Contains("during treatment", StringComparison.Ordinal) || t.Contains("primary progress", StringComparison.Ordinal)) return StopReason.Refractory;
        if (t.Contains("not progression", StringComparison.Ordinal) || t.Contains("no progression", StringComparison.Ordinal)) return t.Contains("intoleran", StringComparison.Ordinal) || t.Contains("toxicit", StringComparison.Ordinal) ? StopReason.Intolerance : StopReason.Other;
        if (t.Contains("progress", StringComparison.Ordinal) || t.Contains("pd", StringComparison.Ordinal) && t.Length <= 3) return StopReason.Progression;
        if (t.Contains("relapse", StringComparison.Ordinal) || t.Contains("recurr", StringComparison.Ordinal)) return StopReason.Relapse;
        if (t.Contains("intoleran", StringComparison.Ordinal) || t.Contains("toxicit", StringComparison.Ordinal) || t.Contains("side effect", StringComparison.Ordinal) || t.Contains("adverse", StringComparison.Ordinal)) return StopReason.Intolerance;
        if (t.Contains("ongoing", StringComparison.Ordinal) || t.Contains("current", StringComparison.Ordinal)) return StopReason.Ongoing;
        if (t.Contains("complet", StringComparison.Ordinal) || t.Contains("finished", StringComparison.Ordinal)) return StopReason.Completed;
        return StopReason.Other;
    }

    private static IEnumerable<string> SpecificClasses(string drug, Func<string, IReadOnlyCollection<string>> classesOf) =>
        classesOf(drug).Where(c => !BroadClasses.Contains(c) && !string.Equals(c, drug, StringComparison.OrdinalIgnoreCase));

    private static string Describe(StopReason? r) => r switch
    {
        StopReason.Progression => "progression",
        StopReason.Refractory => "refractory disease",
        StopReason.Relapse => "relapse",
        _ => "the previous line",
    };

    private static DiseaseState StateOf(StopReason? last, int lineCount) => lineCount == 0 ? DiseaseState.Untreated : last switch
    {
        StopReason.Refractory or StopReason.Progression => DiseaseState.Refractory,
        StopReason.Relapse => DiseaseState.Relapsed,
        StopReason.Completed => DiseaseState.Responding,
        _ => DiseaseState.Unknown,
    };

    private static bool? PlatinumStatus(IReadOnlyList<TreatmentEntry> entries, Func<string, IReadOnlyCollection<string>> classesOf, Func<string, string> canonical)
    {
        var last = entries.LastOrDefault(e => RegimenParser.Parse(e.Regimen, e.Drugs).Drugs.Select(canonical).Any(d => classesOf(d).Contains("platinum")));
        if (last is null) return null;
        var text = ((last.StoppedText ?? "") + " " + (last.Setting ?? "")).ToLowerInvariant();
        if (text.Contains("platinum-resistant", StringComparison.Ordinal) || text.Contains("platinum resistant", StringComparison.Ordinal) || text.Contains("platinum-refractory", StringComparison.Ordinal)) return true;
        var within = WithinMonths().Match(text);
        if (within.Success && int.TryParse(within.Groups[1].Value, CultureInfo.InvariantCulture, out var months)) return months < 6;
        if ((last.Stopped ?? StopReasonFrom(last.StoppedText)) == StopReason.Refractory) return true;
        if (text.Contains("platinum-sensitive", StringComparison.Ordinal) || text.Contains("platinum sensitive", StringComparison.Ordinal)) return false;
        return null;
    }

    private static int? Ordinal(string setting)
    {
        var m = OrdinalPattern().Match(setting);
        if (!m.Success) return null;
        return m.Groups[1].Value switch
        {
            "first" or "1st" or "1" => 1,
            "second" or "2nd" or "2" => 2,
            "third" or "3rd" or "3" => 3,
            "fourth" or "4th" or "4" => 4,
            "fifth" or "5th" or "5" => 5,
            "sixth" or "6th" or "6" => 6,
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|[1-6])[- ]?(?:line|l)\b")]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"\b(?:neo-?adjuvant|adjuvant|peri-?operative|curative)\b")]
    private static partial Regex EarlySetting();

    [GeneratedRegex(@"within\s+(\d+)\s+months?")]
    private static partial Regex WithinMonths();

    private sealed class MutableLine(int number, bool early, PartialDate? start)
    {
        public int Number { get; } = number;
        public bool Early { get; set; } = early;
        public PartialDate? Start { get; } = start;
        public PartialDate? Stop { get; set; }
        public List<int> Entries { get; } = [];
        public HashSet<string> Drugs { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);
        public HashSet<string> LastDrugs { get; set; } = new(StringComparer.Ordinal);
        public StopReason? Outcome { get; set; }
        public string Why { get; set; } = "";
    }
}
