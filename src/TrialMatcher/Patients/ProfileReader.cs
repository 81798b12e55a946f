using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using TrialMatcher.Records;

namespace TrialMatcher.Patients;

/// <summary>Where and why a profile could not be read: file, line (CSV) or patient, field, expected versus found.</summary>
public sealed record ProfileProblem(string Source, int? Line, string? PatientId, string? Field, string Message)
{
    public override string ToString() =>
        $"{Source}{(Line is null ? "" : $": line {Line}")}{(PatientId is null ? "" : $": patient {PatientId}")}{(Field is null ? "" : $": `{Field}`")}: {Message}";
}

public sealed record ProfileReadResult(IReadOnlyList<PatientProfile> Profiles, IReadOnlyList<ProfileProblem> Problems);

/// <summary>
/// Reads patient profiles: our JSON schema (fixtures/patients/README.md; one profile or an array), the
/// development-set layout (biomarkers as an object of gene → result), and cohort CSV files (one patient a row).
/// A bad field makes that profile fail with a precise message; the other profiles are still read.
/// </summary>
public static class ProfileReader
{
    public static ProfileReadResult ReadFile(string path)
    {
        if (!File.Exists(path)) return new([], [new ProfileProblem(path, null, null, null, "no such file")]);
        return Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : ReadJson(path, File.ReadAllText(path));
    }

