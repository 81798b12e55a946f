using System.CommandLine;
using System.Globalization;
using TrialMatcher.Ingest;
using TrialMatcher.Records;

namespace TrialMatcher.Cli.Commands;

internal static class ShowCommand
{
    public static Command Build(CliContext context)
    {
        var ids = new Argument<string[]>("NCT") { Description = "One or more NCT ids", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var command = new Command("show", """
            Show trials as stored in the index: titles, status, phases, ages, conditions, interventions, sites and
            the full eligibility criteria.

            Examples:
              trialmatcher show NCT09000001
              trialmatcher show NCT09000001 NCT09000002 --json

            Exit codes: 0 all found; 5 some ids are not in the index (the others are still shown).
            """)
        {
            ids, json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var found = new List<TrialRecord>();
            var missing = 0;
            foreach (var id in parse.GetValue(ids)!)
            {
                if (!NctIdPattern.IsValid(id.Trim()))
                {
                    context.Fail($"'{id}' is not an NCT id (expected NCT followed by 8 digits)");
                    missing++;
                    continue;
                }
                if (index.Get(id) is { } record) found.Add(record);
                else { context.Fail($"{id.ToUpperInvariant()} is not in the index {index.Path}"); missing++; }
            }
            if (parse.GetValue(json)) JsonOut.Write(context.Out, found, CliJsonContext.Default.ListTrialRecord);
            else foreach (var r in found) Print(context.Out, r);
            return missing > 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter w, TrialRecord r)
    {
        w.WriteLine($"{r.NctId}  {r.DisplayTitle}");
        if (r.OfficialTitle is { } official && official != r.BriefTitle) w.WriteLine($"  Official title: {official}");
        w.WriteLine($"  Status: {SearchCommand.Humanise(r.OverallStatus)}   Phase: {(r.Phases.Count == 0 ? "n/a" : string.Join("/", r.Phases.Select(SearchCommand.PhaseLabel)))}   Type: {r.StudyType?.ToLowerInvariant() ?? "(not stated)"}{(r.StudyTypeDetail is null ? "" : $" [{r.StudyTypeDetail}]")}");
        w.WriteLine($"  Ages: {r.MinimumAge} to {r.MaximumAge}   Sex: {r.Sex?.ToLowerInvariant() ?? "(not stated)"}   Healthy volunteers: {(r.HealthyVolunteers switch { true => "yes", false => "no", _ => "(not stated)" })}");
        w.WriteLine($"  Sponsor: {r.LeadSponsor ?? "(not stated)"}   Started: {r.StartDate?.Iso ?? "(not stated)"}   Last update posted: {r.LastUpdatePosted?.Iso ?? "(not stated)"}");
        if (r.Conditions.Count > 0) w.WriteLine($"  Conditions: {string.Join("; ", r.Conditions)}");
        if (r.Keywords.Count > 0) w.WriteLine($"  Keywords: {string.Join("; ", r.Keywords)}");
        foreach (var i in r.Interventions)
            w.WriteLine($"  Intervention: {i.Name}{(i.Type is null ? "" : $" ({i.Type.ToLowerInvariant()})")}{(i.OtherNames.Count == 0 ? "" : $", also {string.Join(", ", i.OtherNames)}")}");
        if (r.BriefSummary is { } summary) { w.WriteLine("  Summary:"); WriteIndented(w, summary); }
        w.WriteLine("  Eligibility criteria:");
        WriteIndented(w, r.EligibilityCriteria ?? "(none given)");
        var sites = r.Locations.Count;
        if (sites > 0)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Sites ({sites}):"));
            foreach (var l in r.Locations.Take(15))
                w.WriteLine($"    {l.Facility ?? "(facility not named)"}, {string.Join(", ", new[] { l.City, l.State, l.Country }.Where(x => x is not null))}{(l.Status is null ? "" : $" [{SearchCommand.Humanise(l.Status)}]")}");
            if (sites > 15) w.WriteLine($"    ... and {sites - 15} more (--json lists all)");
        }
        w.WriteLine();
    }

    private static void WriteIndented(TextWriter w, string text)
    {
        foreach (var line in text.Split('\n')) w.WriteLine("    " + line.TrimEnd());
    }
}
