using TrialMatcher.Eligibility;
using TrialMatcher.Matching;
using TrialMatcher.Patients;
using TrialMatcher.Records;

namespace TrialMatcher.Tests.Matching;

/// <summary>Met / not met / unknown for each kind of fact, against small patient profiles.</summary>
public sealed class CriterionEvaluatorTests
{
    private const Polarity Req = Polarity.Required;
    private const Polarity Exc = Polarity.Excluded;

    private static PatientContext Patient(Func<PatientProfile, PatientProfile>? change = null)
    {
        var profile = new PatientProfile
        {
            Id = "T1",
            Age = 63,
            Sex = "FEMALE",
            Cancer = "lung adenocarcinoma",
            Stage = "IV",
            Biomarkers = [new BiomarkerResult("KRAS", "G12C", BiomarkerStatus.Positive), new BiomarkerResult("EGFR", null, BiomarkerStatus.Negative),
                new BiomarkerResult("PD-L1", null, BiomarkerStatus.Positive, 60, "TPS")],
            TreatmentHistory = [new TreatmentEntry { Regimen = "carboplatin + pemetrexed + pembrolizumab", Setting = "first-line metastatic", Stopped = StopReason.Progression }],
            Ecog = 1,
            BrainMetastases = BrainMetastases.TreatedStable,
            MeasurableDisease = true,
        };
        return PatientContext.Create(change is null ? profile : change(profile));
    }

    private static Outcome Check(Fact fact, PatientContext? patient = null) => CriterionEvaluator.Evaluate(fact, patient ?? Patient()).Outcome;

    [Test]
    public void PatientContext_LungAdenocarcinoma_IsNormalisedWithItsAncestors()
    {
        var p = Patient();
        Assert.That(p.CancerCode, Is.EqualTo("LUAD"));
        Assert.That(p.Within, Is.SupersetOf(new[] { "LUAD", "NSCLC", "GROUP:SOLID" }));
        Assert.That(p.Treatment.DerivedLines, Is.EqualTo(1));
        Assert.That(p.Treatment.Exposures, Is.SupersetOf(new[] { "platinum", "anti_pd1_pdl1" }));
    }

    [TestCase("NSCLC", Req, Outcome.Met)]
    [TestCase("LUAD", Req, Outcome.Met)]
    [TestCase("GROUP:SOLID", Req, Outcome.Met)]
    [TestCase("BRCA", Req, Outcome.NotMet)]
    [TestCase("SCLC", Exc, Outcome.Met)]
    [TestCase("NSCLC", Exc, Outcome.NotMet)]
    public void CancerType_ByHierarchy(string code, Polarity polarity, Outcome expected) =>
        Assert.That(Check(new CancerTypeFact(code, polarity, 0, 0)), Is.EqualTo(expected));

    [Test]
    public void CancerType_TrialNarrowerThanPatient_IsUnknown()
    {
        var p = Patient(x => x with { Cancer = "non-small cell lung cancer" });
        Assert.That(Check(new CancerTypeFact("LUAD", Req, 0, 0), p), Is.EqualTo(Outcome.Unknown));
    }

    [TestCase("IV", Req, Outcome.Met)]
    [TestCase("metastatic", Req, Outcome.Met)]
    [TestCase("advanced", Req, Outcome.Met)]
    [TestCase("IIIB", Req, Outcome.NotMet)]
    [TestCase("locally_advanced", Req, Outcome.NotMet)]
    [TestCase("early_stage", Req, Outcome.NotMet)]
    [TestCase("newly_diagnosed", Req, Outcome.NotMet)]
    [TestCase("refractory", Req, Outcome.Met)]
    [TestCase("IV", Exc, Outcome.NotMet)]
    public void Stage_AgainstStageIVAfterOneLine(string value, Polarity polarity, Outcome expected) =>
        Assert.That(Check(new StageFact(value, polarity, 0, 0)), Is.EqualTo(expected));

