using TrialMatcher.Records;

namespace TrialMatcher.Patients;

/// <summary>
/// What a navigator knows about one patient. Every field is optional except the id: the matcher treats what is
/// missing as unknown (a possible match that needs a question answered), never as met or failed.
/// </summary>
public sealed record PatientProfile
{
    public required string Id { get; init; }
    public int? Age { get; init; }
    /// <summary>FEMALE or MALE.</summary>
    public string? Sex { get; init; }
    /// <summary>The cancer as the navigator or patient wrote it ("lung adenocarcinoma").</summary>
    public string? Cancer { get; init; }
    /// <summary>OncoTree code, given or normalised from <see cref="Cancer"/>.</summary>
    public string? CancerCode { get; init; }
    public string? Histology { get; init; }
    /// <summary>Stage as written: "IV", "IIIB", "extensive stage", "Ann Arbor IIB", "ISS II", "chronic phase".</summary>
    public string? Stage { get; init; }
    public IReadOnlyList<BiomarkerResult> Biomarkers { get; init; } = [];
    public IReadOnlyList<TreatmentEntry> TreatmentHistory { get; init; } = [];
    /// <summary>A typed number of prior lines; overrides the count derived from the history when given.</summary>
    public int? PriorLines { get; init; }
    public int? Ecog { get; init; }
    public int? Karnofsky { get; init; }
    public BrainMetastases? BrainMetastases { get; init; }
    public bool? MeasurableDisease { get; init; }
    /// <summary>A place name or "lat,lon", for distances to sites.</summary>
    public string? Location { get; init; }

    /// <summary>ECOG as given, or converted from Karnofsky (90–100 → 0, 70–80 → 1, 50–60 → 2, 30–40 → 3, below → 4).</summary>
    public int? EffectiveEcog => Ecog ?? Karnofsky switch
    {
        null => null,
        >= 90 => 0,
        >= 70 => 1,
        >= 50 => 2,
        >= 30 => 3,
        _ => 4,
    };
}

public enum BiomarkerStatus { Positive, Negative, Unknown }

/// <summary>One test result: gene (or marker), the alteration found, and a score where the test gives one (PD-L1 TPS 60).</summary>
public sealed record BiomarkerResult(string Gene, string? Alteration, BiomarkerStatus Status, double? Score = null, string? ScoreType = null);

public enum BrainMetastases { None, TreatedStable, Active }

public enum StopReason { Progression, Relapse, Refractory, Intolerance, Completed, Ongoing, Other }

/// <summary>
/// One entry of the treatment history: a regimen (drugs given together), or a local treatment (surgery,
/// radiotherapy), with its setting and why it stopped.
/// </summary>
public sealed record TreatmentEntry
{
    public required string Regimen { get; init; }
    public IReadOnlyList<string> Drugs { get; init; } = [];
    /// <summary>systemic, surgery, radiotherapy or transplant; inferred from the regimen when not given.</summary>
    public string? Modality { get; init; }
    public string? Setting { get; init; }
    public PartialDate? Start { get; init; }
    public PartialDate? Stop { get; init; }
    public StopReason? Stopped { get; init; }
    /// <summary>Why it stopped, as written ("progression within 4 months (platinum-resistant)").</summary>
    public string? StoppedText { get; init; }
}
