using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

/// <summary>
/// Shared by every reader: turns the raw strings a source gives into a <see cref="TrialRecord"/>, normalising
/// vocabulary values (unknown ones are kept and listed) and rejecting only what cannot be stored: no NCT id,
/// an age that is not a duration.
/// </summary>
internal sealed class RecordAssembler(string source, string? entry)
{
    private readonly List<UnknownValue> _unknown = [];
    private IngestProblem? _problem;

    public string? NctId { get; private set; }

    public bool SetNctId(string? value)
    {
        var id = value?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            Fail(null, "nctId", "the record has no NCT id");
            return false;
        }
        if (!NctIdPattern.IsValid(id))
        {
            Fail(id, "nctId", $"expected an id of the form NCT followed by 8 digits, got '{id}'");
            return false;
        }
        NctId = id.ToUpperInvariant();
        return true;
    }

    public string? Status(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var n = StudyVocabulary.Status(text);
        if (!n.IsKnown) _unknown.Add(new("overallStatus", text.Trim()));
        return n.Value;
    }

    public IReadOnlyList<string> Phases(IEnumerable<string?> texts)
    {
        var result = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var (phases, unknown) = StudyVocabulary.PhaseList(text);
            foreach (var p in phases) if (!result.Contains(p)) result.Add(p);
            foreach (var u in unknown) { _unknown.Add(new("phase", u)); if (!result.Contains(u)) result.Add(u); }
        }
        return result;
    }

    public (string? Type, string? Detail) StudyType(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var (type, detail) = StudyVocabulary.StudyType(text);
        if (!type.IsKnown) _unknown.Add(new("studyType", text.Trim()));
        return (type.Value, detail);
    }

    public string? Sex(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var n = StudyVocabulary.Sex(text);
        if (!n.IsKnown) _unknown.Add(new("sex", text.Trim()));
        return n.Value;
    }

    public AgeLimit Age(string field, string? text)
    {
        var parsed = AgeLimit.Parse(text);
        if (parsed.Success) return parsed.Value!;
        Fail(NctId, field, parsed.Error!);
        return AgeLimit.Missing;
    }

    /// <summary>A date that cannot be read is kept out of the record and noted, not fatal: dates are for display.</summary>
    public PartialDate? Date(string field, string? text)
    {
        var parsed = PartialDate.Parse(text);
        if (parsed.Success) return parsed.Value;
        _unknown.Add(new(field, text!.Trim()));
        return null;
    }

    public void Fail(string? nctId, string? field, string message) =>
        _problem ??= new IngestProblem(source, entry, nctId ?? NctId, field, message);

    public ReadOutcome Finish(Func<TrialRecord> build) =>
        _problem is not null ? new RecordRejected(_problem) : new RecordRead(build(), _unknown);

    public bool Failed => _problem is not null;
}

public static class NctIdPattern
{
    public static bool IsValid(string id) =>
        id.Length == 11 && id.StartsWith("NCT", StringComparison.OrdinalIgnoreCase) && id.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;
}
