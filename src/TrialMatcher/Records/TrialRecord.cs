using System.Text.Json.Serialization;

namespace TrialMatcher.Records;

/// <summary>
/// One clinical study, normalised from whichever source format it came in. Immutable; every list is
/// empty rather than null, and every optional scalar is null when the source did not give it.
/// Values are kept as the registry spells them (upper snake case for API v2 enumerations) so nothing is lost;
/// <see cref="StudyVocabulary"/> maps legacy spellings onto the same values.
/// </summary>
public sealed record TrialRecord
{
    public required string NctId { get; init; }
    public string? BriefTitle { get; init; }
    public string? OfficialTitle { get; init; }
    /// <summary>API v2 spelling (RECRUITING, COMPLETED, ...) or the source's own text when it is not a known value.</summary>
    public string? OverallStatus { get; init; }
    /// <summary>API v2 spelling: EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4, NA.</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];
    /// <summary>INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS, or the source text (e.g. a legacy registry subtype is kept in <see cref="StudyTypeDetail"/>).</summary>
    public string? StudyType { get; init; }
    public string? StudyTypeDetail { get; init; }
    public IReadOnlyList<string> Conditions { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> MeshTerms { get; init; } = [];
    public IReadOnlyList<Intervention> Interventions { get; init; } = [];
    public string? BriefSummary { get; init; }
    public string? EligibilityCriteria { get; init; }
    public AgeLimit MinimumAge { get; init; } = AgeLimit.Missing;
    public AgeLimit MaximumAge { get; init; } = AgeLimit.Missing;
    /// <summary>ALL, FEMALE, MALE, or null when not stated.</summary>
    public string? Sex { get; init; }
    public bool? HealthyVolunteers { get; init; }
    public IReadOnlyList<Location> Locations { get; init; } = [];
    public IReadOnlyList<Contact> CentralContacts { get; init; } = [];
    public PartialDate? StartDate { get; init; }
    public PartialDate? LastUpdatePosted { get; init; }
    public string? LeadSponsor { get; init; }
    /// <summary>Where the record came from, for messages: file path and entry.</summary>
    public string? Origin { get; init; }

    [JsonIgnore]
    public string DisplayTitle => BriefTitle ?? OfficialTitle ?? NctId;
}

public sealed record Intervention(string? Type, string Name, IReadOnlyList<string> OtherNames);

public sealed record Location
{
    public string? Facility { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? Zip { get; init; }
    public string? Country { get; init; }
    /// <summary>Site recruitment status in API v2 spelling (RECRUITING, NOT_YET_RECRUITING, ...).</summary>
    public string? Status { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public Contact? Contact { get; init; }
}

public sealed record Contact(string? Name, string? Phone, string? Email);
