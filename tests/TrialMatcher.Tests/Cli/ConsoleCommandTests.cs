using System.Text.Json;
using TrialMatcher.Cli;
using TrialMatcher.Reporting;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Cli;

/// <summary>The navigator's console (navigate, batch, alerts, report) over one fixture index built once.</summary>
[NonParallelizable]
public sealed class ConsoleCommandTests
{
    private static TempFolder? _temp;
    private static string Db => _temp!.File("trials.db");

    [OneTimeSetUp]
    public void BuildIndex()
    {
        _temp = new TempFolder();
        var ingest = CliRunner.Run("ingest", TestPaths.Fixture("trials"), "--index", Db);
        Assert.That(ingest.ExitCode, Is.EqualTo(ExitCodes.Ok), ingest.Error);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void Navigate_ScriptedSession_BuildsRefreshesOpensSavesAndLoads()
    {
        using var temp = new TempFolder();
        var saved = temp.File("profiles/p99.json");
        var script = $"""
            id P99
            cancer lung adenocarcinoma
            age 67
            sex female
            stage IVB
            biomarker EGFR L858R positive
            biomarker EGFR T790M negative
            treatment osimertinib | first-line metastatic | progression
            ecog 1
            location Toronto, ON
            refresh
            open 1
            save {saved}
            load {saved}
            profile
            quit
            """;
        var result = CliRunner.RunWithInput(script, "navigate", "--index", Db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.Out, Does.Contain("cancer: Lung adenocarcinoma [LUAD]"));
        Assert.That(result.Out, Does.Contain("prior lines now 1"));
        // The compact table: rank, NCT id, verdict, title, unknowns.
        Assert.That(result.Out, Does.Contain("NCT id").And.Contain("Verdict").And.Contain("Unknowns"));
        Assert.That(result.Out, Does.Contain("NCT09000003").And.Contain("eligible"));
        // The opened trial's criteria, marked.
        Assert.That(result.Out, Does.Contain("✓ met").And.Contain("Inclusion:").And.Contain("requires EGFR positive: the patient is EGFR L858R positive"));
        Assert.That(result.Out, Does.Contain("saved the profile").And.Contain("loaded profile P99"));
        Assert.That(result.Out, Does.Contain("Biomarkers: EGFR L858R positive; EGFR T790M negative"));
        Assert.That(result.Out, Does.Contain("Treatment: osimertinib | first-line metastatic | progression"));

        var reread = TrialMatcher.Patients.ProfileReader.ReadFile(saved);
        Assert.That(reread.Problems, Is.Empty);
        Assert.That(reread.Profiles.Single() with { }, Has.Property("Age").EqualTo(67).And.Property("Stage").EqualTo("IVB").And.Property("Ecog").EqualTo(1));
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(saved), Is.EqualTo(PrivateFiles.FileMode), "a saved profile is readable by its owner only");
    }

