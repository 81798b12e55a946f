using System.IO.Compression;
using TrialMatcher.Ingest;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Ingest;

/// <summary>Every reader over our own fixtures, through the content-sniffing entry point the CLI uses.</summary>
public sealed class TrialSourceReaderTests
{
    private static List<ReadOutcome> ReadAll(params string[] paths) => new TrialSourceReader().Read(paths).ToList();

    private static IEnumerable<string> Ids(IEnumerable<ReadOutcome> outcomes) => outcomes.OfType<RecordRead>().Select(r => r.Record.NctId);

    [Test]
    public void Read_ApiV2Fixtures_ReadsSinglesArraysAndPagesWithoutSkips()
    {
        var outcomes = ReadAll(TestPaths.Fixture("trials", "api-v2"));
        Assert.That(outcomes.OfType<RecordRejected>().Select(r => r.Problem.ToString()), Is.Empty);
        var ids = Ids(outcomes).ToList();
        Assert.That(ids, Has.Count.GreaterThanOrEqualTo(150));
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void Read_ArrayAndPageFixtures_AreRecognisedByContent()
    {
        Assert.That(Ids(ReadAll(TestPaths.Fixture("trials", "api-v2", "array-of-studies.json"))).Count(), Is.GreaterThan(1));
        Assert.That(Ids(ReadAll(TestPaths.Fixture("trials", "api-v2", "studies-page.json"))).Count(), Is.GreaterThan(1));
    }

    [Test]
    public void Read_LegacyXmlFolderTree_ReadsNestedFilesAndLegacyValues()
    {
        var records = ReadAll(TestPaths.Fixture("trials", "legacy-xml")).OfType<RecordRead>().Select(r => r.Record).ToList();
        Assert.That(records, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(records.Select(r => r.OverallStatus), Does.Contain("APPROVED_FOR_MARKETING").Or.Contain("AVAILABLE"));
        Assert.That(records.Where(r => r.StudyTypeDetail == "Patient Registry"), Is.Not.Empty);
        Assert.That(records.All(r => r.EligibilityCriteria is { Length: > 0 }), Is.True);
        Assert.That(records.SelectMany(r => r.Phases).Where(p => p is "N" or "A"), Is.Empty, "N/A must not be split into N and A");
    }

    [Test]
    public void Read_AactFolder_JoinsChildTablesOnNctId()
    {
        var records = ReadAll(TestPaths.Fixture("trials", "aact")).OfType<RecordRead>().Select(r => r.Record).ToList();
        Assert.That(records, Has.Count.EqualTo(5));
        Assert.Multiple(() =>
        {
            Assert.That(records.All(r => r.Conditions.Count > 0), Is.True, "conditions joined");
            Assert.That(records.All(r => r.Interventions.Count > 0), Is.True, "interventions joined");
            Assert.That(records.All(r => r.EligibilityCriteria is { Length: > 0 } c && c.Contains('\n')), Is.True, "multi-line criteria joined");
            Assert.That(records.All(r => r.Locations.Count > 0), Is.True, "facilities joined");
            Assert.That(records.All(r => r.MinimumAge.Kind != TrialMatcher.Records.AgeLimitKind.Missing), Is.True, "ages joined");
        });
    }

    [Test]
    public void Read_BulkDownloadZip_ReadsOneStudyPerEntry()
    {
        using var temp = new TempFolder();
        var zipPath = temp.File("ctg-studies.json.zip");
        var sources = Directory.GetFiles(TestPaths.Fixture("trials", "api-v2"), "NCT*.json").Order().Take(12).ToList();
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var file in sources) zip.CreateEntryFromFile(file, Path.GetFileName(file));
        }
        var outcomes = ReadAll(zipPath);
        Assert.That(outcomes, Has.Count.EqualTo(12));
        Assert.That(outcomes, Is.All.InstanceOf<RecordRead>());
        Assert.That(((RecordRead)outcomes[0]).Record.Origin, Does.Contain("ctg-studies.json.zip!"));
    }

    [Test]
    public void Read_ZipOfLegacyXmlTree_ReadsNestedEntries()
    {
        using var temp = new TempFolder();
        var zipPath = temp.File("trec.zip");
        ZipFile.CreateFromDirectory(TestPaths.Fixture("trials", "legacy-xml"), zipPath);
        var direct = Ids(ReadAll(TestPaths.Fixture("trials", "legacy-xml"))).Order().ToList();
        var zipped = Ids(ReadAll(zipPath)).Order().ToList();
        Assert.That(zipped, Is.EqualTo(direct));
    }

    [Test]
    public void Read_BadInputs_EachGivesAClearProblemAndGoodRecordsStillCome()
    {
        var outcomes = ReadAll(TestPaths.Fixture("bad"));
        var problems = outcomes.OfType<RecordRejected>().Select(r => r.Problem).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(problems.Where(p => p.Source.EndsWith("broken.json", StringComparison.Ordinal)), Is.Not.Empty);
            Assert.That(problems.Where(p => p.Source.EndsWith("broken.xml", StringComparison.Ordinal) && p.Message.StartsWith("invalid XML at line", StringComparison.Ordinal)), Is.Not.Empty);
            Assert.That(problems.Where(p => p.Source.EndsWith("no-nct-id.json", StringComparison.Ordinal) && p.Field == "nctId"), Is.Not.Empty);
            Assert.That(problems.Where(p => p.Source.EndsWith("no-nct-id.xml", StringComparison.Ordinal) && p.Field == "nctId"), Is.Not.Empty);
            Assert.That(problems.Where(p => p.Source.EndsWith("bad-age.json", StringComparison.Ordinal) && p.Field == "minimumAge" && p.NctId is not null), Is.Not.Empty);
            Assert.That(Ids(outcomes), Is.SupersetOf(new[] { "NCT09300001", "NCT09300002" }));
        });
    }

    [Test]
    public void Read_MissingPath_IsAProblemNotACrash()
    {
        var problem = ((RecordRejected)ReadAll("/nonexistent/trials").Single()).Problem;
        Assert.That(problem.Message, Is.EqualTo("no such file or folder"));
    }

    [Test]
    public void Read_NonTrialFiles_AreCountedAsIgnored()
    {
        using var temp = new TempFolder();
        temp.Write("README.md", "# notes");
        temp.Write("NCT09990001.json", StudyJson.Study("NCT09990001"));
        var reader = new TrialSourceReader();
        var outcomes = reader.Read([temp.Path]).ToList();
        Assert.That(outcomes, Has.Count.EqualTo(1));
        Assert.That(reader.IgnoredFiles, Is.EqualTo(1));
        Assert.That(reader.FilesRead, Is.EqualTo(1));
    }
}
