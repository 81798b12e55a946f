using TrialMatcher.Patients;
using TrialMatcher.Records;

namespace TrialMatcher.Benchmarks.Scale;

/// <summary>
/// Draws patient profiles for the latency benchmark from a fixed, documented distribution (see RESULTS.md):
/// cancer types weighted roughly by how often adults with that cancer are referred for trials; stage, prior
/// lines, ECOG and biomarkers by type. The distribution is a benchmark workload, not epidemiology.
/// </summary>
internal static class PatientGenerator
{
    private sealed record Site(string Code, string Cancer, double Weight, bool Heme, string? Sex, string[] Regimens, (string Gene, string? Alteration, double Positive)[] Markers);

    private static readonly Site[] Sites =
    [
        new("LUAD", "lung adenocarcinoma", 14, false, null, ["carboplatin pemetrexed pembrolizumab", "osimertinib", "docetaxel", "alectinib"],
            [("EGFR", "L858R", 0.15), ("ALK", "fusion", 0.05), ("KRAS", "G12C", 0.12), ("PD-L1", "TPS", 0.3)]),
        new("LUSC", "squamous cell lung cancer", 4, false, null, ["carboplatin paclitaxel pembrolizumab", "docetaxel"], [("PD-L1", "TPS", 0.3)]),
        new("SCLC", "small cell lung cancer", 3, false, null, ["carboplatin etoposide atezolizumab", "topotecan"], []),
        new("NSCLC", "non-small cell lung cancer", 3, false, null, ["carboplatin paclitaxel", "nivolumab"], [("EGFR", null, 0.1), ("PD-L1", "TPS", 0.3)]),
        new("BRCA", "breast cancer", 16, false, "FEMALE", ["letrozole palbociclib", "trastuzumab pertuzumab docetaxel", "capecitabine", "sacituzumab govitecan"],
            [("ER", null, 0.7), ("PR", null, 0.6), ("HER2", null, 0.18), ("BRCA1", null, 0.04), ("PIK3CA", "H1047R", 0.2)]),
        new("COADREAD", "colorectal cancer", 9, false, null, ["FOLFOX", "FOLFIRI bevacizumab", "trifluridine tipiracil"],
            [("KRAS", "G12D", 0.4), ("BRAF", "V600E", 0.08), ("MSI-H", null, 0.05)]),
        new("PRAD", "prostate cancer", 8, false, "MALE", ["enzalutamide", "docetaxel", "abiraterone"], [("BRCA2", null, 0.1)]),
        new("PAAD", "pancreatic adenocarcinoma", 5, false, null, ["FOLFIRINOX", "gemcitabine nab-paclitaxel"], [("KRAS", "G12D", 0.9), ("BRCA2", null, 0.05)]),
        new("HGSOC", "high grade serous ovarian cancer", 4, false, "FEMALE", ["carboplatin paclitaxel", "olaparib", "pegylated liposomal doxorubicin"], [("BRCA1", null, 0.15)]),
        new("SKCM", "melanoma", 4, false, null, ["nivolumab ipilimumab", "dabrafenib trametinib", "pembrolizumab"], [("BRAF", "V600E", 0.45)]),
        new("HNSC", "head and neck squamous cell carcinoma", 3, false, null, ["cisplatin radiotherapy", "pembrolizumab"], [("PD-L1", "CPS", 0.5)]),
        new("BLCA", "bladder cancer", 3, false, null, ["gemcitabine cisplatin", "enfortumab vedotin pembrolizumab"], [("FGFR3", null, 0.15)]),
        new("CCRCC", "clear cell renal cell carcinoma", 3, false, null, ["nivolumab ipilimumab", "cabozantinib"], []),
        new("HCC", "hepatocellular carcinoma", 2, false, null, ["atezolizumab bevacizumab", "sorafenib"], []),
        new("STAD", "gastric adenocarcinoma", 2, false, null, ["FOLFOX nivolumab", "ramucirumab paclitaxel"], [("HER2", null, 0.15), ("MSI-H", null, 0.05)]),
        new("GBM", "glioblastoma", 2, false, null, ["temozolomide radiotherapy", "lomustine"], [("IDH1", "R132H", 0.08), ("MGMT", "methylation", 0.4)]),
        new("UCEC", "endometrial cancer", 2, false, "FEMALE", ["carboplatin paclitaxel", "pembrolizumab lenvatinib"], [("MSI-H", null, 0.25)]),
        new("AML", "acute myeloid leukemia", 3, true, null, ["cytarabine daunorubicin", "azacitidine venetoclax"], [("FLT3", "ITD", 0.25), ("NPM1", null, 0.3), ("IDH1", null, 0.08)]),
        new("PCM", "multiple myeloma", 3, true, null, ["bortezomib lenalidomide dexamethasone", "daratumumab pomalidomide dexamethasone", "carfilzomib dexamethasone"], [("del(17p)", null, 0.1)]),
        new("DLBCLNOS", "diffuse large B-cell lymphoma", 3, true, null, ["R-CHOP", "R-ICE", "axicabtagene ciloleucel"], [("CD20", null, 0.95)]),
        new("CLLSLL", "chronic lymphocytic leukemia", 2, true, null, ["ibrutinib", "venetoclax obinutuzumab"], [("del(17p)", null, 0.08)]),
        new("HL", "classical Hodgkin lymphoma", 1, true, null, ["ABVD", "brentuximab vedotin"], []),
    ];

