using TrialMatcher.Index;

namespace TrialMatcher.Cli.Commands;

/// <summary>What the CLI derives from each new or changed record at ingest.</summary>
internal static class Derivation
{
    public static readonly DocumentDeriver Default = record => new IndexDocument(record, null, []);
}
