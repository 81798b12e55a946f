using TrialMatcher.Records;

namespace TrialMatcher.Index;

/// <summary>
/// What the index stores for one trial: the record, plus what was derived from it at ingest (parsed criteria as
/// JSON, the cancer-type codes the trial targets). Derivation happens before the document reaches the index, and
/// only for records whose content changed.
/// </summary>
public sealed record IndexDocument(TrialRecord Record, byte[]? CriteriaJson, IReadOnlyList<string> CancerTypes);

/// <summary>Computes the derived part of a document; the index calls it only for new or changed records.</summary>
public delegate IndexDocument DocumentDeriver(TrialRecord record);

public enum UpsertOutcome { Added, Updated, Unchanged }
