using TrialMatcher.Eligibility;
using TrialMatcher.Index;

namespace TrialMatcher.Cli.Commands;

/// <summary>What the CLI derives from each new or changed record at ingest: parsed criteria and target cancer types.</summary>
internal static class Derivation
{
    public static readonly DocumentDeriver Default = CriteriaDeriver.Derive;
}
