using TrialMatcher.Records;

namespace TrialMatcher.Tests.Records;

public sealed class AgeLimitTests
{
    private static readonly object[] Stated =
    [
        new object[] { "18 Years", 18.0, "Years", 18 * 365.25 },
        new object[] { "1 Year", 1.0, "Years", 365.25 },
        new object[] { "6 Months", 6.0, "Months", 6 * 30.4375 },
        new object[] { "2 Weeks", 2.0, "Weeks", 14.0 },
        new object[] { "30 Days", 30.0, "Days", 30.0 },
        new object[] { "12 Hours", 12.0, "Hours", 0.5 },
        new object[] { "90 Minutes", 90.0, "Minutes", 90.0 / 1440 },
        new object[] { " 65 years ", 65.0, "Years", 65 * 365.25 },
    ];

    [TestCaseSource(nameof(Stated))]
    public void Parse_RegistryDuration_ConvertsToDays(string text, double value, string unit, double days)
    {
        var result = AgeLimit.Parse(text);
        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value!.Value, Is.EqualTo(value));
        Assert.That(result.Value.Unit, Is.EqualTo(unit));
        Assert.That(result.Value.Days, Is.EqualTo(days).Within(1e-9));
    }

    [TestCase("N/A", AgeLimitKind.NotApplicable)]
    [TestCase("", AgeLimitKind.Missing)]
    [TestCase(null, AgeLimitKind.Missing)]
    public void Parse_NoLimit_IsNotAnError(string? text, AgeLimitKind kind)
    {
        var result = AgeLimit.Parse(text);
        Assert.That(result.Success, Is.True);
        Assert.That(result.Value!.Kind, Is.EqualTo(kind));
        Assert.That(result.Value.Days, Is.Null);
    }

    [TestCase("eighteen years")]
    [TestCase("18")]
    [TestCase("18 Decades")]
    public void Parse_NotADuration_FailsWithWhatWasExpected(string text)
    {
        var result = AgeLimit.Parse(text);
        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("expected a number and a unit").And.Contain(text));
    }
}
