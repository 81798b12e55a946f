using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TrialMatcher.Index;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

namespace TrialMatcher.Reporting;

/// <summary>One row of the batch summary CSV: a patient's counts and top three trials, or why the row was not read.</summary>
public sealed record BatchSummaryRow(string Patient, int? Line, string Outcome, int Eligible, int PossiblyEligible, string Top3, string Problem);

public sealed record BatchResult(IReadOnlyList<BatchSummaryRow> Rows, IReadOnlyList<ProfileProblem> Problems, string SummaryPath, IReadOnlyList<string> Files)
{
    public int Written => Rows.Count(r => r.Outcome == "ok");
}

/// <summary>
/// Matches every patient of a cohort CSV and writes, into one folder (created owner-only), a shortlist per patient
/// as JSON (<c>P01.shortlist.json</c>) and as the patient report in Markdown (<c>P01.shortlist.md</c>), and
/// <c>summary.csv</c>. A row that cannot be read is listed (with its line number) in the problems and in the summary;
/// the other rows are still processed. Reads the index only; makes no network calls.
/// </summary>
public static class CohortBatch
{
    public static BatchResult Run(TrialIndex index, string cohortPath, string outDir, int limit, TimeProvider clock)
    {
        var read = ProfileReader.ReadFile(cohortPath);
        PrivateFiles.CreateFolder(outDir);
        var matcher = new Matcher(index);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = new List<BatchSummaryRow>();
        var files = new List<string>();
        foreach (var profile in read.Profiles)
        {
            var shortlist = matcher.Match(PatientContext.Create(profile), new MatchOptions { Limit = limit, Clock = clock });
            var doc = ShortlistDocument.From(shortlist);
            var stem = Path.Combine(outDir, FileStem(profile.Id) + ".shortlist");
            PrivateFiles.WriteAllText(stem + ".json", doc.ToJson() + "\n");
            PrivateFiles.WriteAllText(stem + ".md", MarkdownReport.Render(PatientReport.From(doc, today)));
            files.Add(stem + ".json");
            files.Add(stem + ".md");
            rows.Add(new BatchSummaryRow(profile.Id, null, "ok", doc.Eligible, doc.PossiblyEligible,
                string.Join("; ", doc.Trials.Where(t => t.Verdict != "not eligible").Take(3).Select(t => t.NctId)), ""));
        }
        foreach (var problem in read.Problems)
            rows.Add(new BatchSummaryRow(problem.PatientId ?? "", problem.Line, "not read", 0, 0, "",
                $"{(problem.Field is null ? "" : $"`{problem.Field}`: ")}{problem.Message}"));

        var summary = Path.Combine(outDir, "summary.csv");
        using (var stream = PrivateFiles.Create(summary))
        using (var writer = new StreamWriter(stream))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            csv.WriteField("patient"); csv.WriteField("line"); csv.WriteField("outcome"); csv.WriteField("eligible");
            csv.WriteField("possibly_eligible"); csv.WriteField("top_3"); csv.WriteField("problem");
            csv.NextRecord();
            foreach (var r in rows.OrderBy(r => r.Line ?? 0).ThenBy(r => r.Patient, StringComparer.Ordinal))
            {
                csv.WriteField(r.Patient); csv.WriteField(r.Line); csv.WriteField(r.Outcome); csv.WriteField(r.Eligible);
                csv.WriteField(r.PossiblyEligible); csv.WriteField(r.Top3); csv.WriteField(r.Problem);
                csv.NextRecord();
            }
        }
        return new BatchResult(rows, read.Problems, summary, files);
    }

    /// <summary>A patient id made safe as a file name (letters, digits, '-', '_', '.').</summary>
    public static string FileStem(string id)
    {
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var stem = new string(chars).Trim('.');
        return stem.Length == 0 ? "patient" : stem;
    }
}
