using System.CommandLine;
using System.Globalization;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

namespace TrialMatcher.Cli.Commands;

internal static class AlertsCommand
{
    public static Command Build(CliContext context)
    {
        var profiles = new Option<string>("--profiles") { Description = "Folder of saved patient profiles (*.json; *.csv cohorts too)", HelpName = "DIR", Required = true };
        var state = new Option<string?>("--state") { Description = "Where the last run is remembered [default: the index path + .alerts.json]", HelpName = "FILE" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what is new without remembering it" };
        var json = CommonOptions.Json();
        var command = new Command("alerts", """
            After a re-index: the trials that newly match a saved profile (eligible or possibly eligible), or whose
            record changed since they were last reported, per profile. The run is remembered in a file beside the
            index (created readable by its owner only), so each match is reported once; the first run reports
            every current match. Makes no network calls. Meant for cron after `trialmatcher reindex`.

            Examples:
              trialmatcher alerts --profiles fixtures/patients
              trialmatcher alerts --profiles /srv/navigator/profiles --json
              trialmatcher reindex && trialmatcher alerts --profiles profiles/ || [ $? -eq 10 ] && mail-the-team

            Exit codes: 0 nothing new; 10 new or changed matches (listed); 3 no index; 5 no such folder;
            9 some profiles could not be read and nothing was new (the others were checked; see stderr).
            """)
        {
            profiles, state, dryRun, json,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(profiles)!;
            if (!Directory.Exists(folder)) { context.Fail($"{folder}: no such folder"); return ExitCodes.NotFound; }
            var indexPath = parse.GetValue(CommonOptions.Index)!;
            using var index = IndexAccess.Open(context, indexPath);
            if (index is null) return ExitCodes.NoIndex;
            var all = new List<PatientProfile>();
            var problems = new List<ProfileProblem>();
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                var read = ProfileReader.ReadFile(file);
                all.AddRange(read.Profiles);
                problems.AddRange(read.Problems);
            }
            foreach (var problem in problems) context.Fail(problem.ToString());
            // A profile id seen twice (a JSON file and a cohort row) is checked once.
            var unique = all.GroupBy(p => p.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
            var statePath = parse.GetValue(state) ?? AlertState.PathFor(indexPath);
            AlertState previous;
            try { previous = AlertState.Load(statePath); }
            catch (System.Text.Json.JsonException ex)
            {
                context.Fail($"{statePath}: not a readable alerts state ({ex.Message}); move it away to start afresh");
                return ExitCodes.BadInput;
            }
            var (result, next) = Alerts.Run(index, unique, problems, previous, context.Clock);
            if (!parse.GetValue(dryRun)) next.Save(statePath);
            if (parse.GetValue(json))
                JsonOut.Write(context.Out, result, CliJsonContext.Default.AlertsResult);
            else
            {
                var since = result.PreviousRun is { } p ? $"since {p.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : "(first run: every current match)";
                context.Out.WriteLine($"Checked {result.Profiles} profile(s) against the index: {result.Matches} match(es); {result.New.Count} new or changed {since}.");
                foreach (var group in result.New.GroupBy(a => a.ProfileId))
                {
                    context.Out.WriteLine();
                    context.Out.WriteLine($"{group.Key}:");
                    foreach (var a in group)
                        context.Out.WriteLine($"  {a.NctId}  {a.Change,-7}  {a.Verdict,-17}  updated {a.LastUpdate ?? "?"}  {SearchCommand.Truncate(a.Title, 70)}");
                }
            }
            if (problems.Count > 0 && !result.AnyNew) return ExitCodes.BadInput;
            return result.AnyNew ? ExitCodes.NewMatches : ExitCodes.Ok;
        });
        return command;
    }
}