    public static ProfileReadResult ReadJson(string source, string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new([], [new ProfileProblem(source, (int?)(ex.LineNumber + 1), null, null, $"invalid JSON: {ex.Message}")]);
        }
        using (doc)
        {
            var profiles = new List<PatientProfile>();
            var problems = new List<ProfileProblem>();
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.EnumerateArray().ToList() : [doc.RootElement];
            var n = 0;
            foreach (var item in items)
            {
                n++;
                var problem = TryMap(item, source, n, out var profile);
                if (profile is not null) profiles.Add(profile);
                if (problem is not null) problems.Add(problem);
            }
            return new(profiles, problems);
        }
    }

    private static ProfileProblem? TryMap(JsonElement e, string source, int n, out PatientProfile? profile)
    {
        profile = null;
        if (e.ValueKind != JsonValueKind.Object) return new ProfileProblem(source, null, null, null, $"profile #{n}: expected an object, found {e.ValueKind}");
        var id = Str(e, "id") ?? Path.GetFileNameWithoutExtension(source);
        ProfileProblem Fail(string field, string message) => new(source, null, id, field, message);

        int? age = null;
        if (e.TryGetProperty("age", out var a) && a.ValueKind != JsonValueKind.Null)
        {
            if (a.ValueKind == JsonValueKind.Number && a.TryGetInt32(out var ai) && ai is >= 0 and <= 120) age = ai;
            else return Fail("age", $"expected a whole number of years from 0 to 120, got {a.GetRawText()}");
        }
        var sex = Str(e, "sex");
        string? sexValue = null;
        if (sex is not null)
        {
            sexValue = sex.ToLowerInvariant() switch { "female" or "f" or "woman" => "FEMALE", "male" or "m" or "man" => "MALE", _ => null };
            if (sexValue is null) return Fail("sex", $"expected female or male, got '{sex}'");
        }
        var ecog = Int(e, "ecog");
        if (ecog is { } ec && ec is < 0 or > 4) return Fail("ecog", $"expected 0 to 4, got {ec}");
        var kps = Int(e, "karnofsky");
        if (kps is { } k && (k < 0 || k > 100 || k % 10 != 0)) return Fail("karnofsky", $"expected 0 to 100 in steps of 10, got {k}");
        var prior = Int(e, "prior_lines");
        if (prior is < 0) return Fail("prior_lines", $"expected 0 or more, got {prior}");

        var biomarkers = new List<BiomarkerResult>();
        if (e.TryGetProperty("biomarkers", out var b))
        {
            if (b.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in b.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) { biomarkers.Add(BiomarkerText.FromText(item.GetString()!)); continue; }
                    var gene = Str(item, "gene");
                    if (gene is null) return Fail("biomarkers", "each biomarker needs a `gene`");
                    var status = Str(item, "status");
                    var parsedStatus = status?.ToLowerInvariant() switch
                    {
                        null => (BiomarkerStatus?)null,
                        "positive" => BiomarkerStatus.Positive,
                        "negative" => BiomarkerStatus.Negative,
                        "unknown" => BiomarkerStatus.Unknown,
                        _ => null,
                    };
                    if (status is not null && parsedStatus is null) return Fail($"biomarkers.{gene}.status", $"expected positive, negative or unknown, got '{status}'");
                    var alteration = Str(item, "alteration");
                    var score = Num(item, "score");
                    var scoreType = Str(item, "score_type");
                    if (alteration is "TPS" or "CPS" && score is not null) { scoreType ??= alteration; alteration = null; }
                    biomarkers.Add(new BiomarkerResult(BiomarkerText.CanonicalGene(gene), alteration, parsedStatus ?? (score is > 0 ? BiomarkerStatus.Positive : BiomarkerStatus.Unknown), score, scoreType));
                }
            }
            else if (b.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in b.EnumerateObject())
                    biomarkers.Add(BiomarkerText.FromKeyValue(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()));
            }
        }

        var history = new List<TreatmentEntry>();
        if (e.TryGetProperty("treatment_history", out var h) && h.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var t in h.EnumerateArray())
            {
                i++;
                var regimen = Str(t, "regimen");
                if (regimen is null) return Fail($"treatment_history[{i}].regimen", "each treatment needs a `regimen`");
                var start = PartialDate.Parse(Str(t, "start"));
                if (!start.Success) return Fail($"treatment_history[{i}].start", start.Error!);
                var stop = PartialDate.Parse(Str(t, "stop"));
                if (!stop.Success) return Fail($"treatment_history[{i}].stop", stop.Error!);
                var stopped = Str(t, "stopped");
                history.Add(new TreatmentEntry
                {
                    Regimen = regimen,
                    Drugs = t.TryGetProperty("drugs", out var d) && d.ValueKind == JsonValueKind.Array ? d.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList() : [],
                    Modality = Str(t, "modality"),
                    Setting = Str(t, "setting"),
                    Start = start.Value,
                    Stop = stop.Value,
                    Stopped = LinesOfTherapy.StopReasonFrom(stopped),
                    StoppedText = stopped,
                });
            }
        }

        var brain = Str(e, "brain_metastases");
        var brainValue = ParseBrain(brain);
        if (brain is not null && brainValue is null) return Fail("brain_metastases", $"expected none, treated-stable or active, got '{brain}'");
        bool? measurable = e.TryGetProperty("measurable_disease", out var m) ? m.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        } : null;

        profile = new PatientProfile
        {
            Id = id,
            Age = age,
            Sex = sexValue,
            Cancer = Str(e, "cancer"),
            CancerCode = Str(e, "oncotree_code"),
            Histology = Str(e, "histology"),
            Stage = Str(e, "stage"),
            Biomarkers = biomarkers,
            TreatmentHistory = history,
            PriorLines = prior,
            Ecog = ecog,
            Karnofsky = kps,
            BrainMetastases = brainValue,
            MeasurableDisease = measurable,
            Location = Str(e, "location"),
        };
        return null;
    }

    public static BrainMetastases? ParseBrain(string? text)
    {
        if (text is null) return null;
        var t = text.ToLowerInvariant();
        if (t is "none" or "no" or "absent" || t.StartsWith("none", StringComparison.Ordinal)) return BrainMetastases.None;
        if (t.Contains("untreated", StringComparison.Ordinal) || t.Contains("active", StringComparison.Ordinal) || t.Contains("progress", StringComparison.Ordinal) || t.Contains("symptomatic", StringComparison.Ordinal) && !t.Contains("asymptomatic", StringComparison.Ordinal)) return BrainMetastases.Active;
        if (t.Contains("treated", StringComparison.Ordinal) || t.Contains("stable", StringComparison.Ordinal)) return BrainMetastases.TreatedStable;
        return null;
    }

    /// <summary>A cohort CSV: one patient a row (columns in fixtures/patients/README.md). Rows that fail are reported with their line number.</summary>
    public static ProfileReadResult ReadCsv(string path)
    {
        var profiles = new List<PatientProfile>();
        var problems = new List<ProfileProblem>();
        using var reader = new StreamReader(path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = args => problems.Add(new ProfileProblem(path, args.Context.Parser?.RawRow, null, null, "bad quoting in row")),
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read()) return new(profiles, [new ProfileProblem(path, 1, null, null, "the file is empty; expected a header row")]);
        csv.ReadHeader();
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var required in new[] { "id", "cancer" })
        {
            if (!header.Contains(required)) return new(profiles, [new ProfileProblem(path, 1, null, required, $"missing column; the header has: {string.Join(", ", header)}")]);
        }
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Get(string name) => header.Contains(name) && csv.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            var id = Get("id");
            ProfileProblem Fail(string field, string message) => new(path, line, id, field, message);
            try
            {
                int? ParseInt(string field, int min, int max)
                {
                    var raw = Get(field);
                    if (raw is null) return null;
                    if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
                    throw new FormatException(field + "\u0001" + $"expected a whole number from {min} to {max}, got '{raw}'");
                }
                if (id is null) { problems.Add(Fail("id", "every row needs an id")); continue; }
                var biomarkers = (Get("biomarkers") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(BiomarkerText.FromText).ToList();
                var history = new List<TreatmentEntry>();
                foreach (var item in (Get("treatment_history") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var parts = item.Split('|');
                    var start = PartialDate.Parse(parts.ElementAtOrDefault(2));
                    var stop = PartialDate.Parse(parts.ElementAtOrDefault(3));
                    if (!start.Success) throw new FormatException("treatment_history\u0001" + start.Error);
                    if (!stop.Success) throw new FormatException("treatment_history\u0001" + stop.Error);
                    var stopped = parts.ElementAtOrDefault(4);
                    history.Add(new TreatmentEntry
                    {
                        Regimen = parts[0].Trim(),
                        Setting = NullIfEmpty(parts.ElementAtOrDefault(1)),
                        Start = start.Value,
                        Stop = stop.Value,
                        Stopped = LinesOfTherapy.StopReasonFrom(stopped),
                        StoppedText = NullIfEmpty(stopped),
                    });
                }
                var sex = Get("sex")?.ToLowerInvariant();
                var brain = Get("brain_metastases");
                var brainValue = ParseBrain(brain);
                if (brain is not null && brainValue is null) throw new FormatException("brain_metastases\u0001" + $"expected none, treated-stable or active, got '{brain}'");
                var measurable = Get("measurable_disease")?.ToLowerInvariant();
                profiles.Add(new PatientProfile
                {
                    Id = id,
                    Age = ParseInt("age", 0, 120),
                    Sex = sex switch { null => null, "female" or "f" => "FEMALE", "male" or "m" => "MALE", _ => throw new FormatException("sex\u0001" + $"expected female or male, got '{sex}'") },
                    Cancer = Get("cancer"),
                    CancerCode = Get("oncotree_code"),
                    Stage = Get("stage"),
                    Biomarkers = biomarkers,
                    TreatmentHistory = history,
                    PriorLines = ParseInt("prior_lines", 0, 20),
                    Ecog = ParseInt("ecog", 0, 4),
                    Karnofsky = ParseInt("karnofsky", 0, 100),
                    BrainMetastases = brainValue,
                    MeasurableDisease = measurable switch { null => null, "true" or "yes" or "1" => true, "false" or "no" or "0" => false, _ => throw new FormatException("measurable_disease\u0001" + $"expected true or false, got '{measurable}'") },
                    Location = Get("location"),
                });
            }
            catch (FormatException ex) when (ex.Message.Contains('\u0001'))
            {
                var parts = ex.Message.Split('\u0001');
                problems.Add(Fail(parts[0], parts[1]));
            }
        }
        return new(profiles, problems);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s.Trim() : null,
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