    private static readonly string[] Cities = ["Boston, MA", "Houston, TX", "Toronto, ON", "Paris, France", "Chicago, IL", "Seattle, WA", "London, United Kingdom", "Madrid, Spain"];

    public static List<PatientProfile> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var total = Sites.Sum(s => s.Weight);
        var list = new List<PatientProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var x = random.NextDouble() * total;
            var site = Sites.First(s => (x -= s.Weight) < 0 || s == Sites[^1]);
            list.Add(Draw(site, i, random));
        }
        return list;
    }

    /// <summary>How the workload is drawn, for the results file.</summary>
    public static string Describe()
    {
        var total = Sites.Sum(s => s.Weight);
        var types = string.Join(", ", Sites.Select(s => $"{s.Code} {s.Weight / total:P0}"));
        return $"""
            - Cancer types (OncoTree code, share): {types}.
            - Age: normal(63, 12) clamped to 18–90; sex by type (breast, ovary, uterus female; prostate male; else 50/50).
            - Stage (solid): IV 55%, III 25%, II 12%, I 8% (with A/B substage half the time); heme: Ann Arbor I–IV (lymphoma), ISS I–III (myeloma), "relapsed"/"refractory"/none (leukaemia).
            - Prior lines: 0 35%, 1 30%, 2 20%, 3 10%, 4 5% — each line a standard regimen of the type, stopped for progression (80%) or intolerance; half the patients give a typed line count as well.
            - Biomarkers: per type (e.g. lung adenocarcinoma EGFR L858R 15%, ALK 5%, KRAS G12C 12%, PD-L1 TPS ≥1 30%; breast ER 70%, PR 60%, HER2 18%; melanoma BRAF V600E 45%; AML FLT3-ITD 25%), each tested in 80% of patients, result positive with the stated share, otherwise negative.
            - ECOG 0 35%, 1 45%, 2 15%, 3 5%; brain metastases (lung, breast, melanoma) 10% (half treated-stable); measurable disease 85%; location (a city) for 30%.
            """;
    }

    private static PatientProfile Draw(Site site, int i, Random random)
    {
        var age = (int)Math.Clamp(Math.Round(63 + 12 * Normal(random)), 18, 90);
        var sex = site.Sex ?? (random.Next(2) == 0 ? "FEMALE" : "MALE");
        var lines = Pick(random, [0.35, 0.30, 0.20, 0.10, 0.05]);
        var history = new List<TreatmentEntry>();
        for (var l = 0; l < lines; l++)
        {
            var regimen = site.Regimens[Math.Min(l, site.Regimens.Length - 1)];
            history.Add(new TreatmentEntry
            {
                Regimen = regimen,
                Drugs = regimen.Split(' '),
                Setting = l == 0 ? "first-line" : l == 1 ? "second-line" : "third-line",
                Start = new PartialDate(2020 + l, random.Next(1, 13), null),
                Stop = new PartialDate(2021 + l, random.Next(1, 13), null),
                Stopped = random.NextDouble() < 0.8 ? StopReason.Progression : StopReason.Intolerance,
            });
        }
        var markers = new List<BiomarkerResult>();
        foreach (var (gene, alteration, positive) in site.Markers)
        {
            if (random.NextDouble() > 0.8) continue;
            var pos = random.NextDouble() < positive;
            double? score = alteration is "TPS" or "CPS" ? (pos ? random.Next(1, 101) : 0) : null;
            markers.Add(new BiomarkerResult(gene, alteration, pos ? BiomarkerStatus.Positive : BiomarkerStatus.Negative, score, score is null ? null : alteration));
        }
        var brain = site.Code is "LUAD" or "LUSC" or "NSCLC" or "SCLC" or "BRCA" or "SKCM" && random.NextDouble() < 0.1
            ? (random.Next(2) == 0 ? BrainMetastases.TreatedStable : BrainMetastases.Active)
            : BrainMetastases.None;
        return new PatientProfile
        {
            Id = $"S{i:D4}",
            Age = age,
            Sex = sex,
            Cancer = site.Cancer,
            CancerCode = site.Code,
            Stage = Stage(site, random),
            Biomarkers = markers,
            TreatmentHistory = history,
            PriorLines = random.Next(2) == 0 ? lines : null,
            Ecog = Pick(random, [0.35, 0.45, 0.15, 0.05]),
            BrainMetastases = brain,
            MeasurableDisease = random.NextDouble() < 0.85,
            Location = random.NextDouble() < 0.3 ? Cities[random.Next(Cities.Length)] : null,
        };
    }

    private static string? Stage(Site site, Random random)
    {
        string[] roman = ["I", "II", "III", "IV"];
        if (!site.Heme)
        {
            var s = roman[3 - Pick(random, [0.55, 0.25, 0.12, 0.08])];
            return s != "I" && random.Next(2) == 0 ? s + "AB"[random.Next(2)] : s;
        }
        return site.Code switch
        {
            "DLBCLNOS" or "HL" => "Ann Arbor " + roman[random.Next(4)],
            "PCM" => "ISS " + roman[random.Next(3)],
            _ => new[] { "relapsed", "refractory", null }[random.Next(3)],
        };
    }

    /// <summary>Searches a navigator might type: a cancer, a cancer with a marker or drug, a drug, a phrase.</summary>
    public static List<string> Queries(int count, int seed)
    {
        var random = new Random(seed);
        string[] drugs = ["pembrolizumab", "osimertinib", "trastuzumab", "olaparib", "nivolumab", "venetoclax", "CAR-T", "sotorasib", "durvalumab", "palbociclib", "bevacizumab", "cisplatin"];
        string[] phrases = ["brain metastases", "first line metastatic", "neoadjuvant chemotherapy", "maintenance therapy", "refractory", "radiotherapy", "quality of life", "immunotherapy"];
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var site = Sites[random.Next(Sites.Length)];
            var marker = site.Markers.Length > 0 ? site.Markers[random.Next(site.Markers.Length)] : default;
            list.Add(random.Next(5) switch
            {
                0 => site.Cancer,
                1 when marker.Gene is not null => $"{site.Cancer} {marker.Gene} {marker.Alteration}".Trim(),
                2 => $"{drugs[random.Next(drugs.Length)]} {site.Cancer.Split(' ')[^1]}",
                3 => drugs[random.Next(drugs.Length)],
                _ => $"{phrases[random.Next(phrases.Length)]} {site.Cancer}",
            });
        }
        return list;
    }

    private static int Pick(Random random, double[] shares)
    {
        var x = random.NextDouble();
        for (var i = 0; i < shares.Length; i++)
        {
            if (x < shares[i]) return i;
            x -= shares[i];
        }
        return shares.Length - 1;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
