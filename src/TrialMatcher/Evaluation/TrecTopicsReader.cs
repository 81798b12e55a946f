using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrialMatcher.Patients;

namespace TrialMatcher.Evaluation;

/// <summary>Reads TREC Precision Medicine topics (disease, gene variants, "38-year-old male") as patient profiles.</summary>
public static partial class TrecTopicsReader
{
    public static IReadOnlyList<PatientProfile> Read(string path)
    {
        var root = XElement.Load(path);
        var profiles = new List<PatientProfile>();
        foreach (var topic in root.Elements("topic"))
        {
            var id = (string?)topic.Attribute("number") ?? (profiles.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var demographic = topic.Element("demographic")?.Value ?? "";
            var m = Demographic().Match(demographic);
            var biomarkers = new List<BiomarkerResult>();
            foreach (var part in (topic.Element("gene")?.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var g = GeneVariant().Match(part);
                if (!g.Success) continue;
                var alteration = (g.Groups[2].Success ? g.Groups[2].Value : g.Groups[3].Value).Trim();
                biomarkers.Add(new BiomarkerResult(BiomarkerText.CanonicalGene(g.Groups[1].Value), alteration.Length > 0 ? alteration : null, BiomarkerStatus.Positive));
            }
            profiles.Add(new PatientProfile
            {
                Id = id,
                Cancer = topic.Element("disease")?.Value.Trim(),
                Age = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                Sex = m.Success ? (m.Groups[2].Value.StartsWith('f') ? "FEMALE" : "MALE") : null,
                Biomarkers = biomarkers,
            });
        }
        return profiles;
    }

    [GeneratedRegex(@"(\d+)-year-old\s+(female|male|woman|man)", RegexOptions.IgnoreCase)]
    private static partial Regex Demographic();

    [GeneratedRegex(@"^([A-Za-z0-9-]+)\s*(?:\(([^)]*)\)|(.*))$")]
    private static partial Regex GeneVariant();
}
