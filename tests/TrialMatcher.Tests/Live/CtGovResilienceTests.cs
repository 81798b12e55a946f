using System.Net;
using System.Net.Http.Headers;
using NUnit.Framework;
using Polly;
using TrialMatcher.Live;

namespace TrialMatcher.Tests.Live;

[TestFixture]
public sealed class CtGovResilienceTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public static IEnumerable<TestCaseData> RetryAfterTable()
    {
        TestCaseData Row(string name, RetryConditionHeaderValue? header, double? expectedSeconds) =>
            new TestCaseData(header, expectedSeconds).SetName($"ServerDelay_{name}");
        yield return Row("SecondsWithinBound_UsesThem", new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), 7);
        yield return Row("SecondsBeyondBound_Capped", new RetryConditionHeaderValue(TimeSpan.FromSeconds(3600)), 60);
        yield return Row("HttpDateInFuture_UsesDifference", new RetryConditionHeaderValue(Now.AddSeconds(20)), 20);
        yield return Row("HttpDateFarAway_Capped", new RetryConditionHeaderValue(Now.AddHours(5)), 60);
        yield return Row("HttpDateInPast_UsesBackoff", new RetryConditionHeaderValue(Now.AddSeconds(-5)), null);
        yield return Row("NoHeader_UsesBackoff", null, null);
    }

    [TestCaseSource(nameof(RetryAfterTable))]
    public void ServerDelay(RetryConditionHeaderValue? header, double? expectedSeconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = header;
        var delay = CtGovResilience.ServerDelay(Outcome.FromResult(response), new FixedClock(Now), TimeSpan.FromSeconds(60));
        Assert.That(delay?.TotalSeconds, Is.EqualTo(expectedSeconds));
    }

    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    public void IsTransient_Status_RetriedOnlyWhenWorthIt(HttpStatusCode status, bool transient) =>
        Assert.That(CtGovResilience.IsTransient(status), Is.EqualTo(transient));

    [Test]
    public void PathAndQuery_LaterPages_RepeatEveryParameterWithTokenInsteadOfCount()
    {
        var query = new StudyQuery { Condition = "lung cancer", Statuses = ["RECRUITING", "NOT_YET_RECRUITING"], UpdatedSince = new DateOnly(2025, 1, 7), PageSize = 1000 };
        Assert.That(query.PathAndQuery(null), Is.EqualTo(
            "api/v2/studies?format=json&query.cond=lung%20cancer&filter.overallStatus=RECRUITING%2CNOT_YET_RECRUITING" +
            "&filter.advanced=AREA%5BLastUpdatePostDate%5DRANGE%5B2025-01-07%2CMAX%5D&pageSize=1000&countTotal=true"));
        Assert.That(query.PathAndQuery("NF0g5JE"), Is.EqualTo(
            "api/v2/studies?format=json&query.cond=lung%20cancer&filter.overallStatus=RECRUITING%2CNOT_YET_RECRUITING" +
            "&filter.advanced=AREA%5BLastUpdatePostDate%5DRANGE%5B2025-01-07%2CMAX%5D&pageSize=1000&pageToken=NF0g5JE"));
    }

    [Test]
    public void Parse_SharedSamplePage_ReadsStudiesAndToken()
    {
        var sample = "/work/shared/data/ctgov-json-v2/studies-page-with-nextPageToken.json";
        if (!File.Exists(sample)) Assert.Ignore($"{sample} is not on this machine");
        using var page = CtGovStudiesClient.Parse(File.ReadAllBytes(sample));
        Assert.That((page.Studies.Count, page.NextPageToken), Is.EqualTo((1, "NF0g5JE")));
        Assert.That(TrialMatcher.Ingest.ApiV2StudyReader.Map(page.Studies[0], "sample", null), Is.InstanceOf<TrialMatcher.Ingest.RecordRead>());
    }

    [TestCase("{\"studies\":[{\"protocolSection\":{")]
    [TestCase("{\"totalCount\":3}")]
    [TestCase("")]
    public void Parse_TruncatedOrWrongShape_IsRetryableBodyFailure(string body) =>
        Assert.That(() => CtGovStudiesClient.Parse(System.Text.Encoding.UTF8.GetBytes(body)), Throws.TypeOf<InvalidResponseBodyException>());
}
