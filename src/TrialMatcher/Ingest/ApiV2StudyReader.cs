using System.Text.Json;
using TrialMatcher.Records;

namespace TrialMatcher.Ingest;

/// <summary>Reads ClinicalTrials.gov API v2 study JSON: one study, an array of studies, or a page of studies.</summary>
public static class ApiV2StudyReader
{
    /// <summary>Streams the studies in <paramref name="stream"/>; <paramref name="source"/> names it in messages.</summary>
    public static IEnumerable<ReadOutcome> Read(Stream stream, string source)
    {
        foreach (var piece in JsonStudySplitter.Split(stream))
        {
            var entry = $"study #{piece.Index + 1}";
            if (piece.Error is not null)
            {
                yield return new RecordRejected(new IngestProblem(source, entry, null, null, piece.Error));
                continue;
            }
            var (doc, error) = TryParse(piece.Json!);
            if (doc is null)
            {
                yield return new RecordRejected(new IngestProblem(source, entry, null, null, $"invalid JSON: {error}"));
                continue;
            }
            using (doc)
            {
                yield return Map(doc.RootElement, source, entry);
            }
        }
    }

    private static (JsonDocument? Doc, string? Error) TryParse(byte[] json)
    {
        try
        {
            return (JsonDocument.Parse(json), null);
        }
        catch (JsonException ex)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>Maps one API v2 study object (with <c>protocolSection</c>) to a record.</summary>
    public static ReadOutcome Map(JsonElement study, string source, string? entry)
    {
        var a = new RecordAssembler(source, entry);
        if (study.ValueKind != JsonValueKind.Object || !study.TryGetProperty("protocolSection", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            a.Fail(null, "protocolSection", "expected a study object with a protocolSection");
            return a.Finish(() => null!);
        }
        var id = Obj(p, "identificationModule");
        if (!a.SetNctId(Str(id, "nctId"))) return a.Finish(() => null!);

        var status = Obj(p, "statusModule");
        var design = Obj(p, "designModule");
        var elig = Obj(p, "eligibilityModule");
        var conditions = Obj(p, "conditionsModule");
        var locationsModule = Obj(p, "contactsLocationsModule");

        var (studyType, detail) = a.StudyType(Str(design, "studyType"));
        if (detail is null && Bool(design, "patientRegistry") == true) detail = "Patient Registry";
        var minAge = a.Age("minimumAge", Str(elig, "minimumAge"));
        var maxAge = a.Age("maximumAge", Str(elig, "maximumAge"));
        var record = new TrialRecord
        {
            NctId = a.NctId!,
            BriefTitle = Str(id, "briefTitle"),
            OfficialTitle = Str(id, "officialTitle"),
            OverallStatus = a.Status(Str(status, "overallStatus")),
            Phases = a.Phases(Strs(design, "phases")),
            StudyType = studyType,
            StudyTypeDetail = detail,
            Conditions = Strs(conditions, "conditions").OfType<string>().ToList(),
            Keywords = Strs(conditions, "keywords").OfType<string>().ToList(),
            MeshTerms = Arr(Obj(Obj(study, "derivedSection"), "conditionBrowseModule"), "meshes")
                .Select(m => Str(m, "term")).OfType<string>().ToList(),
            Interventions = Arr(Obj(p, "armsInterventionsModule"), "interventions")
                .Select(i => new Intervention(Str(i, "type"), Str(i, "name") ?? "", Strs(i, "otherNames").OfType<string>().ToList()))
                .Where(i => i.Name.Length > 0).ToList(),
            BriefSummary = Str(Obj(p, "descriptionModule"), "briefSummary"),
            EligibilityCriteria = Str(elig, "eligibilityCriteria"),
            MinimumAge = minAge,
            MaximumAge = maxAge,
            Sex = a.Sex(Str(elig, "sex")),
            HealthyVolunteers = Bool(elig, "healthyVolunteers"),
            Locations = Arr(locationsModule, "locations").Select(ReadLocation).ToList(),
            CentralContacts = Arr(locationsModule, "centralContacts").Select(ReadContact).ToList(),
            StartDate = a.Date("startDate", Str(Obj(status, "startDateStruct"), "date")),
            LastUpdatePosted = a.Date("lastUpdatePostDate", Str(Obj(status, "lastUpdatePostDateStruct"), "date")),
            LeadSponsor = Str(Obj(Obj(p, "sponsorCollaboratorsModule"), "leadSponsor"), "name"),
            Origin = entry is null ? source : $"{source} [{entry}]",
        };
        return a.Finish(() => record);
    }

    private static Location ReadLocation(JsonElement l)
    {
        var geo = Obj(l, "geoPoint");
        var contact = Arr(l, "contacts").Select(ReadContact).FirstOrDefault();
        return new Location
        {
            Facility = Str(l, "facility"),
            City = Str(l, "city"),
            State = Str(l, "state"),
            Zip = Str(l, "zip"),
            Country = Str(l, "country"),
            Status = Str(l, "status") is { } s ? StudyVocabulary.Status(s).Value : null,
            Latitude = Num(geo, "lat"),
            Longitude = Num(geo, "lon"),
            Contact = contact,
        };
    }

    private static Contact ReadContact(JsonElement c) => new(Str(c, "name"), Str(c, "phone"), Str(c, "email"));

    private static JsonElement Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : default;

    private static IEnumerable<JsonElement> Arr(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).ToList()
            : [];

    private static string? Str(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static IEnumerable<string?> Strs(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).ToList()
            : [];

    private static bool? Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean() : null;

    private static double? Num(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
