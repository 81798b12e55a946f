using NUnit.Framework;
using System.Text;
using TrialMatcher.Eligibility;
using TrialMatcher.Records;

namespace TrialMatcher.Tests.Eligibility;

public sealed class CriteriaJsonTests
{
    private const string Text = """
        Inclusion Criteria:
        - Stage IV NSCLC with EGFR L858R mutation, PD-L1 TPS >= 1%
        - ECOG 0-1
        - At least one prior line of platinum-based chemotherapy
        Exclusion Criteria:
        - Untreated brain metastases
        - Age under 18
        """;

    [Test]
    public void SerializeDeserialize_RoundTrip_KeepsEveryFact()
    {
        var parsed = EligibilityParser.Parse(Text);
        var back = CriteriaJson.Deserialize(CriteriaJson.Serialize(parsed));
        Assert.That(back.Criteria, Has.Count.EqualTo(parsed.Criteria.Count));
        for (var i = 0; i < parsed.Criteria.Count; i++)
        {
            Assert.That(back.Criteria[i] with { Facts = [] }, Is.EqualTo(parsed.Criteria[i] with { Facts = [] }));
            Assert.That(back.Criteria[i].Facts, Is.EqualTo(parsed.Criteria[i].Facts));
        }
    }

    [Test]
    public void Serialize_Facts_CarryKindDiscriminatorInCamelCase()
    {
        var json = Encoding.UTF8.GetString(CriteriaJson.Serialize(EligibilityParser.Parse(Text)));
        Assert.That(json, Does.Contain("\"kind\":\"biomarker\"").And.Contain("\"kind\":\"performance_status\"").And.Contain("\"maxEcog\":1"));
        Assert.That(json, Does.Contain("\"section\":\"Inclusion\""));
    }

    [Test]
    public void Derive_Record_StoresCriteriaAndTargets()
    {
        var record = new TrialRecord
        {
            NctId = "NCT09999999",
            BriefTitle = "A study in advanced solid tumors",
            Conditions = ["Non-small Cell Lung Cancer", "Solid Tumor"],
            EligibilityCriteria = Text,
        };
        var doc = CriteriaDeriver.Derive(record);
        Assert.That(doc.CriteriaJson, Is.Not.Null);
        Assert.That(doc.CancerTypes, Does.Contain("NSCLC"));
        Assert.That(doc.CancerTypes, Does.Contain("GROUP:SOLID"), "a named group stays beside a type under it: the trial is open to every solid tumour");
    }

    [Test]
    public void TargetCancerTypes_ExclusionAndOtherMalignancy_DoNotCount()
    {
        var record = new TrialRecord { NctId = "NCT09999998", Conditions = ["Melanoma"] };
        var parsed = EligibilityParser.Parse("Inclusion Criteria:\n- Stage III melanoma\n- No other malignancy except basal cell carcinoma\nExclusion Criteria:\n- Uveal melanoma\n- Breast cancer");
        Assert.That(EligibilityParser.TargetCancerTypes(record, parsed), Is.EqualTo(new[] { "MEL" }));
    }

    [Test]
    public void TargetCancerTypes_GroupOnly_KeepsGroup()
    {
        var record = new TrialRecord { NctId = "NCT09999997", BriefTitle = "Drug X in advanced solid tumours" };
        Assert.That(EligibilityParser.TargetCancerTypes(record, ParsedCriteria.Empty), Is.EqualTo(new[] { "GROUP:SOLID" }));
    }
}
