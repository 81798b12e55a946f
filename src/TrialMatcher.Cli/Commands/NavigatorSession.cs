using System.Globalization;
using Spectre.Console;
using TrialMatcher.Eligibility;
using TrialMatcher.Index;
using TrialMatcher.Matching;
using TrialMatcher.Patients;
using TrialMatcher.Reporting;

namespace TrialMatcher.Cli.Commands;

/// <summary>
/// The state of one <c>navigate</c> session (the profile being built, the filters, the last shortlist) and its
/// small command language. The same commands run from a script (one per line on standard input) and from the
/// interactive console; the interactive side only adds prompts and choices on top.
/// </summary>
internal sealed class NavigatorSession(TrialIndex index, IAnsiConsole ui, CliContext context, int limit)
{
    public PatientProfile Profile { get; private set; } = new() { Id = "patient" };
    public ShortlistFilter Filter { get; private set; } = new();
    public ShortlistDocument? Shortlist { get; private set; }
    /// <summary>Commands that failed (bad value, unknown command); a script can tell from the exit code.</summary>
    public int Failures { get; private set; }

    public const string Help = """
        Build the profile (each command replaces or adds one fact):
          cancer lung adenocarcinoma        cancer type, free text or an OncoTree code (LUAD); suggests close names
          age 63                            sex female | male              stage IV
          biomarker KRAS G12C positive      biomarker PD-L1 TPS 20         biomarker CLDN18.2 unknown
          treatment carboplatin + pemetrexed | first-line | progression    (regimen | setting | why it stopped)
          ecog 1                            brain none | treated-stable | active
          lines 2                           prior lines of therapy, when the history does not tell
          location Boston, MA               a city, or lat,lon, for distances
          clear biomarkers | clear treatments
        See trials:
          refresh                           the shortlist: rank, NCT id, verdict, title, unknowns
          open 2 | open NCT09000003         one trial's criteria marked met / not met / unknown
          filter status recruiting          filter phase 2   filter country Spain   filter distance 500   filter clear
          profile                           the profile so far
        Files:
          save FILE | load FILE             our JSON profile schema (the file is readable by you only)
        help | quit
        """;

