using System.Text.Json;
using System.Text.Json.Serialization;
using TrialMatcher.Index;
using TrialMatcher.Ingest;
using TrialMatcher.Records;

namespace TrialMatcher.Cli;

public sealed record IngestSummaryJson(
    long Read, long Added, long Updated, long Unchanged, long Skipped, int Files, int IgnoredFiles, long Bytes,
    double ElapsedSeconds, double RecordsPerSecond, long TrialsInIndex, bool Replaced, string? Failure,
    IReadOnlyList<IngestProblem> Problems, IReadOnlyDictionary<string, int> UnknownValues)
{
    public static IngestSummaryJson From(IngestSummary s) => new(
        s.Read, s.Added, s.Updated, s.Unchanged, s.Skipped, s.Files, s.IgnoredFiles, s.Bytes,
        Math.Round(s.Elapsed.TotalSeconds, 3), s.Elapsed.TotalSeconds > 0 ? Math.Round(s.Read / s.Elapsed.TotalSeconds, 1) : 0,
        s.TrialsInIndex, s.Replaced, s.Failure, s.Problems, s.UnknownValues);
}

public sealed record SearchResultJson(string Query, string Index, int Count, IReadOnlyList<SearchHit> Results);

public sealed record StatsJson(
    string Path, long Trials, long FileBytes, string? LastWrite, int? SchemaVersion,
    IReadOnlyDictionary<string, long> ByStatus, IReadOnlyDictionary<string, long> ByStudyType, long WithParsedCriteria, long CancerTypeLinks);

public sealed record ErrorJson(string Error, int ExitCode);

public sealed record BatchJson(int Written, int Failed, string Summary, IReadOnlyList<TrialMatcher.Reporting.BatchSummaryRow> Rows);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(IngestSummaryJson))]
[JsonSerializable(typeof(SearchResultJson))]
[JsonSerializable(typeof(StatsJson))]
[JsonSerializable(typeof(List<TrialRecord>))]
[JsonSerializable(typeof(ErrorJson))]
[JsonSerializable(typeof(BatchJson))]
[JsonSerializable(typeof(TrialMatcher.Matching.AlertsResult))]
[JsonSerializable(typeof(TrialMatcher.Reporting.ShortlistDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

internal static class JsonOut
{
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        output.WriteLine(JsonSerializer.Serialize(value, type));
    }
}
