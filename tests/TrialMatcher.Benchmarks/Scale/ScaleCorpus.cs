using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrialMatcher.Eligibility;
using TrialMatcher.Ingest;
using TrialMatcher.Records;

namespace TrialMatcher.Benchmarks.Scale;

/// <summary>
/// Derives N records, for volume only, from the real records of the shared corpus (../shared/data: legacy XML and
/// API v2 JSON). Each generated record takes a real record as its template (templates drawn uniformly, so the
/// cancer-type mix, study types, sites and text lengths are the real corpus's) and gets:
/// <list type="bullet">
/// <item>criteria recombined item by item from real trials of the same cancer-type group (same section, same
/// headings as the template), each number (ages, ECOG, lab thresholds, weeks, years) and each drug name (to another
/// drug of its class) varied with probability 1/2;</item>
/// <item>an overall status drawn from the registry's mix (16% recruiting or not yet recruiting);</item>
/// <item>start and update dates shifted; a fictional NCT id NCT2xxxxxxx.</item>
/// </list>
/// Whole criteria texts are kept unique beyond the real corpus's own duplication rate (a duplicate is re-drawn
/// unless the running duplicate share is below the real one). Record i is a function of (seed, i, variant) alone,
/// so a "changed" version of record i is the same NCT id drawn with another variant.
/// </summary>
internal sealed class ScaleCorpus
{
    /// <summary>Overall status mix, approximately the registry's (2025): 16% RECRUITING + NOT_YET_RECRUITING.</summary>
    public static readonly (string Status, double Share)[] StatusMix =
    [
        ("RECRUITING", 0.125), ("NOT_YET_RECRUITING", 0.035), ("COMPLETED", 0.505), ("UNKNOWN", 0.17),
        ("TERMINATED", 0.06), ("ACTIVE_NOT_RECRUITING", 0.06), ("WITHDRAWN", 0.03), ("ENROLLING_BY_INVITATION", 0.01),
        ("SUSPENDED", 0.005),
    ];

    private sealed record Template(TrialRecord Record, string Group, List<CriteriaPool.Slot>? Layout);

    private readonly List<Template> _templates = [];
    private readonly CriteriaPool _pool = new();
    private readonly int _seed;

    public int RealRecords => _templates.Count;
    public int RealItems => _pool.Items;
    public Dictionary<string, int> GroupCounts { get; } = new(StringComparer.Ordinal);
    /// <summary>Share of real records (with criteria) whose criteria text exactly equals another record's.</summary>
    public double RealTextDuplicateShare { get; private set; }
    public double RealItemDuplicateShare { get; private set; }

    private ScaleCorpus(int seed) => _seed = seed;

    public static ScaleCorpus Load(string dataDir, int seed)
    {
        var corpus = new ScaleCorpus(seed);
        var reader = new TrialSourceReader();
        var byId = new Dictionary<string, TrialRecord>(StringComparer.Ordinal);
        foreach (var outcome in reader.Read([Path.Combine(dataDir, "ctgov-xml"), Path.Combine(dataDir, "ctgov-json-v2")]))
            if (outcome is RecordRead ok) byId[ok.Record.NctId] = ok.Record;
        var texts = new List<string>();
        var items = new List<string>();
        foreach (var record in byId.Values.OrderBy(r => r.NctId, StringComparer.Ordinal))
        {
            var parsed = EligibilityParser.Parse(record.EligibilityCriteria);
            var codes = EligibilityParser.TargetCancerTypes(record, parsed);
            var group = codes.Count == 0 ? "(none)" : codes[0];
            corpus.GroupCounts[group] = corpus.GroupCounts.GetValueOrDefault(group) + 1;
            List<CriteriaPool.Slot>? layout = null;
            if (!string.IsNullOrWhiteSpace(record.EligibilityCriteria))
            {
                texts.Add(record.EligibilityCriteria);
                layout = [];
                foreach (var (heading, section, item) in CriteriaPool.Cut(record.EligibilityCriteria))
                {
                    if (item is null) { layout.Add(new CriteriaPool.Slot(heading, section)); continue; }
                    corpus._pool.Add(group, section, item);
                    items.Add(Normalise(item));
                    layout.Add(new CriteriaPool.Slot(null, section));
                }
            }
            corpus._templates.Add(new Template(record, group, layout));
        }
        corpus.RealTextDuplicateShare = DuplicateShare(texts);
        corpus.RealItemDuplicateShare = DuplicateShare(items);
        return corpus;
    }

