using TrialMatcher.Patients;
using TrialMatcher.Reporting;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Reporting;

public sealed class PatientReportTests
{
    private static TrialDocument Trial(string title, IReadOnlyList<string> phases, params InterventionDocument[] interventions) => new(
        1, "NCT09999999", title, "RECRUITING", phases, "2026-01-02", "eligible", 100, new TrialMatcher.Matching.ScoreParts(100, 0, 0, 0, 0, 0, 0, 0),
        ["requires age 18 or over: the patient is 60", "requires X: the patient does not have it (another cohort of this trial fits)"], [], [],
        new CriteriaCounts(1, 0, 0, 2, 0), [], null, null, [], [], [], interventions);

    [Test]
    public void WhatItTests_ComparisonWithChemotherapy_SaysCompares()
    {
        var t = ReportTrial.From(Trial("Zorvarasib Versus Docetaxel in KRAS G12C NSCLC", ["PHASE3"],
            new InterventionDocument("Zorvarasib", "DRUG", []), new InterventionDocument("Docetaxel", "DRUG", [])));
        Assert.That(t.WhatItTests, Is.EqualTo("This trial compares zorvarasib with docetaxel (a chemotherapy)."));
        Assert.That(t.Phase, Is.EqualTo("Phase 3"));
        Assert.That(t.PhaseMeaning, Does.Contain("standard treatment"));
    }

    [Test]
    public void WhatItTests_Placebo_IsExplained()
    {
        var t = ReportTrial.From(Trial("Drug A With or Without Placebo", ["PHASE2"],
            new InterventionDocument("Pembrolizumab", "BIOLOGICAL", []), new InterventionDocument("Placebo", "DRUG", [])));
        Assert.That(t.WhatItTests, Does.StartWith("This trial tests pembrolizumab (a drug that helps the immune system).").And.Contain("placebo: a dummy treatment"));
    }

    [Test]
    public void From_LeavesOutOtherCohortsFromTheReasons()
    {
        var t = ReportTrial.From(Trial("A", ["PHASE1"]));
        Assert.That(t.Reasons, Is.EqualTo(new[] { "requires age 18 or over: the patient is 60" }));
        Assert.That(t.PhaseMeaning, Does.Contain("safe dose"));
    }

    [Test]
    public void ProfileWriter_RoundTripsEveryFixtureProfile()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Fixture("patients"), "P*.json"))
        {
            var original = ProfileReader.ReadFile(file).Profiles.Single();
            var again = ProfileReader.ReadJson("again.json", ProfileWriter.ToJson(original)).Profiles.Single();
            Assert.That(again with { Biomarkers = [], TreatmentHistory = [] }, Is.EqualTo(original with { Biomarkers = [], TreatmentHistory = [] }), file);
            Assert.That(again.Biomarkers, Is.EqualTo(original.Biomarkers), file);
            Assert.That(again.TreatmentHistory.Select(t => (t.Regimen, t.Setting, t.Start, t.Stop, t.Stopped)),
                Is.EqualTo(original.TreatmentHistory.Select(t => (t.Regimen, t.Setting, t.Start, t.Stop, t.Stopped))), file);
        }
    }

    [Test]
    public void PrivateFiles_Create_NarrowsAnExistingFile()
    {
        if (OperatingSystem.IsWindows()) { Assert.Ignore("Unix file modes"); return; }
        using var temp = new TempFolder();
        var path = temp.Write("report.html", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        PrivateFiles.WriteAllText(path, "new");
        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(PrivateFiles.FileMode));
        Assert.That(File.ReadAllText(path), Is.EqualTo("new"));
    }
}
