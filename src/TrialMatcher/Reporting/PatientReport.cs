using System.Globalization;
using TrialMatcher.Eligibility;

namespace TrialMatcher.Reporting;

/// <summary>
/// The patient's shortlist in plain words, built from a <see cref="ShortlistDocument"/>: what was searched, each
/// trial with what it tests, why it may fit, what is still unknown and how to find out, where it runs and whom to
/// contact, questions for the oncologist, and the date of the data. <see cref="HtmlReport"/> and
/// <see cref="MarkdownReport"/> render the same model, so both formats say the same things.
/// </summary>
/// <remarks>
/// Text in the model is of two kinds. Our own explanatory sentences are written for a reading grade of 8 or below
/// (scripts/check-report.sh measures them). Text quoted from the registry (titles, site names, drug names) and the
/// matcher's per-criterion findings (which name tests and drugs) are shown as they are and marked as quoted.
/// </remarks>
public sealed record PatientReport(
    string PatientId,
    DateOnly MadeOn,
    string? DataUpdated,
    IReadOnlyList<SituationItem> Situation,
    IReadOnlyList<string> SearchSummary,
    IReadOnlyList<ReportTrial> Trials,
    IReadOnlyList<string> Questions)
{
    public const string Heading = "Clinical trials to ask your care team about";
    public const string Disclaimer =
        "This list is information to talk about with your care team. It is not medical advice. " +
        "Only your care team can say if a trial is right for you.";
    public const string HowMade =
        "A computer program made this list. It compared the facts above with the rules of each trial in a public list of trials (ClinicalTrials.gov). " +
        "It can miss things, and trials change often.";
    public const string NoTrials =
        "We did not find trials that are open now and fit the facts we have. This can change. " +
        "Your care team may know of other trials. You can also ask a larger cancer centre.";

    public static IReadOnlyList<(string Name, string Meaning)> Phases { get; } =
    [
        ("Phase 1", "Finds a safe dose and checks for side effects. It is often the only way to get a new drug."),
        ("Phase 2", "Checks how well a treatment works against the cancer, and its side effects."),
        ("Phase 3", "Compares a new treatment with a standard treatment in a large group of people."),
        ("Phase 4", "Studies a drug that is already approved, to learn more about it."),
    ];

    public static IReadOnlyList<(string Name, string Meaning)> Fits { get; } =
    [
        (ReportTrial.FitsLabel, "The facts we have meet the rules we could check."),
        (ReportTrial.MayFitLabel, "Some facts are missing. The list says what to ask."),
    ];

    /// <summary>Builds the report; <paramref name="today"/> is the date printed as the day it was made.</summary>
    public static PatientReport From(ShortlistDocument s, DateOnly today, int? limit = null)
    {
        var trials = s.Trials.Where(t => t.Verdict != "not eligible").Take(limit ?? int.MaxValue).Select(ReportTrial.From).ToList();
        var searched = new List<string>
        {
            $"We looked for trials for {Lower(s.Patient.CancerName) ?? "your cancer"} that are open now or will open soon.",
            $"We checked {Count(s.Candidates, "trial")} for this type of cancer.",
        };
        if (trials.Count > 0)
        {
            var fits = trials.Count(t => t.Fits);
            var may = trials.Count - fits;
            searched.Add($"{Count(fits, "trial")} {(fits == 1 ? "seems" : "seem")} to fit, and {Count(may, "more trial", "more trials")} may fit. They are listed best fit first.");
        }
        var questions = new List<string>
        {
            "Could one of these trials be right for me? Would it make sense now, or after my next standard treatment?",
            "What is the goal of my next treatment: to cure the cancer, to keep it under control, or to ease symptoms?",
            "What side effects might I have with each choice? How would they change my daily life?",
            "If this treatment does not work, what options would I have next?",
            "Is there another cancer centre with trials I should think about?",
            "Will my insurance pay for care in a trial? Does it ask me to try another drug first?",
        };
        if (trials.Any(t => t.Unknowns.Count > 0))
            questions.Insert(1, "Some facts about my cancer are missing (see \"What we do not know yet\"). Can we find them out?");
        return new PatientReport(s.Patient.Id, today, DateOf(s.IndexUpdated), SituationOf(s.Patient), searched, trials, questions);
    }

    private static IReadOnlyList<SituationItem> SituationOf(PatientSummary p)
    {
        var items = new List<SituationItem>
        {
            new("Cancer", [p.Cancer ?? p.CancerName ?? "not given"]),
            new("Stage", [p.Stage ?? "not given"]),
        };
        if (p.Age is { } age) items.Add(new("Age", [age.ToString(CultureInfo.InvariantCulture)]));
        items.Add(new("Past treatments", p.History.Count == 0 ? ["none given"] : p.History.Select(History).ToList()));
        items.Add(new("Test results", p.Biomarkers.Count == 0 ? ["none given"] : p.Biomarkers));
        if (p.Ecog is { } ecog) items.Add(new("Daily activity", [Ecog(ecog)]));
        if (p.BrainMetastases is { } brain)
            items.Add(new("Cancer in the brain", [brain switch { "none" => "no", "treated-stable" => "treated, and stable", _ => "yes, active" }]));
        if (p.Location is { } place) items.Add(new("Where you live", [place]));
        return items;
    }

    private static string History(HistoryEntry h)
    {
        var parts = new List<string> { h.Regimen };
        if (h.Setting is { } setting) parts.Add(setting);
        var when = (h.Start, h.Stop) switch
        {
            ({ } a, { } b) when a == b => a,
            ({ } a, { } b) => $"{a} to {b}",
            ({ } a, null) => $"from {a}",
            _ => null,
        };
        if (when is not null) parts.Add(when);
        if (h.Stopped is { } stopped) parts.Add(StopText(stopped));
        return string.Join(", ", parts);
    }

    private static string StopText(string stopped) => Patients.LinesOfTherapy.StopReasonFrom(stopped) switch
    {
        Patients.StopReason.Progression => "the cancer grew",
        Patients.StopReason.Refractory => "the cancer did not respond",
        Patients.StopReason.Relapse => "the cancer came back after it",
        Patients.StopReason.Intolerance => "stopped for side effects",
        Patients.StopReason.Completed => "finished as planned",
        Patients.StopReason.Ongoing => "still going on",
        _ => stopped,
    };

    private static string Ecog(int ecog) => ecog switch
    {
        0 => "ECOG 0: fully active",
        1 => "ECOG 1: up and about, but hard work is difficult",
        2 => "ECOG 2: up and about more than half the day, not able to work",
        3 => "ECOG 3: in bed or a chair more than half the day",
        _ => "ECOG 4: in bed or a chair all day",
    };

    internal static string Count(int n, string one, string? many = null) =>
        n == 0 ? $"no {many ?? one + "s"}" : n == 1 ? $"1 {one}" : $"{n.ToString(CultureInfo.InvariantCulture)} {many ?? one + "s"}";

    private static string? Lower(string? name) =>
        name is null ? null : name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    /// <summary>The date part of an ISO timestamp ("2026-03-02T02:00:00Z" → "2026-03-02").</summary>
    internal static string? DateOf(string? iso) =>
        iso is null ? null : DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : iso;
}