    /// <summary>Share of entries that exactly equal another entry (every member of a duplicate set counts).</summary>
    public static double DuplicateShare(IEnumerable<string> values)
    {
        var counts = new Dictionary<UInt128, int>();
        var total = 0;
        foreach (var v in values)
        {
            total++;
            var h = Hash(v);
            counts[h] = counts.GetValueOrDefault(h) + 1;
        }
        return total == 0 ? 0 : counts.Values.Where(c => c > 1).Sum() / (double)total;
    }

    public static string Normalise(string item) => string.Join(' ', item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static UInt128 Hash(string text)
    {
        Span<byte> digest = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(text), digest);
        return new UInt128(BitConverter.ToUInt64(digest), BitConverter.ToUInt64(digest[8..]));
    }

    public static string NctId(int index) => "NCT2" + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Record <paramref name="index"/>; <paramref name="attempt"/> re-draws its criteria; <paramref name="variant"/> &gt; 0 is a later version.</summary>
    public TrialRecord Generate(int index, int variant = 0, int attempt = 0)
    {
        var random = new Random(HashCode.Combine(_seed, index, variant * 7919 + attempt));
        var template = _templates[new Random(HashCode.Combine(_seed, index)).Next(_templates.Count)];
        var r = template.Record;
        var status = Pick(random);
        var start = r.StartDate is { } s
            ? new PartialDate(Math.Clamp(s.Year + random.Next(-4, 5), 1990, 2026), s.Month, s.Day)
            : null;
        if (status is "RECRUITING" or "NOT_YET_RECRUITING") start = new PartialDate(random.Next(2021, 2027), random.Next(1, 13), null);
        var updated = new PartialDate(status is "RECRUITING" or "NOT_YET_RECRUITING" or "ACTIVE_NOT_RECRUITING" ? random.Next(2024, 2026) : random.Next(2008, 2026),
            random.Next(1, 13), random.Next(1, 29));
        var criteria = template.Layout is null ? r.EligibilityCriteria : Criteria(template, random, attempt);
        return r with
        {
            NctId = NctId(index),
            OverallStatus = status,
            StartDate = start,
            LastUpdatePosted = updated,
            EligibilityCriteria = criteria,
            Locations = r.Locations.Select(l => l.Status is null ? l : l with { Status = status is "RECRUITING" or "NOT_YET_RECRUITING" ? status : "COMPLETED" }).ToList(),
            Origin = null,
        };
    }

    private string Criteria(Template template, Random random, int attempt)
    {
        var text = new StringBuilder();
        // A re-drawn duplicate varies every number and drug it can.
        var variation = attempt == 0 ? 0.5 : 1.0;
        foreach (var slot in template.Layout!)
        {
            if (text.Length > 0) text.Append('\n');
            if (slot.Heading is not null) { text.Append(slot.Heading); continue; }
            var pool = _pool.Pool(template.Group, slot.Section) ?? _pool.Pool(template.Group, 0) ?? [];
            if (pool.Count == 0) continue;
            CriteriaPool.Render(pool[random.Next(pool.Count)], random, text, variation);
        }
        return text.ToString();
    }

    private static string Pick(Random random)
    {
        var x = random.NextDouble();
        foreach (var (status, share) in StatusMix)
        {
            if (x < share) return status;
            x -= share;
        }
        return "COMPLETED";
    }
}
