using System.Text.Json;
using System.Text.Json.Serialization;
using TrialMatcher.Index;
using TrialMatcher.Patients;
using TrialMatcher.Reporting;

namespace TrialMatcher.Matching;

/// <summary>
/// What the last alerts run saw: when it ran, and for every (profile, trial) it reported, the trial's content hash.
/// Kept in a file beside the index (<c>trials.db.alerts.json</c>), created owner-only: profile ids are health data.
/// </summary>
public sealed record AlertState(DateTimeOffset? LastRun, IReadOnlyDictionary<string, string> Alerted)
{
    public static AlertState Empty { get; } = new(null, new Dictionary<string, string>());

    public static string PathFor(string indexPath) => indexPath + ".alerts.json";

    /// <summary>Reads the state; a missing file is the empty state (the first run alerts every match).</summary>
    public static AlertState Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var state = JsonSerializer.Deserialize(File.ReadAllText(path), AlertsJsonContext.Default.AlertState);
        return state ?? Empty;
    }

    /// <summary>Writes the state through a temporary file and a rename, so a crash leaves the previous state.</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        PrivateFiles.WriteAllText(temp, JsonSerializer.Serialize(this, AlertsJsonContext.Default.AlertState));
        File.Move(temp, path, overwrite: true);
    }

    internal static string Key(string profileId, string nctId) => profileId + "|" + nctId;
}

/// <summary>A trial that newly matches a saved profile, or that changed since it was last reported.</summary>
public sealed record AlertMatch(string ProfileId, string NctId, string Title, string Verdict, string? Status, string? LastUpdate, string Change);

public sealed record AlertsResult(
    DateTimeOffset? PreviousRun, DateTimeOffset Run, int Profiles, int Matches, IReadOnlyList<AlertMatch> New,
    IReadOnlyList<ProfileProblem> Problems)
{
    public bool AnyNew => New.Count > 0;
}

/// <summary>
/// After a re-index: which trials newly match (eligible or possibly eligible) any saved profile, or changed in
/// content (the index's content hash of the record) since the last alerts run. Reads the index only; makes no
/// network calls.
/// </summary>
public static class Alerts
{
    public static (AlertsResult Result, AlertState Next) Run(TrialIndex index, IReadOnlyList<PatientProfile> profiles, IReadOnlyList<ProfileProblem> problems,
        AlertState previous, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var matcher = new Matcher(index);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<AlertMatch>();
        var matches = 0;
        foreach (var profile in profiles)
        {
            var shortlist = matcher.Match(PatientContext.Create(profile), new MatchOptions { Limit = 1000, Clock = clock });
            foreach (var t in shortlist.Trials.Where(t => t.Verdict != Verdict.NotEligible))
            {
                matches++;
                var key = AlertState.Key(profile.Id, t.NctId);
                var hash = t.Record is { } record ? TrialIndexWriter.ContentHash(record) : t.LastUpdate ?? "";
                seen[key] = hash;
                var change = !previous.Alerted.TryGetValue(key, out var before) ? "new" : before != hash ? "changed" : null;
                if (change is null) continue;
                found.Add(new AlertMatch(profile.Id, t.NctId, t.Title,
                    t.Verdict == Verdict.Eligible ? "eligible" : "possibly eligible", t.Status, t.LastUpdate, change));
            }
        }
        // Profiles not checked this time (unreadable, or moved away) keep what was already reported for them.
        var checkedIds = profiles.Select(p => p.Id + "|").ToList();
        foreach (var (key, hash) in previous.Alerted)
            if (!checkedIds.Any(id => key.StartsWith(id, StringComparison.Ordinal))) seen.TryAdd(key, hash);
        return (new AlertsResult(previous.LastRun, now, profiles.Count, matches, found, problems), new AlertState(now, seen));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AlertState))]
[JsonSerializable(typeof(AlertsResult))]
public sealed partial class AlertsJsonContext : JsonSerializerContext;
