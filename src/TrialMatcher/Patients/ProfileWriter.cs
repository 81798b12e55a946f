using System.Text;
using System.Text.Json;

namespace TrialMatcher.Patients;

/// <summary>
/// Writes a profile in our JSON schema (fixtures/patients/README.md), so <see cref="ProfileReader"/> reads it back
/// to the same profile. Unknown fields are left out, never written as null.
/// </summary>
public static class ProfileWriter
{
    public static string ToJson(PatientProfile p)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            if (p.Age is { } age) w.WriteNumber("age", age);
            if (p.Sex is { } sex) w.WriteString("sex", sex.ToLowerInvariant());
            if (p.Cancer is { } cancer) w.WriteString("cancer", cancer);
            if (p.CancerCode is { } code) w.WriteString("oncotree_code", code);
            if (p.Histology is { } histology) w.WriteString("histology", histology);
            if (p.Stage is { } stage) w.WriteString("stage", stage);
            w.WriteStartArray("biomarkers");
            foreach (var b in p.Biomarkers)
            {
                w.WriteStartObject();
                w.WriteString("gene", b.Gene);
                if (b.Alteration is { } alteration) w.WriteString("alteration", alteration);
                w.WriteString("status", b.Status.ToString().ToLowerInvariant());
                if (b.Score is { } score) w.WriteNumber("score", score);
                if (b.ScoreType is { } scoreType) w.WriteString("score_type", scoreType);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("treatment_history");
            foreach (var t in p.TreatmentHistory)
            {
                w.WriteStartObject();
                w.WriteString("regimen", t.Regimen);
                if (t.Drugs.Count > 0)
                {
                    w.WriteStartArray("drugs");
                    foreach (var d in t.Drugs) w.WriteStringValue(d);
                    w.WriteEndArray();
                }
                if (t.Modality is { } modality) w.WriteString("modality", modality);
                if (t.Setting is { } setting) w.WriteString("setting", setting);
                if (t.Start is { } start) w.WriteString("start", start.Iso);
                if (t.Stop is { } stop) w.WriteString("stop", stop.Iso);
                if ((t.StoppedText ?? t.Stopped?.ToString().ToLowerInvariant()) is { } stopped) w.WriteString("stopped", stopped);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (p.PriorLines is { } prior) w.WriteNumber("prior_lines", prior);
            if (p.Ecog is { } ecog) w.WriteNumber("ecog", ecog);
            if (p.Karnofsky is { } kps) w.WriteNumber("karnofsky", kps);
            if (p.BrainMetastases is { } brain)
                w.WriteString("brain_metastases", brain switch { BrainMetastases.None => "none", BrainMetastases.TreatedStable => "treated-stable", _ => "active" });
            if (p.MeasurableDisease is { } measurable) w.WriteBoolean("measurable_disease", measurable);
            if (p.Location is { } location) w.WriteString("location", location);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
