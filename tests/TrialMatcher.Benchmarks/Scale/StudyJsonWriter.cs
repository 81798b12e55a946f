using System.Text.Json;
using TrialMatcher.Records;

namespace TrialMatcher.Benchmarks.Scale;

/// <summary>Writes a record as a ClinicalTrials.gov API v2 study object (the fields the ingest reader maps).</summary>
internal static class StudyJsonWriter
{
    public static void Write(Utf8JsonWriter w, TrialRecord r)
    {
        w.WriteStartObject();
        w.WriteStartObject("protocolSection");

        w.WriteStartObject("identificationModule");
        w.WriteString("nctId", r.NctId);
        Opt(w, "briefTitle", r.BriefTitle);
        Opt(w, "officialTitle", r.OfficialTitle);
        w.WriteEndObject();

        w.WriteStartObject("statusModule");
        Opt(w, "overallStatus", r.OverallStatus);
        if (r.StartDate is { } start) { w.WriteStartObject("startDateStruct"); w.WriteString("date", start.Iso); w.WriteEndObject(); }
        if (r.LastUpdatePosted is { } up) { w.WriteStartObject("lastUpdatePostDateStruct"); w.WriteString("date", up.Iso); w.WriteEndObject(); }
        w.WriteEndObject();

        w.WriteStartObject("sponsorCollaboratorsModule");
        if (r.LeadSponsor is { } sponsor) { w.WriteStartObject("leadSponsor"); w.WriteString("name", sponsor); w.WriteEndObject(); }
        w.WriteEndObject();

        w.WriteStartObject("descriptionModule");
        Opt(w, "briefSummary", r.BriefSummary);
        w.WriteEndObject();

        w.WriteStartObject("conditionsModule");
        Strings(w, "conditions", r.Conditions);
        Strings(w, "keywords", r.Keywords);
        w.WriteEndObject();

        w.WriteStartObject("designModule");
        Opt(w, "studyType", r.StudyType);
        if (r.StudyTypeDetail == "Patient Registry") w.WriteBoolean("patientRegistry", true);
        Strings(w, "phases", r.Phases);
        w.WriteEndObject();

        w.WriteStartObject("armsInterventionsModule");
        w.WriteStartArray("interventions");
        foreach (var i in r.Interventions)
        {
            w.WriteStartObject();
            Opt(w, "type", i.Type);
            w.WriteString("name", i.Name);
            Strings(w, "otherNames", i.OtherNames);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("eligibilityModule");
        Opt(w, "eligibilityCriteria", r.EligibilityCriteria);
        if (r.HealthyVolunteers is { } hv) w.WriteBoolean("healthyVolunteers", hv);
        Opt(w, "sex", r.Sex);
        Age(w, "minimumAge", r.MinimumAge);
        Age(w, "maximumAge", r.MaximumAge);
        w.WriteEndObject();

        w.WriteStartObject("contactsLocationsModule");
        w.WriteStartArray("centralContacts");
        foreach (var c in r.CentralContacts) Contact(w, c);
        w.WriteEndArray();
        w.WriteStartArray("locations");
        foreach (var l in r.Locations)
        {
            w.WriteStartObject();
            Opt(w, "facility", l.Facility);
            Opt(w, "status", l.Status);
            Opt(w, "city", l.City);
            Opt(w, "state", l.State);
            Opt(w, "zip", l.Zip);
            Opt(w, "country", l.Country);
            if (l.Contact is { } c) { w.WriteStartArray("contacts"); Contact(w, c); w.WriteEndArray(); }
            if (l.Latitude is { } lat && l.Longitude is { } lon)
            {
                w.WriteStartObject("geoPoint");
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject(); // protocolSection

        w.WriteStartObject("derivedSection");
        w.WriteStartObject("conditionBrowseModule");
        w.WriteStartArray("meshes");
        foreach (var m in r.MeshTerms) { w.WriteStartObject(); w.WriteString("term", m); w.WriteEndObject(); }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteBoolean("hasResults", false);
        w.WriteEndObject();
    }

    private static void Age(Utf8JsonWriter w, string name, AgeLimit age)
    {
        if (age.Kind == AgeLimitKind.Stated && age.Value is { } v && age.Unit is { } unit)
            w.WriteString(name, $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit}");
    }

    private static void Contact(Utf8JsonWriter w, Contact c)
    {
        w.WriteStartObject();
        Opt(w, "name", c.Name);
        Opt(w, "phone", c.Phone);
        Opt(w, "email", c.Email);
        w.WriteEndObject();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
