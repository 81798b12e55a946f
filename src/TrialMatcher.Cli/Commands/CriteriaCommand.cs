using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TrialMatcher.Eligibility;
using TrialMatcher.Ingest;

namespace TrialMatcher.Cli.Commands;

/// <summary><c>trialmatcher criteria NCT...</c>: the parsed eligibility criteria as stored at ingest, beside their source text.</summary>
internal static class CriteriaCommand
{
    public static Command Build(CliContext context)
    {
        var ids = new Argument<string[]>("NCT") { Description = "One or more NCT ids", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var command = new Command("criteria", """
            Show a trial's eligibility criteria as read at ingest: each criterion beside its source text, with its
            section (inclusion / exclusion), its status (read / to review / unread) and what was read from it in plain
            words ("requires ECOG 0-1", "excludes prior anti-PD-1/PD-L1"). Reads the stored result; nothing is re-parsed.

            Examples:
              trialmatcher criteria NCT09000001
              trialmatcher criteria NCT09000001 NCT09000002 --json

            Exit codes: 0 all found; 5 some ids are not in the index or have no parsed criteria (re-run ingest);
            3 no index.
            """)
        {
            ids, json,
        };
        command.SetAction(parse =>
        {
            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var missing = 0;
            var asJson = parse.GetValue(json);
            var results = new List<(string Id, ParsedCriteria Parsed)>();
            foreach (var raw in parse.GetValue(ids)!)
            {
                var id = raw.Trim().ToUpperInvariant();
                if (!NctIdPattern.IsValid(id)) { context.Fail($"'{raw}' is not an NCT id (expected NCT followed by 8 digits)"); missing++; continue; }
                if (index.GetWithCriteria(id) is not { } stored) { context.Fail($"{id} is not in the index {index.Path}"); missing++; continue; }
                if (stored.CriteriaJson is null) { context.Fail($"{id} has no parsed criteria in the index; re-run 'trialmatcher ingest' to derive them"); missing++; continue; }
                ParsedCriteria parsed;
                try { parsed = CriteriaJson.Deserialize(stored.CriteriaJson); }
                catch (JsonException ex) { context.Fail($"{id}: stored criteria could not be read ({ex.Message}); re-run 'trialmatcher ingest'"); missing++; continue; }
                results.Add((id, parsed));
                if (!asJson) Print(context.Out, id, stored.Record.DisplayTitle, parsed);
            }
            if (asJson)
            {
                context.Out.Write("{");
                for (var i = 0; i < results.Count; i++)
                {
                    context.Out.Write(i == 0 ? "\n" : ",\n");
                    context.Out.Write($"  {JsonSerializer.Serialize(results[i].Id)}: ");
                    context.Out.Write(CriteriaJson.ToIndentedString(results[i].Parsed).Replace("\n", "\n  ", StringComparison.Ordinal));
                }
                context.Out.WriteLine(results.Count == 0 ? "}" : "\n}");
            }
            return missing > 0 ? ExitCodes.NotFound : ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter w, string id, string title, ParsedCriteria parsed)
    {
        w.WriteLine($"{id}  {title}");
        var read = parsed.Criteria.Count(c => c.Status == CriterionStatus.Read);
        var review = parsed.Criteria.Count(c => c.Status == CriterionStatus.ToReview);
        var unread = parsed.Criteria.Count(c => c.Status == CriterionStatus.Unread);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {parsed.Criteria.Count} criteria: {read} read, {review} to review, {unread} unread"));
        foreach (var c in parsed.Criteria)
        {
            var status = c.Status switch { CriterionStatus.Read => "read", CriterionStatus.ToReview => "to review", _ => "unread" };
            var section = c.Section.ToString().ToLowerInvariant();
            w.WriteLine();
            w.WriteLine($"  [{c.Index + 1}] {section}{(c.Heading is null ? "" : $" / {c.Heading}")} — {status}");
            if (c.ParentText is { } parent) w.WriteLine($"      under: {OneLine(parent)}");
            w.WriteLine($"      \"{OneLine(c.Text)}\"");
            foreach (var f in c.Facts) w.WriteLine($"      → {FactText.Describe(f)}");
        }
        w.WriteLine();
    }

    private static string OneLine(string s)
    {
        var collapsed = string.Join(' ', s.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length > 300 ? collapsed[..297] + "..." : collapsed;
    }
}