    [Test]
    public void Navigate_UnknownCancer_SuggestsCloseNames()
    {
        var result = CliRunner.RunWithInput("cancer lung adenocarcinomma\nquit\n", "navigate", "--index", Db);
        Assert.That(result.Out, Does.Contain("is not a cancer type we know").And.Contain("Did you mean"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a scripted session with a failed command says so");
    }

    [Test]
    public void Navigate_Filters_NarrowTheShortlist()
    {
        var script = """
            cancer lung adenocarcinoma
            age 67
            biomarker EGFR L858R positive
            treatment osimertinib | first-line metastatic | progression
            location Toronto, ON
            filter country Spain
            refresh
            filter clear
            filter distance 600
            refresh
            filter status completed
            refresh
            filter phase 2
            quit
            """;
        var result = CliRunner.RunWithInput(script, "navigate", "--index", Db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var sections = result.Out.Split("candidate trials:");
        Assert.That(sections, Has.Length.EqualTo(4));
        Assert.That(sections[1], Does.Contain("Filters: country Spain").And.Contain("NCT09000111").And.Not.Contain("NCT09000003"));
        Assert.That(sections[2], Does.Contain("within 600 km").And.Contain("NCT09000003").And.Not.Contain("NCT09000111"));
        Assert.That(sections[3], Does.Contain("status completed"));
        Assert.That(result.Out, Does.Contain("filters: status completed, phase 2"));
    }

    [Test]
    public void Navigate_BadValues_GoToStderrWithoutPatientData()
    {
        var result = CliRunner.RunWithInput("age sixty\necog 7\nfrobnicate\nopen 1\nquit\n", "navigate", "--index", Db);
        Assert.That(result.Error, Does.Contain("age: expected a whole number").And.Contain("ecog: expected 0 to 4").And.Contain("unknown command 'frobnicate'").And.Contain("refresh first"));
        Assert.That(result.Error, Does.Not.Contain("sixty"));
    }

    [Test]
    public void Batch_Cohort_WritesTwentyShortlistsAndSummary()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");
        var result = CliRunner.Run("batch", "--cohort", TestPaths.Fixture("patients", "cohort.csv"), "--out", output, "--index", Db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Directory.GetFiles(output, "*.shortlist.json"), Has.Length.EqualTo(20));
        Assert.That(Directory.GetFiles(output, "*.shortlist.md"), Has.Length.EqualTo(20));
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.That(summary[0], Is.EqualTo("patient,line,outcome,eligible,possibly_eligible,top_3,problem"));
        Assert.That(summary, Has.Length.EqualTo(21));
        Assert.That(summary, Has.Some.Match(@"^P02,,ok,1,\d+,NCT09000003; NCT09000111"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "P02.shortlist.json")));
        Assert.That(doc.RootElement.GetProperty("patient").GetProperty("id").GetString(), Is.EqualTo("P02"));
        Assert.That(File.ReadAllText(Path.Combine(output, "P02.shortlist.md")), Does.Contain("NCT09000003").And.Contain("not medical advice"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Path.Combine(output, "summary.csv")), Is.EqualTo(PrivateFiles.FileMode));
            Assert.That(File.GetUnixFileMode(Path.Combine(output, "P02.shortlist.json")), Is.EqualTo(PrivateFiles.FileMode));
            Assert.That(File.GetUnixFileMode(output), Is.EqualTo(PrivateFiles.FolderMode));
        }
    }

    [Test]
    public void Batch_BadRow_IsReportedWithItsLineAndTheOtherRowsAreWritten()
    {
        using var temp = new TempFolder();
        var output = temp.File("out");
        var result = CliRunner.Run("batch", "--cohort", TestPaths.Fixture("patients", "cohort-with-bad-row.csv"), "--out", output, "--index", Db);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(result.Error, Does.Contain("cohort-with-bad-row.csv: line 12: patient P90: `age`"));
        Assert.That(Directory.GetFiles(output, "*.shortlist.json"), Has.Length.EqualTo(20));
        Assert.That(File.Exists(Path.Combine(output, "P90.shortlist.json")), Is.False);
        var summary = File.ReadAllLines(Path.Combine(output, "summary.csv"));
        Assert.That(summary, Has.Length.EqualTo(22));
        Assert.That(summary, Has.Some.StartsWith("P90,12,not read,"));
        Assert.That(result.Out, Does.Contain("Wrote 20 shortlist(s)").And.Contain("1 row(s) could not be read"));
    }

    [Test]
    public void Alerts_FirstRunReportsMatches_SecondRunNothing_ChangedTrialAgain()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        File.Copy(Db, db);
        var profiles = temp.File("profiles");
        Directory.CreateDirectory(profiles);
        File.Copy(TestPaths.Fixture("patients", "P02-lung-egfr-l858r-post-osimertinib.json"), Path.Combine(profiles, "P02.json"));