    [TestCase("chronic_phase", Outcome.Met)]
    [TestCase("blast_phase", Outcome.NotMet)]
    public void Stage_CmlPhase(string value, Outcome expected)
    {
        var p = Patient(x => x with { Cancer = "chronic myeloid leukemia", Stage = "chronic phase" });
        Assert.That(Check(new StageFact(value, Req, 0, 0), p), Is.EqualTo(expected));
    }

    [Test]
    public void Stage_NotGiven_IsUnknownWithAQuestion()
    {
        var o = CriterionEvaluator.Evaluate(new StageFact("IV", Req, 0, 0), Patient(x => x with { Stage = null }));
        Assert.That(o.Outcome, Is.EqualTo(Outcome.Unknown));
        Assert.That(o.FindOut, Does.Contain("stage"));
    }

    [TestCase(1, null, false, Outcome.Met)]
    [TestCase(2, null, false, Outcome.NotMet)]
    [TestCase(0, 0, false, Outcome.NotMet)]
    [TestCase(null, 2, false, Outcome.Met)]
    [TestCase(1, 3, true, Outcome.Met)]
    public void PriorLines_OneLineWithProgression(int? min, int? max, bool progression, Outcome expected) =>
        Assert.That(Check(new PriorLinesFact(min, max, "any", progression, Req, 0, 0)), Is.EqualTo(expected));

    [Test]
    public void PriorLines_NoHistoryGiven_IsUnknown() =>
        Assert.That(Check(new PriorLinesFact(1, null, "any", false, Req, 0, 0), Patient(x => x with { TreatmentHistory = [] })), Is.EqualTo(Outcome.Unknown));

    [Test]
    public void PriorLines_TypedZero_MeetsTreatmentNaive() =>
        Assert.That(Check(new PriorLinesFact(0, 0, "any", false, Req, 0, 0), Patient(x => x with { TreatmentHistory = [], PriorLines = 0 })), Is.EqualTo(Outcome.Met));

    [TestCase("platinum", true, false, Req, Outcome.Met)]
    [TestCase("anti_pd1_pdl1", true, true, Req, Outcome.Met)]
    [TestCase("docetaxel", false, false, Req, Outcome.NotMet)]
    [TestCase("anti_pd1_pdl1", true, false, Exc, Outcome.NotMet)]
    [TestCase("egfr_tki", true, false, Exc, Outcome.Met)]
    [TestCase("pembrolizumab", false, false, Exc, Outcome.NotMet)]
    public void Exposure_ByDrugAndClass(string therapy, bool isClass, bool progression, Polarity polarity, Outcome expected) =>
        Assert.That(Check(new PriorExposureFact(therapy, isClass, progression, polarity, 0, 0)), Is.EqualTo(expected));

    [Test]
    public void Exposure_ProgressedOnRequiredButStoppedForIntolerance_IsNotMet()
    {
        var p = Patient(x => x with { TreatmentHistory = [new TreatmentEntry { Regimen = "osimertinib", Stopped = StopReason.Intolerance }] });
        Assert.That(Check(new PriorExposureFact("egfr_tki", true, true, Req, 0, 0), p), Is.EqualTo(Outcome.NotMet));
        Assert.That(Check(new PriorExposureFact("egfr_tki", true, false, Req, 0, 0), p), Is.EqualTo(Outcome.Met));
    }

