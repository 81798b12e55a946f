using System.Text.RegularExpressions;

namespace TrialMatcher.Matching;

/// <summary>
/// A patient's stage as the matcher compares it with trial stage facts: AJCC group (I–IV) and sub-stage, the
/// haematology systems (Ann Arbor, ISS, Rai, Binet), SCLC limited/extensive, and words ("metastatic",
/// "locally advanced", "chronic phase").
/// </summary>
public sealed partial record PatientStage
{
    public string? Text { get; init; }
    /// <summary>1–4 for AJCC stage I–IV (0 for stage 0), null when not an AJCC stage.</summary>
    public int? Group { get; init; }
    /// <summary>The full AJCC stage as written in Roman numerals with its letter ("IIIB").</summary>
    public string? Ajcc { get; init; }
    public string? AnnArbor { get; init; }
    public string? Iss { get; init; }
    public string? Rai { get; init; }
    public string? Binet { get; init; }
    public bool Metastatic { get; init; }
    public bool LocallyAdvanced { get; init; }
    public bool Limited { get; init; }
    public bool Extensive { get; init; }
    /// <summary>CML phase: chronic, accelerated or blast (null when not a CML phase).</summary>
    public string? Phase { get; init; }

    public static PatientStage Parse(string? text, bool hematologic)
    {
        if (string.IsNullOrWhiteSpace(text)) return new PatientStage();
        var t = text.Trim();
        var lower = t.ToLowerInvariant();
        string? annArbor = null, iss = null, rai = null, binet = null, ajcc = null;
        var system = SystemPattern().Match(t);
        var roman = RomanPattern().Match(t);
        if (system.Success)
        {
            var value = system.Groups["v"].Value.ToUpperInvariant();
            switch (system.Groups["s"].Value.ToLowerInvariant())
            {
                case "ann arbor": annArbor = RomanOnly(value); break;
                case "iss" or "r-iss": iss = RomanOnly(value); break;
                case "rai": rai = RomanOrDigit(value); break;
                case "binet": binet = value[..1]; break;
            }
        }
        else if (roman.Success)
        {
            var value = roman.Groups["v"].Value.ToUpperInvariant();
            // Arabic numerals as INSS and many notes write them: "4" is IV, "2B" is IIB.
            if (value.Length > 0 && value[0] is >= '1' and <= '4') value = RomanOrDigit(value[..1]) + value[1..];
            // Lymphoma stages are Ann Arbor even when the system is not named ("IIB" with B symptoms).
            if (hematologic) annArbor = RomanOnly(value);
            else ajcc = value;
        }
        int? group = ajcc is null ? null : GroupOf(ajcc);
        return new PatientStage
        {
            Text = t,
            Ajcc = ajcc,
            Group = group,
            AnnArbor = annArbor,
            Iss = iss,
            Rai = rai,
            Binet = binet,
            Metastatic = group == 4 || lower.Contains("metasta", StringComparison.Ordinal) || lower.Contains("extensive", StringComparison.Ordinal),
            LocallyAdvanced = group == 3 || lower.Contains("locally advanced", StringComparison.Ordinal),
            Limited = lower.Contains("limited", StringComparison.Ordinal),
            Extensive = lower.Contains("extensive", StringComparison.Ordinal),
            Phase = lower.Contains("chronic phase", StringComparison.Ordinal) ? "chronic"
                : lower.Contains("accelerated", StringComparison.Ordinal) ? "accelerated"
                : lower.Contains("blast", StringComparison.Ordinal) ? "blast"
                : null,
        };
    }

    public static int? GroupOf(string roman)
    {
        var core = RomanOnly(roman);
        return core switch { "0" => 0, "I" => 1, "II" => 2, "III" => 3, "IV" => 4, _ => null };
    }

    /// <summary>The leading Roman group of a stage ("IIIB" → "III"); the value itself when it has none. No regex: it runs for every stage fact of every candidate.</summary>
    private static string RomanOnly(string value)
    {
        if (value.StartsWith("IV", StringComparison.Ordinal)) return "IV";
        if (value.StartsWith("III", StringComparison.Ordinal)) return "III";
        if (value.StartsWith("II", StringComparison.Ordinal)) return "II";
        if (value.StartsWith('I')) return "I";
        if (value.StartsWith('0')) return "0";
        return value;
    }

    private static string RomanOrDigit(string value) => value switch
    {
        "0" => "0", "1" => "I", "2" => "II", "3" => "III", "4" => "IV",
        _ => RomanOnly(value),
    };

    [GeneratedRegex(@"(?<s>ann arbor|r-iss|iss|rai|binet)\s*(?:stage\s*)?(?<v>IV|I{1,3}|[0-4]|[ABC])\b", RegexOptions.IgnoreCase)]
    private static partial Regex SystemPattern();

    [GeneratedRegex(@"^(?:stage\s*)?(?<v>(?:IV|I{1,3}|0)[ABC]?\d?|[1-4][ABC]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanPattern();
}
