using TrialMatcher.Patients;

namespace TrialMatcher.Tests.Patients;

public sealed class BiomarkerTextTests
{
    [TestCase("KRAS", "G12C", "KRAS", "G12C", BiomarkerStatus.Positive)]
    [TestCase("EGFR", "negative", "EGFR", null, BiomarkerStatus.Negative)]
    [TestCase("HER2", "positive (IHC 3+)", "HER2", "IHC 3+", BiomarkerStatus.Positive)]
    [TestCase("BCR-ABL1", "positive (Philadelphia chromosome)", "BCR-ABL1", "Philadelphia chromosome", BiomarkerStatus.Positive)]
    [TestCase("MSI", "MSI-high / dMMR", "MSI", "MSI-high / dMMR", BiomarkerStatus.Positive)]
    [TestCase("ERBB2", "amplified", "HER2", "amplified", BiomarkerStatus.Positive)]
    [TestCase("CLDN18.2", "unknown", "CLDN18.2", null, BiomarkerStatus.Unknown)]
    [TestCase("T315I", "negative", "T315I", null, BiomarkerStatus.Negative)]
    public void FromKeyValue_DevelopmentSetForms_AreUnderstood(string key, string value, string gene, string? alteration, BiomarkerStatus status)
    {
        var b = BiomarkerText.FromKeyValue(key, value);
        Assert.That((b.Gene, b.Alteration, b.Status), Is.EqualTo((gene, alteration, status)));
    }

    [Test]
    public void FromKeyValue_PdL1Tps_KeepsTheScore()
    {
        var b = BiomarkerText.FromKeyValue("PD-L1 TPS", "60%");
        Assert.That((b.Gene, b.Status, b.Score, b.ScoreType), Is.EqualTo(("PD-L1", BiomarkerStatus.Positive, (double?)60, "TPS")));
    }

    [TestCase("KRAS G12C positive", "KRAS", BiomarkerStatus.Positive)]
    [TestCase("PD-L1 TPS 60", "PD-L1", BiomarkerStatus.Positive)]
    [TestCase("EGFR negative", "EGFR", BiomarkerStatus.Negative)]
    [TestCase("CLDN18.2 unknown", "CLDN18.2", BiomarkerStatus.Unknown)]
    public void FromText_CohortForms_AreUnderstood(string text, string gene, BiomarkerStatus status)
    {
        var b = BiomarkerText.FromText(text);
        Assert.That((b.Gene, b.Status), Is.EqualTo((gene, status)));
    }
}
