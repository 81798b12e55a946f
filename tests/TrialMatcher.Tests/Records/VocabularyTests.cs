using TrialMatcher.Records;

namespace TrialMatcher.Tests.Records;

public sealed class VocabularyTests
{
    [TestCase("Recruiting", "RECRUITING")]
    [TestCase("Not yet recruiting", "NOT_YET_RECRUITING")]
    [TestCase("Active, not recruiting", "ACTIVE_NOT_RECRUITING")]
    [TestCase("Enrolling by invitation", "ENROLLING_BY_INVITATION")]
    [TestCase("Unknown status", "UNKNOWN")]
    [TestCase("Approved for marketing", "APPROVED_FOR_MARKETING")]
    [TestCase("Available", "AVAILABLE")]
    [TestCase("No longer available", "NO_LONGER_AVAILABLE")]
    [TestCase("Temporarily not available", "TEMPORARILY_NOT_AVAILABLE")]
    [TestCase("Withheld", "WITHHELD")]
    [TestCase("ACTIVE_NOT_RECRUITING", "ACTIVE_NOT_RECRUITING")]
    public void Status_LegacyAndApiSpellings_MapToApiValue(string text, string expected)
    {
        var n = StudyVocabulary.Status(text);
        Assert.That(n.IsKnown, Is.True);
        Assert.That(n.Value, Is.EqualTo(expected));
    }

    [Test]
    public void Status_UnknownValue_IsKeptAsText()
    {
        var n = StudyVocabulary.Status("Paused for review");
        Assert.That(n.IsKnown, Is.False);
        Assert.That(n.Value, Is.EqualTo("Paused for review"));
    }

    [TestCase("Phase 1/Phase 2", new[] { "PHASE1", "PHASE2" })]
    [TestCase("Phase1/Phase2", new[] { "PHASE1", "PHASE2" })]
    [TestCase("Early Phase 1", new[] { "EARLY_PHASE1" })]
    [TestCase("N/A", new[] { "NA" })]
    [TestCase("Phase 3", new[] { "PHASE3" })]
    [TestCase("PHASE2", new[] { "PHASE2" })]
    public void PhaseList_LegacyAndApiSpellings_MapToApiValues(string text, string[] expected)
    {
        var (phases, unknown) = StudyVocabulary.PhaseList(text);
        Assert.That(phases, Is.EqualTo(expected));
        Assert.That(unknown, Is.Empty);
    }

    [TestCase("Observational [Patient Registry]", "OBSERVATIONAL", "Patient Registry")]
    [TestCase("Expanded Access", "EXPANDED_ACCESS", null)]
    [TestCase("Interventional", "INTERVENTIONAL", null)]
    [TestCase("OBSERVATIONAL", "OBSERVATIONAL", null)]
    public void StudyType_LegacySubtypes_KeepTheDetail(string text, string type, string? detail)
    {
        var (t, d) = StudyVocabulary.StudyType(text);
        Assert.That(t.IsKnown, Is.True);
        Assert.That(t.Value, Is.EqualTo(type));
        Assert.That(d, Is.EqualTo(detail));
    }

    [TestCase("2019", "2019")]
    [TestCase("2019-03", "2019-03")]
    [TestCase("2019-03-15", "2019-03-15")]
    [TestCase("March 2019", "2019-03")]
    [TestCase("March 15, 2019", "2019-03-15")]
    public void PartialDate_RegistryForms_KeepTheirPrecision(string text, string iso)
    {
        var result = PartialDate.Parse(text);
        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value!.Iso, Is.EqualTo(iso));
    }

    [Test]
    public void PartialDate_Nonsense_FailsWithExpectedForms()
    {
        var result = PartialDate.Parse("sometime soon");
        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("2019-03"));
    }
}