    /// <summary>Runs one command line; returns false when the session should end.</summary>
    public bool Execute(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#')) return true;
        var space = text.IndexOf(' ');
        var verb = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        switch (verb)
        {
            case "quit" or "exit" or "q": return false;
            case "help" or "?": ui.WriteLine(Help.TrimEnd()); return true;
            case "id": return Set(rest.Length > 0, "id", "a patient reference, e.g. id P27", () => Profile = Profile with { Id = rest });
            case "cancer": Cancer(rest); return true;
            case "age":
                return Set(int.TryParse(rest, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 120, "age", "a whole number of years from 0 to 120",
                    () => Profile = Profile with { Age = age });
            case "sex":
                var sex = rest.ToLowerInvariant() switch { "female" or "f" => "FEMALE", "male" or "m" => "MALE", _ => null };
                return Set(sex is not null, "sex", "female or male", () => Profile = Profile with { Sex = sex });
            case "stage": return Set(rest.Length > 0, "stage", "a stage as written in the chart: IV, IIIB, extensive stage, Ann Arbor IIB", () => Profile = Profile with { Stage = rest });
            case "biomarker" or "marker":
                return Set(rest.Length > 0, "biomarker", "GENE [ALTERATION] positive|negative|unknown, e.g. KRAS G12C positive",
                    () => Profile = Profile with { Biomarkers = [.. Profile.Biomarkers, BiomarkerText.FromText(rest)] });
            case "treatment" or "tx": Treatment(rest); return true;
            case "ecog":
                return Set(int.TryParse(rest, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ecog) && ecog is >= 0 and <= 4, "ecog", "0 to 4",
                    () => Profile = Profile with { Ecog = ecog });
            case "brain":
                var brain = ProfileReader.ParseBrain(rest);
                return Set(brain is not null, "brain", "none, treated-stable or active", () => Profile = Profile with { BrainMetastases = brain });
            case "lines":
                return Set(int.TryParse(rest, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lines) && lines is >= 0 and <= 20, "lines", "0 to 20",
                    () => Profile = Profile with { PriorLines = lines });
            case "location": return Set(rest.Length > 0, "location", "a city (Boston, MA) or lat,lon", () => Profile = Profile with { Location = rest });
            case "clear": Clear(rest); return true;
            case "profile" or "show": ShowProfile(); return true;
            case "refresh" or "list": Refresh(); return true;
            case "open": Open(rest); return true;
            case "filter": FilterCommand(rest); return true;
            case "save": Save(rest); return true;
            case "load": Load(rest); return true;
            default:
                Fail($"unknown command '{Markup.Escape(verb)}'. Type help for the list.");
                return true;
        }
    }

    private bool Set(bool valid, string field, string expected, Action apply)
    {
        if (!valid) { Fail($"{field}: expected {expected}."); return true; }
        apply();
        ui.MarkupLine($"[green]✓[/] {Markup.Escape(field)} set.");
        Refreshed();
        return true;
    }

    private void Cancer(string text)
    {
        if (text.Length == 0) { Fail("cancer: expected a cancer type, e.g. cancer lung adenocarcinoma"); return; }
        var type = CancerTypeVocabulary.Default.Normalise(text);
        if (type is null)
        {
            var suggestions = CancerTypeVocabulary.Default.Suggest(text);
            if (suggestions.Count > 0 && context.Interactive)
            {
                var choice = ui.Prompt(new SelectionPrompt<string>()
                    .Title($"'{Markup.Escape(text)}' is not a cancer type we know. Did you mean:")
                    .AddChoices(suggestions.Select(Describe).Append("keep what I typed")));
                if (choice != "keep what I typed") type = CancerTypeVocabulary.Default.Get(choice[..choice.IndexOf(' ')]);
            }
            else
            {
                ui.MarkupLine($"[yellow]?[/] '{Markup.Escape(text)}' is not a cancer type we know." +
                    (suggestions.Count > 0 ? $" Did you mean: {Markup.Escape(string.Join("; ", suggestions.Select(Describe)))}? Type e.g. cancer {Markup.Escape(suggestions[0])}" : " Try a broader name, e.g. lung cancer."));
                Failures++;
            }
        }
        Profile = Profile with { Cancer = type is null || text.Equals(type.Code, StringComparison.OrdinalIgnoreCase) ? type?.Name ?? text : text, CancerCode = type?.Code };
        if (type is not null) ui.MarkupLine($"[green]✓[/] cancer: {Markup.Escape(type.Name)} [[{Markup.Escape(type.Code)}]]");
        Refreshed();
    }

    private static string Describe(string code) => CancerTypeVocabulary.Default.Get(code) is { } t ? $"{t.Code} ({t.Name})" : code;

    private void Treatment(string text)
    {
        var parts = text.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts[0].Length == 0) { Fail("treatment: expected REGIMEN | SETTING | WHY IT STOPPED, e.g. treatment carboplatin + pemetrexed | first-line | progression"); return; }
        var stopped = parts.ElementAtOrDefault(2) is { Length: > 0 } s ? s : null;
        var entry = new TreatmentEntry
        {
            Regimen = parts[0],
            Setting = parts.ElementAtOrDefault(1) is { Length: > 0 } setting ? setting : null,
            Stopped = LinesOfTherapy.StopReasonFrom(stopped),
            StoppedText = stopped,
        };
        Profile = Profile with { TreatmentHistory = [.. Profile.TreatmentHistory, entry] };
        var context = PatientContext.Create(Profile);
        ui.MarkupLine($"[green]✓[/] treatment added; prior lines now {context.Treatment.EffectiveLines}.");
        Refreshed();
    }

    private void Clear(string what)
    {
        switch (what.ToLowerInvariant())
        {
            case "biomarkers" or "biomarker": Profile = Profile with { Biomarkers = [] }; break;
            case "treatments" or "treatment": Profile = Profile with { TreatmentHistory = [] }; break;
            default: Fail("clear: expected biomarkers or treatments"); return;
        }
        ui.MarkupLine($"[green]✓[/] {Markup.Escape(what)} cleared.");
        Refreshed();
    }

    private void ShowProfile()
    {
        var p = PatientSummary.From(PatientContext.Create(Profile));
        ui.WriteLine($"Profile {p.Id}: {p.CancerName ?? p.Cancer ?? "cancer not given"}{(p.CancerCode is null ? "" : $" [{p.CancerCode}]")}, stage {p.Stage ?? "not given"}, age {p.Age?.ToString(CultureInfo.InvariantCulture) ?? "not given"}, {p.Sex ?? "sex not given"}, ECOG {p.Ecog?.ToString(CultureInfo.InvariantCulture) ?? "not given"}");
        ui.WriteLine($"  Biomarkers: {(p.Biomarkers.Count == 0 ? "none given" : string.Join("; ", p.Biomarkers))}");
        foreach (var h in p.History) ui.WriteLine($"  Treatment: {h.Regimen}{(h.Setting is null ? "" : $" | {h.Setting}")}{(h.Stopped is null ? "" : $" | {h.Stopped}")}");
        ui.WriteLine($"  Prior lines: {p.EffectiveLines}{(p.TypedLines is null ? " (derived from the history)" : " (typed)")}; location {p.Location ?? "not given"}; filters: {Filter.Describe()}");
    }

