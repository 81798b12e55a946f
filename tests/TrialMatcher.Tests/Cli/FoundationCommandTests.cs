using System.Text.Json;
using TrialMatcher.Cli;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Cli;

public sealed class FoundationCommandTests
{
    [Test]
    public void Ingest_Fixtures_IndexesEverythingAndSummarises()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        var result = CliRunner.Run("ingest", TestPaths.Fixture("trials"), "--index", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain("Indexed").And.Contain("skipped 0").And.Contain("records/s"));
    }

    [Test]
    public void Ingest_BadInput_ListsEachSkipAndExitsPartialUnlessAllowed()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        var result = CliRunner.Run("ingest", TestPaths.Fixture("bad"), "--index", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Partial));
        Assert.That(result.Error, Does.Contain("skipped:").And.Contain("broken.json").And.Contain("minimumAge"));
        Assert.That(CliRunner.Run("show", "NCT09300001", "--index", db).ExitCode, Is.EqualTo(ExitCodes.Ok), "good records are indexed");

        var allowed = CliRunner.Run("ingest", TestPaths.Fixture("bad"), "--index", db, "--allow-skips");
        Assert.That(allowed.ExitCode, Is.EqualTo(ExitCodes.Ok));
    }

    [Test]
    public void Ingest_Json_PrintsOnlyJsonOnStdout()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        var result = CliRunner.Run("ingest", TestPaths.Fixture("bad"), "--index", db, "--json");
        using var doc = JsonDocument.Parse(result.Out);
        Assert.That(doc.RootElement.GetProperty("skipped").GetInt64(), Is.GreaterThan(0));
        Assert.That(doc.RootElement.GetProperty("problems").GetArrayLength(), Is.EqualTo(doc.RootElement.GetProperty("skipped").GetInt64()));
    }

    [Test]
    public void SearchShowStats_OnFixtureIndex_WorkInTextAndJson()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        CliRunner.Run("ingest", TestPaths.Fixture("trials"), "--index", db);

        var search = CliRunner.Run("search", "KRAS G12C", "--index", db, "--limit", "5", "--json");
        Assert.That(search.ExitCode, Is.EqualTo(ExitCodes.Ok), search.Error);
        using var doc = JsonDocument.Parse(search.Out);
        var first = doc.RootElement.GetProperty("results")[0].GetProperty("nctId").GetString()!;

        var table = CliRunner.Run("search", "KRAS G12C", "--index", db, "--limit", "5");
        Assert.That(table.Out, Does.Contain(first));

        var show = CliRunner.Run("show", first, "--index", db);
        Assert.That(show.Out, Does.Contain(first).And.Contain("Eligibility criteria:"));
        var showJson = CliRunner.Run("show", first, "--index", db, "--json");
        using var shown = JsonDocument.Parse(showJson.Out);
        Assert.That(shown.RootElement[0].GetProperty("nctId").GetString(), Is.EqualTo(first));

        var stats = CliRunner.Run("stats", "--index", db, "--json");
        using var statsDoc = JsonDocument.Parse(stats.Out);
        Assert.That(statsDoc.RootElement.GetProperty("trials").GetInt64(), Is.GreaterThanOrEqualTo(150));
    }

    [Test]
    public void Search_NoIndex_ExplainsHowToBuildOneWithItsExitCode()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("search", "melanoma", "--index", temp.File("missing.db"));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NoIndex));
        Assert.That(result.Error, Does.Contain("trialmatcher ingest"));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Show_UnknownId_ReportsNotFound()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        CliRunner.Run("ingest", TestPaths.Fixture("bad", "mixed"), "--index", db, "--allow-skips");
        var result = CliRunner.Run("show", "NCT00000000", "--index", db);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.NotFound));
        Assert.That(result.Error, Does.Contain("NCT00000000 is not in the index"));
    }

    [Test]
    public void UnknownOption_IsAUsageErrorPointingToHelp()
    {
        var result = CliRunner.Run("search", "x", "--colour", "blue");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(result.Error, Does.Contain("trialmatcher search --help"));
    }

    [Test]
    public void Help_TeachesByExample()
    {
        var result = CliRunner.Run("search", "--help");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Out, Does.Contain("Examples:").And.Contain("trialmatcher search \"melanoma BRAF\""));
    }

    [Test]
    public void EvalCriteria_Texts_ReadsEachLineWithItsSection()
    {
        var input = "NCT09000001\tinclusion\tAt least one prior platinum-based regimen\nNCT09000002\texclusion\tPrior treatment with a PARP inhibitor\n";
        var result = CliRunner.RunWithInput(input, "eval-criteria", "--texts", "-");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain("NCT09000001 [inclusion]").And.Contain("[prior_lines 1|-|any]").And.Contain("[prior_exposure platinum|required]"));
        Assert.That(result.Out, Does.Contain("NCT09000002 [exclusion]").And.Contain("[prior_exposure parp_inhibitor|excluded]"));
    }
}