    [TestCase("KRAS", "G12C", "positive", Req, Outcome.Met)]
    [TestCase("KRAS", "G12D", "positive", Req, Outcome.NotMet)]
    [TestCase("KRAS", null, "positive", Req, Outcome.Met)]
    [TestCase("EGFR", "L858R", "positive", Req, Outcome.NotMet)]
    [TestCase("EGFR", null, "positive", Exc, Outcome.Met)]
    [TestCase("EGFR", null, "negative", Req, Outcome.Met)]
    [TestCase("KRAS", null, "positive", Exc, Outcome.NotMet)]
    [TestCase("CLDN18.2", null, "positive", Req, Outcome.Unknown)]
    [TestCase("ALK", "fusion", "positive", Exc, Outcome.Unknown)]
    public void Biomarker_StatusAndAlteration(string gene, string? alteration, string status, Polarity polarity, Outcome expected) =>
        Assert.That(Check(new BiomarkerFact(gene, alteration, status, null, polarity, 0, 0)), Is.EqualTo(expected));

    [TestCase(50, Outcome.Met)]
    [TestCase(75, Outcome.NotMet)]
    public void Biomarker_PdL1Threshold(double threshold, Outcome expected) =>
        Assert.That(Check(new BiomarkerFact("PD-L1", null, "positive", new BiomarkerThreshold("TPS", ">=", threshold), Req, 0, 0)), Is.EqualTo(expected));

    [Test]
    public void Biomarker_UnknownGene_AsksWhetherTheTumourWasTested()
    {
        var o = CriterionEvaluator.Evaluate(new BiomarkerFact("CLDN18.2", null, "positive", null, Req, 0, 0), Patient());
        Assert.That(o.FindOut, Is.EqualTo("Ask whether the tumour was tested for CLDN18.2."));
    }

    [TestCase(18.0, null, Outcome.Met)]
    [TestCase(18.0, 60.0, Outcome.NotMet)]
    [TestCase(65.0, null, Outcome.NotMet)]
    public void Age_Bounds(double? min, double? max, Outcome expected) =>
        Assert.That(Check(new AgeFact(min, max, Req, 0, 0)), Is.EqualTo(expected));

    [TestCase("female", Outcome.Met)]
    [TestCase("male", Outcome.NotMet)]
    public void Sex_Restriction(string value, Outcome expected) => Assert.That(Check(new SexFact(value, Req, 0, 0)), Is.EqualTo(expected));

    [TestCase(0, 1, Outcome.Met)]
    [TestCase(0, 0, Outcome.NotMet)]
    public void Performance_Ecog(int min, int max, Outcome expected) =>
        Assert.That(Check(new PerformanceStatusFact("ecog", min, max, min, max, Req, 0, 0)), Is.EqualTo(expected));

    [Test]
    public void Performance_KarnofskyProfileAgainstEcogRange_Converts()
    {
        var p = Patient(x => x with { Ecog = null, Karnofsky = 70 });
        Assert.That(Check(new PerformanceStatusFact("ecog", 0, 1, 0, 1, Req, 0, 0), p), Is.EqualTo(Outcome.Met));
        Assert.That(Check(new PerformanceStatusFact("karnofsky", 80, 100, 0, 1, Req, 0, 0), Patient(x => x with { Ecog = null, Karnofsky = 60 })), Is.EqualTo(Outcome.NotMet));
    }

    [Test]
    public void Performance_NotGiven_AsksForEcog()
    {
        var o = CriterionEvaluator.Evaluate(new PerformanceStatusFact("ecog", 0, 1, 0, 1, Req, 0, 0), Patient(x => x with { Ecog = null }));
        Assert.That(o.Outcome, Is.EqualTo(Outcome.Unknown));
        Assert.That(o.FindOut, Does.StartWith("Your ECOG performance status is needed"));
    }

    [TestCase("excluded", BrainMetastases.TreatedStable, Outcome.NotMet)]
    [TestCase("excluded_unless_treated_stable", BrainMetastases.TreatedStable, Outcome.Met)]
    [TestCase("excluded_unless_treated_stable", BrainMetastases.Active, Outcome.NotMet)]
    [TestCase("excluded", BrainMetastases.None, Outcome.Met)]
    [TestCase("required", BrainMetastases.None, Outcome.NotMet)]
    [TestCase("allowed", BrainMetastases.Active, Outcome.Met)]
    public void BrainMetastases_Rules(string rule, BrainMetastases status, Outcome expected) =>
        Assert.That(Check(new BrainMetastasesFact(rule, Exc, 0, 0), Patient(x => x with { BrainMetastases = status })), Is.EqualTo(expected));

