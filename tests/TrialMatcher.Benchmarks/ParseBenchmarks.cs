using BenchmarkDotNet.Attributes;
using TrialMatcher.Eligibility;
using TrialMatcher.Eligibility.Evaluation;

namespace TrialMatcher.Benchmarks;

/// <summary>
/// Parses every criteria text of the shared corpus (../shared/data, read at setup) once per operation, on one core.
/// Texts per second = texts / mean time. Without the shared data the benchmark uses a small text of our own.
/// Six warm-up operations (about 25 s of parsing): with two, the measured operations still ran faster one after another
/// (5.7 s, 4.5 s, 4.4 s, 4.2 s, 4.0 s) while the JIT was still moving the parser's methods up its tiers; an ingest job
/// parses at the steady state.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 6, iterationCount: 6)]
public class ParseBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = Environment.GetEnvironmentVariable("CTGOV_DATA") ?? FindData();
        _texts = data is not null && CriteriaCorpus.Exists(data)
            ? CriteriaCorpus.Load(data, out _).Values.Select(c => c.Criteria).ToArray()
            : [Fallback];
        Console.WriteLine($"// criteria texts: {_texts.Length}");
        // Load the vocabularies before measuring.
        EligibilityParser.Parse(Fallback);
    }

    [Benchmark(Description = "Parse all corpus criteria texts")]
    public int ParseCorpus()
    {
        var criteria = 0;
        foreach (var text in _texts) criteria += EligibilityParser.Parse(text).Criteria.Count;
        return criteria;
    }

    public int TextCount => _texts.Length;

    private static string? FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }

    private const string Fallback = """
        Inclusion Criteria:
          * Histologically confirmed stage IV non-small cell lung cancer with EGFR exon 19 deletion or L858R
          * Progressed on or after osimertinib; no more than 2 prior lines of systemic therapy
          * ECOG performance status 0-1; age 18 years or older
        Exclusion Criteria:
          * Untreated or symptomatic brain metastases
          * Prior treatment with an anti-PD-1 or anti-PD-L1 antibody
        """;
}
