using System.Text.Json.Serialization;

namespace TrialMatcher.Eligibility;

/// <summary>
/// One typed statement read from a criterion. <see cref="Start"/>/<see cref="Length"/> locate the words it was read
/// from inside the criterion text, so every fact can be shown beside its source. Immutable.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CancerTypeFact), "cancer_type")]
[JsonDerivedType(typeof(StageFact), "stage")]
[JsonDerivedType(typeof(PriorLinesFact), "prior_lines")]
[JsonDerivedType(typeof(PriorExposureFact), "prior_exposure")]
[JsonDerivedType(typeof(BiomarkerFact), "biomarker")]
[JsonDerivedType(typeof(AgeFact), "age")]
[JsonDerivedType(typeof(SexFact), "sex")]
[JsonDerivedType(typeof(PerformanceStatusFact), "performance_status")]
[JsonDerivedType(typeof(BrainMetastasesFact), "brain_metastases")]
[JsonDerivedType(typeof(MeasurableDiseaseFact), "measurable_disease")]
[JsonDerivedType(typeof(ToReviewFact), "to_review")]
public abstract record Fact(Polarity Polarity, int Start, int Length)
{
    /// <summary>The evaluation-schema kind (cancer_type, stage, ...), the same string as the JSON discriminator.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }
}

/// <summary>A cancer type (OncoTree code or GROUP:*) the patient must, must not, or may have.</summary>
public sealed record CancerTypeFact(string Code, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "cancer_type";
}

/// <summary>
/// A stage or disease state: I..IVC (with sub-stages), locally_advanced, metastatic, unresectable, recurrent, advanced,
/// limited_stage, extensive_stage, newly_diagnosed, relapsed, refractory, resectable, early_stage, the CML phases
/// chronic_phase, accelerated_phase, blast_phase, and
/// ann_arbor:*, iss:*, rai:*, binet:* for the haematology systems.
/// </summary>
public sealed record StageFact(string Value, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "stage";
}

/// <summary>
/// Bounds on the number of prior systemic lines/regimens (null = unbounded), counted in <see cref="Setting"/>
/// (any, metastatic, advanced, adjuvant, ...). 0/0 means treatment-naive. <see cref="RequiresProgression"/>: the
/// text asks for progression on or after the last line, not just exposure.
/// </summary>
public sealed record PriorLinesFact(int? Min, int? Max, string Setting, bool RequiresProgression, Polarity Polarity, int Start, int Length)
    : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "prior_lines";
}

/// <summary>
/// A prior therapy the patient must have had (Required), must not have had (Excluded) or may have had (Allowed).
/// <see cref="Therapy"/> is a class id of <see cref="TherapyVocabulary"/> when <see cref="IsClass"/>, else a
/// lowercase generic drug name (brand names and research codes are resolved).
/// </summary>
public sealed record PriorExposureFact(string Therapy, bool IsClass, bool RequiresProgression, Polarity Polarity, int Start, int Length)
    : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "prior_exposure";
}

/// <summary>A numeric biomarker threshold: Measure TPS|CPS|IHC|TMB|percent, Op one of &gt;= &gt; &lt;= &lt; =.</summary>
public sealed record BiomarkerThreshold(string Measure, string Op, double Value);

/// <summary>
/// A biomarker condition: gene (canonical: HER2 not ERBB2, PD-L1 not CD274, BCR-ABL1, MSI, 17p, ...), alteration
/// (exon19del, L858R, fusion, amplification, ...; null when unstated), Status positive|negative, optional threshold.
/// </summary>
public sealed record BiomarkerFact(string Gene, string? Alteration, string Status, BiomarkerThreshold? Threshold, Polarity Polarity, int Start, int Length)
    : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "biomarker";
}

/// <summary>Age bounds in years as stated (strict and non-strict bounds are not distinguished).</summary>
public sealed record AgeFact(double? MinYears, double? MaxYears, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "age";
}

/// <summary>An explicit sex restriction: female or male.</summary>
public sealed record SexFact(string Value, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "sex";
}

/// <summary>
/// Performance status bounds on the stated scale (ecog, karnofsky, lansky, who; Zubrod/SWOG/GOG/CALGB read as ecog),
/// and the same bounds converted to ECOG (Karnofsky/Lansky ≥90→0, ≥70→1, ≥50→2, ≥30→3), so any scale can be compared.
/// </summary>
public sealed record PerformanceStatusFact(string Scale, int? Min, int? Max, int? MinEcog, int? MaxEcog, Polarity Polarity, int Start, int Length)
    : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "performance_status";
}

/// <summary>Brain/CNS/leptomeningeal metastases: excluded | excluded_unless_treated_stable | required | allowed.</summary>
public sealed record BrainMetastasesFact(string Rule, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "brain_metastases";
}

/// <summary>Measurable disease: required | not_required, by a standard when named (RECIST1.1, RECIST, Lugano, iwCLL, IMWG, RANO, Cheson).</summary>
public sealed record MeasurableDiseaseFact(string Rule, string? Standard, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "measurable_disease";
}

/// <summary>
/// A criterion a clinician has to check (organ_function, lab_values, infection, pregnancy_contraception,
/// other_malignancy, comorbidity, concurrent_medication, washout, life_expectancy, consent, other).
/// </summary>
public sealed record ToReviewFact(string Category, Polarity Polarity, int Start, int Length) : Fact(Polarity, Start, Length)
{
    [JsonIgnore]
    public override string Kind => "to_review";
}
