using System.Text.Json.Serialization;
using TrialMatcher.Index;
using TrialMatcher.Ingest;

namespace TrialMatcher.Live;

/// <summary>Where an incremental run starts.</summary>
public abstract record Since
{
    /// <summary>The watermark of the last successful run of the same query (a full fetch when there is none).</summary>
    public static readonly Since Auto = new AutoSince();

    /// <summary>Studies whose last update was posted on or after <paramref name="day"/>.</summary>
    public static Since From(DateOnly day) => new FromDay(day);

    internal sealed record AutoSince : Since;
    internal sealed record FromDay(DateOnly Day) : Since;
}

/// <summary>Settings of one <c>reindex</c> run.</summary>
public sealed record ReindexOptions
{
    public required string IndexPath { get; init; }
    public StudyQuery Query { get; init; } = new();
    public Since Since { get; init; } = Since.Auto;
    /// <summary>Fetch everything into a new database built aside, validate it, swap it in (keeping <c>.prev</c>).</summary>
    public bool Full { get; init; }
    /// <summary>Computes the derived part of new or changed records (the same deriver the ingest command uses).</summary>
    public DocumentDeriver Derive { get; init; } = record => new IndexDocument(record, null, []);
    /// <summary>How far short of the API's totalCount a full run may fall and still be swapped in. Default 0.005 (0.5%).</summary>
    public double CountTolerance { get; init; } = 0.005;
    /// <summary>How many times a run may start paging again after a page token expired. Default 2.</summary>
    public int MaxPageTokenRestarts { get; init; } = 2;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>Receives progress and decisions, one line each.</summary>
    public Action<string> Log { get; init; } = _ => { };
}

[JsonConverter(typeof(JsonStringEnumConverter<ReindexOutcome>))]
public enum ReindexOutcome
{
    /// <summary>Every page was read and the changes are visible (skipped records, if any, are listed).</summary>
    Succeeded,
    /// <summary>Another run holds the index's write lock; nothing was done.</summary>
    Locked,
    /// <summary>The API could not be reached, or kept failing, after retries; the index and watermark are unchanged.</summary>
    UpstreamUnavailable,
    /// <summary>The API refused the query (a 4xx); the index and watermark are unchanged.</summary>
    QueryRejected,
    /// <summary>A full run's new database failed validation and was not swapped in.</summary>
    ValidationFailed,
}

/// <summary>What one run did; stored as the run's row in the <c>runs</c> table and printed by <c>--json</c>.</summary>
public sealed record ReindexSummary
{
    public ReindexOutcome Outcome { get; init; }
    public string Kind { get; init; } = "incremental";
    public string Query { get; init; } = "";
    /// <summary>The first day asked for (RANGE[since,MAX]); null for a fetch of everything.</summary>
    public string? Since { get; init; }
    /// <summary>Watermark after the run (unchanged unless it succeeded).</summary>
    public string? Watermark { get; init; }
    /// <summary>Distinct studies read from the API.</summary>
    public long Fetched { get; init; }
    public long New { get; init; }
    public long Updated { get; init; }
    public long Unchanged { get; init; }
    /// <summary>Studies that could not be mapped to a record (listed in <see cref="Problems"/>).</summary>
    public long Failed { get; init; }
    /// <summary>Studies read again after paging restarted (an expired page token); upserted idempotently, counted once.</summary>
    public long Refetched { get; init; }
    public long Retries { get; init; }
    public long Requests { get; init; }
    public int Pages { get; init; }
    public int Restarts { get; init; }
    /// <summary>The API's totalCount for the query, when it gave one.</summary>
    public int? TotalCount { get; init; }
    public long TrialsInIndex { get; init; }
    public double ElapsedSeconds { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReindexSummary))]
[JsonSerializable(typeof(List<RunRow>))]
[JsonSerializable(typeof(string))]
public sealed partial class LiveJsonContext : JsonSerializerContext;
