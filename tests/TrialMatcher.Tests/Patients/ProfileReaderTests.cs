using TrialMatcher.Patients;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Patients;

public sealed class ProfileReaderTests
{
    [Test]
    public void ReadFile_EveryFixtureProfile_ReadsWithoutProblems()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Fixture("patients"), "*.json"))
        {
            var result = ProfileReader.ReadFile(file);
            Assert.That(result.Problems, Is.Empty, file);
            Assert.That(result.Profiles, Has.Count.EqualTo(1), file);
        }
    }

    [Test]
    public void ReadJson_KeyValueBiomarkersAndFreeTextStops_AreUnderstood()
    {
        const string json = """
            [{"id": "D1", "age": 58, "sex": "female", "cancer": "non-small cell lung cancer, adenocarcinoma", "stage": "IV",
              "biomarkers": {"EGFR": "negative", "KRAS": "G12C", "PD-L1 TPS": "60%"},
              "treatment_history": [{"regimen": "pembrolizumab", "setting": "first-line metastatic", "stopped": "progression"}],
              "prior_lines": 1, "ecog": 1, "brain_metastases": "active, untreated", "measurable_disease": true}]
            """;
        var p = ProfileReader.ReadJson("dev.json", json).Profiles.Single();
        Assert.Multiple(() =>
        {
            Assert.That(p.Biomarkers.Single(b => b.Gene == "KRAS").Alteration, Is.EqualTo("G12C"));
            Assert.That(p.Biomarkers.Single(b => b.Gene == "PD-L1").Score, Is.EqualTo(60));
            Assert.That(p.TreatmentHistory.Single().Stopped, Is.EqualTo(StopReason.Progression));
            Assert.That(p.BrainMetastases, Is.EqualTo(BrainMetastases.Active));
            Assert.That(p.PriorLines, Is.EqualTo(1));
        });
    }

    [TestCase("\"age\": \"sixty\"", "age", "whole number")]
    [TestCase("\"sex\": \"x\"", "sex", "female or male")]
    [TestCase("\"ecog\": 7", "ecog", "0 to 4")]
    [TestCase("\"karnofsky\": 75", "karnofsky", "steps of 10")]
    [TestCase("\"brain_metastases\": \"maybe\"", "brain_metastases", "none, treated-stable or active")]
    [TestCase("\"treatment_history\": [{\"regimen\": \"FOLFOX\", \"start\": \"last spring\"}]", "treatment_history[1].start", "2019-03")]
    public void ReadJson_BadField_NamesFileFieldAndExpectation(string field, string name, string expected)
    {
        var result = ProfileReader.ReadJson("p7.json", "{\"id\": \"P7\", " + field + "}");
        Assert.That(result.Profiles, Is.Empty);
        var problem = result.Problems.Single();
        Assert.That(problem.Field, Is.EqualTo(name));
        Assert.That(problem.ToString(), Does.StartWith("p7.json").And.Contain("P7").And.Contain(expected));
    }

    [Test]
    public void ReadJson_BrokenJson_GivesTheLine()
    {
        var problem = ProfileReader.ReadJson("p.json", "{\n\"id\": \"P1\",\n\"age\": 5,,\n}").Problems.Single();
        Assert.That(problem.Line, Is.EqualTo(3));
    }

    [Test]
    public void ReadCsv_Cohort_ReadsEveryRow()
    {
        var result = ProfileReader.ReadCsv(TestPaths.Fixture("patients", "cohort.csv"));
        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Profiles, Has.Count.EqualTo(20));
        Assert.That(result.Profiles[0].Biomarkers, Is.Not.Empty);
        Assert.That(result.Profiles[0].TreatmentHistory, Is.Not.Empty);
    }

    [Test]
    public void ReadCsv_MalformedRow_IsReportedWithItsLineAndTheRestAreRead()
    {
        var result = ProfileReader.ReadCsv(TestPaths.Fixture("patients", "cohort-with-bad-row.csv"));
        Assert.That(result.Profiles, Has.Count.EqualTo(20));
        var problem = result.Problems.Single();
        Assert.That(problem.Field, Is.EqualTo("age"));
        Assert.That(problem.Line, Is.GreaterThan(1));
        Assert.That(problem.ToString(), Does.Contain("sixty"));
    }
}
