using System.Text.Json;
using System.Xml.Linq;

namespace TrialMatcher.Eligibility.Evaluation;

/// <summary>One record's criteria text exactly as the source holds it.</summary>
public sealed record CorpusText(string NctId, string Source, string Criteria);

/// <summary>
/// Reads raw criteria texts from a shared data folder (ctgov-xml/*.xml and ctgov-json-v2/**.json) the way the
/// evaluation sampler did: for XML the unmodified text of eligibility/criteria/textblock, for API v2 JSON
/// protocolSection.eligibilityModule.eligibilityCriteria; a JSON record wins over an XML one with the same NCT id.
/// Unreadable files are skipped and counted, never thrown.
/// </summary>
public static class CriteriaCorpus
{
    public static bool Exists(string dataDir) => Directory.Exists(Path.Combine(dataDir, "ctgov-xml")) || Directory.Exists(Path.Combine(dataDir, "ctgov-json-v2"));

    public static Dictionary<string, CorpusText> Load(string dataDir, out int skippedFiles)
    {
        var result = new Dictionary<string, CorpusText>(StringComparer.OrdinalIgnoreCase);
        skippedFiles = 0;
        var xmlDir = Path.Combine(dataDir, "ctgov-xml");
        if (Directory.Exists(xmlDir))
        {
            foreach (var file in Directory.EnumerateFiles(xmlDir, "*.xml").Order(StringComparer.Ordinal))
            {
                try
                {
                    var root = XDocument.Load(file, LoadOptions.PreserveWhitespace).Root;
                    var block = root?.Element("eligibility")?.Element("criteria")?.Element("textblock");
                    var nct = root?.Element("id_info")?.Element("nct_id")?.Value;
                    if (block is null || nct is null || string.IsNullOrWhiteSpace(block.Value)) continue;
                    result[nct] = new CorpusText(nct, "xml", block.Value);
                }
                catch (Exception ex) when (ex is IOException or System.Xml.XmlException or UnauthorizedAccessException) { skippedFiles++; }
            }
        }
        var jsonDir = Path.Combine(dataDir, "ctgov-json-v2");
        if (Directory.Exists(jsonDir))
        {
            var files = new List<string>();
            foreach (var name in new[] { "nsclc-100-studies.json", "studies-page-with-nextPageToken.json" })
                if (File.Exists(Path.Combine(jsonDir, name))) files.Add(Path.Combine(jsonDir, name));
            var single = Path.Combine(jsonDir, "single-studies");
            if (Directory.Exists(single)) files.AddRange(Directory.EnumerateFiles(single, "*.json").Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                try
                {
                    using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
                    foreach (var study in Studies(doc.RootElement))
                    {
                        if (!study.TryGetProperty("protocolSection", out var ps)) continue;
                        var nct = ps.TryGetProperty("identificationModule", out var id) && id.TryGetProperty("nctId", out var n) ? n.GetString() : null;
                        var crit = ps.TryGetProperty("eligibilityModule", out var el) && el.TryGetProperty("eligibilityCriteria", out var c) ? c.GetString() : null;
                        if (nct is null || string.IsNullOrEmpty(crit)) continue;
                        result[nct] = new CorpusText(nct, "json", crit);
                    }
                }
                catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException or UnauthorizedAccessException) { skippedFiles++; }
            }
        }
        return result;
    }

    private static IEnumerable<JsonElement> Studies(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) { foreach (var s in root.EnumerateArray()) yield return s; }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("studies", out var studies) && studies.ValueKind == JsonValueKind.Array) { foreach (var s in studies.EnumerateArray()) yield return s; }
        else if (root.ValueKind == JsonValueKind.Object) yield return root;
    }
}
