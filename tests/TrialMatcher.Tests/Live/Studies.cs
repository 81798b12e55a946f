using NUnit.Framework;
using System.Text.Json.Nodes;

namespace TrialMatcher.Tests.Live;

/// <summary>Small API v2 studies written for these tests (our own text). Each carries a unique keyword
/// <c>tagqN</c>, so a full-text query can show it is indexed exactly once.</summary>
internal static class Studies
{
    public static string Nct(int n) => $"NCT08{n:D6}";

    public static string Tag(int n) => $"tagq{n}";

    public static string Study(int n, string updated, string? titleWord = null, string status = "RECRUITING", string minimumAge = "18 Years")
    {
        var study = new JsonObject
        {
            ["protocolSection"] = new JsonObject
            {
                ["identificationModule"] = new JsonObject
                {
                    ["nctId"] = Nct(n),
                    ["briefTitle"] = $"Widgetinib study {n} in advanced solid tumours{(titleWord is null ? "" : " " + titleWord)}",
                },
                ["statusModule"] = new JsonObject
                {
                    ["overallStatus"] = status,
                    ["lastUpdatePostDateStruct"] = new JsonObject { ["date"] = updated, ["type"] = "ACTUAL" },
                },
                ["conditionsModule"] = new JsonObject
                {
                    ["conditions"] = new JsonArray("Solid Tumor", "Cancer"),
                    ["keywords"] = new JsonArray(Tag(n)),
                },
                ["designModule"] = new JsonObject { ["studyType"] = "INTERVENTIONAL", ["phases"] = new JsonArray("PHASE2") },
                ["eligibilityModule"] = new JsonObject
                {
                    ["eligibilityCriteria"] = "Inclusion Criteria:\n\n* Measurable disease\n\nExclusion Criteria:\n\n* Active infection",
                    ["minimumAge"] = minimumAge,
                    ["sex"] = "ALL",
                },
            },
        };
        return study.ToJsonString();
    }

    /// <summary>Studies 1..<paramref name="count"/>, study n last updated on day n of January 2025.</summary>
    public static List<string> Range(int count, int from = 1) =>
        Enumerable.Range(from, count).Select(n => Study(n, $"2025-01-{Math.Min(n, 28):D2}")).ToList();
}