    [Test]
    public void BrainMetastases_NotGiven_IsUnknown() =>
        Assert.That(Check(new BrainMetastasesFact("excluded", Exc, 0, 0), Patient(x => x with { BrainMetastases = null })), Is.EqualTo(Outcome.Unknown));

    [TestCase(true, Outcome.Met)]
    [TestCase(false, Outcome.NotMet)]
    [TestCase(null, Outcome.Unknown)]
    public void Measurable_Required(bool? measurable, Outcome expected) =>
        Assert.That(Check(new MeasurableDiseaseFact("required", "RECIST1.1", Req, 0, 0), Patient(x => x with { MeasurableDisease = measurable })), Is.EqualTo(expected));

    private static readonly object[] FamilyCases =
    [
        new object[] { new[] { new BiomarkerResult("BRCA2", "germline", BiomarkerStatus.Positive) }, Outcome.NotMet },
        new object[] { new[] { new BiomarkerResult("BRCA1", null, BiomarkerStatus.Negative), new BiomarkerResult("BRCA2", null, BiomarkerStatus.Negative) }, Outcome.Met },
        new object[] { new[] { new BiomarkerResult("BRCA1", null, BiomarkerStatus.Negative), new BiomarkerResult("BRCA2", null, BiomarkerStatus.Unknown) }, Outcome.Unknown },
    ];

    [TestCaseSource(nameof(FamilyCases))]
    public void Biomarker_GeneFamily_AnsweredByItsMembers(BiomarkerResult[] results, Outcome expected) =>
        Assert.That(Check(new BiomarkerFact("BRCA", "mutation", "positive", null, Polarity.Excluded, 0, 0), Patient(x => x with { Biomarkers = results })), Is.EqualTo(expected));

    [Test]
    public void Evaluate_CohortLabelledParts_AreAlternatives()
    {
        const string text = "Cohort A: no prior osimertinib. Cohort B: prior osimertinib";
        var criterion = new Criterion(0, CriterionSection.Inclusion, text, 0, text.Length, null, null,
            [new PriorExposureFact("osimertinib", false, false, Polarity.Excluded, 10, 11), new PriorExposureFact("osimertinib", false, false, Req, 47, 11)], CriterionStatus.Read);
        var e = CriterionEvaluator.Evaluate(new ParsedCriteria([criterion]), Patient());
        Assert.That(e.Criteria.Single().Outcome, Is.EqualTo(Outcome.Met));
    }

    [Test]
    public void Evaluate_ItemEndingInOr_IsAnAlternativeToTheNext()
    {
        var first = new Criterion(0, CriterionSection.Inclusion, "Three or more prior lines; OR", 0, 29, null, null,
            [new PriorLinesFact(3, null, "any", false, Req, 0, 10)], CriterionStatus.Read);
        var second = new Criterion(1, CriterionSection.Inclusion, "Exactly one prior line with early relapse", 30, 41, null, null,
            [new PriorLinesFact(1, 1, "any", false, Req, 0, 10)], CriterionStatus.Read);
        var e = CriterionEvaluator.Evaluate(new ParsedCriteria([first, second]), Patient());
        Assert.That(e.Criteria.Select(c => c.Outcome), Is.All.EqualTo(Outcome.Met));
    }

    private const string OneOfTheFollowing = """
        Inclusion Criteria:
        - Must meet one of the following:
          - Age 70 years or older
          - ECOG performance status 0-1
        - Measurable disease
        """;

