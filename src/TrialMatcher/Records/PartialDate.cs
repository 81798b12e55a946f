using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Records;

/// <summary>
/// A registry date that may be partial: "2019", "2019-03", "2019-03-15", or legacy "March 2019" / "March 15, 2019".
/// <see cref="Iso"/> is sortable text at the precision given ("2019-03").
/// </summary>
public sealed record PartialDate(int Year, int? Month, int? Day)
{
    [JsonIgnore]
    public string Iso => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    /// <summary>The first day the date can mean, for comparisons.</summary>
    [JsonIgnore]
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public override string ToString() => Iso;

    private static readonly Regex IsoPattern = new(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?$", RegexOptions.Compiled);
    private static readonly string[] LegacyFormats = ["MMMM d, yyyy", "MMMM yyyy", "MMM d, yyyy", "MMM yyyy", "yyyy-MM-dd'T'HH:mm:ss", "M/d/yyyy"];

    public static ParseResult<PartialDate?> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<PartialDate?>.Ok(null);
        var t = text.Trim();
        var m = IsoPattern.Match(t);
        if (m.Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            if (month is < 1 or > 12 || (day is { } dd && (dd < 1 || dd > DateTime.DaysInMonth(year, month!.Value))))
                return ParseResult<PartialDate?>.Fail($"expected a calendar date, got '{t}'");
            return ParseResult<PartialDate?>.Ok(new PartialDate(year, month, day));
        }
        foreach (var format in LegacyFormats)
        {
            if (DateTime.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                var hasDay = format.Contains('d', StringComparison.Ordinal);
                return ParseResult<PartialDate?>.Ok(new PartialDate(dt.Year, dt.Month, hasDay ? dt.Day : null));
            }
        }
        return ParseResult<PartialDate?>.Fail($"expected a date such as 2019, 2019-03, 2019-03-15 or 'March 2019', got '{t}'");
    }
}
