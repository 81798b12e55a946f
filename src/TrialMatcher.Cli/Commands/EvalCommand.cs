using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using TrialMatcher.Evaluation;
using TrialMatcher.Patients;

namespace TrialMatcher.Cli.Commands;

internal static class EvalCommand
{
    public static Command Build(CliContext context)
    {
        var profiles = new Option<string?>("--profiles") { Description = "Patient profiles (a JSON array, e.g. ../shared/data/mission-dev/profiles.json)", HelpName = "FILE" };
        var topics = new Option<string?>("--topics") { Description = "TREC Precision Medicine topics XML (e.g. ../shared/data/trec-pm-2017/topics2017.xml)", HelpName = "FILE" };
        var qrels = new Option<string>("--qrels") { Description = "Graded judgments: TREC qrels or the development set's TSV", HelpName = "FILE", Required = true };
        var perTopic = new Option<bool>("--per-topic") { Description = "Also print each patient's scores" };
        var json = CommonOptions.Json();
        var command = new Command("eval", """
            Score the matcher's rankings against graded judgments, beside a plain BM25 run over the same index, both
            over every status. Judged trials only: unjudged trials are removed from each ranking before it is cut
            at 10 (the share removed is printed). Metrics: P@10 counting eligible trials (grade 2), NDCG@10 with
            gains 2/1/0, NDCG@10 with only eligible trials as gain, R-precision.

            Examples:
              trialmatcher eval --profiles ../shared/data/mission-dev/profiles.json --qrels ../shared/data/mission-dev/qrels.tsv
              trialmatcher eval --topics ../shared/data/trec-pm-2017/topics2017.xml --qrels ../shared/data/trec-pm-2017/qrels-final-trials.txt

            Exit codes: 0 scored; 2 bad options; 3 no index; 5 a data file is missing; 9 the profiles could not be read.
            """)
        {
            profiles, topics, qrels, perTopic, json,
        };
        command.SetAction(parse =>
        {
            var profilePath = parse.GetValue(profiles);
            var topicPath = parse.GetValue(topics);
            if (profilePath is null == topicPath is null) { context.Fail("give exactly one of --profiles or --topics"); return ExitCodes.Usage; }
            var qrelsPath = parse.GetValue(qrels)!;
            foreach (var path in new[] { profilePath ?? topicPath!, qrelsPath })
            {
                if (!File.Exists(path)) { context.Fail($"{path}: no such file (the shared evaluation data may be absent on this machine)"); return ExitCodes.NotFound; }
            }
            IReadOnlyList<PatientProfile> patients;
            if (profilePath is not null)
            {
                var read = ProfileReader.ReadFile(profilePath);
                foreach (var p in read.Problems) context.Fail(p.ToString());
                if (read.Problems.Count > 0) return ExitCodes.BadInput;
                patients = read.Profiles;
            }
            else patients = TrecTopicsReader.Read(topicPath!);

            using var index = IndexAccess.Open(context, parse.GetValue(CommonOptions.Index)!);
            if (index is null) return ExitCodes.NoIndex;
            var report = EvaluationRun.Run(index, patients, QrelsReader.Read(qrelsPath));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(report, EvalReportJsonContext.Default.EvaluationReport));
                return ExitCodes.Ok;
            }
            var w = context.Out;
            w.WriteLine($"{report.Topics} patients with judged trials in the index ({report.TopicsWithEligible} with at least one eligible trial there); every candidate ranked, judged trials only.");
            w.WriteLine();
            w.WriteLine("| run | P@10 (eligible) | NDCG@10 (2/1/0) | NDCG@10 (eligible only) | R-precision | unjudged removed |");
            w.WriteLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var s in new[] { report.Matcher, report.Bm25 })
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {s.System} | {s.Mean.PrecisionAt10Eligible:0.000} | {s.Mean.NdcgAt10:0.000} | {s.Mean.NdcgAt10EligibleOnly:0.000} | {s.Mean.RPrecision:0.000} | {s.RemovedShare:P1} |"));
            if (parse.GetValue(perTopic))
            {
                w.WriteLine();
                w.WriteLine("| patient | matcher P@10 | BM25 P@10 | matcher NDCG@10 elig. | BM25 NDCG@10 elig. | judged in matcher ranking |");
                w.WriteLine("| --- | --- | --- | --- | --- | --- |");
                for (var i = 0; i < report.Matcher.Topics.Count; i++)
                {
                    var m = report.Matcher.Topics[i];
                    var b = report.Bm25.Topics[i];
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {m.TopicId} | {m.PrecisionAt10Eligible:0.00} | {b.PrecisionAt10Eligible:0.00} | {m.NdcgAt10EligibleOnly:0.000} | {b.NdcgAt10EligibleOnly:0.000} | {m.JudgedRetrieved}/{m.Retrieved} |"));
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(EvaluationReport))]
internal sealed partial class EvalReportJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