/// <summary>One line of "what we searched for": a label and the patient's facts in their own words.</summary>
public sealed record SituationItem(string Label, IReadOnlyList<string> Values);

/// <summary>A place where a trial runs, nearest first.</summary>
public sealed record ReportSite(string Place, string? Distance, string Status, string? Contact);

/// <summary>One trial in plain words.</summary>
public sealed record ReportTrial(
    int Rank,
    string NctId,
    string Title,
    bool Fits,
    string WhatItTests,
    IReadOnlyList<string> QuotedTreatments,
    string Phase,
    string PhaseMeaning,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Unknowns,
    int OtherChecks,
    IReadOnlyList<ReportSite> Sites,
    int MoreSites,
    IReadOnlyList<ContactDocument> Contacts,
    string? LastUpdate)
{
    public const string FitsLabel = "Seems to fit";
    public const string MayFitLabel = "May fit";

    public string FitLabel => Fits ? FitsLabel : MayFitLabel;
    public string Url => $"https://clinicaltrials.gov/study/{NctId}";

    public static ReportTrial From(TrialDocument t)
    {
        var (what, quoted) = WhatItTestsOf(t);
        var (phase, meaning) = PhaseOf(t.Phases);
        var sites = t.Sites
            .OrderBy(s => s.DistanceKm ?? double.MaxValue)
            .ThenBy(s => s.Status == "RECRUITING" ? 0 : 1)
            .ToList();
        return new ReportTrial(
            t.Rank, t.NctId, t.Title, t.Verdict == "eligible", what, quoted, phase, meaning,
            // A cohort the patient is not in is not a reason the trial fits: leave those findings out.
            t.Reasons.Where(r => !r.Contains("another cohort", StringComparison.Ordinal)).ToList(),
            t.FindOut,
            t.Counts.ToReview + t.Counts.Unread,
            sites.Take(5).Select(Site).ToList(),
            Math.Max(0, sites.Count - 5),
            t.Contacts,
            t.LastUpdate);
    }

    private static ReportSite Site(SiteDocument s)
    {
        var place = string.Join(", ", new[] { s.Facility, s.City, s.State, s.Country }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var distance = s.DistanceKm is { } km ? $"{Math.Round(km).ToString("N0", CultureInfo.InvariantCulture)} km" : null;
        var status = s.Status switch
        {
            "RECRUITING" => "Taking patients",
            "NOT_YET_RECRUITING" => "Opening soon",
            null => "Not stated",
            _ => "Not taking patients",
        };
        var contact = string.Join(", ", new[] { s.ContactName, s.ContactPhone, s.ContactEmail }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new ReportSite(place, distance, status, contact.Length == 0 ? null : contact);
    }

    private static readonly string[] DrugTypes = ["DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT"];

    /// <summary>
    /// One honest sentence on what the trial gives, from its interventions and title: the drugs (with a plain hint of
    /// their kind when our vocabulary knows it), "compares" when the title says so, and a placebo when there is one.
    /// Returns the sentence and the registry names it quotes.
    /// </summary>
    internal static (string Sentence, IReadOnlyList<string> Quoted) WhatItTestsOf(TrialDocument t)
    {
        var placebo = t.Interventions.Any(i => i.Name.Contains("placebo", StringComparison.OrdinalIgnoreCase));
        var drugs = t.Interventions
            .Where(i => (i.Type is null || DrugTypes.Contains(i.Type)) && !i.Name.Contains("placebo", StringComparison.OrdinalIgnoreCase))
            .Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var other = t.Interventions.Where(i => i.Type is not null && !DrugTypes.Contains(i.Type)).ToList();
        var named = drugs.Select(Plain).ToList();
        var chemo = named.Where(d => Kind(d) == Chemotherapy).ToList();
        var main = named.Except(chemo).Select(d => Kind(d) is { } kind ? $"{d} ({kind})" : d).ToList();
        if (other.Any(i => i.Type == "RADIATION")) main.Add("radiotherapy");
        if (other.Any(i => i.Type == "PROCEDURE")) main.Add("a procedure");
        if (other.Any(i => i.Type == "DEVICE")) main.Add("a device");
        if (other.Any(i => i.Type == "BEHAVIORAL")) main.Add("a change in care or habits");
        var chemoText = chemo.Count == 0 ? null : $"{Join(chemo)} ({(chemo.Count == 1 ? "a chemotherapy" : "chemotherapy")})";
        string sentence;
        if (main.Count == 0 && chemoText is null) sentence = "The trial's title says what it studies.";
        else if (Compares(t.Title) && main.Count + chemo.Count >= 2)
            sentence = main.Count > 0 && chemoText is not null ? $"This trial compares {Join(main)} with {chemoText}." : $"This trial compares {main.FirstOrDefault() ?? chemoText} with {Join(main.Count > 0 ? main.Skip(1).ToList() : chemo.Skip(1).ToList())}.";
        else if (main.Count == 0) sentence = $"This trial tests {chemoText}.";
        else sentence = chemoText is null ? $"This trial tests {Join(main)}." : $"This trial tests {Join(main)}, given with {chemoText}.";
        if (placebo) sentence += " Some people get a placebo: a dummy treatment with no drug in it.";
        return (sentence, named);
    }

    private static bool Compares(string title)
    {
        var t = " " + title.ToLowerInvariant() + " ";
        return t.Contains(" versus ", StringComparison.Ordinal) || t.Contains(" vs ", StringComparison.Ordinal) || t.Contains(" vs. ", StringComparison.Ordinal)
            || t.Contains(" compared ", StringComparison.Ordinal) || t.Contains(" comparing ", StringComparison.Ordinal);
    }

    private const string Chemotherapy = "a chemotherapy";

    private static string? Kind(string drug)
    {
        var classes = TherapyVocabulary.Default.ClassesOf(drug);
        if (classes.Count == 0) return null;
        if (classes.Contains("adc")) return "an antibody joined to a cell-killing drug";
        if (classes.Contains("bispecific")) return "an antibody drug";
        if (classes.Contains("chemotherapy")) return Chemotherapy;
        if (classes.Contains("hormonal_therapy")) return "a hormone therapy";
        if (classes.Contains("car_t")) return "a treatment made from your own immune cells";
        if (classes.Contains("immunotherapy")) return "a drug that helps the immune system";
        if (classes.Contains("targeted_therapy")) return "a targeted drug";
        return null;
    }

    /// <summary>"Carboplatin" → "carboplatin"; research codes and names with capitals inside ("AMG 510", "T-DXd") stay as they are.</summary>
    private static string Plain(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && name.Skip(1).All(c => !char.IsUpper(c) && !char.IsDigit(c)) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static (string Phase, string Meaning) PhaseOf(IReadOnlyList<string> phases)
    {
        var numbers = phases.Select(p => p switch
        {
            "EARLY_PHASE1" or "PHASE1" => 1,
            "PHASE2" => 2,
            "PHASE3" => 3,
            "PHASE4" => 4,
            _ => 0,
        }).Where(n => n > 0).Distinct().Order().ToList();
        if (numbers.Count == 0) return ("No phase", "This study has no phase. It may test a device, a test or a way of giving care.");
        var label = "Phase " + string.Join(" and ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        var meaning = string.Join(" ", numbers.Select(n => PatientReport.Phases[n - 1].Meaning));
        if (phases.Contains("EARLY_PHASE1")) meaning = "An early, small first test in people. " + meaning;
        return (label, meaning);
    }
}
