using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TrialMatcher.Eligibility;
using TrialMatcher.Index;
using TrialMatcher.Matching;
using TrialMatcher.Patients;

namespace TrialMatcher.Benchmarks.Scale;

/// <summary>
/// The long-running scale measurements (BenchmarkDotNet is for the micro-benchmarks):
/// <code>
/// scale generate --data DIR --out DIR --n N [--seed S]        corpus of N API v2 studies, 10,000 per JSON array file
/// scale changes  --data DIR --out DIR --n N --count C [--seed S]  C changed versions of records of that corpus
/// scale latency  --index PATH [--queries 1000] [--warmup 100] [--cold-only]
/// scale profile  --index PATH [--queries 200]                 where the matcher's time goes, by stage
/// </code>
/// Results are printed as "key: value" lines that scripts/bench.sh collects.
/// </summary>
internal static class ScaleCommand
{
    private const int PerFile = 10_000;

    public static int Run(string[] args)
    {
        var options = Options(args.Skip(1));
        string Get(string name, string? fallback = null) => options.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"--{name} is required");
        int Int(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        switch (args.FirstOrDefault())
        {
            case "generate": Generate(Get("data"), Get("out"), Int("n", 10_000), Int("seed", 1), changes: 0); return 0;
            case "changes": Generate(Get("data"), Get("out"), Int("n", 10_000), Int("seed", 1), changes: Int("count", 1000), options); return 0;
            case "latency": Latency(Get("index"), Int("queries", 1000), Int("warmup", 100), options.ContainsKey("cold-only"), Int("seed", 7)); return 0;
            case "profile": Profile(Get("index"), Int("queries", 200), Int("seed", 7)); return 0;
            case "describe": Console.WriteLine(PatientGenerator.Describe()); return 0;
            case "fts-optimize":
            {
                // One-off experiment: what FTS5 'optimize' (merge all segments into one) costs and gains on a built index.
                using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Get("index")};Pooling=False");
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = "INSERT INTO trials_fts(trials_fts) VALUES('optimize')";
                var sw = Stopwatch.StartNew();
                cmd.ExecuteNonQuery();
                Console.WriteLine($"fts_optimize_seconds: {sw.Elapsed.TotalSeconds:F1}");
                return 0;
            }
            case "ingest-profile": IngestProfile(Get("corpus"), Int("n", 5000)); return 0;
            default:
                Console.Error.WriteLine("usage: scale generate|changes|latency|profile --option value ... (see ScaleCommand.cs)");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal)) { if (key is not null) result[key] = ""; key = a[2..]; }
            else if (key is not null) { result[key] = a; key = null; }
        }
        if (key is not null) result[key] = "";
        return result;
    }

    private static void Generate(string data, string output, int n, int seed, int changes, Dictionary<string, string>? options = null)
    {
        var total = Stopwatch.StartNew();
        var corpus = ScaleCorpus.Load(data, seed);
        Console.WriteLine($"real_records: {corpus.RealRecords}");
        Console.WriteLine($"real_items: {corpus.RealItems}");
        Console.WriteLine($"real_text_duplicate_share: {corpus.RealTextDuplicateShare:F4}");
        Console.WriteLine($"real_item_duplicate_share: {corpus.RealItemDuplicateShare:F4}");
        var oncology = corpus.GroupCounts.Where(kv => kv.Key != "(none)").Sum(kv => kv.Value);
        Console.WriteLine($"real_oncology_share: {oncology / (double)corpus.RealRecords:F3}");
        Console.WriteLine("real_top_groups: " + string.Join(", ", corpus.GroupCounts.OrderByDescending(kv => kv.Value).Take(12).Select(kv => $"{kv.Key} {kv.Value}")));
        Console.WriteLine($"load_seconds: {total.Elapsed.TotalSeconds:F1}");
        Directory.CreateDirectory(output);
        var writerOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        if (changes > 0)
        {
            // A nightly change set: records spread over the corpus, each a later version (other status, dates and criteria).
            var random = new Random(seed + 17);
            var picked = new HashSet<int>();
            while (picked.Count < Math.Min(changes, n)) picked.Add(random.Next(n));
            using var stream = File.Create(Path.Combine(output, "changes.json"));
            using var w = new Utf8JsonWriter(stream, writerOptions);
            w.WriteStartArray();
            var variant = options is not null && options.TryGetValue("variant", out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : 1;
            foreach (var i in picked.Order()) StudyJsonWriter.Write(w, corpus.Generate(i, variant));
            w.WriteEndArray();
            Console.WriteLine($"changed_records: {picked.Count}");
            return;
        }

        var texts = new Dictionary<UInt128, int>();
        long withCriteria = 0, duplicateMembers = 0, redraws = 0, bytes = 0;
        var itemCounts = new Dictionary<UInt128, int>();
        var itemWindow = Math.Min(n, 100_000);
        var items = 0L;
        var statusCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var file = 0; file * PerFile < n; file++)
        {
            var path = Path.Combine(output, $"studies-{file:D3}.json");
            using (var stream = File.Create(path))
            using (var w = new Utf8JsonWriter(stream, writerOptions))
            {
                w.WriteStartArray();
                for (var i = file * PerFile; i < Math.Min(n, (file + 1) * PerFile); i++)
                {
                    var record = corpus.Generate(i);
                    if (record.EligibilityCriteria is { Length: > 0 } text)
                    {
                        // Keep whole-text duplicates at or below the real corpus's share.
                        for (var attempt = 1; attempt <= 8 && texts.ContainsKey(ScaleCorpus.Hash(text))
                             && (duplicateMembers + 2) / (double)(withCriteria + 1) > corpus.RealTextDuplicateShare; attempt++)
                        {
                            redraws++;
                            record = corpus.Generate(i, attempt: attempt);
                            text = record.EligibilityCriteria!;
                        }
                        withCriteria++;
                        var h = ScaleCorpus.Hash(text);
                        var c = texts.GetValueOrDefault(h);
                        duplicateMembers += c == 0 ? 0 : c == 1 ? 2 : 1;
                        texts[h] = c + 1;
                        if (i < itemWindow)
                        {
                            foreach (var (_, _, item) in CriteriaPool.Cut(text))
                            {
                                if (item is null) continue;
                                items++;
                                var ih = ScaleCorpus.Hash(ScaleCorpus.Normalise(item));
                                itemCounts[ih] = itemCounts.GetValueOrDefault(ih) + 1;
                            }
                        }
                        if (i + 1 == Math.Min(n, corpus.RealRecords))
                            Console.WriteLine($"generated_item_duplicate_share_first_{i + 1}: {itemCounts.Values.Where(v => v > 1).Sum() / (double)items:F4}");
                    }
                    statusCounts[record.OverallStatus!] = statusCounts.GetValueOrDefault(record.OverallStatus!) + 1;
                    StudyJsonWriter.Write(w, record);
                }
                w.WriteEndArray();
            }
            bytes += new FileInfo(path).Length;
            if (file % 10 == 9) Console.Error.WriteLine($"  generated {(file + 1) * PerFile:N0} records, {bytes / 1048576.0:N0} MB, {total.Elapsed.TotalSeconds:N0} s");
        }
        Console.WriteLine($"generated_records: {n}");
        Console.WriteLine($"generated_with_criteria: {withCriteria}");
        Console.WriteLine($"generated_text_duplicate_share: {duplicateMembers / (double)Math.Max(1, withCriteria):F4}");
        Console.WriteLine($"generated_redraws: {redraws}");
        Console.WriteLine($"generated_item_duplicate_share_first_{itemWindow}: {itemCounts.Values.Where(v => v > 1).Sum() / (double)Math.Max(1, items):F4}");
        Console.WriteLine("generated_status_mix: " + string.Join(", ", statusCounts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} {kv.Value / (double)n:P1}")));
        Console.WriteLine($"generated_bytes: {bytes}");
        Console.WriteLine($"generate_seconds: {total.Elapsed.TotalSeconds:F1}");
    }

    private static void Latency(string indexPath, int queries, int warmup, bool coldOnly, int seed)
    {
        var patients = PatientGenerator.Generate(queries + warmup + 1, seed).Select(p => PatientContext.Create(p)).ToList();
        var options = new MatchOptions();
        var (index, error) = TrialIndex.Open(indexPath);
        if (index is null) throw new InvalidOperationException(error!.Message);
        using (index)
        {
            // Cold: the first match of this process (JIT, vocabularies already loaded by PatientContext.Create, empty page cache of this connection).
            var matcher = new Matcher(index);
            var sw = Stopwatch.StartNew();
            var first = matcher.Match(patients[0], options);
            Console.WriteLine($"match_cold_ms: {sw.Elapsed.TotalMilliseconds:F1}");
            Console.WriteLine($"match_cold_candidates: {first.Candidates}");
            if (coldOnly) return;
            for (var i = 1; i <= warmup; i++) matcher.Match(patients[i], options);
            var match = new List<double>(queries);
            var raw = new List<double>(queries);
            var rank = new List<double>(queries);
            long candidates = 0;
            // Garbage collections during the timed matches: what sets the slow tail.
            var (gen1Before, gen2Before, pauseBefore) = (GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var withGen1 = new List<double>();
            var withoutGen1 = new List<double>();
            long allocated = 0;
            for (var i = warmup + 1; i < patients.Count; i++)
            {
                var p = patients[i];
                var gen1 = GC.CollectionCount(1);
                var allocBefore = GC.GetTotalAllocatedBytes(true);
                sw.Restart();
                var shortlist = matcher.Match(p, options);
                match.Add(sw.Elapsed.TotalMilliseconds);
                (GC.CollectionCount(1) > gen1 ? withGen1 : withoutGen1).Add(sw.Elapsed.TotalMilliseconds);
                allocated += GC.GetTotalAllocatedBytes(true) - allocBefore;
                candidates += shortlist.Candidates;
                // The same candidate retrieval, raw: the candidate SQL stepped through every row and column, and the FTS5 rank query.
                var query = QueryOf(p, options);
                sw.Restart();
                RawCandidates(index, query);
                raw.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                if (query.RankText is { Length: > 0 } text) index.TextScores(text);
                rank.Add(sw.Elapsed.TotalMilliseconds);
            }
            Print("match_warm", match);
            Console.WriteLine($"warm_loop_gc (matches and raw queries): gen1+ collections {GC.CollectionCount(1) - gen1Before} (gen2 {GC.CollectionCount(2) - gen2Before}), total pause {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms");
            Console.WriteLine($"match_warm_allocated_mb_per_query: {allocated / 1048576.0 / queries:F1}");
            if (withGen1.Count > 0) Print("match_warm_with_gen1_gc", withGen1);
            if (withoutGen1.Count > 0) Print("match_warm_without_gen1_gc", withoutGen1);
            Print("raw_candidates_sql", raw);
            Print("raw_rank_fts", rank);
            Console.WriteLine($"match_mean_candidates: {candidates / (double)queries:F0}");
            Console.WriteLine($"overhead_ratio_vs_candidates_sql_mean: {match.Average() / raw.Average():F2}");
            Console.WriteLine($"overhead_ratio_vs_candidates_plus_rank_mean: {match.Average() / (raw.Average() + rank.Average()):F2}");
            Console.WriteLine($"overhead_ratio_p95: {Percentile(match, 0.95) / (Percentile(raw, 0.95) + Percentile(rank, 0.95)):F2}");

            var search = new List<double>(queries);
            var texts = PatientGenerator.Queries(queries + warmup, seed + 1);
            for (var i = 0; i < warmup; i++) index.Search(new SearchQuery { Text = texts[i] });
            foreach (var text in texts.Skip(warmup))
            {
                sw.Restart();
                index.Search(new SearchQuery { Text = text });
                search.Add(sw.Elapsed.TotalMilliseconds);
            }
            Print("search_warm", search);
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"latency_process_peak_rss_mb: {self.PeakWorkingSet64 / 1048576.0:F0}");
            Console.WriteLine($"latency_process_managed_heap_mb: {GC.GetTotalMemory(false) / 1048576.0:F0}");
        }
    }

    private static CandidateQuery QueryOf(PatientContext p, MatchOptions options) => new()
    {
        CancerCodes = p.Within.Concat(p.Narrower).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Statuses = Matcher.DefaultStatuses,
        AgeYears = options.FilterAgeAndSex ? p.Profile.Age : null,
        Sex = options.FilterAgeAndSex ? p.Profile.Sex : null,
        RankText = Matcher.RankText(p),
    };

    private static int RawCandidates(TrialIndex index, CandidateQuery query)
    {
        if (query.CancerCodes.Count == 0) return 0;
        using var command = index.CandidateCommand(query);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            for (var c = 0; c < reader.FieldCount; c++) _ = reader.GetValue(c);
            rows++;
        }
        return rows;
    }

    /// <summary>Times the matcher's stages separately (same calls the matcher makes), to see where its time goes.</summary>
    private static void Profile(string indexPath, int queries, int seed)
    {
        var patients = PatientGenerator.Generate(queries + 20, seed).Select(p => PatientContext.Create(p)).ToList();
        var (index, error) = TrialIndex.Open(indexPath);
        if (index is null) throw new InvalidOperationException(error!.Message);
        using (index)
        {
            var matcher = new Matcher(index);
            foreach (var p in patients.Take(20)) matcher.Match(p, new MatchOptions());
            double cand = 0, fetch = 0, deser = 0, eval = 0, evalFirst = 0, evalExplained = 0, records = 0, bytes = 0;
            long n = 0;
            var sw = new Stopwatch();
            foreach (var p in patients.Skip(20))
            {
                sw.Restart();
                var candidates = index.Candidates(QueryOf(p, new MatchOptions()));
                cand += sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var criteria = index.CriteriaOf(candidates.Select(c => c.Id));
                fetch += sw.Elapsed.TotalMilliseconds;
                bytes += criteria.Values.Sum(v => v.Length);
                n += candidates.Count;
                var parsed = new List<ParsedCriteria>();
                sw.Restart();
                foreach (var c in candidates) parsed.Add(criteria.TryGetValue(c.Id, out var json) ? CriteriaJson.Deserialize(json) : ParsedCriteria.Empty);
                deser += sw.Elapsed.TotalMilliseconds;
                // The matcher evaluates every candidate quietly (no reason text, stopping at a decisive "not met") and
                // explains the ten it shows. The first pass also prepares each trial's patient-independent shape,
                // which a warm matcher has cached.
                sw.Restart();
                var prepared = parsed.Select(CriterionEvaluator.Prepare).ToList();
                foreach (var pc in prepared) CriterionEvaluator.Evaluate(pc, p, explain: false, stopWhenNotEligible: true);
                evalFirst += sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                foreach (var pc in prepared) CriterionEvaluator.Evaluate(pc, p, explain: false, stopWhenNotEligible: true);
                eval += sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                foreach (var pc in prepared) CriterionEvaluator.Evaluate(pc, p);
                evalExplained += sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                index.RecordsOf(candidates.Take(10).Select(c => c.Id));
                records += sw.Elapsed.TotalMilliseconds;
            }
            Console.WriteLine($"profile_queries: {queries}");
            Console.WriteLine($"profile_mean_candidates: {n / (double)queries:F0}");
            Console.WriteLine($"profile_mean_criteria_json_bytes_per_candidate: {bytes / Math.Max(1, n):F0}");
            Console.WriteLine($"profile_candidates_ms: {cand / queries:F2}");
            Console.WriteLine($"profile_criteria_fetch_decompress_ms: {fetch / queries:F2}");
            Console.WriteLine($"profile_deserialize_ms: {deser / queries:F2}");
            Console.WriteLine($"profile_evaluate_first_quiet_ms: {evalFirst / queries:F2}");
            Console.WriteLine($"profile_evaluate_quiet_ms: {eval / queries:F2}");
            Console.WriteLine($"profile_evaluate_explained_ms: {evalExplained / queries:F2}");
            Console.WriteLine($"profile_records_of_10_ms: {records / queries:F2}");
        }
    }

    /// <summary>Times the ingest stages of one record on one thread (read, hash, derive, store form), without SQLite.</summary>
    private static void IngestProfile(string corpus, int n)
    {
        var reader = new TrialMatcher.Ingest.TrialSourceReader();
        var sw = Stopwatch.StartNew();
        var records = reader.Read([corpus]).OfType<TrialMatcher.Ingest.RecordRead>().Take(n).Select(r => r.Record).ToList();
        Console.WriteLine($"read_map_ms_per_record: {sw.Elapsed.TotalMilliseconds / records.Count:F3}");
        double hash = 0, parse = 0, ser = 0, types = 0, store = 0;
        foreach (var r in records)
        {
            sw.Restart();
            TrialIndexWriter.ContentHash(r);
            hash += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var parsed = EligibilityParser.Parse(r.EligibilityCriteria);
            parse += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var json = CriteriaJson.Serialize(parsed);
            ser += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            EligibilityParser.TargetCancerTypes(r, parsed);
            types += sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            RecordCompression.Compress(TrialMatcher.Records.RecordJson.Serialize(r));
            RecordCompression.Compress(json);
            store += sw.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine($"hash_ms: {hash / records.Count:F3}");
        Console.WriteLine($"parse_ms: {parse / records.Count:F3}");
        Console.WriteLine($"criteria_serialize_ms: {ser / records.Count:F3}");
        Console.WriteLine($"target_types_ms: {types / records.Count:F3}");
        Console.WriteLine($"record_and_criteria_compress_ms: {store / records.Count:F3}");
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static void Print(string name, List<double> values)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}_ms: p50 {Percentile(values, 0.5):F2} p95 {Percentile(values, 0.95):F2} p99 {Percentile(values, 0.99):F2} mean {values.Average():F2} max {values.Max():F2} (n={values.Count})"));
    }
}
