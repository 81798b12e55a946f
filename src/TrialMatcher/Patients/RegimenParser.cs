using System.Text.RegularExpressions;

namespace TrialMatcher.Patients;

/// <summary>
/// Reads a regimen as navigators write it ("carboplatin + pemetrexed + pembrolizumab", "R-CHOP x6", "ABVD",
/// "carboplatin + paclitaxel after debulking surgery") into drug names and local treatments.
/// </summary>
public static partial class RegimenParser
{
    /// <summary>Common regimen acronyms and the drugs they stand for (lowercase generic names).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Acronyms = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["ABVD"] = ["doxorubicin", "bleomycin", "vinblastine", "dacarbazine"],
        ["AVD"] = ["doxorubicin", "vinblastine", "dacarbazine"],
        ["BV-AVD"] = ["brentuximab vedotin", "doxorubicin", "vinblastine", "dacarbazine"],
        ["A-AVD"] = ["brentuximab vedotin", "doxorubicin", "vinblastine", "dacarbazine"],
        ["BEACOPP"] = ["bleomycin", "etoposide", "doxorubicin", "cyclophosphamide", "vincristine", "procarbazine", "prednisone"],
        ["CHOP"] = ["cyclophosphamide", "doxorubicin", "vincristine", "prednisone"],
        ["R-CHOP"] = ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "prednisone"],
        ["POLA-R-CHP"] = ["polatuzumab vedotin", "rituximab", "cyclophosphamide", "doxorubicin", "prednisone"],
        ["R-CVP"] = ["rituximab", "cyclophosphamide", "vincristine", "prednisone"],
        ["BR"] = ["bendamustine", "rituximab"],
        ["R-ICE"] = ["rituximab", "ifosfamide", "carboplatin", "etoposide"],
        ["ICE"] = ["ifosfamide", "carboplatin", "etoposide"],
        ["R-DHAP"] = ["rituximab", "dexamethasone", "cytarabine", "cisplatin"],
        ["R-GEMOX"] = ["rituximab", "gemcitabine", "oxaliplatin"],
        ["FCR"] = ["fludarabine", "cyclophosphamide", "rituximab"],
        ["FOLFOX"] = ["fluorouracil", "leucovorin", "oxaliplatin"],
        ["mFOLFOX6"] = ["fluorouracil", "leucovorin", "oxaliplatin"],
        ["FOLFIRI"] = ["fluorouracil", "leucovorin", "irinotecan"],
        ["FOLFOXIRI"] = ["fluorouracil", "leucovorin", "oxaliplatin", "irinotecan"],
        ["FOLFIRINOX"] = ["fluorouracil", "leucovorin", "irinotecan", "oxaliplatin"],
        ["mFOLFIRINOX"] = ["fluorouracil", "leucovorin", "irinotecan", "oxaliplatin"],
        ["CAPOX"] = ["capecitabine", "oxaliplatin"],
        ["XELOX"] = ["capecitabine", "oxaliplatin"],
        ["FLOT"] = ["fluorouracil", "leucovorin", "oxaliplatin", "docetaxel"],
        ["ECF"] = ["epirubicin", "cisplatin", "fluorouracil"],
        ["AC"] = ["doxorubicin", "cyclophosphamide"],
        ["AC-T"] = ["doxorubicin", "cyclophosphamide", "paclitaxel"],
        ["EC"] = ["epirubicin", "cyclophosphamide"],
        ["TC"] = ["docetaxel", "cyclophosphamide"],
        ["TCHP"] = ["docetaxel", "carboplatin", "trastuzumab", "pertuzumab"],
        ["THP"] = ["paclitaxel", "trastuzumab", "pertuzumab"],
        ["CMF"] = ["cyclophosphamide", "methotrexate", "fluorouracil"],
        ["GemCis"] = ["gemcitabine", "cisplatin"],
        ["EP"] = ["etoposide", "cisplatin"],
        ["VRd"] = ["bortezomib", "lenalidomide", "dexamethasone"],
        ["RVD"] = ["lenalidomide", "bortezomib", "dexamethasone"],
        ["KRd"] = ["carfilzomib", "lenalidomide", "dexamethasone"],
        ["DRd"] = ["daratumumab", "lenalidomide", "dexamethasone"],
        ["D-VRd"] = ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        ["Dara-VRd"] = ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        ["DVd"] = ["daratumumab", "bortezomib", "dexamethasone"],
        ["Pd"] = ["pomalidomide", "dexamethasone"],
        ["7+3"] = ["cytarabine", "daunorubicin"],
        ["MVAC"] = ["methotrexate", "vinblastine", "doxorubicin", "cisplatin"],
        ["ddMVAC"] = ["methotrexate", "vinblastine", "doxorubicin", "cisplatin"],
        ["TIP"] = ["paclitaxel", "ifosfamide", "cisplatin"],
        ["BEP"] = ["bleomycin", "etoposide", "cisplatin"],
    };

    public sealed record Parsed(IReadOnlyList<string> Drugs, bool Surgery, bool Radiotherapy, bool Transplant);

    public static Parsed Parse(string regimen, IReadOnlyList<string>? givenDrugs = null)
    {
        var text = regimen.Trim();
        var surgery = SurgeryWords().IsMatch(text);
        var radiotherapy = RadiotherapyWords().IsMatch(text);
        var transplant = TransplantWords().IsMatch(text);
        var drugs = new List<string>();
        if (givenDrugs is { Count: > 0 })
        {
            drugs.AddRange(givenDrugs.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0));
        }
        else
        {
            // Local treatments named beside drugs ("... after debulking surgery") are not drugs.
            var withoutLocal = LocalPhrase().Replace(text, " ");
            foreach (var raw in Separators().Split(withoutLocal))
            {
                var part = Dose().Replace(raw, " ").Trim(' ', '.', ';', ':', '(', ')');
                if (part.Length < 2) continue;
                if (Acronyms.TryGetValue(part, out var expanded)) drugs.AddRange(expanded);
                else if (!surgery && !radiotherapy && !transplant || !LocalWord().IsMatch(part)) drugs.Add(part.ToLowerInvariant());
            }
        }
        return new Parsed(drugs.Distinct(StringComparer.Ordinal).ToList(), surgery, radiotherapy, transplant);
    }

    [GeneratedRegex(@"\s*(?:\+|,|/|;|\band\b|\bwith\b|\bplus\b|\bfollowed by\b|\bthen\b|\bafter\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(?:x\s?\d+|\d+\s*(?:cycles?|mg(?:/m2)?|weeks?|months?)|cycles?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dose();

    [GeneratedRegex(@"\b(?:surgery|surgical|resection|resected|\w+ectomy|debulking|whipple|excision|amputation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SurgeryWords();

    [GeneratedRegex(@"\b(?:radiotherapy|radiation|irradiation|radiosurgery|SBRT|SRS|SABR|IMRT|WBRT|brachytherapy|chemoradiation|chemoradiotherapy|proton)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RadiotherapyWords();

    [GeneratedRegex(@"\b(?:transplant\w*|ASCT|HSCT|SCT|stem cell)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TransplantWords();

    [GeneratedRegex(@"\b(?:surgery|surgical|resection|radiotherapy|radiation|radiosurgery|chemoradiation|chemoradiotherapy|transplant\w*|ASCT|HSCT|SBRT|SRS|\w+ectomy|debulking|whipple)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalWord();

    [GeneratedRegex(@"\b(?:(?:interval|primary|cytoreductive|optimal)\s+)?(?:debulking|cytoreductive)\s+surgery\b|\b(?:stereotactic\s+)?radiosurgery\b|\b(?:whole[- ]brain\s+)?radiotherapy\b", RegexOptions.IgnoreCase)]
    private static partial Regex LocalPhrase();
}
