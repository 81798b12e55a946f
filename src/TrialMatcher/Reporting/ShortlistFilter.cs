using System.Globalization;
using TrialMatcher.Records;

namespace TrialMatcher.Reporting;

/// <summary>
/// Narrows a shortlist the way a navigator does on the phone: by trial status, phase, a country where a site runs,
/// or a maximum distance to the nearest site. Empty lists and nulls mean "no filter". Ranks are renumbered.
/// </summary>
public sealed record ShortlistFilter
{
    /// <summary>Registry statuses (RECRUITING, NOT_YET_RECRUITING, ...). Statuses other than the matcher's defaults need <see cref="NeedsAnyStatus"/>.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];
    /// <summary>Registry phases (PHASE1, PHASE2, EARLY_PHASE1, ...).</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];
    public string? Country { get; init; }
    public double? MaxDistanceKm { get; init; }

    public bool IsEmpty => Statuses.Count == 0 && Phases.Count == 0 && Country is null && MaxDistanceKm is null;

    /// <summary>Whether the match must consider every status (the filter asks for one the default search leaves out).</summary>
    public bool NeedsAnyStatus => Statuses.Any(s => !Matching.Matcher.DefaultStatuses.Contains(s));

    public bool Matches(TrialDocument t) =>
        (Statuses.Count == 0 || t.Status is { } status && Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        && (Phases.Count == 0 || t.Phases.Any(p => Phases.Contains(p, StringComparer.OrdinalIgnoreCase)))
        && (Country is null || t.Sites.Any(s => s.Country is { } c && (c.Equals(Country, StringComparison.OrdinalIgnoreCase) || Aliases(Country).Contains(c, StringComparer.OrdinalIgnoreCase))))
        && (MaxDistanceKm is null || t.Sites.Any(s => s.DistanceKm is { } d && d <= MaxDistanceKm));

    public ShortlistDocument Apply(ShortlistDocument s, int limit) => s with
    {
        Trials = s.Trials.Where(Matches).Take(limit).Select((t, i) => t with { Rank = i + 1 }).ToList(),
    };

    /// <summary>"status recruiting, country Spain, within 500 km", or "none".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Statuses.Count > 0) parts.Add("status " + string.Join("/", Statuses.Select(x => x.ToLowerInvariant().Replace('_', ' '))));
        if (Phases.Count > 0) parts.Add("phase " + string.Join("/", Phases.Select(p => p.Replace("EARLY_PHASE", "early ", StringComparison.Ordinal).Replace("PHASE", "", StringComparison.Ordinal))));
        if (Country is not null) parts.Add("country " + Country);
        if (MaxDistanceKm is { } km) parts.Add($"within {km.ToString("0", CultureInfo.InvariantCulture)} km");
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    /// <summary>Reads a status as typed ("recruiting", "not yet recruiting", "active_not_recruiting"); null when unknown.</summary>
    public static string? ParseStatus(string text)
    {
        var s = StudyVocabulary.Status(text.Trim().Replace(' ', '_').Replace('-', '_'));
        return s.IsKnown ? s.Value : null;
    }

    /// <summary>Reads a phase as typed ("2", "phase 2", "early1"); null when unknown.</summary>
    public static string? ParsePhase(string text)
    {
        var t = text.Trim();
        var (known, unknown) = StudyVocabulary.PhaseList(t.StartsWith("phase", StringComparison.OrdinalIgnoreCase) || t.StartsWith("early", StringComparison.OrdinalIgnoreCase) ? t : "phase " + t);
        return unknown.Count == 0 && known.Count == 1 ? known[0] : null;
    }

    private static string[] Aliases(string country) => country.ToLowerInvariant() switch
    {
        "usa" or "us" or "united states of america" => ["United States"],
        "uk" or "great britain" or "england" => ["United Kingdom"],
        _ => [],
    };
}
