using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TrialMatcher.Eligibility;
using TrialMatcher.Eligibility.Evaluation;

namespace TrialMatcher.Cli.Commands;

/// <summary><c>trialmatcher eval-criteria</c>: scores the criteria parser on the labelled set, or reports unread criteria over a corpus.</summary>
internal static class EvalCriteriaCommand
{
    public static Command Build(CliContext context)
    {
        var labels = new Option<string>("--labels") { Description = "Labelled facts (JSON lines)", HelpName = "FILE", DefaultValueFactory = _ => "tests/eval/criteria/labels-a.jsonl" };
        var sample = new Option<string>("--sample") { Description = "Sampled items: id, nct_id, offset, length, sha, section, half (JSON lines)", HelpName = "FILE", DefaultValueFactory = _ => "tests/eval/criteria/sample.jsonl" };
        var data = new Option<string>("--data") { Description = "Shared ClinicalTrials.gov data folder (ctgov-xml/, ctgov-json-v2/)", HelpName = "DIR", DefaultValueFactory = _ => "../shared/data" };
        var half = new Option<string>("--half") { Description = "Which half to score: tune, holdout or all", HelpName = "HALF", DefaultValueFactory = _ => "tune" };
        half.AcceptOnlyFromAmong("tune", "holdout", "all");
        var unread = new Option<bool>("--unread-report") { Description = "Instead of scoring, parse every record in --data and report unread criteria by section and the most common unread patterns" };
        var errors = new Option<bool>("--errors") { Description = "Also list the tune-half items the parser got wrong (for tuning; never shown for holdout)" };
        var text = new Option<string?>("--text") { Description = "Instead of scoring, read this one criterion and print its facts (try the parser on a sentence)", HelpName = "TEXT" };
        var texts = new Option<string?>("--texts") { Description = "Instead of scoring, read many criteria, one per line as 'label<TAB>section<TAB>text' (or just text), from FILE or - (standard input), and print each one's facts. Feed it scripts/eval/explore_criteria.py", HelpName = "FILE" };
        var section = new Option<string>("--section") { Description = "Section for --text: inclusion, exclusion or unknown", HelpName = "SECTION", DefaultValueFactory = _ => "inclusion" };
        section.AcceptOnlyFromAmong("inclusion", "exclusion", "unknown");
        var json = CommonOptions.Json();
        var command = new Command("eval-criteria", """
            Evaluate the eligibility-criteria parser against the hand-labelled set in tests/eval/criteria: precision,
            recall and F1 per fact kind, for the tune half, the holdout half, or all. The criteria texts are read from
            the shared data at run time (never stored in the project); every item's hash is checked.
            Tune only on the tune half; score the holdout half once, at the end.

            Examples:
              trialmatcher eval-criteria --half tune --errors
              trialmatcher eval-criteria --labels tests/eval/criteria/labels-a.jsonl --sample tests/eval/criteria/sample.jsonl --data ../shared/data --half holdout --json
              trialmatcher eval-criteria --unread-report --data ../shared/data
              trialmatcher eval-criteria --text "No prior anti-PD-1 therapy" --section inclusion
              python3 scripts/eval/explore_criteria.py 'regimens?' --limit 20 | trialmatcher eval-criteria --texts -

            Exit codes: 0 done; 9 labels, sample or data missing; 2 bad options.
            """)
        {
            labels, sample, data, half, unread, errors, text, texts, section, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(text) is { } one)
            {
                PrintFacts(context.Out, one, SectionNamed(parse.GetValue(section)));
                return ExitCodes.Ok;
            }
            if (parse.GetValue(texts) is { } textsPath) return ReadMany(context, textsPath);
            var dataDir = parse.GetValue(data)!;
            if (!CriteriaCorpus.Exists(dataDir))
            {
                context.Fail($"no shared data at {dataDir} (expected ctgov-xml/ or ctgov-json-v2/ there); pass --data DIR");
                return ExitCodes.BadInput;
            }
            if (parse.GetValue(unread)) return UnreadReport(context, dataDir, parse.GetValue(json));
            var labelsPath = parse.GetValue(labels)!;
            var samplePath = parse.GetValue(sample)!;
            foreach (var path in new[] { labelsPath, samplePath })
                if (!File.Exists(path)) { context.Fail($"{path} not found"); return ExitCodes.BadInput; }
            var report = CriteriaEvaluation.Run(labelsPath, samplePath, dataDir, parse.GetValue(half)!);
            if (!parse.GetValue(errors)) report = report with { Errors = [] };
            if (parse.GetValue(json)) { context.Out.WriteLine(JsonSerializer.Serialize(report, EvalJsonContext.Default.EvaluationReport)); return ExitCodes.Ok; }
            var w = context.Out;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Labelled items: {report.Labelled}; evaluated: {report.Evaluated}; hash mismatches: {report.HashMismatches.Count}; records missing: {report.MissingRecords.Count}"));
            if (report.HashMismatches.Count > 0) w.WriteLine($"  mismatched: {string.Join(", ", report.HashMismatches.Take(20))}");
            if (report.MissingRecords.Count > 0) w.WriteLine($"  missing: {string.Join(", ", report.MissingRecords.Take(20))}");
            foreach (var h in report.Halves)
            {
                w.WriteLine();
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{h.Half} ({h.Items} items)"));
                w.WriteLine("  kind                  P      R      F1     TP   FP   FN");
                foreach (var k in h.Kinds)
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {k.Kind,-20} {k.Precision,5:0.00}  {k.Recall,5:0.00}  {k.F1,5:0.00}  {k.TruePositives,4} {k.FalsePositives,4} {k.FalseNegatives,4}"));
            }
            foreach (var e in report.Errors)
                w.WriteLine($"{e.Id} {e.Kind}: missed [{string.Join("; ", e.Missed)}] extra [{string.Join("; ", e.Extra)}]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static CriterionSection SectionNamed(string? name) =>
        name switch { "exclusion" => CriterionSection.Exclusion, "unknown" => CriterionSection.Unknown, _ => CriterionSection.Inclusion };

    private static void PrintFacts(TextWriter w, string criterion, CriterionSection section)
    {
        foreach (var f in EligibilityParser.ParseCriterion(criterion, section))
            w.WriteLine($"    {FactText.Describe(f)}    [{f.Kind} {CriteriaEvaluation.KeyOf(f)}] \"{criterion.Substring(f.Start, f.Length)}\"");
    }

    // Error analysis over many sentences in one process (one JIT warm-up instead of one per sentence).
    private static int ReadMany(CliContext context, string path)
    {
        if (path != "-" && !File.Exists(path)) { context.Fail($"{path} not found"); return ExitCodes.BadInput; }
        using var file = path == "-" ? null : new StreamReader(path);
        var reader = file ?? context.In;
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t');
            var (label, sectionName, criterion) = parts.Length >= 3 ? (parts[0], parts[1], string.Join(' ', parts[2..])) : ("", "inclusion", line);
            context.Out.WriteLine($"{label} [{sectionName}] {criterion}");
            PrintFacts(context.Out, criterion, SectionNamed(sectionName));
        }
        return ExitCodes.Ok;
    }

    private static int UnreadReport(CliContext context, string dataDir, bool json)
    {
        var corpus = CriteriaCorpus.Load(dataDir, out var skipped);
        var report = CriteriaEvaluation.Unread(corpus.Values.Select(c => c.Criteria));
        if (json) { context.Out.WriteLine(JsonSerializer.Serialize(report, EvalJsonContext.Default.UnreadReport)); return ExitCodes.Ok; }
        var w = context.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Records with criteria: {report.Trials:N0} (unreadable files skipped: {skipped})"));
        w.WriteLine("  section      criteria     read  to review   unread  unread share");
        foreach (var s in report.Sections)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Section,-10} {s.Criteria,10:N0} {s.Read,8:N0} {s.ToReview,10:N0} {s.Unread,8:N0}  {s.UnreadShare,10:P1}"));
        var total = report.Sections.Sum(s => s.Criteria);
        var totalUnread = report.Sections.Sum(s => s.Unread);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"all",-10} {total,10:N0} {"",8} {"",10} {totalUnread,8:N0}  {(total == 0 ? 0 : (double)totalUnread / total),10:P1}"));
        w.WriteLine();
        w.WriteLine("Most common unread patterns (lowercase, digits → #, first 6 words):");
        foreach (var p in report.Top) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Count,6:N0}  {p.Pattern}"));
        return ExitCodes.Ok;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(UnreadReport))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
