using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Records;

/// <summary>
/// An eligibility age bound as ClinicalTrials.gov states it ("18 Years", "6 Months", "N/A").
/// <see cref="Days"/> is the bound converted to days (a year is 365.25 days, a month 30.4375) so that bounds in
/// different units compare; <see cref="Text"/> keeps the source text.
/// </summary>
public sealed record AgeLimit
{
    public static readonly AgeLimit Missing = new() { Kind = AgeLimitKind.Missing };
    public static readonly AgeLimit NotApplicable = new() { Kind = AgeLimitKind.NotApplicable, Text = "N/A" };

    public AgeLimitKind Kind { get; init; }
    public double? Value { get; init; }
    public string? Unit { get; init; }
    public string? Text { get; init; }

    [JsonIgnore]
    public double? Days => Kind == AgeLimitKind.Stated && Value is { } v && Unit is { } u ? v * DaysPerUnit(u) : null;
    [JsonIgnore]
    public double? Years => Days / 365.25;

    public override string ToString() => Kind switch
    {
        AgeLimitKind.Missing => "not stated",
        AgeLimitKind.NotApplicable => "N/A",
        _ => $"{Value?.ToString(CultureInfo.InvariantCulture)} {Unit}",
    };

    private static readonly Regex Pattern = new(
        @"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>years?|yrs?|months?|weeks?|days?|hours?|minutes?|mins?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Parses a registry age; never throws. Unknown text is a failure the caller reports.</summary>
    public static ParseResult<AgeLimit> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<AgeLimit>.Ok(Missing);
        var trimmed = text.Trim();
        if (trimmed.Equals("N/A", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("NA", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("No limit", StringComparison.OrdinalIgnoreCase))
            return ParseResult<AgeLimit>.Ok(NotApplicable);
        var m = Pattern.Match(trimmed);
        if (!m.Success)
            return ParseResult<AgeLimit>.Fail($"expected a number and a unit (Years, Months, Weeks, Days, Hours, Minutes) or N/A, got '{trimmed}'");
        var unit = NormaliseUnit(m.Groups["unit"].Value);
        return ParseResult<AgeLimit>.Ok(new AgeLimit
        {
            Kind = AgeLimitKind.Stated,
            Value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
            Unit = unit,
            Text = trimmed,
        });
    }

    private static string NormaliseUnit(string unit)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith("y", StringComparison.Ordinal)) return "Years";
        if (u.StartsWith("mo", StringComparison.Ordinal)) return "Months";
        if (u.StartsWith("w", StringComparison.Ordinal)) return "Weeks";
        if (u.StartsWith("d", StringComparison.Ordinal)) return "Days";
        if (u.StartsWith("h", StringComparison.Ordinal)) return "Hours";
        return "Minutes";
    }

    private static double DaysPerUnit(string unit) => unit switch
    {
        "Years" => 365.25,
        "Months" => 30.4375,
        "Weeks" => 7,
        "Days" => 1,
        "Hours" => 1.0 / 24,
        _ => 1.0 / 1440,
    };
}

public enum AgeLimitKind { Missing, NotApplicable, Stated }
