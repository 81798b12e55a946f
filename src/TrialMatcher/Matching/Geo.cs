using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Matching;

/// <summary>Distances between a patient's location and trial sites.</summary>
public static partial class Geo
{
    public readonly record struct Point(double Lat, double Lon);

    /// <summary>"42.36,-71.06" → a point; anything else is a place name for <see cref="Locate"/>.</summary>
    public static Point? ParseCoordinates(string? text)
    {
        if (text is null) return null;
        var m = LatLon().Match(text);
        if (!m.Success) return null;
        var lat = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var lon = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return lat is >= -90 and <= 90 && lon is >= -180 and <= 180 ? new Point(lat, lon) : null;
    }

    /// <summary>
    /// Places a patient who gave a city ("Boston, MA", "Lyon, France") using the index's own trial sites as the
    /// gazetteer, so no network lookup is needed and no patient data leaves the machine.
    /// </summary>
    public static Point? Locate(string? place, Func<string, string?, (double Lat, double Lon)?> lookup)
    {
        if (ParseCoordinates(place) is { } p) return p;
        if (string.IsNullOrWhiteSpace(place)) return null;
        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        string? region = parts.Length > 1 ? parts[1] : null;
        if (region is not null && UsStates.TryGetValue(region, out var state)) region = state;
        return lookup(parts[0], region?.ToLowerInvariant()) is { } found ? new Point(found.Lat, found.Lon) : null;
    }

    private static readonly Dictionary<string, string> UsStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California", ["CO"] = "Colorado",
        ["CT"] = "Connecticut", ["DE"] = "Delaware", ["DC"] = "District of Columbia", ["FL"] = "Florida", ["GA"] = "Georgia", ["HI"] = "Hawaii",
        ["ID"] = "Idaho", ["IL"] = "Illinois", ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas", ["KY"] = "Kentucky", ["LA"] = "Louisiana",
        ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts", ["MI"] = "Michigan", ["MN"] = "Minnesota", ["MS"] = "Mississippi",
        ["MO"] = "Missouri", ["MT"] = "Montana", ["NE"] = "Nebraska", ["NV"] = "Nevada", ["NH"] = "New Hampshire", ["NJ"] = "New Jersey",
        ["NM"] = "New Mexico", ["NY"] = "New York", ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma",
        ["OR"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina", ["SD"] = "South Dakota",
        ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont", ["VA"] = "Virginia", ["WA"] = "Washington",
        ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming",
    };

    public static double Kilometres(Point a, Point b)
    {
        const double r = 6371.0;
        var dLat = Radians(b.Lat - a.Lat);
        var dLon = Radians(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    [GeneratedRegex(@"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")]
    private static partial Regex LatLon();
}
