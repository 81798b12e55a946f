using TrialMatcher.Patients;
using TrialMatcher.Records;

namespace TrialMatcher.Tests.Patients;

/// <summary>Line-of-therapy derivation, case by case, with a small drug-class table so each rule is visible.</summary>
public sealed class LinesOfTherapyTests
{
    private static readonly Dictionary<string, string[]> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["carboplatin"] = ["platinum", "chemotherapy"],
        ["leuprolide"] = ["adt", "hormonal_therapy"],
        ["abiraterone"] = ["antiandrogen", "hormonal_therapy"],
        ["cisplatin"] = ["platinum", "chemotherapy"],
        ["oxaliplatin"] = ["platinum", "chemotherapy"],
        ["pemetrexed"] = ["antifolate", "chemotherapy"],
        ["paclitaxel"] = ["taxane", "chemotherapy"],
        ["nab-paclitaxel"] = ["taxane", "chemotherapy"],
        ["docetaxel"] = ["taxane", "chemotherapy"],
        ["gemcitabine"] = ["antimetabolite", "chemotherapy"],
        ["fluorouracil"] = ["fluoropyrimidine", "chemotherapy"],
        ["leucovorin"] = ["folate"],
        ["irinotecan"] = ["topoisomerase_inhibitor", "chemotherapy"],
        ["pembrolizumab"] = ["anti_pd1_pdl1", "immunotherapy"],
        ["nivolumab"] = ["anti_pd1_pdl1", "immunotherapy"],
        ["osimertinib"] = ["egfr_tki", "targeted_therapy"],
        ["gefitinib"] = ["egfr_tki", "targeted_therapy"],
        ["ibrutinib"] = ["btk_inhibitor", "targeted_therapy"],
        ["acalabrutinib"] = ["btk_inhibitor", "targeted_therapy"],
        ["venetoclax"] = ["bcl2_inhibitor", "targeted_therapy"],
        ["imatinib"] = ["bcr_abl_tki", "targeted_therapy"],
        ["dasatinib"] = ["bcr_abl_tki", "targeted_therapy"],
        ["lenalidomide"] = ["imid"],
        ["bortezomib"] = ["proteasome_inhibitor"],
        ["daratumumab"] = ["anti_cd38"],
        ["dexamethasone"] = ["corticosteroid"],
        ["trastuzumab"] = ["her2_directed"],
        ["pertuzumab"] = ["her2_directed"],
        ["trastuzumab emtansine"] = ["her2_directed", "adc"],
        ["bevacizumab"] = ["anti_vegf", "targeted_therapy"],
        ["olaparib"] = ["parp_inhibitor", "targeted_therapy"],
        ["doxorubicin"] = ["anthracycline", "chemotherapy"],
        ["bleomycin"] = ["chemotherapy"],
        ["vinblastine"] = ["vinca_alkaloid", "chemotherapy"],
        ["dacarbazine"] = ["alkylating_agent", "chemotherapy"],
        ["brentuximab vedotin"] = ["anti_cd30", "adc"],
    };

    private static IReadOnlyCollection<string> ClassesOf(string drug) => Classes.TryGetValue(drug, out var c) ? c : [];

    private static TreatmentEntry T(string regimen, string? setting = null, StopReason? stopped = null, string? start = null, string? stop = null, string? modality = null) => new()
    {
        Regimen = regimen,
        Setting = setting,
        Stopped = stopped,
        Start = start is null ? null : PartialDate.Parse(start).Value,
        Stop = stop is null ? null : PartialDate.Parse(stop).Value,
        Modality = modality,
    };

    private static TreatmentSummary Derive(params TreatmentEntry[] history) => LinesOfTherapy.Derive(history, ClassesOf);

    [Test]
    public void Derive_NoHistory_IsUntreatedWithZeroLines()
    {
        var s = Derive();
        Assert.That(s.DerivedLines, Is.Zero);
        Assert.That(s.State, Is.EqualTo(DiseaseState.Untreated));
    }

    [Test]
    public void Derive_DrugsGivenTogether_AreOneLine()
    {
        var s = Derive(T("carboplatin + pemetrexed + pembrolizumab", "first-line metastatic", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.Exposures, Is.SupersetOf(new[] { "platinum", "anti_pd1_pdl1", "pemetrexed" }));
        Assert.That(s.ProgressedOn, Does.Contain("anti_pd1_pdl1"));
    }

    [Test]
    public void Derive_SeparateEntriesWithTheSameStart_AreOneLine()
    {
        var s = Derive(T("carboplatin + paclitaxel", start: "2025-01", stopped: StopReason.Progression), T("pembrolizumab", start: "2025-01", stopped: StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
    }

    [Test]
    public void Derive_SurgeryRadiotherapyAndChemotherapyOfOnePlan_AreOneLine()
    {
        var s = Derive(
            T("lumpectomy", modality: "surgery", start: "2023-02"),
            T("doxorubicin + cyclophosphamide then paclitaxel", "adjuvant", StopReason.Completed, "2023-03", "2023-09"),
            T("whole-breast radiotherapy", modality: "radiotherapy", start: "2023-10"));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.Exposures, Is.SupersetOf(new[] { "surgery", "radiotherapy", "anthracycline", "taxane" }));
    }

    [Test]
    public void Derive_SurgeryAlone_IsNotALineOfSystemicTherapy()
    {
        var s = Derive(T("lobectomy", modality: "surgery", stopped: StopReason.Completed));
        Assert.That(s.DerivedLines, Is.Zero);
        Assert.That(s.Exposures, Does.Contain("surgery"));
    }

    [Test]
    public void Derive_MaintenanceAfterInduction_ContinuesTheLine()
    {
        var s = Derive(T("carboplatin + pemetrexed + pembrolizumab", "first-line", StopReason.Completed), T("pemetrexed + pembrolizumab", "maintenance", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.Lines[0].Why, Does.Contain("maintenance continues"));
    }

    [Test]
    public void Derive_ProgressionThenNewRegimen_StartsANewLine()
    {
        var s = Derive(T("pembrolizumab", "first-line metastatic", StopReason.Progression), T("docetaxel", "second-line", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(2));
        Assert.That(s.State, Is.EqualTo(DiseaseState.Refractory));
    }

    [Test]
    public void Derive_IntoleranceAndSwitchWithinClass_ContinuesTheLine()
    {
        var s = Derive(T("ibrutinib", "first-line", StopReason.Intolerance), T("acalabrutinib", null, StopReason.Ongoing));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.Lines[0].Why, Does.Contain("same drug class"));
        Assert.That(s.ProgressedOn, Is.Empty, "stopped for side effects, not progression");
    }

    [Test]
    public void Derive_IntoleranceOfImatinibThenDasatinib_IsStillOneLine()
    {
        var s = Derive(T("imatinib", "first-line", StopReason.Intolerance), T("dasatinib", "second-line"));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
    }

    [Test]
    public void Derive_IntoleranceAndSwitchToAnotherClass_StartsANewLine()
    {
        var s = Derive(T("ibrutinib", "first-line", StopReason.Intolerance), T("venetoclax"));
        Assert.That(s.DerivedLines, Is.EqualTo(2));
        Assert.That(s.Lines[1].Why, Does.Contain("another drug class"));
    }

    [Test]
    public void Derive_TaxaneSubstitutionForNeuropathy_ContinuesTheLine()
    {
        var s = Derive(T("carboplatin + paclitaxel", "first-line", StopReason.Intolerance), T("carboplatin + nab-paclitaxel", null, StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
    }

    [Test]
    public void Derive_DoseReductionOfTheSameDrugs_ContinuesTheLine()
    {
        var s = Derive(T("osimertinib 80 mg", "first-line", StopReason.Intolerance), T("osimertinib 40 mg", null, StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.ProgressedOn, Does.Contain("egfr_tki"));
    }

    [Test]
    public void Derive_TransplantConsolidatingInduction_BelongsToTheInductionLine()
    {
        var s = Derive(T("VRd", "induction", StopReason.Completed), T("autologous stem cell transplant", "consolidation", StopReason.Completed), T("lenalidomide", "maintenance", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.Exposures, Is.SupersetOf(new[] { "imid", "proteasome_inhibitor", "stem_cell_transplant", "autologous_sct" }));
    }

    [Test]
    public void Derive_RechallengeAfterRelapse_IsANewLine()
    {
        var s = Derive(T("carboplatin + paclitaxel", "first-line", StopReason.Completed, "2022-01", "2022-06"), T("carboplatin + paclitaxel", "second-line, platinum-sensitive relapse", StopReason.Progression, "2023-09", "2024-02"));
        Assert.That(s.DerivedLines, Is.EqualTo(2));
    }

    [Test]
    public void Derive_PlatinumResistantRelapse_IsRecognised()
    {
        var s = Derive(
            T("carboplatin + paclitaxel after debulking surgery", "first-line", StopReason.Completed),
            new TreatmentEntry { Regimen = "carboplatin + gemcitabine", Setting = "second-line, platinum-sensitive relapse", StoppedText = "progression within 4 months (platinum-resistant)", Stopped = StopReason.Progression });
        Assert.That(s.DerivedLines, Is.EqualTo(2));
        Assert.That(s.PlatinumResistant, Is.True);
        Assert.That(s.Exposures, Does.Contain("surgery"));
    }

    [Test]
    public void Derive_RefractoryToFirstLine_IsRefractory()
    {
        var s = Derive(new TreatmentEntry { Regimen = "ABVD", Setting = "first-line", StoppedText = "refractory (progression during treatment)", Stopped = LinesOfTherapy.StopReasonFrom("refractory (progression during treatment)") });
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.State, Is.EqualTo(DiseaseState.Refractory));
        Assert.That(s.Exposures, Is.SupersetOf(new[] { "doxorubicin", "anthracycline", "bleomycin", "dacarbazine" }));
    }

    [Test]
    public void Derive_AdjuvantThenMetastaticLines_CountsAdvancedSettingSeparately()
    {
        var s = Derive(
            T("FOLFOX", "adjuvant", StopReason.Completed, "2021-01", "2021-07"),
            T("FOLFIRI + bevacizumab", "first-line metastatic", StopReason.Progression, "2024-03", "2025-01"));
        Assert.That(s.DerivedLines, Is.EqualTo(2));
        Assert.That(s.AdvancedSettingLines, Is.EqualTo(1), "relapse came years after adjuvant therapy");
    }

    [Test]
    public void Derive_EarlyRelapseAfterAdjuvant_CountsTheAdjuvantLineForAdvancedTrials()
    {
        var s = Derive(
            T("FOLFOX", "adjuvant", StopReason.Completed, "2024-01", "2024-07"),
            T("FOLFIRI", "first-line metastatic", StopReason.Progression, "2024-11", "2025-06"));
        Assert.That(s.AdvancedSettingLines, Is.EqualTo(2));
    }

    [Test]
    public void Derive_MultipleMyelomaTripleClassExposure_IsVisibleInExposures()
    {
        var s = Derive(T("VRd", "first-line", StopReason.Progression), T("daratumumab + dexamethasone", "second-line", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(2));
        Assert.That(s.Exposures, Is.SupersetOf(new[] { "imid", "proteasome_inhibitor", "anti_cd38" }));
    }

    [Test]
    public void Derive_LineLabelledLaterThanHistoryShows_TrustsTheLabelAndSaysSo()
    {
        var s = Derive(T("docetaxel", "third-line", StopReason.Progression));
        Assert.That(s.DerivedLines, Is.EqualTo(3));
        Assert.That(s.Notes.Single(), Does.Contain("labelled line 3"));
    }

    [Test]
    public void Derive_TypedPriorLines_OverridesTheDerivedCount()
    {
        var s = LinesOfTherapy.Derive([T("pembrolizumab", "first-line", StopReason.Progression)], ClassesOf, typedLines: 3);
        Assert.That(s.DerivedLines, Is.EqualTo(1));
        Assert.That(s.EffectiveLines, Is.EqualTo(3));
    }

    [TestCase("progression", StopReason.Progression)]
    [TestCase("intolerance (not progression)", StopReason.Intolerance)]
    [TestCase("refractory (progression during treatment)", StopReason.Refractory)]
    [TestCase("relapse after 14 months", StopReason.Relapse)]
    [TestCase("completed", StopReason.Completed)]
    [TestCase("ongoing", StopReason.Ongoing)]
    [TestCase("toxicity", StopReason.Intolerance)]
    public void StopReasonFrom_FreeText_IsUnderstood(string text, StopReason expected) =>
        Assert.That(LinesOfTherapy.StopReasonFrom(text), Is.EqualTo(expected));

    [Test]
    public void Derive_AndrogenDeprivationBackbone_IsAnExposureNotALine()
    {
        var summary = Derive(
            T("leuprolide", "androgen deprivation", StopReason.Ongoing, "2021-02"),
            T("docetaxel", "first-line metastatic hormone-sensitive", StopReason.Completed, "2021-03", "2021-07"),
            T("abiraterone", "castration-resistant", StopReason.Progression, "2022-09", "2025-07"));
        Assert.Multiple(() =>
        {
            Assert.That(summary.DerivedLines, Is.EqualTo(2));
            Assert.That(summary.Exposures, Does.Contain("leuprolide").And.Contain("adt"));
        });
    }
}