    [Test]
    public void Evaluate_ItemsUnderOneOfTheFollowing_AreAlternatives()
    {
        // 63 years old with ECOG 1: the age item is not met, the ECOG item is, and one is all the list asks for.
        var e = CriterionEvaluator.Evaluate(EligibilityParser.Parse(OneOfTheFollowing), Patient());
        var age = e.Criteria.Single(c => c.Text.StartsWith("Age", StringComparison.Ordinal));
        Assert.That(age.Outcome, Is.EqualTo(Outcome.Met));
        Assert.That(age.Facts.Single().Reason, Does.Contain("an alternative"));
        Assert.That(e.Verdict, Is.Not.EqualTo(Verdict.NotEligible));
    }

    [Test]
    public void Evaluate_ItemsUnderOneOfTheFollowing_NoneMet_IsNotEligible()
    {
        var e = CriterionEvaluator.Evaluate(EligibilityParser.Parse(OneOfTheFollowing), Patient(x => x with { Ecog = 2 }));
        Assert.That(e.Verdict, Is.EqualTo(Verdict.NotEligible));
        Assert.That(e.Criteria.Where(c => c.Text.StartsWith("Age", StringComparison.Ordinal) || c.Text.StartsWith("ECOG", StringComparison.Ordinal)).Select(c => c.Outcome),
            Is.All.EqualTo(Outcome.NotMet));
    }

    [Test]
    public void Evaluate_ItemsUnderAnExcludingParent_StayEachExcluded()
    {
        const string text = """
            Exclusion Criteria:
            - Any of the following:
              - Age 70 years or older
              - ECOG performance status 0-1
            """;
        var e = CriterionEvaluator.Evaluate(EligibilityParser.Parse(text), Patient());
        Assert.That(e.Verdict, Is.EqualTo(Verdict.NotEligible));
    }

    [Test]
    public void Evaluate_LeptomeningealOnly_TreatedBrainMetsAreUnknown()
    {
        var criterion = new Criterion(0, CriterionSection.Exclusion, "Leptomeningeal carcinomatosis", 0, 29, null, null,
            [new BrainMetastasesFact("excluded", Polarity.Excluded, 0, 29)], CriterionStatus.Read);
        var e = CriterionEvaluator.Evaluate(new ParsedCriteria([criterion]), Patient(x => x with { BrainMetastases = BrainMetastases.TreatedStable }));
        Assert.That(e.Criteria.Single().Outcome, Is.EqualTo(Outcome.Unknown));
    }

    [Test]
    public void ToReview_NeverCountsAsMet() =>
        Assert.That(Check(new ToReviewFact("organ_function", Req, 0, 0)), Is.EqualTo(Outcome.ToReview));

    [Test]
    public void Evaluate_StageAlternativesInOneCriterion_AreOred()
    {
        var criterion = new Criterion(0, CriterionSection.Inclusion, "Stage IIIB or IV NSCLC", 0, 22, null, null,
            [new CancerTypeFact("NSCLC", Req, 0, 0), new StageFact("IIIB", Req, 0, 0), new StageFact("IV", Req, 0, 0)], CriterionStatus.Read);
        var e = CriterionEvaluator.Evaluate(new ParsedCriteria([criterion]), Patient());
        Assert.That(e.Criteria.Single().Outcome, Is.EqualTo(Outcome.Met));
        Assert.That(e.Verdict, Is.EqualTo(Verdict.Eligible));
    }

    [Test]
    public void Evaluate_CohortsForOtherBiomarkers_DoNotExcludeAPatientWhoFitsOne()
    {
        ParsedCriteria parsed = new([
            new Criterion(0, CriterionSection.Inclusion, "Cohort A: EGFR mutation", 0, 1, null, null, [new BiomarkerFact("EGFR", "mutation", "positive", null, Req, 0, 0)], CriterionStatus.Read),
            new Criterion(1, CriterionSection.Inclusion, "Cohort B: KRAS G12C", 0, 1, null, null, [new BiomarkerFact("KRAS", "G12C", "positive", null, Req, 0, 0)], CriterionStatus.Read),
        ]);
        var e = CriterionEvaluator.Evaluate(parsed, Patient());
        Assert.That(e.Verdict, Is.EqualTo(Verdict.Eligible));
        Assert.That(e.BiomarkerBuiltFor, Is.True);
    }

