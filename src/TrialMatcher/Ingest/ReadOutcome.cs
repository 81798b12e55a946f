using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

/// <summary>What a reader produced for one entry of its input: a record, or a problem that explains why not.</summary>
public abstract record ReadOutcome;

/// <summary>A record read successfully. <paramref name="UnknownValues"/> lists values kept as text because the
/// vocabulary does not know them (they are counted, never rejected).</summary>
public sealed record RecordRead(TrialRecord Record, IReadOnlyList<UnknownValue> UnknownValues) : ReadOutcome;

/// <summary>An entry that could not be turned into a record; the run goes on.</summary>
public sealed record RecordRejected(IngestProblem Problem) : ReadOutcome;

/// <summary>A value outside ClinicalTrials.gov's known vocabulary, kept as the source wrote it.</summary>
public sealed record UnknownValue(string Field, string Value);

/// <summary>
/// Where and why an entry was skipped: file, entry within the file (array index, zip entry, table row),
/// NCT id when known, the field at fault, and what was expected versus found.
/// </summary>
public sealed record IngestProblem(string Source, string? Entry, string? NctId, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Entry is null ? Source : $"{Source} [{Entry}]";
        var id = NctId is null ? "" : $" {NctId}:";
        var field = Field is null ? "" : $" `{Field}`:";
        return $"{where}:{id}{field} {Message}";
    }
}
