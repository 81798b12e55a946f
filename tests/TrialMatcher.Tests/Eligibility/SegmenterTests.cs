using NUnit.Framework;
using TrialMatcher.Eligibility;

namespace TrialMatcher.Tests.Eligibility;

public sealed class SegmentationTests
{
    private const string Modern = """
        Inclusion Criteria:

          * Histologically confirmed metastatic NSCLC
          * ECOG performance status 0-1
          * Patients must have one of the following:
              - EGFR exon 19 deletion
              - EGFR L858R mutation

        Exclusion Criteria:

          1. Prior treatment with osimertinib
          2. Untreated brain metastases; patients with
             treated, stable brain metastases are eligible
        """;

    [Test]
    public void Parse_ModernLayout_SplitsSectionsAndItems()
    {
        var parsed = EligibilityParser.Parse(Modern);
        Assert.That(parsed.Criteria.Select(c => c.Section), Is.EqualTo(new[]
        {
            CriterionSection.Inclusion, CriterionSection.Inclusion, CriterionSection.Inclusion, CriterionSection.Inclusion,
            CriterionSection.Inclusion, CriterionSection.Exclusion, CriterionSection.Exclusion,
        }));
        Assert.That(parsed.Criteria[0].Text, Is.EqualTo("Histologically confirmed metastatic NSCLC"));
    }

    [Test]
    public void Parse_Offsets_IndexTheOriginalText()
    {
        var parsed = EligibilityParser.Parse(Modern);
        foreach (var c in parsed.Criteria) Assert.That(Modern.Substring(c.Start, c.Length), Is.EqualTo(c.Text));
    }

    [Test]
    public void Parse_NestedItems_KeepParentText()
    {
        var parsed = EligibilityParser.Parse(Modern);
        var child = parsed.Criteria.Single(c => c.Text == "EGFR L858R mutation");
        Assert.That(child.ParentText, Is.EqualTo("Patients must have one of the following:"));
        Assert.That(child.Facts.OfType<BiomarkerFact>().Single(), Has.Property("Gene").EqualTo("EGFR").And.Property("Alteration").EqualTo("L858R"));
    }

    [Test]
    public void Parse_WrappedLine_JoinsIntoOneCriterion()
    {
        var last = EligibilityParser.Parse(Modern).Criteria[^1];
        Assert.That(last.Text, Does.StartWith("Untreated brain metastases").And.EndWith("are eligible"));
        Assert.That(last.Facts.OfType<BrainMetastasesFact>().Single().Rule, Is.EqualTo("excluded_unless_treated_stable"));
    }

    private const string Nci = """

                DISEASE CHARACTERISTICS:

                  -  Histologically confirmed adenocarcinoma of the pancreas

                PATIENT CHARACTERISTICS:

                Age:

                  -  18 and over

                Performance status:

                  -  Zubrod 0-2

                Hepatic:

                  -  Bilirubin no greater than 1.5 mg/dL

                PRIOR CONCURRENT THERAPY:

                  -  No prior chemotherapy
        """;

    [Test]
    public void Parse_NciLayout_ReadsSubHeadingsAsContext()
    {
        var parsed = EligibilityParser.Parse(Nci);
        Assert.That(parsed.Criteria, Has.Count.EqualTo(5));
        Assert.That(parsed.Criteria.All(c => c.Section == CriterionSection.Inclusion), Is.True);
        Assert.That(parsed.Criteria[1].Heading, Is.EqualTo("Age"));
        Assert.That(parsed.Criteria[1].Facts.OfType<AgeFact>().Single().MinYears, Is.EqualTo(18));
        Assert.That(parsed.Criteria[2].Facts.OfType<PerformanceStatusFact>().Single(), Has.Property("Scale").EqualTo("ecog").And.Property("MaxEcog").EqualTo(2));
        Assert.That(parsed.Criteria[3].Status, Is.EqualTo(CriterionStatus.ToReview));
        var exposure = parsed.Criteria[4].Facts.OfType<PriorExposureFact>().Single();
        Assert.That((exposure.Therapy, exposure.Polarity), Is.EqualTo(("chemotherapy", Polarity.Excluded)));
    }

    [Test]
    public void Parse_FlattenedNciParagraph_SplitsAtInlineSubHeadings()
    {
        const string text = "PATIENT CHARACTERISTICS: Age: 18 and over Performance status: Karnofsky 70-100% Life expectancy: At least 12 weeks";
        var parsed = EligibilityParser.Parse(text);
        Assert.That(parsed.Criteria.Select(c => c.Heading), Is.EqualTo(new[] { "Age", "Performance status", "Life expectancy" }));
        Assert.That(parsed.Criteria[1].Facts.OfType<PerformanceStatusFact>().Single(), Has.Property("Min").EqualTo(70).And.Property("MaxEcog").EqualTo(1));
    }

    [TestCase("INCLUSION CRITERIA\n- Stage IV melanoma\nEXCLUSION CRITERIA\n- Prior ipilimumab")]
    [TestCase("Key inclusion criteria:\n- Stage IV melanoma\nKey exclusion criteria:\n- Prior ipilimumab")]
    [TestCase("Inclusion Criteria:\n\n• Stage IV melanoma\n\nExclusion Criteria:\n\n• Prior ipilimumab")]
    public void Parse_HeadingSpellings_SetSections(string text)
    {
        var parsed = EligibilityParser.Parse(text);
        Assert.That(parsed.Criteria.Select(c => (c.Section, c.Text)), Is.EqualTo(new[]
        {
            (CriterionSection.Inclusion, "Stage IV melanoma"),
            (CriterionSection.Exclusion, "Prior ipilimumab"),
        }));
        Assert.That(parsed.Criteria[1].Facts.OfType<PriorExposureFact>().Single().Polarity, Is.EqualTo(Polarity.Excluded));
    }

    [Test]
    public void Parse_NoHeadings_SectionIsUnknownAndNothingDropped()
    {
        var parsed = EligibilityParser.Parse("Must be able to attend clinic visits.\n\nSomething nobody can parse here.");
        Assert.That(parsed.Criteria, Has.Count.EqualTo(2));
        Assert.That(parsed.Criteria.All(c => c.Section == CriterionSection.Unknown), Is.True);
        Assert.That(parsed.Criteria[1].Status, Is.EqualTo(CriterionStatus.Unread));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \r\n  ")]
    public void Parse_Blank_ReturnsEmpty(string? text) => Assert.That(EligibilityParser.Parse(text).Criteria, Is.Empty);

    [TestCase("((((((")]
    [TestCase("stage stage stage - - - , , or or")]
    [TestCase("ECOG ≤")]
    [TestCase("age: -5 years; ≥≥≥ 999999999999999999999 years")]
    [TestCase("HER2 3+ 2+ 1+ 0 - + ++ +++ TPS ≥ % CPS")]
    [TestCase("No prior\u0000chemotherapy\uFFFF")]
    public void Parse_OddText_DoesNotThrow(string text) => Assert.DoesNotThrow(() => EligibilityParser.Parse(text));
}