    [Test]
    public void Evaluate_UnknownThatMatters_GivesPossiblyEligible_AndReviewItemsAreCounted()
    {
        ParsedCriteria parsed = new([
            new Criterion(0, CriterionSection.Inclusion, "CLDN18.2 positive", 0, 1, null, null, [new BiomarkerFact("CLDN18.2", null, "positive", null, Req, 0, 0)], CriterionStatus.Read),
            new Criterion(1, CriterionSection.Inclusion, "Adequate organ function", 0, 1, null, null, [new ToReviewFact("organ_function", Req, 0, 0)], CriterionStatus.ToReview),
            new Criterion(2, CriterionSection.Inclusion, "Willing to travel", 0, 1, null, null, [], CriterionStatus.Unread),
        ]);
        var e = CriterionEvaluator.Evaluate(parsed, Patient());
        Assert.That(e.Verdict, Is.EqualTo(Verdict.PossiblyEligible));
        Assert.That(e.Criteria.Select(c => c.Outcome), Is.EqualTo(new[] { Outcome.Unknown, Outcome.ToReview, Outcome.Unread }));
    }

    [Test]
    public void Evaluate_HardExclusion_GivesNotEligible()
    {
        ParsedCriteria parsed = new([
            new Criterion(0, CriterionSection.Exclusion, "Prior anti-PD-1 therapy", 0, 1, null, null, [new PriorExposureFact("anti_pd1_pdl1", true, false, Exc, 0, 0)], CriterionStatus.Read),
        ]);
        Assert.That(CriterionEvaluator.Evaluate(parsed, Patient()).Verdict, Is.EqualTo(Verdict.NotEligible));
    }

    private static CriterionOutcome Single(string text, CriterionSection section, PatientContext patient)
    {
        var parsed = new ParsedCriteria([new Criterion(0, section, text, 0, text.Length, null, null, EligibilityParser.ParseCriterion(text, section), CriterionStatus.Read)]);
        return CriterionEvaluator.Evaluate(parsed, patient).Criteria.Single();
    }

    private static PatientContext Cml(string regimen, StopReason stopped) => Patient(x => x with
    {
        Cancer = "chronic myeloid leukemia", Stage = "chronic phase",
        Biomarkers = [new BiomarkerResult("BCR-ABL1", null, BiomarkerStatus.Positive)],
        TreatmentHistory = [new TreatmentEntry { Regimen = regimen, Setting = "first-line", Stopped = stopped }],
    });

    [Test]
    public void Evaluate_NewlyDiagnosedAndPhase_AreBothRequired()
    {
        // Two stage families in one sentence are two conditions: a pretreated chronic-phase patient is not newly diagnosed.
        var outcome = Single("Newly diagnosed chronic myelogenous leukemia in chronic phase", CriterionSection.Inclusion, Cml("imatinib", StopReason.Intolerance));
        Assert.That(outcome.Outcome, Is.EqualTo(Outcome.NotMet));
    }

    [Test]
    public void Evaluate_StageNumbersAndInoperable_AreBothRequired()
    {
        // "stage IIIA or IIIB ... inoperable" does not admit a stage IV patient because stage IV is inoperable too.
        var outcome = Single("Stage IIIA or IIIB non-small cell lung cancer that is inoperable", CriterionSection.Inclusion, Patient());
        Assert.That(outcome.Outcome, Is.EqualTo(Outcome.NotMet));
    }

