using System.Text;
using TrialMatcher.Ingest;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Ingest;

public sealed class ApiV2StudyReaderTests
{
    private static List<ReadOutcome> Read(string json) =>
        ApiV2StudyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json").ToList();

    [Test]
    public void Read_SingleStudy_MapsEveryField()
    {
        var outcome = Read(StudyJson.Study("NCT09990001")).Single();
        var record = ((RecordRead)outcome).Record;
        Assert.Multiple(() =>
        {
            Assert.That(record.NctId, Is.EqualTo("NCT09990001"));
            Assert.That(record.BriefTitle, Does.Contain("melanoma"));
            Assert.That(record.OverallStatus, Is.EqualTo("RECRUITING"));
            Assert.That(record.Phases, Is.EqualTo(new[] { "PHASE1", "PHASE2" }));
            Assert.That(record.StudyType, Is.EqualTo("INTERVENTIONAL"));
            Assert.That(record.Conditions, Is.EqualTo(new[] { "Melanoma" }));
            Assert.That(record.Keywords, Is.EqualTo(new[] { "BRAF V600E" }));
            Assert.That(record.Interventions.Single().OtherNames, Is.EqualTo(new[] { "Braftovi" }));
            Assert.That(record.EligibilityCriteria, Does.StartWith("Inclusion Criteria:"));
            Assert.That(record.MinimumAge.Years, Is.EqualTo(18).Within(1e-9));
            Assert.That(record.Sex, Is.EqualTo("ALL"));
            Assert.That(record.HealthyVolunteers, Is.False);
            Assert.That(record.Locations.Single().Latitude, Is.EqualTo(42.36));
            Assert.That(record.StartDate!.Iso, Is.EqualTo("2025-06"));
            Assert.That(record.LastUpdatePosted!.Iso, Is.EqualTo("2026-03-02"));
        });
    }

    [Test]
    public void Read_ArrayOfStudies_YieldsEachInOrder()
    {
        var outcomes = Read(StudyJson.Array(StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"), StudyJson.Study("NCT09990003")));
        Assert.That(outcomes.Cast<RecordRead>().Select(r => r.Record.NctId), Is.EqualTo(new[] { "NCT09990001", "NCT09990002", "NCT09990003" }));
    }

    [Test]
    public void Read_PageWithNextPageToken_YieldsTheStudiesOnly()
    {
        var outcomes = Read(StudyJson.Page("NF0g5JE", StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002")));
        Assert.That(outcomes, Has.Count.EqualTo(2));
        Assert.That(outcomes, Is.All.InstanceOf<RecordRead>());
    }

    [Test]
    public void Read_PageWithTotalCountBeforeStudies_StillFindsTheStudies()
    {
        var json = "{\"totalCount\": 2, \"studies\": [" + StudyJson.Study("NCT09990001") + "," + StudyJson.Study("NCT09990002") + "]}";
        Assert.That(Read(json).Cast<RecordRead>().Select(r => r.Record.NctId), Is.EqualTo(new[] { "NCT09990001", "NCT09990002" }));
    }

    [Test]
    public void Read_TruncatedArray_KeepsTheStudiesBeforeTheBreakAndReportsIt()
    {
        var json = StudyJson.Array(StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"));
        var outcomes = Read(json[..(json.Length - 40)]);
        Assert.That(outcomes.OfType<RecordRead>().Select(r => r.Record.NctId), Is.EqualTo(new[] { "NCT09990001" }));
        var problem = outcomes.OfType<RecordRejected>().Single().Problem;
        Assert.That(problem.Message, Does.Contain("truncated"));
        Assert.That(problem.Source, Is.EqualTo("test.json"));
    }

    [Test]
    public void Read_OneBrokenStudyInArray_SkipsOnlyThatStudy()
    {
        var broken = "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT09990002\" \"briefTitle\": \"x\"}}}";
        var outcomes = Read(StudyJson.Array(StudyJson.Study("NCT09990001"), broken, StudyJson.Study("NCT09990003")));
        Assert.That(outcomes.OfType<RecordRead>().Select(r => r.Record.NctId), Is.EqualTo(new[] { "NCT09990001", "NCT09990003" }));
        var problem = outcomes.OfType<RecordRejected>().Single().Problem;
        Assert.That(problem.Entry, Is.EqualTo("study #2"));
        Assert.That(problem.Message, Does.StartWith("invalid JSON"));
    }

    [Test]
    public void Read_StudyWithoutNctId_IsRejectedNamingTheField()
    {
        var problem = ((RecordRejected)Read(StudyJson.Study("")).Single()).Problem;
        Assert.That(problem.Field, Is.EqualTo("nctId"));
        Assert.That(problem.Message, Does.Contain("no NCT id"));
    }

    [Test]
    public void Read_AgeThatIsNotADuration_IsRejectedWithIdFieldAndValue()
    {
        var problem = ((RecordRejected)Read(StudyJson.Study("NCT09990001", minimumAge: "eighteen years")).Single()).Problem;
        Assert.That(problem.NctId, Is.EqualTo("NCT09990001"));
        Assert.That(problem.Field, Is.EqualTo("minimumAge"));
        Assert.That(problem.ToString(), Does.Contain("eighteen years").And.Contain("test.json"));
    }

    [Test]
    public void Read_StudyWithoutStatusOrCriteria_IsKeptWithThoseFieldsEmpty()
    {
        var json = StudyJson.Study("NCT09990001", status: null).Replace("\"eligibilityCriteria\":\"Inclusion Criteria:\\n\\n* Stage IV melanoma\\n\\nExclusion Criteria:\\n\\n* Active brain metastases\",", "");
        var record = ((RecordRead)Read(json).Single()).Record;
        Assert.That(record.OverallStatus, Is.Null);
        Assert.That(record.EligibilityCriteria, Is.Null);
    }

    [Test]
    public void Read_UnknownStatus_IsKeptAndListedAsUnknownValue()
    {
        var read = (RecordRead)Read(StudyJson.Study("NCT09990001", status: "PAUSED_FOR_AUDIT")).Single();
        Assert.That(read.Record.OverallStatus, Is.EqualTo("PAUSED_FOR_AUDIT"));
        Assert.That(read.UnknownValues, Is.EqualTo(new[] { new UnknownValue("overallStatus", "PAUSED_FOR_AUDIT") }));
    }

    [Test]
    public void Read_EscapedQuotesAndBracketsInStrings_DoNotConfuseTheSplitter()
    {
        var tricky = StudyJson.Study("NCT09990001", title: "Arm [A] vs {B} \\\"quoted\\\" ] }");
        var outcomes = Read(StudyJson.Array(tricky, StudyJson.Study("NCT09990002")));
        Assert.That(outcomes, Is.All.InstanceOf<RecordRead>());
        Assert.That(((RecordRead)outcomes[0]).Record.BriefTitle, Is.EqualTo("Arm [A] vs {B} \"quoted\" ] }"));
    }
}