    /// <summary>After a change: re-match, and show the table (interactive) or one line (scripts ask with refresh).</summary>
    private void Refreshed()
    {
        if (Profile.Cancer is null && Profile.CancerCode is null) return;
        Match();
        if (context.Interactive) Table();
        else if (Shortlist is { } s) ui.WriteLine($"Shortlist: {s.Trials.Count(t => t.Verdict == "eligible")} eligible, {s.Trials.Count(t => t.Verdict == "possibly eligible")} possibly eligible shown (refresh to list).");
    }

    private void Refresh()
    {
        if (Profile.Cancer is null && Profile.CancerCode is null) { Fail("refresh: set the cancer type first, e.g. cancer lung adenocarcinoma"); return; }
        Match();
        Table();
    }

    private void Match()
    {
        var shortlist = new Matcher(index).Match(PatientContext.Create(Profile), new MatchOptions
        {
            Limit = Filter.IsEmpty ? limit : 1000,
            AnyStatus = Filter.NeedsAnyStatus,
            Clock = context.Clock,
        });
        Shortlist = Filter.Apply(ShortlistDocument.From(shortlist), limit);
    }

    private void Table()
    {
        var s = Shortlist!;
        foreach (var w in s.Warnings) ui.MarkupLine($"[yellow]![/] {Markup.Escape(w)}");
        ui.WriteLine($"{s.Candidates} candidate trials: {s.Eligible} eligible, {s.PossiblyEligible} possibly eligible, {s.NotEligible} not eligible. Filters: {Filter.Describe()}.");
        if (s.Trials.Count == 0) { ui.WriteLine("No trials to show with this profile and these filters."); return; }
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn(new TableColumn("#").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("NCT id").NoWrap());
        table.AddColumn(new TableColumn("Verdict"));
        table.AddColumn(new TableColumn("Title"));
        table.AddColumn(new TableColumn("Unknowns"));
        foreach (var t in s.Trials)
        {
            var verdict = t.Verdict switch { "eligible" => "[green]eligible[/]", "possibly eligible" => "[yellow]possibly eligible[/]", _ => "[red]not eligible[/]" };
            table.AddRow(t.Rank.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.NctId), verdict, Markup.Escape(t.Title),
                Markup.Escape(t.Counts.Unknown == 0 ? "none" : $"{t.Counts.Unknown}: " + string.Join("; ", t.FindOut.Take(2))));
        }
        ui.Write(table);
        ui.WriteLine($"Open one: open {s.Trials[0].Rank} (or open {s.Trials[0].NctId}).");
    }

    private void Open(string which)
    {
        if (Shortlist is null) { Fail("open: refresh first, then open a rank or an NCT id"); return; }
        var trial = int.TryParse(which, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank)
            ? Shortlist.Trials.FirstOrDefault(t => t.Rank == rank)
            : Shortlist.Trials.FirstOrDefault(t => t.NctId.Equals(which, StringComparison.OrdinalIgnoreCase));
        if (trial is null) { Fail($"open: no trial '{Markup.Escape(which)}' in the current shortlist (ranks 1 to {Shortlist.Trials.Count})"); return; }
        ui.MarkupLine($"[bold]{Markup.Escape(trial.NctId)}[/]  {Markup.Escape(trial.Title)}");
        ui.WriteLine($"  {trial.Verdict} · {SearchCommand.Humanise(trial.Status)} · phase {(trial.Phases.Count == 0 ? "n/a" : string.Join("/", trial.Phases.Select(SearchCommand.PhaseLabel)))} · updated {trial.LastUpdate ?? "?"}");
        ui.WriteLine($"  Criteria: {trial.Counts.Met} met, {trial.Counts.NotMet} not met, {trial.Counts.Unknown} unknown, {trial.Counts.ToReview} to review, {trial.Counts.Unread} not read");
        foreach (var section in trial.Criteria.GroupBy(c => c.Section))
        {
            ui.WriteLine($"  {char.ToUpperInvariant(section.Key[0])}{section.Key[1..]}:");
            foreach (var c in section)
            {
                var mark = c.Outcome switch
                {
                    "met" => "[green]✓ met    [/]",
                    "not met" => "[red]✗ not met[/]",
                    "unknown" => "[yellow]? unknown[/]",
                    "to review" => "· review ",
                    _ => "- unread ",
                };
                ui.MarkupLine($"    {mark} {Markup.Escape(c.Text)}");
                if (c.Outcome is "met" or "not met" or "unknown")
                    foreach (var f in c.Facts) ui.MarkupLine($"               [dim]{Markup.Escape(f)}[/]");
            }
        }
        foreach (var q in trial.FindOut) ui.MarkupLine($"  [yellow]To find out:[/] {Markup.Escape(q)}");
        var site = trial.Sites.OrderBy(x => x.DistanceKm ?? double.MaxValue).FirstOrDefault();
        if (site is not null)
            ui.WriteLine($"  Nearest site: {string.Join(", ", new[] { site.Facility, site.City, site.Country }.Where(x => x is not null))}{(site.DistanceKm is { } d ? $" ({d:0} km)" : "")}; {trial.Sites.Count} site(s) in all");
    }

    private void FilterCommand(string text)
    {
        var space = text.IndexOf(' ');
        var kind = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var value = space < 0 ? "" : text[(space + 1)..].Trim();
        switch (kind)
        {
            case "clear" or "none":
                Filter = new ShortlistFilter();
                break;
            case "status":
                var statuses = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ShortlistFilter.ParseStatus).ToList();
                if (statuses.Count == 0 || statuses.Any(s => s is null)) { Fail("filter status: expected recruiting, not yet recruiting, active not recruiting, completed, ... (comma-separated)"); return; }
                Filter = Filter with { Statuses = statuses.Select(s => s!).ToList() };
                break;
            case "phase":
                var phases = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ShortlistFilter.ParsePhase).ToList();
                if (phases.Count == 0 || phases.Any(p => p is null)) { Fail("filter phase: expected 1, 2, 3, 4 or early1 (comma-separated)"); return; }
                Filter = Filter with { Phases = phases.Select(p => p!).ToList() };
                break;
            case "country":
                if (value.Length == 0) { Fail("filter country: expected a country, e.g. filter country Spain"); return; }
                Filter = Filter with { Country = value };
                break;
            case "distance":
                if (!double.TryParse(value.Replace("km", "", StringComparison.OrdinalIgnoreCase).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || km <= 0)
                { Fail("filter distance: expected kilometres, e.g. filter distance 500"); return; }
                if (Profile.Location is null) ui.MarkupLine("[yellow]![/] No location in the profile: set one (location Boston, MA) so distances can be measured.");
                Filter = Filter with { MaxDistanceKm = km };
                break;
            default:
                Fail("filter: expected status, phase, country, distance or clear");
                return;
        }
        ui.MarkupLine($"[green]✓[/] filters: {Markup.Escape(Filter.Describe())}");
        Refreshed();
    }

    private void Save(string path)
    {
        if (path.Length == 0) { Fail("save: expected a file name, e.g. save patient.json"); return; }
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null) Directory.CreateDirectory(directory);
            PrivateFiles.WriteAllText(path, ProfileWriter.ToJson(Profile));
            ui.MarkupLine($"[green]✓[/] saved the profile to {Markup.Escape(path)} (readable by you only).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail($"save: could not write {Markup.Escape(path)}: {Markup.Escape(ex.Message)}");
        }
    }

    public bool Load(string path)
    {
        if (path.Length == 0) { Fail("load: expected a file name, e.g. load patient.json"); return false; }
        var read = ProfileReader.ReadFile(path);
        // Problems name the file, the field and what was expected; the values themselves stay out of the message.
        foreach (var problem in read.Problems) Fail($"load: {Markup.Escape(problem.Source)}{(problem.Line is { } l ? $": line {l}" : "")}{(problem.Field is null ? "" : $": `{Markup.Escape(problem.Field)}`")} could not be read");
        if (read.Profiles.Count == 0) { if (read.Problems.Count == 0) Fail($"load: {Markup.Escape(path)} holds no profile"); return false; }
        Profile = read.Profiles[0];
        ui.MarkupLine($"[green]✓[/] loaded profile {Markup.Escape(Profile.Id)} from {Markup.Escape(path)}.");
        Refreshed();
        return true;
    }

    private void Fail(string markup)
    {
        Failures++;
        if (context.Interactive) ui.MarkupLine($"[red]{markup}[/]");
        else context.Error.WriteLine($"error: {Markup.Remove(markup)}");
    }
}
