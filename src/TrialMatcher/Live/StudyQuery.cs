using System.Globalization;
using System.Text;

namespace TrialMatcher.Live;

/// <summary>What to ask the API v2 <c>/api/v2/studies</c> endpoint for. Every page of one run repeats all of it.</summary>
public sealed record StudyQuery
{
    /// <summary>Condition search (<c>query.cond</c>). Default "cancer".</summary>
    public string Condition { get; init; } = "cancer";

    /// <summary>Statuses to keep (<c>filter.overallStatus</c>, API spelling: RECRUITING, NOT_YET_RECRUITING...); empty for all.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Only studies whose last update was posted on or after this day (<c>filter.advanced</c>); null for all.</summary>
    public DateOnly? UpdatedSince { get; init; }

    /// <summary>Studies per page (<c>pageSize</c>, 1 to 1000). Default 1000.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>The relative URL of one page: <paramref name="pageToken"/> null for the first, which also asks for the total count.</summary>
    public string PathAndQuery(string? pageToken)
    {
        var q = new StringBuilder("api/v2/studies?format=json");
        if (!string.IsNullOrWhiteSpace(Condition)) Append(q, "query.cond", Condition);
        if (Statuses.Count > 0) Append(q, "filter.overallStatus", string.Join(',', Statuses));
        if (UpdatedSince is { } since) Append(q, "filter.advanced", $"AREA[LastUpdatePostDate]RANGE[{since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},MAX]");
        Append(q, "pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
        if (pageToken is null) Append(q, "countTotal", "true");
        else Append(q, "pageToken", pageToken);
        return q.ToString();
    }

    /// <summary>What identifies the query for a stored watermark (the date range is not part of it).</summary>
    public string Signature => $"cond={Condition};status={string.Join(',', Statuses.Order(StringComparer.Ordinal))}";

    private static void Append(StringBuilder q, string name, string value) =>
        q.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
}