        var first = CliRunner.Run("alerts", "--profiles", profiles, "--index", db, "--json");
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.NewMatches), first.Error);
        using (var doc = JsonDocument.Parse(first.Out))
        {
            var found = doc.RootElement.GetProperty("new").EnumerateArray().Select(a => a.GetProperty("nctId").GetString()).ToList();
            // Exactly the trials `match` offers this patient (eligible or possibly eligible), the designed fit first among them.
            var match = CliRunner.Run("match", "--profile", Path.Combine(profiles, "P02.json"), "--index", db, "--limit", "1000", "--json");
            using var shortlist = JsonDocument.Parse(match.Out);
            var offered = shortlist.RootElement.GetProperty("trials").EnumerateArray().Select(t => t.GetProperty("nctId").GetString()).ToList();
            Assert.That(found, Is.EquivalentTo(offered));
            Assert.That(found, Is.SupersetOf(new[] { "NCT09000003", "NCT09000111" }));
        }
        var state = AlertStatePath(db);
        Assert.That(File.Exists(state));
        if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(state), Is.EqualTo(PrivateFiles.FileMode));

        var second = CliRunner.Run("alerts", "--profiles", profiles, "--index", db);
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.Out + second.Error);
        Assert.That(second.Out, Does.Contain("0 new or changed"));

        // A re-index that changes one matching trial's record alerts it again, as changed.
        var changed = temp.Write("changed.json", File.ReadAllText(FindRecord("NCT09000003")).Replace("Northern Thoracic Oncology Consortium", "Northern Thoracic Oncology Group", StringComparison.Ordinal));
        Assert.That(CliRunner.Run("ingest", changed, "--index", db).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var third = CliRunner.Run("alerts", "--profiles", profiles, "--index", db);
        Assert.That(third.ExitCode, Is.EqualTo(ExitCodes.NewMatches));
        Assert.That(third.Out, Does.Contain("P02:").And.Contain("NCT09000003  changed").And.Not.Contain("NCT09000111"));
    }

    [Test]
    public void Report_Html_IsSelfContainedOwnerOnlyAndNamesEveryTrial()
    {
        using var temp = new TempFolder();
        var html = temp.File("shortlist.html");
        var result = CliRunner.Run("report", "--profile", TestPaths.Fixture("patients", "P02-lung-egfr-l858r-post-osimertinib.json"), "--out", html, "--index", Db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var page = File.ReadAllText(html);
        Assert.That(page, Does.Contain("NCT09000003").And.Contain("NCT09000111").And.Contain("not medical advice"));
        Assert.That(page, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("@import"));
        Assert.That(page, Does.Contain("<main>").And.Contain("<header").And.Contain("<th scope=\"col\">").And.Contain("@media print"));
        Assert.That(result.Error, Does.Not.Contain("L858R"), "patient data stays out of the messages");
        if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(html), Is.EqualTo(PrivateFiles.FileMode));

        var md = temp.File("shortlist.md");
        Assert.That(CliRunner.Run("report", "--profile", TestPaths.Fixture("patients", "P02-lung-egfr-l858r-post-osimertinib.json"), "--out", md, "--index", Db).ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(File.ReadAllText(md), Does.StartWith("# Clinical trials to ask your care team about").And.Contain("## Questions to ask your oncologist"));
    }

    [TestCase("ingest")]
    [TestCase("reindex")]
    [TestCase("search")]
    [TestCase("show")]
    [TestCase("criteria")]
    [TestCase("match")]
    [TestCase("report")]
    [TestCase("navigate")]
    [TestCase("batch")]
    [TestCase("alerts")]
    [TestCase("stats")]
    [TestCase("runs")]
    [TestCase("eval")]
    [TestCase("rollback")]
    public void Help_EveryCommand_TeachesByExampleAndListsExitCodes(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Out, Does.Contain("Examples:").And.Contain("trialmatcher " + command));
        Assert.That(result.Out, Does.Contain("Exit codes:"));
    }

    private static string AlertStatePath(string db) => TrialMatcher.Matching.AlertState.PathFor(db);

    private static string FindRecord(string nctId) =>
        Directory.EnumerateFiles(TestPaths.Fixture("trials", "api-v2"), "*.json", SearchOption.AllDirectories).First(f => File.ReadAllText(f).Contains($"\"{nctId}\"", StringComparison.Ordinal) && Path.GetFileName(f).StartsWith(nctId, StringComparison.Ordinal));
}
