using System.CommandLine;
using System.Globalization;
using TrialMatcher.Matching;
using TrialMatcher.Patients;
using TrialMatcher.Reporting;

namespace TrialMatcher.Cli.Commands;

internal static class MatchCommand
{
    public static readonly Option<string> Profile = new("--profile") { Description = "Patient profile: JSON (fixtures/patients/README.md) or a one-row CSV", HelpName = "FILE", Required = true };

    public static Command Build(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many trials to list", DefaultValueFactory = _ => 10 };
        var anyStatus = new Option<bool>("--any-status") { Description = "Consider trials of every status, not only recruiting and not yet recruiting" };
        var showExcluded = new Option<bool>("--show-excluded") { Description = "Also list trials the patient is not eligible for, with the reason" };
        var staleDays = new Option<int>("--stale-days") { Description = "Warn when the index is older than this many days", DefaultValueFactory = _ => 7 };
        var json = CommonOptions.Json();
        var command = new Command("match", """
            Find the trials a patient may join: a ranked shortlist in which every trial says which criteria are met,
            not met or unknown, and why. Eligible trials come first, then possibly eligible ones (something the
            profile does not say), each with what to find out. Makes no network calls.

            Examples:
              trialmatcher match --profile fixtures/patients/P01-lung-kras-g12c.json
              trialmatcher match --profile patient.json --limit 20 --any-status --show-excluded
              trialmatcher match --profile patient.json --json > shortlist.json

            Exit codes: 0 shortlist printed; 3 no index; 9 the profile could not be read (the message says where).
            """)
        {
            Profile, limit, anyStatus, showExcluded, staleDays, json,
        };
        command.SetAction(parse =>
        {
            var patient = LoadPatient(context, parse.GetValue(Profile)!);
            if (patient is null) return ExitCodes.BadInput;
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var shortlist = new Matcher(index).Match(patient, new MatchOptions
            {
                Limit = parse.GetValue(limit),
                AnyStatus = parse.GetValue(anyStatus),
                ShowExcluded = parse.GetValue(showExcluded),
                StaleAfterDays = parse.GetValue(staleDays),
                Clock = context.Clock,
            });
            foreach (var w in shortlist.Warnings) context.Warn(w);
            if (shortlist.StaleWarning is { } stale) context.Warn(stale);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ShortlistDocument.From(shortlist).ToJson());
                return ExitCodes.Ok;
            }
            ShortlistText.Write(context.Out, ShortlistDocument.From(shortlist));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads one profile and prepares it, or reports what is wrong with the file.</summary>
    public static PatientContext? LoadPatient(CliContext context, string path)
    {
        var read = ProfileReader.ReadFile(path);
        foreach (var problem in read.Problems) context.Fail(problem.ToString());
        if (read.Profiles.Count == 0)
        {
            if (read.Problems.Count == 0) context.Fail($"{path}: no patient profile found");
            return null;
        }
        if (read.Profiles.Count > 1) context.Warn($"{path} holds {read.Profiles.Count} profiles; matching the first ({read.Profiles[0].Id}). Use `trialmatcher batch` for several.");
        return PatientContext.Create(read.Profiles[0]);
    }
}

/// <summary>The console rendering of a shortlist, for navigators.</summary>
internal static class ShortlistText
{
    public static void Write(TextWriter w, ShortlistDocument s)
    {
        var p = s.Patient;
        w.WriteLine($"Patient {p.Id}: {p.CancerName ?? p.Cancer ?? "cancer type not given"}{(p.CancerCode is null ? "" : $" [{p.CancerCode}]")}, stage {p.Stage ?? "not given"}, age {p.Age?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {p.Sex ?? "sex not given"}, ECOG {p.Ecog?.ToString(CultureInfo.InvariantCulture) ?? "not given"}");
        w.WriteLine($"  Biomarkers: {(p.Biomarkers.Count == 0 ? "none given" : string.Join("; ", p.Biomarkers))}");
        var typed = p.TypedLines is { } typedLines ? $" (typed: {typedLines}, used)" : "";
        w.WriteLine($"  Prior lines: {p.DerivedLines} derived from the history{typed}; {p.AdvancedSettingLines} for advanced disease; disease {p.DiseaseState}");
        foreach (var line in p.Lines) w.WriteLine($"    line {line.Number}: {string.Join(" + ", line.Drugs)}{(line.Outcome is null ? "" : $" → {line.Outcome}")} ({line.Why})");
        if (p.Exposures.Count > 0) w.WriteLine($"  Exposures: {string.Join(", ", p.Exposures)}");
        foreach (var note in p.Notes) w.WriteLine($"  Note: {note}");
        w.WriteLine($"  Index updated {s.IndexUpdated ?? "unknown"}; statuses searched: {(s.Statuses.Count == 0 ? "all" : string.Join(", ", s.Statuses.Select(x => x.ToLowerInvariant().Replace('_', ' '))))}");
        w.WriteLine($"  {s.Candidates} candidate trials for this cancer: {s.Eligible} eligible, {s.PossiblyEligible} possibly eligible, {s.NotEligible} not eligible.");
        w.WriteLine();
        if (s.Trials.Count == 0)
        {
            w.WriteLine("No trials to show. Try --any-status, or --show-excluded to see why candidates were excluded.");
            return;
        }
        foreach (var t in s.Trials)
        {
            w.WriteLine($"{t.Rank}. {t.NctId}  {t.Title}");
            w.WriteLine($"   {t.Verdict.ToUpperInvariant()} · {t.Status?.ToLowerInvariant().Replace('_', ' ') ?? "status not given"} · phase {(t.Phases.Count == 0 ? "n/a" : string.Join("/", t.Phases.Select(SearchCommand.PhaseLabel)))} · updated {t.LastUpdate ?? "?"} · score {t.Score.ToString("0.##", CultureInfo.InvariantCulture)}");
            w.WriteLine($"   Criteria: {t.Counts.Met} met, {t.Counts.NotMet} not met, {t.Counts.Unknown} unknown, {t.Counts.ToReview} for the care team to review, {t.Counts.Unread} not read");
            foreach (var r in t.NotMet.Take(3)) w.WriteLine($"   ✗ {r}");
            foreach (var r in t.Reasons.Take(4)) w.WriteLine($"   ✓ {r}");
            foreach (var q in t.FindOut.Take(3)) w.WriteLine($"   ? {q}");
            var site = t.Sites.FirstOrDefault();
            if (site is not null)
                w.WriteLine($"   Site: {site.Facility}, {string.Join(", ", new[] { site.City, site.Country }.Where(x => x is not null))}{(site.DistanceKm is { } d ? $" ({d:0} km)" : "")}{(t.Sites.Count > 1 ? $" and {t.Sites.Count - 1} more" : "")}");
            w.WriteLine();
        }
        w.WriteLine("This list is information to discuss with the care team, not medical advice.");
    }
}
