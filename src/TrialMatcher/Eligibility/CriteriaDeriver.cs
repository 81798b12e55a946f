using TrialMatcher.Index;
using TrialMatcher.Records;

namespace TrialMatcher.Eligibility;

/// <summary>What ingest derives from a record: parsed criteria (stored as JSON) and the cancer types the trial targets.</summary>
public static class CriteriaDeriver
{
    /// <summary>Parses the record's criteria and computes its target cancer types. Never throws on unusual text.</summary>
    public static IndexDocument Derive(TrialRecord record)
    {
        var parsed = EligibilityParser.Parse(record.EligibilityCriteria);
        return new IndexDocument(record, CriteriaJson.Serialize(parsed), EligibilityParser.TargetCancerTypes(record, parsed));
    }
}
