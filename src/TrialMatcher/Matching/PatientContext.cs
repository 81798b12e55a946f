using TrialMatcher.Eligibility;
using TrialMatcher.Patients;

namespace TrialMatcher.Matching;

/// <summary>
/// A profile made ready for matching: the cancer normalised to a vocabulary code (with suggestions when it is not
/// recognised), the treatment history turned into lines and exposures, the stage parsed. Built once per match.
/// </summary>
public sealed record PatientContext
{
    public required PatientProfile Profile { get; init; }
    public string? CancerCode { get; init; }
    public string? CancerName { get; init; }
    public IReadOnlyList<string> CancerSuggestions { get; init; } = [];
    /// <summary>The patient's code and every broader type or group that includes it (LUAD, NSCLC, LUNG, GROUP:SOLID, GROUP:ANY).</summary>
    public IReadOnlySet<string> Within { get; init; } = new HashSet<string>();
    /// <summary>The same codes as <see cref="Within"/>, nearest first (LUAD, NSCLC, LUNG, ...), for ranking by specificity.</summary>
    public IReadOnlyList<string> WithinNearestFirst { get; init; } = [];
    /// <summary>Narrower types of the patient's code (a trial for LUAD is a possible fit for "NSCLC, type not given").</summary>
    public IReadOnlySet<string> Narrower { get; init; } = new HashSet<string>();
    public required TreatmentSummary Treatment { get; init; }
    public required PatientStage Stage { get; init; }
    public bool Hematologic { get; init; }

    /// <summary>Whether the history is known at all: a typed line count, or any entry (an empty history with no count is unknown).</summary>
    public bool HistoryKnown => Profile.PriorLines is not null || Profile.TreatmentHistory.Count > 0;

    /// <summary>
    /// The patient's result for <paramref name="gene"/>. A family name the trial uses ("BRCA", "IDH", "FGFR") stands for
    /// its numbered members ("BRCA1", "BRCA2"): a positive member answers first, then an untested one.
    /// </summary>
    public BiomarkerResult? Biomarker(string gene)
    {
        // Asked for every biomarker fact of every candidate: answered once per gene. The cache belongs to one profile
        // (a `with` copy that changes the profile starts its own).
        var cache = _biomarkers;
        if (cache is null || !ReferenceEquals(cache.Profile, Profile)) _biomarkers = cache = new BiomarkerCache(Profile);
        return cache.Results.GetOrAdd(gene, g => new(Lookup(g))).Result;
    }

    private BiomarkerCache? _biomarkers;

    private sealed record BiomarkerCache(PatientProfile Profile)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, Answer> Results { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private sealed record Answer(BiomarkerResult? Result);

    private BiomarkerResult? Lookup(string gene)
    {
        var exact = Profile.Biomarkers.FirstOrDefault(b => string.Equals(b.Gene, gene, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var members = Profile.Biomarkers.Where(b => IsFamilyMember(b.Gene, gene)).ToList();
        // Negative only when every member tested is negative; an untested member leaves it unknown.
        return members.FirstOrDefault(b => b.Status == BiomarkerStatus.Positive) ?? members.FirstOrDefault(b => b.Status == BiomarkerStatus.Unknown) ?? members.FirstOrDefault();
    }

    private static bool IsFamilyMember(string member, string family) =>
        member.Length > family.Length && member.StartsWith(family, StringComparison.OrdinalIgnoreCase) && member.AsSpan(family.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    public static PatientContext Create(PatientProfile profile, CancerTypeVocabulary? cancers = null, TherapyVocabulary? therapies = null)
    {
        cancers ??= CancerTypeVocabulary.Default;
        therapies ??= TherapyVocabulary.Default;
        CancerType? type = null;
        if (profile.CancerCode is { Length: > 0 } code) type = cancers.Get(code.ToUpperInvariant()) ?? cancers.Get(code) ?? cancers.Normalise(code);
        if (type is null && profile.Cancer is { Length: > 0 } text) type = cancers.Normalise(text);
        var within = type is null ? new HashSet<string>() : cancers.AncestorsAndSelf(type.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var narrower = type is null ? new HashSet<string>() : cancers.Descendants(type.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hematologic = within.Contains("GROUP:HEME") || within.Contains("GROUP:LYMPHOMA") || within.Contains("GROUP:LEUKEMIA");
        var treatment = LinesOfTherapy.Derive(
            profile.TreatmentHistory,
            drug => therapies.FindDrug(drug) is { } t ? therapies.ClassesOf(t.Id).Append(t.Id).ToList()
                // Not a drug name: read therapy words in it ("induction chemotherapy", "CAR-T") as their classes.
                : therapies.Find(drug).SelectMany(m => therapies.ClassesOf(m.Therapy.Id).Append(m.Therapy.Id)).Distinct(StringComparer.Ordinal).ToList(),
            drug => therapies.FindDrug(drug) is { IsClass: false } t ? t.Id : drug.ToLowerInvariant(),
            profile.PriorLines);
        return new PatientContext
        {
            Profile = profile,
            CancerCode = type?.Code,
            CancerName = type?.Name,
            CancerSuggestions = type is null && (profile.Cancer ?? profile.CancerCode) is { } unknown ? cancers.Suggest(unknown) : [],
            Within = within,
            WithinNearestFirst = type is null ? [] : cancers.AncestorsAndSelf(type.Code),
            Narrower = narrower,
            Treatment = treatment,
            Stage = PatientStage.Parse(profile.Stage, hematologic),
            Hematologic = hematologic,
        };
    }
}
