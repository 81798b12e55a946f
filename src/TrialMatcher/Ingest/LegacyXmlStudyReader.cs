using System.Xml;
using System.Xml.Linq;
using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

/// <summary>
/// Reads the legacy ClinicalTrials.gov <c>clinical_study</c> XML (the old bulk download and the TREC collections).
/// One file holds one study; files are small, so each is loaded whole, never the corpus.
/// </summary>
public static class LegacyXmlStudyReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        CloseInput = false,
    };

    public static IEnumerable<ReadOutcome> Read(Stream stream, string source)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            return [new RecordRejected(new IngestProblem(source, null, null, null, $"invalid XML at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message}"))];
        }
        if (root.Name.LocalName != "clinical_study")
            return [new RecordRejected(new IngestProblem(source, null, null, null, $"expected a <clinical_study> root element, found <{root.Name.LocalName}>"))];
        return [Map(root, source)];
    }

    public static ReadOutcome Map(XElement s, string source)
    {
        var a = new RecordAssembler(source, null);
        if (!a.SetNctId(Text(s, "id_info", "nct_id"))) return a.Finish(() => null!);

        var eligibility = s.Element("eligibility");
        var (studyType, detail) = a.StudyType(Text(s, "study_type"));
        var minAge = a.Age("minimum_age", Text(eligibility, "minimum_age"));
        var maxAge = a.Age("maximum_age", Text(eligibility, "maximum_age"));
        var record = new TrialRecord
        {
            NctId = a.NctId!,
            BriefTitle = Text(s, "brief_title"),
            OfficialTitle = Text(s, "official_title"),
            OverallStatus = a.Status(Text(s, "overall_status")),
            Phases = a.Phases([Text(s, "phase")]),
            StudyType = studyType,
            StudyTypeDetail = detail,
            Conditions = Texts(s, "condition"),
            Keywords = Texts(s, "keyword"),
            MeshTerms = s.Element("condition_browse")?.Elements("mesh_term").Select(e => e.Value.Trim()).Where(v => v.Length > 0).ToList() ?? [],
            Interventions = s.Elements("intervention").Select(i => new Intervention(
                Text(i, "intervention_type"), Text(i, "intervention_name") ?? "", Texts(i, "other_name"))).Where(i => i.Name.Length > 0).ToList(),
            BriefSummary = Block(s.Element("brief_summary")),
            EligibilityCriteria = Block(eligibility?.Element("criteria")),
            MinimumAge = minAge,
            MaximumAge = maxAge,
            Sex = a.Sex(Text(eligibility, "gender")),
            HealthyVolunteers = Text(eligibility, "healthy_volunteers") switch
            {
                null => null,
                var v when v.StartsWith("Accepts", StringComparison.OrdinalIgnoreCase) || v.Equals("Yes", StringComparison.OrdinalIgnoreCase) => true,
                _ => false,
            },
            Locations = s.Elements("location").Select(ReadLocation).ToList(),
            CentralContacts = s.Elements("overall_contact").Select(ReadContact).ToList(),
            StartDate = a.Date("start_date", Text(s, "start_date")),
            LastUpdatePosted = a.Date("last_update_posted", Text(s, "last_update_posted") ?? Text(s, "lastchanged_date")),
            LeadSponsor = Text(s.Element("sponsors")?.Element("lead_sponsor"), "agency"),
            Origin = source,
        };
        return a.Finish(() => record);
    }

    private static Location ReadLocation(XElement l)
    {
        var facility = l.Element("facility");
        var address = facility?.Element("address");
        return new Location
        {
            Facility = Text(facility, "name"),
            City = Text(address, "city"),
            State = Text(address, "state"),
            Zip = Text(address, "zip"),
            Country = Text(address, "country"),
            Status = Text(l, "status") is { } st ? StudyVocabulary.Status(st).Value : null,
            Contact = l.Element("contact") is { } c ? ReadContact(c) : null,
        };
    }

    private static Contact ReadContact(XElement c)
    {
        var name = string.Join(' ', new[] { Text(c, "first_name"), Text(c, "last_name") }.Where(x => x is not null));
        return new Contact(name.Length > 0 ? name : null, Text(c, "phone"), Text(c, "email"));
    }

    private static string? Text(XElement? e, params string[] path)
    {
        foreach (var name in path) e = e?.Element(name);
        var v = e?.Value.Trim();
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private static IReadOnlyList<string> Texts(XElement e, string name) =>
        e.Elements(name).Select(x => x.Value.Trim()).Where(v => v.Length > 0).ToList();

    /// <summary>Criteria and summaries sit in a &lt;textblock&gt; indented by the exporter; keep the text, drop the indentation.</summary>
    private static string? Block(XElement? e)
    {
        var raw = (e?.Element("textblock") ?? e)?.Value;
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim())).Trim('\n');
    }
}
