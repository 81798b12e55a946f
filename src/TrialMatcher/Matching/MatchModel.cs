using TrialMatcher.Eligibility;
using TrialMatcher.Records;

namespace TrialMatcher.Matching;

/// <summary>How one criterion (or one fact) stands for this patient.</summary>
public enum Outcome { Met, NotMet, Unknown, ToReview, Unread }

public enum Verdict { Eligible, PossiblyEligible, NotEligible }

/// <summary>One fact's outcome with the reason in plain words.</summary>
/// <param name="OtherCohort">Met only because the patient fits another cohort of the trial (not shown as a reason).</param>
public sealed record FactOutcome(string Kind, Outcome Outcome, string Reason, string? FindOut = null, bool OtherCohort = false);

/// <summary>One criterion of a trial, its source sentence as evidence, and how it stands.</summary>
public sealed record CriterionOutcome(int Index, CriterionSection Section, string Text, Outcome Outcome, IReadOnlyList<FactOutcome> Facts);

/// <summary>The parts of a trial's score, so a ranking can be explained.</summary>
public sealed record ScoreParts(
    double Verdict, double CancerSpecificity, double BiomarkerFit, double LineFit, double Evidence, double UnknownPenalty, double Status, double TextRelevance)
{
    public double Total => Verdict + CancerSpecificity + BiomarkerFit + LineFit + Evidence + UnknownPenalty + Status + TextRelevance;
}

public sealed record SiteDistance(Location Site, double? DistanceKm);

/// <summary>One trial in a shortlist: verdict, why, what is unknown and how to find out, where it runs.</summary>
public sealed record TrialMatch
{
    public required string NctId { get; init; }
    public required string Title { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<string> Phases { get; init; } = [];
    public string? LastUpdate { get; init; }
    public required Verdict Verdict { get; init; }
    public required ScoreParts Score { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public IReadOnlyList<string> NotMetReasons { get; init; } = [];
    public IReadOnlyList<string> FindOut { get; init; } = [];
    public IReadOnlyList<CriterionOutcome> Criteria { get; init; } = [];
    public int Met { get; init; }
    public int NotMet { get; init; }
    public int Unknown { get; init; }
    public int ToReview { get; init; }
    public int Unread { get; init; }
    public IReadOnlyList<string> MatchedCancerCodes { get; init; } = [];
    public TrialRecord? Record { get; init; }
    public IReadOnlyList<SiteDistance> Sites { get; init; } = [];
}

public sealed record MatchOptions
{
    public int Limit { get; init; } = 10;
    /// <summary>Consider every status, not only recruiting and not yet recruiting.</summary>
    public bool AnyStatus { get; init; }
    /// <summary>Keep not-eligible trials (with their reasons) after the others.</summary>
    public bool ShowExcluded { get; init; }
    /// <summary>Drop candidates whose age or sex limits exclude the patient before evaluating them.</summary>
    public bool FilterAgeAndSex { get; init; } = true;
    public int StaleAfterDays { get; init; } = 7;
    /// <summary>Load full records (sites, contacts) for the trials returned.</summary>
    public bool LoadRecords { get; init; } = true;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}

/// <summary>A ranked, explained shortlist for one patient.</summary>
public sealed record Shortlist
{
    public required PatientContext Patient { get; init; }
    public required IReadOnlyList<TrialMatch> Trials { get; init; }
    public int Candidates { get; init; }
    public int EligibleCount { get; init; }
    public int PossiblyEligibleCount { get; init; }
    public int NotEligibleCount { get; init; }
    public string? IndexUpdated { get; init; }
    public string? StaleWarning { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<string> Statuses { get; init; } = [];
}
