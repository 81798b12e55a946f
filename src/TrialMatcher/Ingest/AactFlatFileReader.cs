using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

/// <summary>
/// Reads an AACT pipe-delimited export folder: <c>studies.txt</c> drives the read (streamed row by row); the
/// child tables (<c>eligibilities</c>, <c>conditions</c>, <c>interventions</c>, <c>facilities</c>, <c>keywords</c>,
/// <c>brief_summaries</c>, <c>sponsors</c>, <c>browse_conditions</c>) are joined on <c>nct_id</c>. AACT does not
/// sort its files by study, so the child tables are first copied into a temporary SQLite file indexed by NCT id
/// (<see cref="AactChildStore"/>): memory stays bounded however large the export.
/// </summary>
public static class AactFlatFileReader
{
    public const string DriverFile = "studies.txt";

    public static bool IsAactFolder(string directory) => File.Exists(Path.Combine(directory, DriverFile));

    public static IEnumerable<ReadOutcome> Read(string directory)
    {
        var problems = new List<IngestProblem>();
        using var store = new AactChildStore();
        var eligibilities = store.Load(directory, "eligibilities.txt", problems);
        var conditions = store.Load(directory, "conditions.txt", problems);
        var interventions = store.Load(directory, "interventions.txt", problems);
        var otherNames = store.Load(directory, "intervention_other_names.txt", problems);
        var facilities = store.Load(directory, "facilities.txt", problems);
        var keywords = store.Load(directory, "keywords.txt", problems);
        var summaries = store.Load(directory, "brief_summaries.txt", problems);
        var sponsors = store.Load(directory, "sponsors.txt", problems);
        var meshes = store.Load(directory, "browse_conditions.txt", problems);
        store.Seal();
        foreach (var p in problems) yield return new RecordRejected(p);
        var reported = problems.Count;

        var path = Path.Combine(directory, DriverFile);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Configuration(path, problems));
        if (!csv.Read()) yield break;
        csv.ReadHeader();
        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException ex)
            {
                problems.Add(new IngestProblem(path, $"line {ex.Context?.Parser?.RawRow}", null, null, $"unreadable row: {ex.Message.Split('\n')[0]}"));
                break;
            }
            if (!more) break;
            var entry = $"line {csv.Parser.RawRow}";
            var row = Row(csv);
            var a = new RecordAssembler(path, entry);
            if (!a.SetNctId(Get(row, "nct_id")))
            {
                yield return a.Finish(() => null!);
                continue;
            }
            var id = a.NctId!;
            var elig = eligibilities.Rows(id).FirstOrDefault();
            var (studyType, detail) = a.StudyType(Get(row, "study_type"));
            var minAge = a.Age("minimum_age", Get(elig, "minimum_age"));
            var maxAge = a.Age("maximum_age", Get(elig, "maximum_age"));
            var record = new TrialRecord
            {
                NctId = id,
                BriefTitle = Get(row, "brief_title"),
                OfficialTitle = Get(row, "official_title"),
                OverallStatus = a.Status(Get(row, "overall_status")),
                Phases = a.Phases([Get(row, "phase")]),
                StudyType = studyType,
                StudyTypeDetail = detail,
                Conditions = Values(conditions, id, "name"),
                Keywords = Values(keywords, id, "name"),
                MeshTerms = Values(meshes, id, "mesh_term"),
                Interventions = interventions.Rows(id).Select(i => new Intervention(
                    Get(i, "intervention_type"), Get(i, "name") ?? "",
                    otherNames.Rows(id).Where(o => Get(o, "intervention_id") == Get(i, "id"))
                        .Select(o => Get(o, "name")).OfType<string>().ToList())).Where(i => i.Name.Length > 0).ToList(),
                BriefSummary = Get(summaries.Rows(id).FirstOrDefault(), "description"),
                EligibilityCriteria = Get(elig, "criteria"),
                MinimumAge = minAge,
                MaximumAge = maxAge,
                Sex = a.Sex(Get(elig, "gender")),
                HealthyVolunteers = Get(elig, "healthy_volunteers") switch
                {
                    null => null,
                    var v => v.StartsWith('t') || v.StartsWith('T') || v.StartsWith("Accepts", StringComparison.OrdinalIgnoreCase) || v.Equals("yes", StringComparison.OrdinalIgnoreCase),
                },
                Locations = facilities.Rows(id).Select(f => new Location
                {
                    Facility = Get(f, "name"),
                    City = Get(f, "city"),
                    State = Get(f, "state"),
                    Zip = Get(f, "zip"),
                    Country = Get(f, "country"),
                    Status = Get(f, "status") is { } s ? StudyVocabulary.Status(s).Value : null,
                    Latitude = Number(Get(f, "latitude")),
                    Longitude = Number(Get(f, "longitude")),
                }).ToList(),
                StartDate = a.Date("start_date", Get(row, "start_date")),
                LastUpdatePosted = a.Date("last_update_posted_date", Get(row, "last_update_posted_date")),
                LeadSponsor = sponsors.Rows(id).Where(s => Get(s, "lead_or_collaborator") == "lead").Select(s => Get(s, "name")).FirstOrDefault()
                              ?? Get(row, "source"),
                Origin = $"{path} [{entry}]",
            };
            yield return a.Finish(() => record);
        }
        foreach (var p in problems.Skip(reported)) yield return new RecordRejected(p);
    }

    internal static CsvConfiguration Configuration(string path, List<IngestProblem> problems) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = "|",
        HasHeaderRecord = true,
        MissingFieldFound = null,
        HeaderValidated = null,
        // AACT quotes fields that contain newlines or pipes; a stray quote elsewhere is reported, not fatal.
        BadDataFound = args => problems.Add(new IngestProblem(path, $"line {args.Context.Parser?.RawRow}", null, null, $"bad quoting in field: {Trim(args.RawRecord)}")),
        TrimOptions = TrimOptions.None,
    };

    private static string Trim(string s) => s.Length > 80 ? s[..80] + "..." : s.TrimEnd();

    internal static Dictionary<string, string> Row(CsvReader csv)
    {
        var header = csv.HeaderRecord!;
        var row = new Dictionary<string, string>(header.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (csv.TryGetField<string>(i, out var value) && value is not null) row[header[i]] = value;
        }
        return row;
    }

    internal static string? Get(Dictionary<string, string>? row, string name) =>
        row is not null && row.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static IReadOnlyList<string> Values(AactChildStore.Table table, string id, string column) =>
        table.Rows(id).Select(r => Get(r, column)).OfType<string>().ToList();

    private static double? Number(string? s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