    [TestCase("Recurrent or metastatic non-small cell lung cancer")]
    [TestCase("Unresectable or metastatic non-small cell lung cancer")]
    [TestCase("Stage IIIB, IV, or recurrent non-small cell lung cancer")]
    public void Evaluate_StageFamiliesJoinedByOr_AreAlternatives(string text)
    {
        var unresectableStageIII = Patient(x => x with { Stage = "IIIB", TreatmentHistory = [] });
        var stageIV = Patient();
        Assert.Multiple(() =>
        {
            Assert.That(Single(text, CriterionSection.Inclusion, stageIV).Outcome, Is.EqualTo(Outcome.Met), "stage IV");
            Assert.That(Single(text, CriterionSection.Inclusion, unresectableStageIII).Outcome, Is.Not.EqualTo(Outcome.NotMet), "stage IIIB");
        });
    }

    [Test]
    public void Evaluate_ExcludedBroadClassContainingTheRequiredOne_MeansOtherMembers()
    {
        ParsedCriteria parsed = new([
            new Criterion(0, CriterionSection.Inclusion, "Progressed after anti-PD-1 therapy", 0, 1, null, null, [new PriorExposureFact("anti_pd1_pdl1", true, true, Req, 0, 0)], CriterionStatus.Read),
            new Criterion(1, CriterionSection.Exclusion, "Other prior immunotherapy", 0, 1, null, null, [new PriorExposureFact("immunotherapy", true, false, Exc, 0, 0)], CriterionStatus.Read),
        ]);
        var afterPembrolizumab = CriterionEvaluator.Evaluate(parsed, Patient());
        var afterPembrolizumabAndIpilimumab = CriterionEvaluator.Evaluate(parsed, Patient(x => x with
        {
            TreatmentHistory = [new TreatmentEntry { Regimen = "ipilimumab + pembrolizumab", Setting = "first-line metastatic", Stopped = StopReason.Progression }],
        }));
        Assert.Multiple(() =>
        {
            Assert.That(afterPembrolizumab.Verdict, Is.EqualTo(Verdict.Eligible));
            Assert.That(afterPembrolizumabAndIpilimumab.Criteria[1].Outcome, Is.EqualTo(Outcome.NotMet));
        });
    }

    [TestCase("IV", false, "IV", 4)]
    [TestCase("4", false, "IV", 4)]
    [TestCase("stage 2B", false, "IIB", 2)]
    [TestCase("4S", false, null, null)]
    public void PatientStage_RomanOrArabic_GivesTheAjccGroup(string text, bool hematologic, string? ajcc, int? group)
    {
        var stage = PatientStage.Parse(text, hematologic);
        Assert.Multiple(() =>
        {
            Assert.That(stage.Ajcc, Is.EqualTo(ajcc));
            Assert.That(stage.Group, Is.EqualTo(group));
        });
    }

    [Test]
    public void Evaluate_PlatinumResistantButNotRefractory_DecidedByTheRegimenThatProgressed()
    {
        const string text = "Platinum-resistant disease: progression within 6 months after the last dose of platinum (platinum-refractory disease, i.e. progression during platinum, is excluded)";
        PatientContext Ovarian(StopReason platinumStopped) => Patient(x => x with
        {
            Cancer = "high-grade serous ovarian cancer", Stage = "IIIC", Biomarkers = [],
            TreatmentHistory =
            [
                new TreatmentEntry { Regimen = "carboplatin + paclitaxel", Setting = "first-line", Stopped = platinumStopped },
                new TreatmentEntry { Regimen = "pegylated liposomal doxorubicin", Setting = "second-line", Stopped = StopReason.Progression },
            ],
        });
        Assert.Multiple(() =>
        {
            Assert.That(Single(text, CriterionSection.Inclusion, Ovarian(StopReason.Completed)).Outcome, Is.Not.EqualTo(Outcome.NotMet), "progressed after platinum ended");
            Assert.That(Single(text, CriterionSection.Inclusion, Ovarian(StopReason.Progression)).Outcome, Is.EqualTo(Outcome.NotMet), "progressed during platinum");
        });
    }
}
