using NUnit.Framework;
using TrialMatcher.Eligibility;
using TrialMatcher.Eligibility.Evaluation;

namespace TrialMatcher.Tests.Eligibility;

/// <summary>
/// Table-driven checks of single criteria. Each case lists the facts of one kind that must be read (as evaluation keys,
/// see <see cref="CriteriaEvaluation"/>); facts of that kind not listed are errors too.
/// </summary>
public sealed class FactReadingTests
{
    private static IReadOnlyList<string> Keys(string text, CriterionSection section, string kind) =>
        EligibilityParser.ParseCriterion(text, section).Where(f => f.Kind == kind).Select(CriteriaEvaluation.KeyOf).Order(StringComparer.Ordinal).ToList();

    private static TestCaseData Case(string kind, string text, CriterionSection section, params string[] keys) =>
        new TestCaseData(kind, text, section, keys).SetName($"ParseCriterion_{kind}_{Slug(text)}");

    private static string Slug(string s) => new(s.Take(40).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    private const CriterionSection In = CriterionSection.Inclusion;
    private const CriterionSection Ex = CriterionSection.Exclusion;

    private static readonly TestCaseData[] Cases =
    [
        // cancer types
        Case("cancer_type", "Histologically confirmed non-small cell lung cancer (NSCLC)", In, "NSCLC|required"),
        Case("cancer_type", "Adenocarcinoma of the pancreas, not amenable to surgery", In, "PAAD|required"),
        // Every member of a site list after "carcinoma of the" shares the head, not only the first and the last.
        Case("cancer_type", "Proven carcinoma of the ovary, fallopian tube, or peritoneum", In, "OVT|required", "PSEC|required"),
        // Modifiers sharing a generic head ("tubal ... adenocarcinoma"), the rest of OncoTree, and fallopian tube cancer as OVT
        // (OncoTree's FT is fibrothecoma).
        Case("cancer_type", "Proven stage III or IV ovarian epithelial, tubal, or peritoneal adenocarcinoma", In, "PSEC|required", "OVT|required"),
        Case("cancer_type", "Confirmed advanced malignant oral or laryngeal neoplasm needing radiotherapy", In, "LXSC|required", "OCSC|required"),
        Case("cancer_type", "Prior invasive colon or rectal malignancy within 5 years", Ex),
        Case("cancer_type", "Primary fallopian tube carcinoma", In, "OVT|required"),
        Case("cancer_type", "Biopsy-proven renal cell adenocarcinoma", In, "RCC|required"),
        Case("cancer_type", "Resectable ductal adenocarcinoma of the pancreatic head", In, "PAAD|required"),
        Case("cancer_type", "No monoclonal gammopathy of undetermined significance", In, "MGUS|excluded"),
        Case("cancer_type", "Acute myelomonocytic leukaemia (FAB M4)", In, "AMML|required"),
        Case("cancer_type", "Recurrent carcinosarcoma (mixed mesodermal tumor) of the uterus", In, "UCS|required"),
        Case("cancer_type", "Acute myeloid or lymphoblastic leukemia in first relapse", In, "BLL|required", "AML|required"),
        Case("cancer_type", "Pathologically confirmed follicular B-cell non-Hodgkin's lymphoma", In, "FL|required"),
        Case("cancer_type", "Peripheral T-cell NHL, relapsed", In, "PTCL|required"),
        Case("cancer_type", "Indolent B-cell NHL", In, "GROUP:NHL|required"),
        Case("cancer_type", "Small noncleaved cell lymphoma or large cell immunoblastic lymphoma", In, "BL|required", "DLBCLNOS|required"),
        // Older anticancer drugs the NCI-era records name (session 11 vocabulary).
        Case("prior_exposure", "No prior thiotepa, 6-MP, or suramin", In, "thiotepa|excluded", "mercaptopurine|excluded", "suramin|excluded"),
        Case("prior_exposure", "Prior hepatic arterial FUDR is not allowed", In, "floxuridine|excluded"),
        // Untreated patients qualify through an alternative: the therapy is required of no one.
        Case("prior_exposure", "Previously untreated disease OR progressive disease after first line chemotherapy", In),
        Case("prior_exposure", "Failed or refused conventional chemotherapy", In),
        // A no-option alternative in longer words: no refractory state is asked.
        Case("stage", "Refractory disease or disease for which no effective standard therapy exists", In),
        Case("stage", "Solid tumor not responsive to standard therapies or for which there is no approved therapy", In),
        Case("stage", "Glioma not amenable to standard therapy or that did not respond to standard therapy", In),
        // Androgen deprivation in prostate cancer is no counted line; line words still count.
        Case("prior_lines", "Disease progression after orchiectomy or during hormonal therapy", In),
        Case("prior_lines", "Prostate cancer that failed first- or second-line hormonal therapy", In, "1|2|any"),
        Case("prior_lines", "Breast cancer that progressed after endocrine therapy", In, "1|-|any"),
        Case("prior_exposure", "Solid tumor previously treated with chemotherapy or for which no effective therapy is available", In),
        Case("prior_exposure", "Previously untreated or prior adjuvant chemotherapy only", In),
        Case("prior_exposure", "Sarcoma for which no standard therapy exists and that cannot be cured by surgery", In),
        Case("cancer_type", "Squamous cell carcinoma of the oral cavity, oropharynx, hypopharynx, or larynx", In, "OCSC|required", "OPHSC|required", "HPHSC|required", "LXSC|required"),
        Case("cancer_type", "Cancer of the nasopharynx, sinus, salivary gland or skin", Ex, "NPC|excluded", "SACA|excluded", "SKIN|excluded"),
        Case("cancer_type", "Carcinoma of the breast, skin intact", In, "BRCA|required"),
        // A bare "including" states which types qualify; "including but not limited to" and "such as" give examples.
        Case("cancer_type", "Confirmed blood cancer including acute myeloid leukaemia or multiple myeloma", In, "GROUP:HEME|required", "AML|required", "PCM|required"),
        Case("cancer_type", "Confirmed blood cancer, including but not limited to acute myeloid leukaemia or multiple myeloma", In, "GROUP:HEME|required"),
        // An allowed treatment's setting is not an allowed disease.
        Case("cancer_type", "Other anticancer treatment during the study, except endocrine therapy for the current breast cancer", Ex),
        Case("cancer_type", "No concurrent chemotherapy, except hormones for the present prostate cancer", In),
        Case("cancer_type", "No lymphoma or sarcoma of the breast", In, "GROUP:LYMPHOMA|excluded", "SARCNOS|excluded"),
        Case("cancer_type", "Advanced solid tumours refractory to standard therapy", In, "GROUP:SOLID|required"),
        Case("cancer_type", "Relapsed B-cell non-Hodgkin lymphoma", In, "GROUP:NHL|required"),
        Case("cancer_type", "Small cell lung cancer", Ex, "SCLC|excluded"),
        Case("cancer_type", "No other malignancy within 5 years except basal cell carcinoma of the skin", In),
        Case("cancer_type", "Histologically confirmed malignancy that is metastatic", In, "GROUP:ANY|required"),
        Case("cancer_type", "Squamous cell carcinoma of the head and neck", In, "HNSC|required"),
        // stage
        Case("stage", "Stage IIIB or IV disease", In, "IIIB|required", "IV|required"),
        Case("stage", "Stage I-III breast cancer", In, "I|required", "II|required", "III|required"),
        Case("stage", "Locally advanced or metastatic urothelial carcinoma", In, "locally_advanced|required", "metastatic|required"),
        Case("stage", "Unresectable hepatocellular carcinoma", In, "unresectable|required"),
        Case("stage", "Relapsed or refractory multiple myeloma", In, "refractory|required", "relapsed|required"),
        // A negated symptom, single site or sole evidence of a state does not exclude the state.
        Case("stage", "Hormone-refractory prostate cancer No pain due to metastatic disease", In, "refractory|required"),
        Case("stage", "Leukaemia in second marrow relapse No isolated testicular relapse", In, "relapsed|required"),
        Case("stage", "No rising PSA as the only evidence of recurrence", In),
        // A spaced letter that goes on into a hyphenated name is no sub-stage; a bare first alternative before "or stage";
        // a size bound inside a list of FIGO stages.
        Case("stage", "Stage III or IV B-cell lymphoma of childhood", In, "III|required", "IV|required"),
        Case("stage", "Operable stage II A-B breast cancer", In, "IIA|required", "IIB|required", "resectable|required"),
        Case("stage", "Inoperable (IIIa or stage IV) lung adenocarcinoma", In, "IIIA|required", "IV|required", "unresectable|required"),
        Case("stage", "Grade III or stage IV glioma is not eligible", In, "IV|excluded"),
        Case("stage", "Cervical carcinoma, FIGO stages IB3, IIA > 4 cm or IIIB", In, "IB|required", "IIA|required", "IIIB|required"),
        Case("stage", "Extensive-stage small cell lung cancer", In, "extensive_stage|required"),
        Case("stage", "No distant metastases", In, "metastatic|excluded"),
        Case("stage", "Ann Arbor stage III or IV follicular lymphoma", In, "ann_arbor:III|required", "ann_arbor:IV|required"),
        Case("stage", "Rai stage III-IV CLL", In, "rai:III|required", "rai:IV|required"),
        Case("stage", "Newly diagnosed glioblastoma", In, "newly_diagnosed|required"),
        Case("stage", "CML in accelerated phase or blast crisis", In, "accelerated_phase|required", "blast_phase|required"),
        Case("stage", "Ph-positive CML in chronic or accelerated phase", In, "chronic_phase|required", "accelerated_phase|required"),
        // prior lines
        Case("prior_lines", "At least one prior line of systemic therapy", In, "1|-|any"),
        Case("prior_lines", "No more than 2 prior regimens for metastatic disease", In, "-|2|metastatic"),
        Case("prior_lines", "Treatment-naive", In, "0|0|any"),
        Case("prior_lines", "No prior systemic therapy for metastatic disease", In, "0|0|metastatic"),
        Case("prior_lines", "Disease progression after failure of first-line chemotherapy", In, "1|-|any"),
        Case("prior_lines", "More than 3 prior lines of therapy", Ex, "-|3|any"),
        Case("prior_lines", "Previously untreated classical Hodgkin lymphoma", In, "0|0|any"),
        Case("prior_lines", "Two or more prior regimens", In, "2|-|any"),
        // A systemic therapy received for metastatic or advanced disease is at least one line in that setting.
        Case("prior_lines", "Must have received a taxane for metastatic disease", In, "1|-|metastatic"),
        Case("prior_lines", "Patients must have had anthracycline-based chemotherapy for advanced disease", In, "1|-|advanced"),
        Case("prior_lines", "Prior radiotherapy for metastatic disease is required", In),
        Case("prior_lines", "Must have received adjuvant trastuzumab", In),
        // prior exposure
        Case("prior_exposure", "No prior chemotherapy", In, "chemotherapy|excluded"),
        Case("prior_exposure", "Must not have received prior Keytruda", In, "pembrolizumab|excluded"),
        Case("prior_exposure", "Prior treatment with an anti-PD-1 or anti-PD-L1 antibody", Ex, "anti_pd1_pdl1|excluded"),
        Case("prior_exposure", "Progressed on or after platinum-based chemotherapy", In, "platinum|required"),
        Case("prior_exposure", "No prior therapy other than surgery", In, "surgery|allowed"),
        Case("prior_exposure", "Prior radiotherapy allowed", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Prior carboplatin or cisplatin", Ex, "carboplatin|excluded", "cisplatin|excluded"),
        Case("prior_exposure", "At least 4 weeks since prior chemotherapy", In),
        Case("prior_exposure", "No concurrent chemotherapy", In),
        Case("prior_exposure", "Previously treated with an EGFR tyrosine kinase inhibitor", In, "egfr_tki|required"),
        Case("prior_exposure", "Chemotherapy-naive", In, "chemotherapy|excluded"),
        // biomarkers
        Case("biomarker", "EGFR exon 19 deletion or L858R mutation", In, "EGFR|positive|required"),
        Case("biomarker", "ALK or ROS1 rearrangement", Ex, "ALK|positive|excluded", "ROS1|positive|excluded"),
        Case("biomarker", "HER2-positive (IHC 3+ or ISH amplified)", In, "HER2|positive|required"),
        Case("biomarker", "Triple-negative breast cancer", In, "ER|negative|required", "HER2|negative|required", "PR|negative|required"),
        Case("biomarker", "PD-L1 TPS ≥ 50%", In, "PD-L1|positive|required"),
        Case("biomarker", "MSI-H or dMMR tumours", In, "MSI|positive|required"),
        Case("biomarker", "Philadelphia chromosome positive", In, "BCR-ABL1|positive|required"),
        Case("biomarker", "KRAS G12C mutation", In, "KRAS|positive|required"),
        Case("biomarker", "BRAF V600E mutation", Ex, "BRAF|positive|excluded"),
        Case("biomarker", "ERBB2 amplification", In, "HER2|positive|required"),
        Case("biomarker", "Known del(17p)", Ex, "17p|positive|excluded"),
        Case("biomarker", "FLT3-ITD positive AML", In, "FLT3|positive|required"),
        Case("biomarker", "CLDN18.2 positive", In, "CLDN18.2|positive|required"),
        Case("biomarker", "Prior anti-HER2 therapy", In),
        // performance status
        Case("performance_status", "ECOG performance status 0-1", In, "ecog|1"),
        Case("performance_status", "Karnofsky performance status ≥ 70%", In, "karnofsky|1"),
        Case("performance_status", "Karnofsky > 70%", In, "karnofsky|1"),
        Case("performance_status", "Zubrod 0-2", In, "ecog|2"),
        Case("performance_status", "WHO performance status 0 or 1", In, "who|1"),
        Case("performance_status", "Lansky 50-100%", In, "lansky|2"),
        Case("performance_status", "ECOG performance status ≥ 2", Ex, "ecog|1"),
        // brain metastases
        Case("brain_metastases", "No known brain metastases", In, "excluded"),
        Case("brain_metastases", "Diagnosis of a primary or metastatic brain tumour confirmed by biopsy", In, "allowed"),
        Case("brain_metastases", "Primary and metastatic brain tumours are not eligible", In, "excluded"),
        Case("brain_metastases", "Symptomatic or untreated brain metastases", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Brain metastases allowed if treated and stable for 4 weeks", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Brain metastases allowed", In, "allowed"),
        Case("brain_metastases", "Must have at least one untreated brain metastasis", In, "required"),
        Case("brain_metastases", "Leptomeningeal disease", Ex, "excluded"),
        // measurable disease
        Case("measurable_disease", "Measurable disease per RECIST 1.1", In, "required|RECIST1.1"),
        Case("measurable_disease", "No earlier radiation to the site(s) of measurable disease", In),
        Case("measurable_disease", "Measurable or evaluable disease", In, "not_required|-"),
        Case("measurable_disease", "Bidimensionally measurable disease", In, "required|-"),
        // age and sex
        Case("age", "Age ≥ 18 years", In, "18|-"),
        Case("age", "18 to 75 years of age", In, "18|75"),
        Case("age", "Under 21 years old", In, "-|21"),
        // a bound qualified by a "but" clause is one branch's condition, not the trial's limit
        Case("age", "No matched sibling donor OR under 50 years old but declines unrelated donor transplant", In),
        Case("age", "Under 50 years old, no matched sibling donor", In, "-|50"),
        Case("sex", "Postmenopausal women", In, "female"),
        Case("sex", "Male or female, aged 18 or over", In),
        // precision rules: what must NOT become a fact (each a general rule, see FactReader)
        Case("stage", "Locally advanced (stage IIIB not suitable for curative surgery) or metastatic (stage IV) disease", In,
            "IIIB|required", "IV|required", "locally_advanced|required", "metastatic|required"),
        Case("stage", "Prior paclitaxel for metastatic disease", Ex),
        Case("stage", "Recurrent bowel obstruction or persistent recurrent vomiting", Ex),
        Case("stage", "Two or more prior relapses of the disease", Ex),
        Case("stage", "Refractory to pomalidomide", Ex),
        Case("prior_exposure", "Cytotoxic, hormonal or targeted anticancer treatment within 14 days of the first study dose", Ex),
        Case("prior_exposure", "Earlier CEACAM5-targeted therapy", Ex),
        Case("prior_exposure", "Prior non-covalent BTK inhibitor", Ex),
        Case("prior_exposure", "Pneumonitis related to prior nivolumab", Ex),
        Case("prior_exposure", "Stopped a PD-1 antibody because of an immune-related adverse event", Ex),
        Case("prior_exposure", "Patients may enter whether or not they have received an EGFR inhibitor", In, "egfr_tki|allowed"),
        Case("prior_exposure", "Progressed after pembrolizumab monoclonal antibody", In, "pembrolizumab|required"),
        Case("prior_lines", "Between 1 to 3 earlier lines of systemic therapy", In, "1|3|any"),
        Case("prior_lines", "One or two prior regimens for metastatic disease", In, "1|2|metastatic"),
        Case("prior_lines", "Untreated asymptomatic brain lesions are allowed", In),
        Case("performance_status", "ECOG 4", Ex, "ecog|3"),
        Case("cancer_type", "Leptomeningeal or CNS involvement by lymphoma", Ex),
        Case("cancer_type", "Blast phase chronic myeloid leukemia", Ex),
        Case("cancer_type", "Philadelphia-positive acute lymphoblastic leukemia", Ex),
        Case("cancer_type", "Adenocarcinoma of the stomach or gastroesophageal junction", In, "GEJ|required", "STAD|required"),
        Case("stage", "Stage III or IV lung cancer that cannot be removed surgically, locally advanced or metastatic", In,
            "III|required", "IV|required", "locally_advanced|required", "metastatic|required"),
        Case("prior_exposure", "Must have progressed on or be ineligible for platinum chemotherapy", In, "platinum|required"),
        Case("prior_exposure", "Received a PD-1 monoclonal antibody ± chemotherapy", In, "anti_pd1_pdl1|required"),
        Case("prior_exposure", "Known hypersensitivity to carboplatin", Ex),
        Case("prior_exposure", "Prior chemotherapy (except single-agent capecitabine)", Ex, "capecitabine|allowed", "chemotherapy|excluded"),
        Case("prior_lines", "Hormone therapy is not considered a prior line", In),
        Case("cancer_type", "Melanoma patients with active autoimmune disease", Ex),
        Case("cancer_type", "Small cell lung cancer (including mixed small cell and non-small cell lung cancer)", Ex, "SCLC|excluded"),
        Case("cancer_type", "Blast crisis chronic myeloid leukemia", Ex),
        Case("cancer_type", "Chronic myeloid leukemia in chronic phase, not eligible for transplant", In, "CML|required"),
        Case("biomarker", "BCR-ABL1-negative CML is allowed", In, "BCR-ABL1|negative|allowed"),
        Case("biomarker", "Fewer than 35% Philadelphia-positive metaphases after induction", In),
        Case("age", "Age: no greater than 30 at diagnosis", In, "-|30"),
        Case("age", "Aged 3 or older; for children younger than 18 a parent signs consent", In, "3|-"),
        Case("measurable_disease", "Radiographic progression per RECIST 1.1 in soft-tissue lesions", In),
        Case("brain_metastases", "Asymptomatic untreated brain metastases; steroids up to 2 mg/day permitted", In, "required"),
        Case("sex", "Premenopausal or postmenopausal women, or men, with ER-positive disease", In),
        Case("cancer_type", "Richter transformation", Ex),
        Case("cancer_type", "Grade 3b follicular lymphoma", Ex),
        Case("prior_exposure", "Prior exatecan-based antibody-drug conjugate", Ex, "adc|excluded"),
        Case("prior_exposure", "Prior investigational KRAS G12C inhibitor", Ex),
        Case("prior_exposure", "Relapse within 6 months of carboplatin (carboplatin-refractory disease is excluded)", In, "carboplatin|excluded", "carboplatin|required"),
        Case("prior_lines", "At most 1 prior regimen for mCRPC", In, "-|1|metastatic"),
        // An exclusion worded as a prohibition restates the exclusion; the count is not turned around twice.
        Case("prior_lines", "Subjects must not have had more than 3 prior cytotoxic regimens", Ex, "-|3|any"),
        Case("prior_lines", "Patients should not have received more than one previous line of therapy", Ex, "-|1|any"),
        Case("prior_lines", "Subjects who have not had at least one prior regimen", Ex, "1|-|any"),
        // First- and second-line words inside a count; a second-line regimen puts two lines behind.
        Case("prior_lines", "Recurrence after 1 first-line chemotherapy regimen", In, "1|1|any"),
        Case("prior_lines", "Relapsed after at least 1 adequate second-line chemotherapy regimen", In, "2|-|any"),
        // A lower bound standing alone before the upper one.
        Case("prior_lines", "Must have progressed on at least 1, but not more than 3, prior systemic regimens", In, "1|3|any"),
        // A time window after "no prior therapy" is a washout; "on this study" concerns enrolment.
        Case("prior_lines", "No prior anticancer therapy within 3 weeks of enrolment", In),
        Case("prior_lines", "No prior treatment for the tumour within 14 days before registration", In),
        Case("prior_lines", "No prior treatment on this study", In),
        // Untreated patients let in as one more group; untreated patients qualifying beside treated ones.
        Case("prior_lines", "Previously untreated mantle cell lymphoma allowed", In),
        Case("prior_lines", "Previously untreated disease (prior surgery allowed)", In, "0|0|any"),
        Case("prior_lines", "Failed at least one prior systemic therapy, or is judged unsuitable for systemic therapy", In),
        Case("prior_lines", "Progressed after standard treatment or unlikely to benefit from available treatment", In),
        Case("prior_lines", "Relapsed after standard therapy and not eligible for or declined an autologous transplant", In, "1|-|any"),
        Case("performance_status", "ECOG score 0~2", In, "ecog|2"),
        Case("prior_exposure", "Known to be allergic or intolerant to a PD-L1 antibody", Ex),
        Case("cancer_type", "Juvenile myelomonocytic or juvenile CML", Ex),
        // a therapy that is the condition of a permission is not required of every patient
        // the treatment on which brain metastases are let in is the brain-metastases fact, not an exposure (round 4)
        Case("prior_exposure", "CNS metastases allowed following completion of cranial radiotherapy", In),
        Case("prior_exposure", "Brain metastases eligible if treated with surgery", In),
        // a negated verb ("cannot be resected") does not exclude the cancer type or stage named after it
        Case("cancer_type", "Locally advanced disease that cannot be resected and cannot receive chemoradiation, or metastatic NSCLC", In, "NSCLC|required"),
        Case("stage", "Locally advanced disease that cannot be resected and cannot receive chemoradiation, or metastatic NSCLC", In, "locally_advanced|required", "metastatic|required", "unresectable|required"),
        // Arabic stage numbers (INSS, some AJCC texts); INSS 4S is its own stage, not IV
        Case("stage", "International Neuroblastoma Staging System (INSS) stage 1", In, "I|required"),
        Case("stage", "INSS stage 2A or 2B in patients less than 365 days of age", In, "IIA|required", "IIB|required"),
        Case("stage", "INSS stage 4S tumors with nonamplified MYCN", In),
        Case("prior_exposure", "No prior cytostatic therapy", In, "chemotherapy|excluded"),
        Case("prior_exposure", "Prior BCMA-directed therapy required: teclistamab or idecabtagene vicleucel", In, "bcma_directed|required"),
        // names that contain a cancer word are not the disease: institutions, response criteria
        Case("cancer_type", "Measurable disease per Response Evaluation Criteria in Solid Tumors", In),
        Case("cancer_type", "Prostate cancer confirmed at the treating cancer center", In, "PRAD|required"),
        // "or other solid tumor" is an alternative, not another malignancy; a generic group yields to the specific type
        Case("cancer_type", "Metastatic melanoma or other solid tumor expressing NY-ESO-1", In, "GROUP:SOLID|required", "MEL|required"),
        // a list after a colon continues the other-malignancy cue of the clause before it
        Case("cancer_type", "No other malignancy except the following: basal cell carcinoma of the skin", In),
        // examples in an open parenthesis, however long, name what the broader type covers
        Case("cancer_type", "Advanced solid tumors (including but not limited to tumors of the breast, ovary, endometrium, pancreas, colon, rectum and lung)", In, "GROUP:SOLID|required"),
        Case("stage", "Stage II, or III colon cancer", In, "II|required", "III|required"),
        Case("stage", "No other malignancy except stage I cervical cancer", In),
        Case("stage", "Acute leukemia that fails to achieve remission after induction", In, "refractory|required"),
        Case("prior_exposure", "Measurable lesion outside the radiotherapy field", In),
        // session 10: radiotherapy naming where a lesion lies, and operations for other illnesses, are no exposure.
        Case("prior_exposure", "Target tumour located outside the field of any prior radiation therapy", In),
        Case("prior_exposure", "At least one measurable site which has not received radiotherapy", In),
        Case("prior_exposure", "No prior coronary bypass surgery", In),
        Case("prior_exposure", "History of gastric bypass surgery", Ex),
        Case("prior_exposure", "Prior bowel resection for the primary colon tumour is allowed", In, "surgery|allowed"),
        Case("prior_exposure", "No prior radiotherapy to the pelvis", In, "radiotherapy|excluded"),
        Case("prior_exposure", "No prior surgery for this cancer", In, "surgery|excluded"),
        Case("prior_exposure", "No more than 3-6 weeks since prior chemotherapy", In, "chemotherapy|required"),
        Case("prior_exposure", "Concurrently receiving chemotherapy", Ex),
        Case("prior_exposure", "Biopsy obtained prior to chemotherapy", In),
        // session 5: prior therapies. Alternatives are not each required; their shared class is.
        Case("prior_exposure", "Recurrence after surgery and/or radiotherapy", In),
        Case("prior_exposure", "Relapse after prior chemotherapy, radiotherapy, or stem cell transplant", In),
        Case("prior_exposure", "Progressed after cisplatin or carboplatin", In, "platinum|required"),
        Case("prior_exposure", "Prior cisplatin or carboplatin", Ex, "carboplatin|excluded", "cisplatin|excluded"),
        Case("prior_exposure", "Received chemotherapy and radiotherapy for localized disease", In, "chemotherapy|required", "radiotherapy|required"),
        // an optional therapy is no condition
        Case("prior_exposure", "Progression after radiotherapy with or without chemotherapy", In, "radiotherapy|required"),
        Case("prior_exposure", "One prior regimen, which may or may not have included adjuvant chemotherapy", In),
        // the counted noun of a maximum is the line count, not an exposure; a named drug stays
        Case("prior_exposure", "No more than 2 prior chemotherapy regimens for metastatic disease", In),
        Case("prior_exposure", "No more than 6 prior courses of cisplatin", In, "cisplatin|allowed"),
        // a cause governs its list; contraception and prospective treatments are not history
        Case("prior_exposure", "Leukemia secondary to chemotherapy or radiotherapy", Ex),
        Case("prior_exposure", "Effective contraception for 6 months after the last dose of cisplatin", In),
        Case("prior_exposure", "Refractory tumor for which docetaxel is a reasonable treatment option", In),
        Case("prior_exposure", "Prior raloxifene or toremifene", Ex, "raloxifene|excluded", "toremifene|excluded"),
        Case("prior_exposure", "No prior apatinib", In, "apatinib|excluded"),
        Case("prior_exposure", "No prior radiotherapy to the only measurable lesion", In),
        Case("prior_exposure", "No prior radiotherapy to the pelvis", In, "radiotherapy|excluded"),
        Case("prior_exposure", "No prior paclitaxel albumin-stabilized nanoparticle formulation", In, "nab-paclitaxel|excluded"),
        Case("prior_exposure", "History of radiation pneumonitis", Ex),
        Case("prior_exposure", "Prior systemic chemotherapy with 5-FU", Ex, "fluorouracil|excluded"),
        // session 10: prior lines on old NCI-layout wording
        Case("prior_lines", "Astrocytoma that has grown after prior radiotherapy with or without chemotherapy", In),
        Case("prior_lines", "Tumour progressing after prior surgery", In),
        Case("prior_lines", "Previously treated with more than 70 Gy of external beam radiation to the prostate", In),
        Case("prior_lines", "Evidence of progression on two or more consecutive CT scans", In),
        Case("prior_lines", "Progression on first-line chemotherapy", In, "1|-|any"),
        Case("prior_lines", "Lymphoma refractory to known effective therapy", In),
        Case("prior_lines", "Myeloma refractory to standard treatment", In),
        Case("prior_lines", "Disease refractory to induction chemotherapy", In, "1|-|any"),
        Case("prior_lines", "Evaluable disease. No brain metastases that are untreated or symptomatic", In),
        Case("prior_lines", "Any previous systemic therapy of kidney cancer except for adjuvant therapy", Ex, "0|0|any"),
        Case("prior_lines", "Prior use of any systemic anticancer therapy for liver cancer", Ex, "0|0|any"),
        Case("prior_lines", "Must have had prior salvage ICE chemotherapy", In, "2|-|any"),
        Case("prior_lines", "Relapsed lymphoma that failed standard salvage therapy", In, "2|-|any"),
        Case("prior_lines", "Relapsed after at least 1 prior regimen; complete remission following salvage chemotherapy", In, "2|-|any"),
        Case("prior_lines", "Either in first remission, or in second remission after salvage therapy", In),
        Case("prior_lines", "No prior salvage chemotherapy", In),
        Case("prior_lines", "Patients progressing on salvage chemotherapy are ineligible", In),
        // session 5: prior lines
        Case("prior_lines", "No prior treatment with murine antibodies", In),
        Case("prior_lines", "Maintenance therapy following first-line chemotherapy is allowed", In),
        Case("prior_lines", "Solid tumor refractory to standard therapy or for which no standard therapy exists", In),
        Case("prior_lines", "Untreated diabetic patients need a glucose check before entry", In),
        // untreated as one alternative among treated states: no line count at all
        Case("prior_lines", "Relapsed, refractory, or untreated acute myeloid leukemia", In),
        Case("prior_lines", "Previously untreated or minimally pretreated disease", In),
        Case("prior_lines", "Prior therapy with HR2 regimens is allowed", In),
        Case("prior_lines", "0-1 prior chemotherapy regimens for metastatic disease", In, "-|1|metastatic"),
        Case("prior_lines", "No more than one prior non-platinum chemotherapy regimen", In, "-|1|any"),
        Case("prior_lines", "Partial response only to first-line therapy with a platinum doublet", In),
        Case("prior_lines", "No more than 3 prior chemotherapy regimens, including adjuvant therapy", In, "-|3|any"),
        Case("prior_lines", "Progressive disease despite at least 1 hormonal manipulation", In, "1|-|any"),
        Case("prior_lines", "Failed at least one prior line of therapy for\n    advanced renal cell carcinoma", In, "1|-|advanced"),
        // session 5: biomarkers, brain metastases, performance status
        Case("biomarker", "Negative for ER, PR and HER2 by local testing", In, "ER|negative|required", "HER2|negative|required", "PR|negative|required"),
        Case("biomarker", "Tumour with wild-type KRAS and NRAS", In, "KRAS|negative|required", "NRAS|negative|required"),
        Case("biomarker", "Positive for an activating EGFR mutation", In, "EGFR|positive|required"),
        Case("biomarker", "Oestrogen and progesterone receptor positive disease", In, "ER|positive|required", "PR|positive|required"),
        Case("biomarker", "Known epidermal growth factor receptor (EGFR) / ALK receptor tyrosine kinase / ROS1 proto-oncogene driver alterations", Ex, "ALK|positive|excluded", "EGFR|positive|excluded", "ROS1|positive|excluded"),
        Case("biomarker", "HER2 status positive or negative", In),
        Case("biomarker", "Any PD-L1 status; regardless of MSI status", In),
        Case("biomarker", "If the tumour is HER2-negative, a second biopsy is needed", In),
        Case("biomarker", "PD-L1 tumour proportion score < 1%", In, "PD-L1|negative|required"),
        Case("biomarker", "Complete or partial response (CR or PR) to induction", In),
        Case("biomarker", "Hormone receptor (HR)-positive disease", In, "ER|positive|required"),
        Case("biomarker", "No overexpression of HER2 on the archival sample", In, "HER2|positive|excluded"),
        Case("biomarker", "MYCN-NA tumour with favourable histology", In, "MYCN|negative|required"),
        Case("biomarker", "Prior EGFR- or HER2-based therapy", Ex),
        Case("biomarker", "Archival tissue available for KRAS mutation analysis", In),
        Case("biomarker", "HER2 status must be known before enrolment", In),
        Case("biomarker", "HER2 status: negative by central review", In, "HER2|negative|required"),
        Case("biomarker", "Negative oestrogen receptor and progesterone receptor status on the biopsy", In, "ER|negative|required", "PR|negative|required"),
        Case("biomarker", "Central laboratory assay of EGFR expression", In),
        Case("biomarker", "No prior radiotherapy to the pelvis CD20 positive", In, "CD20|positive|required"),
        Case("biomarker", "No CD20 positive lymphoma", In, "CD20|positive|excluded"),
        Case("biomarker", "CD30 positive by flow cytometry or presence of CD30 on the biopsy", In, "CD30|positive|required"),
        Case("biomarker", "Known HER2 amplification/mutation", Ex, "HER2|positive|excluded", "HER2|positive|excluded"),
        Case("biomarker", "Hormone receptor negativity on the primary", In, "ER|negative|required", "PR|negative|required"),
        Case("biomarker", "Presence of CD22 on leukaemic blasts", In, "CD22|positive|required"),
        Case("brain_metastases", "Negative contrast brain MRI at screening", In, "excluded"),
        Case("brain_metastases", "No metastases on CT or MRI of the head", In, "excluded"),
        Case("brain_metastases", "No primary or metastatic CNS neoplasm", In, "excluded"),
        Case("brain_metastases", "No bone or brain metastases as the only evidence of disease", In),
        Case("brain_metastases", "Known central nervous system (CNS) metastases", Ex, "excluded"),
        Case("brain_metastases", "Malignant involvement of the central nervous system", Ex, "excluded"),
        Case("brain_metastases", "Primary CNS lymphoma", Ex),
        Case("brain_metastases", "No uncontrolled lymphomatous meningitis", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Bone and brain lesions are not considered measurable", In),
        Case("brain_metastases", "Refractory solid tumour -No CNS primary or metastatic disease", In, "excluded"),
        Case("brain_metastases", "Lymphoma that has leptomeningeal involvement", In, "required"),
        Case("brain_metastases", "Any solid tumour eligible except metastatic brain tumours", In, "excluded"),
        Case("brain_metastases", "No visible metastases on MRI of the brain", In, "excluded"),
        Case("brain_metastases", "No history of or active CNS metastases", In, "excluded"),
        Case("measurable_disease", "Measurable lesions are preferable but optional", In),
        Case("measurable_disease", "Measurable disease is not mandatory for entry", In, "not_required|-"),
        Case("performance_status", "Karnofsky performance score below 40", Ex, "karnofsky|3"),
        Case("brain_metastases", "History of or known brain metastases, or symptomatic leptomeningeal disease on screening MRI", Ex, "excluded"),
        Case("brain_metastases", "Known brain metastases, because they often cause progressive neurologic decline", Ex, "excluded"),
        Case("brain_metastases", "No known brain metastases.Patients with seizures not well controlled are also excluded", In, "excluded"),
        Case("brain_metastases", "Newly diagnosed, not yet treated or uncontrolled brain metastases", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Measurable disease The following do not count as measurable, are not considered measurable: bone lesions Leptomeningeal disease Ascites Known CNS metastases allowed", In, "allowed"),
        Case("brain_metastases", "Untreated or active central nervous system (CNS) tumour metastases", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Measurable lesion required Sclerotic bone lesions not considered measurable No known brain metastases", In, "excluded"),
        Case("brain_metastases", "No clinical evidence of metastatic disease within the CNS", In, "excluded"),
        Case("brain_metastases", "Either previously irradiated or new CNS (central nervous system) metastases on MRI", Ex, "excluded"),
        Case("brain_metastases", "Uncontrollable brain metastases", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "No more than 4 intracranial metastases after surgery", In, "required"),
        Case("brain_metastases", "Between 1 and 3 newly diagnosed brain metastases on MRI", In, "required"),
        Case("brain_metastases", "Multiple brain metastases, but a single brain metastasis treated successfully by radiosurgery may be eligible", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "At least 2 weeks since radiotherapy except for brain metastases", In),
        Case("performance_status", "Performance status: ECOG 0 or 1", In, "ecog|1"),
        Case("performance_status", "PS 0-1 (WHO scale)", In, "who|1"),
        Case("performance_status", "Performance status: Not specified Life expectancy: More than 8 weeks", In),
        Case("performance_status", "ECOG performance status of zero to two", In, "ecog|2"),
        // RECIST judging a past outcome asks for no measurable disease.
        Case("measurable_disease", "Disease stable or better (per RECIST v1.1) at the end of four cycles of induction", In),
        Case("measurable_disease", "Confirmed partial response according to RECIST after first-line platinum doublet", In),
        // A bound on the poor side only, in an item of no known section, bars those patients.
        Case("performance_status", "Karnofsky score at most 50 percent", CriterionSection.Unknown, "karnofsky|2"),
        Case("performance_status", "Lansky play score under 60", CriterionSection.Unknown, "lansky|2"),
        // session 5: cancer types and stages
        // vocabulary: bile duct cancer is cholangiocarcinoma; lymphoma of the CNS is PCNSL; EBV lymphoproliferative disease is PTLD;
        // INSS names neuroblastoma; "undifferentiated carcinoma" is a histology, not the solid-tumour group
        Case("cancer_type", "Confirmed bile duct cancer or cancer of the gallbladder", In, "CHOL|required", "GBC|required"),
        Case("cancer_type", "Biopsy-proven non-Hodgkin's lymphoma of the CNS in a patient with HIV", In, "PCNSL|required"),
        Case("cancer_type", "No lymphoma of the central nervous system", In),
        Case("cancer_type", "Clinical signs of EBV lymphoproliferative disease after transplant", In, "PTLD|required"),
        Case("cancer_type", "INSS stage 3 disease at age 2 or older", In, "NBL|required"),
        Case("cancer_type", "Salivary gland carcinoma of any type: mucoepidermoid carcinoma or undifferentiated carcinoma", In, "SACA|required"),
        // wrapped lines read as single spaces (fact spans still point into the original text)
        Case("cancer_type", "Melanoma of any site; primary brain\r\n        tumors (e.g., glioma) are also eligible", In, "BRAIN|allowed", "MEL|required"),
        // a preference is not a condition, and a cue after coordinated types covers them all
        Case("cancer_type", "Any cancer with metastases; lung or kidney cancer preferred", In, "GROUP:ANY|required"),
        Case("cancer_type", "Patients with metastatic melanoma or renal cell carcinoma may enroll without prior therapy", In, "MEL|allowed", "RCC|allowed"),
        // a permission after an acronym in parentheses and a second named type belongs to the second one
        Case("cancer_type", "Relapsed follicular lymphoma (FL) HIV-associated lymphoma eligible", In, "FL|required", "GROUP:NHL|allowed"),
        Case("cancer_type", "Follicle centre lymphoma, grade 3a or 3b", In, "FL|required"),
        // a type before "like" describes how another disease looks; a sentence about terminology or a classification scheme
        // names no condition (NCI records carry such notes inside their disease items)
        Case("cancer_type", "Anaplastic large cell lymphoma, Hodgkin's-like variant", In, "ALCL|required"),
        Case("cancer_type", "Burkitt-like lymphoma", In, "BL|required"),
        Case("cancer_type", "Measurable disease. NOTE: this study keeps the older terminology of low or high grade non-Hodgkin lymphoma", In),
        Case("cancer_type", "A revised classification scheme for lymphoma is in use. Relapsed Hodgkin lymphoma", In, "HL|required"),
        // "without" negates what follows unless a verb of attaining stands between ("without achieving CR"); "ULN" is a
        // word, not the letters inside "vulnerable"
        Case("cancer_type", "Adults without bleeding or known gastric cancer", In, "STAD|excluded"),
        Case("stage", "Vulnerable older patients with liver metastases", In, "metastatic|required"),
        // a preference bars no patient: no exposure condition
        Case("prior_exposure", "Prior interferon therapy preferred", In),
        Case("prior_exposure", "Failure on interferon suggested in chronic phase CML", In),
        Case("prior_exposure", "Prior interferon required, with a preferred dose of 3 MU", In, "interferon|required"),
        // a required generic word stays beside a type that is only allowed or excluded
        Case("cancer_type", "Incurable metastatic cancer. Primary brain tumours (such as ependymoma) are also eligible", In, "BRAIN|allowed", "GROUP:ANY|required"),
        Case("cancer_type", "Any histologically confirmed malignancy, no chronic leukemia", In, "GROUP:ANY|required", "GROUP:LEUKEMIA|excluded"),
        Case("cancer_type", "Nasopharyngeal carcinoma, excluding adenocarcinoma", In, "NPC|required"),
        // an allowed site of the disease is not the disease
        Case("cancer_type", "Prior CNS leukemia allowed if now in remission", In),
        // "with or without" reaches only the words it governs
        Case("cancer_type", "Progressed after surgery with or without radiotherapy and then glioblastoma is confirmed on resection", In, "GB|required"),
        // "non-X": X excluded, and what is left of the name required; excluded it is other-malignancy wording
        Case("cancer_type", "Measurable non-colorectal cancer confined to the liver", In, "COADREAD|excluded", "GROUP:SOLID|required"),
        Case("cancer_type", "Differentiated non-medullary thyroid cancer", In, "THME|excluded", "THYROID|required"),
        Case("cancer_type", "Biopsy-proven non-Burkitt lymphoma", In, "BL|excluded", "GROUP:LYMPHOMA|required"),
        Case("cancer_type", "Any non-breast malignancy within the last 5 years", Ex),
        // a broad malignancy with the usual skin/in-situ exceptions is another malignancy, and so is a repeat of it
        Case("cancer_type", "Active solid malignancy (other than basal cell skin cancer); solid malignancy in remission is not a reason to exclude", Ex),
        // "i.e." does not end a clause
        Case("cancer_type", "Prior hormonal therapy (i.e. letrozole) for this breast cancer", Ex),
        // stages: the noun "metastases" after "with", "with (or without) evidence of"
        Case("stage", "Colon cancer with evidence of metastases", In, "metastatic|required"),
        Case("stage", "Any solid tumour with metastases", In, "metastatic|required"),
        Case("stage", "Gallbladder cancer with or without evidence of distant metastasis", In, "metastatic|allowed"),
        Case("stage", "Locoregional disease must not be the only evidence of metastases", In),
        // "primary or metastatic", "early or advanced": both ends, no stage condition
        Case("stage", "Tumour tissue from a primary or metastatic site", In),
        Case("stage", "History of early or advanced ovarian cancer", In),
        // an upper bound on prior regimens for a setting does not place the disease in it; a lower bound does
        Case("stage", "At most one prior regimen for metastatic disease", In),
        Case("stage", "One or two (but not more than two) prior regimens for metastatic disease", In, "metastatic|required"),
        // a permission inside a later parenthesis speaks about its own words
        Case("stage", "Disease that is surgically unresectable (patients listed for liver transplant allowed)", In, "unresectable|required"),
        // eligible / ineligible for surgery
        Case("stage", "Eligible for breast-conserving surgery", In, "resectable|required"),
        Case("stage", "Ineligible for curative surgical resection", In, "unresectable|required"),
        // refractory: resistance to a therapy, failure of standard therapy
        Case("stage", "Bladder cancer with documented resistance to platinum-based chemotherapy", In, "refractory|required"),
        Case("stage", "Advanced solid tumour in which all standard therapeutic approaches have failed", In, "advanced|required", "refractory|required"),
        Case("stage", "Advanced solid tumour that failed standard therapy", In, "advanced|required", "refractory|required"),
        // newly diagnosed: within a time of the diagnosis
        Case("stage", "Enrolment within six weeks of the diagnosis", In, "newly_diagnosed|required"),
        // a negated "non-metastatic" asks for metastatic disease
        Case("stage", "Metastatic disease at presentation; no non-metastatic disease", In, "metastatic|required"),
        // a negated "eligible" is no permission, and "eligible for" names what the patient may receive
        Case("stage", "Refractory myeloma and not eligible for a stem cell transplant", In, "refractory|required"),
        Case("cancer_type", "Patients with CLL or mantle cell lymphoma who are not eligible for transplant", In, "CLLSLL|required", "MCL|required"),
        // "not limited to" introduces examples; it negates nothing
        Case("cancer_type", "Any solid tumor, including but not limited to melanoma and sarcoma", In, "GROUP:SOLID|required"),
        // conjuncts before a type share its head words
        Case("cancer_type", "Breast, ovarian, or prostate cancer", In, "BRCA|required", "OVT|required", "PRAD|required"),
        Case("cancer_type", "Non-small cell or small cell lung cancer", In, "NSCLC|required", "SCLC|required"),
        Case("cancer_type", "No breast or ovarian cancer", In, "BRCA|excluded", "OVT|excluded"),
        Case("cancer_type", "Stage IV or recurrent breast cancer", In, "BRCA|required"),
        Case("cancer_type", "No other or prior breast cancer", In),
        // a prohibition restates an exclusion item; it does not turn it into a requirement
        Case("cancer_type", "Patients with sarcomatoid prostate cancer are not eligible", Ex, "PRAD|excluded"),
        Case("cancer_type", "Patients with sarcomatoid prostate cancer are not eligible", In, "PRAD|excluded"),
        // session 5b: prior therapies (corpus study)
        // a bare "untreated" in an exclusion or after "no" is a comorbidity, unless the cancer follows
        Case("prior_lines", "Known untreated sleep apnoea", Ex),
        Case("prior_lines", "No untreated bacterial infection", In),
        Case("prior_lines", "Untreated acute lymphoblastic leukaemia", In, "0|0|any"),
        Case("prior_lines", "No prior medical treatment for invasive bladder cancer", In, "0|0|any"),
        Case("prior_lines", "Progression after at least 2 chemotherapy or biologic therapy regimens", In, "2|-|any"),
        Case("prior_lines", "Regimens may be single or multi-agent; up to 3 prior regimens", Ex, "4|-|any"),
        Case("prior_lines", "No prior anticancer therapy that would preclude the study drug", In),
        Case("prior_lines", "Only one prior chemotherapy regimen permitted", In, "-|1|any"),
        Case("prior_lines", "Tumours previously treated with stereotactic radiosurgery need biopsy proof of progression", In),
        Case("prior_lines", "No second cancer except a previously treated basal cell skin carcinoma", In),
        Case("prior_lines", "Those previously treated with the study antibody are not eligible", In),
        Case("prior_lines", "Previously treated metastatic melanoma", In, "1|-|any"),
        // wrapped lines break the words of a count or of whole-therapy wording
        // (the two bounds are one range since round 3, as the labels of tune2 and tune3 write them)
        Case("prior_lines", "One or more lines of chemotherapy but not more\n    than three lines of chemotherapy", In, "1|3|any"),
        Case("prior_lines", "Carcinoma of the pancreas. No prior\n    treatment", In, "0|0|any"),
        // an exclusion that opens with whole-therapy wording is "no prior therapy"
        Case("prior_lines", "Prior systemic treatment for metastatic disease", Ex, "0|0|metastatic"),
        Case("prior_lines", "Any prior anticancer therapy for this tumour", Ex, "0|0|any"),
        Case("prior_lines", "Prior systemic therapy within 3 weeks of the first dose", Ex),
        Case("prior_lines", "Prior therapy with a CD19-directed agent", Ex),
        Case("prior_exposure", "Recovery from earlier immunotherapy", In),
        Case("prior_exposure", "Radiotherapy or chemotherapy during the four weeks before enrolment", Ex),
        Case("prior_exposure", "Anaemia that is not due to recent chemotherapy", In),
        Case("prior_exposure", "Previously given azacytidine", Ex, "azacitidine|excluded"),
        Case("prior_exposure", "No prior vorinostat or sirolimus", In, "sirolimus|excluded", "vorinostat|excluded"),
        Case("prior_exposure", "Known allergy to cetuximab or to murine proteins or to carboplatin", Ex),
        Case("prior_exposure", "Currently receiving radiotherapy or chemotherapy", Ex),
        Case("prior_exposure", "Severe immune-related adverse event that happened during previous immunotherapy", Ex),
        Case("prior_exposure", "Chemotherapy: no prior chemotherapy for this cancer Endocrine therapy: Not specified Surgery: See Disease Characteristics", In, "chemotherapy|excluded"),
        Case("prior_exposure", "Ineligible for or declined high-dose chemotherapy with stem cell rescue", In),
        Case("prior_exposure", "Exactly one prior chemotherapeutic regimen for advanced disease", In, "chemotherapy|required"),
        Case("prior_lines", "Patients with no prior therapy are also eligible when unfit for surgery", In),
        Case("prior_exposure", "Prior hydroxyurea for leukocytosis will not exclude the patient", In, "hydroxyurea|allowed"),
        Case("prior_exposure", "Previous therapy with gemcitabine, pemetrexed, or another antimetabolite", In, "antimetabolite|required"),
        // prior therapy, session 6 (second tuning set): counts, ordinal lines, recency, extent limits, exceptions, vocabulary
        Case("prior_lines", "Must have had at least 2 of the chemotherapy regimens named above", In, "2|-|any"),
        Case("prior_lines", "No more than 2 prior salvage regimens for relapsed disease", In, "-|3|metastatic"),
        Case("prior_lines", "Zero or one previous chemotherapeutic or immunotherapeutic treatment regimen", In, "-|1|any"),
        Case("prior_lines", "Not more than 1 prior course of chemotherapy", In, "-|1|any"),
        Case("prior_lines", "No more than 1 prior course of adjuvant therapy", In, "-|1|adjuvant"),
        Case("prior_lines", "Received 6 courses of cisplatin", In),
        Case("prior_lines", "Untreated relapsed follicular lymphoma", In),
        Case("prior_lines", "Treated or untreated grade 3 intraepithelial neoplasia", In),
        Case("prior_lines", "Stage IV adenocarcinoma with no history of systemic anticancer therapy including targeted agents", In, "0|0|any"),
        Case("prior_lines", "Relapse within 6 months after completion of first-line chemotherapy", In, "1|-|any"),
        Case("prior_lines", "Progression during first line chemotherapy", In, "1|-|any"),
        Case("prior_lines", "First-line treatment in subjects with metastatic gastric cancer", In, "0|0|metastatic"),
        Case("prior_lines", "Untreated disease or progression following first-line chemotherapy", In, "-|1|any"),
        Case("prior_lines", "Previously untreated tumour OR relapsed disease after first line therapy", In, "-|1|any"),
        Case("prior_lines", "Chemotherapy: No more than 1 prior chemotherapy trial", In, "-|1|any"),
        Case("prior_lines", "1 or 2 prior inductions allowed", In, "1|2|any"),
        Case("prior_lines", "Prior systemic anticancer treatment for melanoma. Herbal remedies must stop 2 weeks before enrolment", Ex, "0|0|any"),
        Case("prior_lines", "Prior anticancer therapy (e.g. Chemotherapy or radiation) given less than 3 weeks before day 1", Ex),
        Case("prior_lines", "Progressive disease after standard second-line therapy", In, "2|-|any"),
        Case("prior_lines", "Metastatic disease treated with first-line anthracycline and second-line taxane chemotherapy", In, "2|-|any"),
        Case("prior_lines", "Failed prior standard care or intolerant of it", In, "1|-|any"),
        Case("prior_lines", "Lymphoma refractory after primary induction therapy", In, "1|-|any"),
        Case("prior_exposure", "At least 2 prior treatment regimens (radiotherapy counted as a separate regimen if given alone)", In),
        Case("prior_exposure", "No prior cytotoxic anticancer therapy", In, "chemotherapy|excluded"),
        Case("prior_exposure", "No more than 8 weeks since prior surgery", In, "surgery|required"),
        Case("prior_exposure", "Not more than 30 days between definitive surgery and registration", In, "surgery|required"),
        Case("prior_exposure", "Less than 4 weeks since prior surgery", Ex),
        Case("prior_exposure", "No more than 6 months of prior alkylator therapy", In, "alkylating_agent|allowed"),
        Case("prior_exposure", "A total of less than or equal to 4 cycles of regimens containing anthracyclines", In, "anthracycline|allowed"),
        Case("prior_exposure", "More than 3 years since prior chemotherapy for another cancer", In),
        Case("prior_exposure", "Recurrence after surgery, radiotherapy, or both", In),
        Case("prior_exposure", "After prior surgical resection, whole brain radiotherapy (WBRT), and/or radiosurgery", In),
        Case("prior_exposure", "A tumour for which amputation surgery would be required", In),
        Case("prior_exposure", "No radiotherapy to the lesions used to follow response", In),
        Case("prior_exposure", "No prior radiotherapy to more than 30% of the bone marrow", In, "radiotherapy|allowed"),
        Case("prior_exposure", "No previous radiotherapy to 30% or more of the marrow", In, "radiotherapy|allowed"),
        Case("prior_exposure", "No prior irradiation to 20 percent or greater of marrow reserve", In, "radiotherapy|allowed"),
        Case("prior_exposure", "No prior radiotherapy to site(s) of measurable tumor", In),
        Case("prior_exposure", "No radiotherapy to the sites of evaluable disease", In),
        Case("prior_exposure", "No prior extensive radiotherapy", In, "radiotherapy|allowed"),
        Case("prior_exposure", "No more than 3000 cGy prior radiotherapy to the pelvis", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Chemotherapy for an earlier cancer allowed (except for cisplatin)", In, "chemotherapy|allowed", "cisplatin|excluded"),
        Case("prior_exposure", "No prior rubitecan or other camptothecin analogues", In, "rubitecan|excluded", "topoisomerase_inhibitor|excluded"),
        Case("prior_exposure", "Never treated with irinotecan or camptothecin derivatives", In, "irinotecan|excluded", "topoisomerase_inhibitor|excluded"),
        Case("prior_exposure", "No previous carboplatin and platinum compounds", In, "carboplatin|excluded", "platinum|excluded"),
        Case("prior_exposure", "Prior monoclonal antibodies", Ex, "monoclonal_antibody|excluded"),
        Case("prior_exposure", "No prior anti-CD33 antibody therapy", In, "anti_cd33|excluded"),
        Case("prior_exposure", "No prior farnesyl transferase inhibitors", In, "farnesyltransferase_inhibitor|excluded"),
        Case("prior_exposure", "Prior oophorectomy allowed", In, "surgery|allowed"),
        Case("prior_exposure", "Previous interferon alpha for melanoma", Ex, "interferon|excluded"),
        Case("prior_exposure", "Prior carmustine or other nitrosoureas", Ex, "carmustine|excluded", "nitrosourea|excluded"),
        // prior therapy, round 2: a permission with its own time window, lists joined by "treatment with", a class named
        // twice, contents named after the class, bracketed lists before the class word, conditionals, layout headings
        Case("prior_exposure", "Earlier radiotherapy allowed (provided it ended at least 3 weeks ago)", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Previous hormonal therapy permitted if at least 30 days have passed since the last dose", In, "hormonal_therapy|allowed"),
        Case("prior_exposure", "Rising PSA after castration or treatment with goserelin or bicalutamide", In, "hormonal_therapy|required"),
        Case("prior_exposure", "No prior high-dose chemotherapy with stem cell transplantation", In, "stem_cell_transplant|excluded"),
        Case("prior_exposure", "Progressed after a regimen for advanced disease that included gemcitabine", In, "gemcitabine|required"),
        Case("prior_exposure", "Received one prior platinum-based (cisplatin, carboplatin or oxaliplatin, given on any schedule or at any dose) chemotherapy regimen", In, "platinum|required"),
        Case("prior_exposure", "Tumour for which disfiguring surgery would be required for complete resection", In),
        Case("prior_exposure", "Chemotherapy: No prior therapy Radiotherapy: No prior therapy Surgery: Not specified", In, "chemotherapy|excluded", "radiotherapy|excluded"),
        Case("prior_lines", "Endocrine therapy: No prior therapy Surgery: Prior biopsy allowed", In),
        Case("prior_exposure", "Biologic therapy: No prior therapy with murine antibodies", In, "monoclonal_antibody|excluded"),
        Case("prior_exposure", "Earlier treatment with inhibitors of the EGFR", Ex, "egfr_tki|excluded"),
        // "No response to X": the negation is the response's; X was given and failed (alternatives: their shared class).
        Case("prior_exposure", "Blood counts with no hematologic response to earlier standard therapy (hydroxyurea or busulfan)", In, "chemotherapy|required"),
        Case("prior_exposure", "Disease that showed no objective benefit from prior docetaxel", In, "docetaxel|required"),
        Case("prior_exposure", "No response to induction, and no prior cytarabine", In, "cytarabine|excluded"),
        // prior therapy, round 3 (third tuning set): an inclusive bound, local treatment is no systemic line, the perfect
        // "has previously been treated", prospects of a treatment are not history, and vocabulary (retinoids, HIV protease
        // inhibitors, progestins, cryosurgery, plural VEGFR TKIs)
        Case("prior_lines", "Must have had less than or equal to 3 prior cytotoxic regimens", In, "-|3|any"),
        Case("prior_lines", "Cancer of the vulva that progressed after local treatment and is not curable", In),
        Case("prior_lines", "Glioma progressing after radiotherapy or chemotherapy", In),
        Case("prior_lines", "Disease that progressed after surgery and chemotherapy", In, "1|-|any"),
        Case("prior_lines", "The patient has previously been treated with a gemcitabine-containing regimen", In, "1|-|any"),
        Case("prior_exposure", "Tumour not amenable to curative resection or radiation therapy", In),
        Case("prior_exposure", "Sarcoma that is incurable by surgery", In),
        Case("prior_exposure", "Able to tolerate a full course of pelvic radiotherapy", In),
        Case("prior_exposure", "No prior systemic retinoids", In, "retinoid|excluded"),
        Case("prior_exposure", "No prior cryosurgery to the prostate", In, "surgery|excluded"),
        Case("prior_exposure", "Prior progestational agents permitted", In, "progestin|allowed"),
        Case("prior_exposure", "Earlier therapy with an HIV protease inhibitor", Ex, "protease_inhibitor|excluded"),
        Case("prior_exposure", "Previous treatment with VEGFR TKIs", Ex, "vegf_inhibitor|excluded"),
        // a drug before "based"/"containing" is part of the counted regimen; a lower and an upper bound joined are one range
        Case("prior_lines", "Exactly one prior irinotecan-based regimen for metastatic disease", In, "1|1|metastatic"),
        Case("prior_lines", "At least 1 line of endocrine therapy but no more than 3 lines", In, "1|3|any"),
        // prior therapy, round 4: a treatment that is the condition for letting brain metastases in is no exposure (the
        // brain-metastases fact carries it); an operation stated as required, and a tumour described as resected or
        // debulked, put surgery behind every patient, unless the words make it a prospect, an exception or one alternative
        Case("prior_exposure", "Brain metastases eligible once treated with surgery or radiotherapy and stable", In),
        Case("prior_exposure", "No CNS disease unless stable after radiation", In),
        Case("prior_exposure", "Prior whole brain radiotherapy allowed", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Surgery: Curative excision required", In, "surgery|required"),
        Case("prior_exposure", "Resection not required", In),
        Case("prior_exposure", "Completely resected stage II colon cancer", In, "surgery|required"),
        Case("prior_exposure", "Optimally debulked stage III ovarian carcinoma", In, "surgery|required"),
        Case("prior_exposure", "Tumour that can be completely resected", In),
        Case("prior_exposure", "No other malignancy except completely resected basal cell skin cancer", In),
        Case("prior_exposure", "Unresectable or incompletely resected rectal cancer", In),
        Case("prior_exposure", "Measurable disease outside the resected area", In),
        Case("prior_exposure", "Relapse within a year of regional chemotherapy for resected liver metastases", In, "chemotherapy|required"),
        // the CNS permission holds whatever negation its condition carries; "have or have not" lets both in; a leukaemia
        // caused by an exposure; a refractory state barred is not the therapy barred; a time window in words is a washout;
        // the therapy a minimum count of regimens consisted of
        Case("prior_exposure", "Meningeal involvement allowed if the CSF shows no blasts after intrathecal chemotherapy", In),
        Case("prior_exposure", "Melanoma patients who have or have not had earlier chemotherapy", In),
        Case("prior_exposure", "No myeloid leukaemia resulting from exposure to chemotherapy", In),
        Case("prior_exposure", "No cisplatin-refractory disease", In),
        Case("prior_exposure", "At least two weeks since prior radiotherapy", In),
        Case("prior_exposure", "At least one chemotherapy regimen and at most three regimens", In, "chemotherapy|required"),
        // to review
        Case("to_review", "Bilirubin no greater than 1.5 times ULN", In, "organ_function"),
        Case("to_review", "Platelet count at least 100,000/mm3", In, "lab_values"),
        Case("to_review", "Known HIV infection", Ex, "infection"),
        Case("to_review", "Not pregnant or nursing", In, "pregnancy_contraception"),
        Case("to_review", "Life expectancy of at least 12 weeks", In, "life_expectancy"),
        Case("to_review", "Signed informed consent", In, "consent"),
        // session 6: cancer types. Generic organ cancers take the organ's main carcinoma code (peritoneum, head and neck).
        Case("cancer_type", "Serous carcinoma of peritoneal origin or primary peritoneal carcinoma", In, "PSEC|required"),
        // session 10: a secondary brain tumour is a brain metastasis (not a second cancer); "primary or metastatic CNS
        // disease" names primary brain tumours too; combined SCLC and extraovarian serous carcinoma have codes of their own.
        Case("cancer_type", "Solid tumour required; no primary or secondary brain tumours", In, "GROUP:SOLID|required", "BRAIN|excluded"),
        Case("brain_metastases", "Solid tumour required; no primary or secondary brain tumours", In, "excluded"),
        Case("to_review", "No primary or secondary brain tumours", In),
        Case("to_review", "No active brain or epidural tumour", In),
        Case("cancer_type", "Advanced solid malignancy; no primary or metastatic CNS disease", In, "GROUP:SOLID|required", "BRAIN|excluded"),
        Case("cancer_type", "Mixed small cell and non-small cell lung cancer", Ex, "CSCLC|excluded"),
        Case("cancer_type", "Papillary serous carcinoma of the ovary, or papillary serous carcinoma of extraovarian origin", In, "SOC|required", "PSEC|required"),
        Case("cancer_type", "Primary peritoneal epithelial carcinoma", In, "PSEC|required"),
        // Working Formulation names in old records: follicular mixed lymphoma is follicular lymphoma; the upper
        // aerodigestive tract is the head and neck.
        Case("cancer_type", "Biopsy-proven follicular mixed lymphoma", In, "FL|required"),
        Case("cancer_type", "Squamous cell carcinoma of the upper aerodigestive tract, scheduled for resection", In, "HNSC|required"),
        Case("cancer_type", "Recurrent cancer of the head and neck", In, "HNSC|required"),
        // OncoTree's T-cell lymphoma subtypes and grades of astrocytoma and oligodendroglioma
        Case("cancer_type", "Adult T-cell leukaemia/lymphoma or enteropathy-type T-cell lymphoma", In, "ATLL|required", "EATL|required"),
        Case("cancer_type", "Any cutaneous T-cell lymphoma", In, "MTNN|required"),
        Case("cancer_type", "Newly diagnosed anaplastic astrocytoma", In, "ASTR3|required"),
        Case("cancer_type", "Biopsy-proven oligoastrocytoma", In, "DIFG|required"),
        Case("cancer_type", "Extra-adrenal paraganglioma", In, "PGNG|required"),
        Case("cancer_type", "Biopsy-proven AL amyloidosis", In, "MIDDA|required"),
        // a part of the organ ("distal", "upper") is still the organ; a vocal cord tumour is laryngeal
        Case("cancer_type", "Carcinoma of the upper oesophagus", In, "ESCA|required"),
        Case("cancer_type", "Squamous carcinoma of the true vocal cord", In, "LXSC|required"),
        // an abbreviation written inside the name does not split it
        Case("cancer_type", "Known primary central nervous system (CNS) lymphoma", Ex, "PCNSL|excluded"),
        // disease words that qualify another noun: a gene, a protein, cells, an organisation, a hereditary syndrome
        Case("cancer_type", "Tumour harbouring an anaplastic lymphoma kinase fusion", In),
        Case("cancer_type", "Measurable myeloma protein in urine", In),
        Case("cancer_type", "At least 20% circulating lymphoma cells", In),
        Case("cancer_type", "Treated per the guidelines of a national breast cancer group", Ex),
        Case("cancer_type", "Family member with the hereditary breast-ovarian cancer syndrome", In),
        // a receptor status before the disease is the condition; the status is a biomarker fact
        Case("cancer_type", "HER2-positive breast cancer", Ex),
        // steroids given for a disease name a treatment setting
        Case("cancer_type", "No prior corticosteroids for lymphoma", In),
        // "must not have" in an exclusion item restates the exclusion
        Case("cancer_type", "Participants must not have a glioblastoma", Ex, "GB|excluded"),
        Case("cancer_type", "Known central nervous system cancer", Ex, "BRAIN|excluded"),
        // session 6: stages. Sub-stage letters written apart or as a range, and a TNM parenthesis inside a stage list
        Case("stage", "Stage III A-C or IV B melanoma", In, "IIIA|required", "IIIB|required", "IIIC|required", "IVB|required"),
        Case("stage", "Resected stage IB (T2, N0) or IIA (T1, N1) tumour", In, "IB|required", "IIA|required"),
        // M0 written onto the N category
        Case("stage", "Rectal cancer staged T3 N1M0", In, "metastatic|excluded"),
        // "not curable by surgery" does not say resectable; "primary or recurrent" is no condition
        Case("stage", "Sarcoma not curable by surgery", In),
        Case("stage", "Primary or recurrent retroperitoneal sarcoma", In),
        // the setting of an allowed treatment is not a stage condition
        Case("stage", "Previous palliative radiotherapy for metastatic disease is permitted", In),
        Case("stage", "No prior chemotherapy given for disease in first relapse", In),
        // failure of, or no response to, standard therapy; leukaemia beyond first remission
        Case("stage", "Solid tumour unresponsive to existing treatment", In, "refractory|required"),
        Case("stage", "Lymphoma that has failed conventional chemotherapy and radiotherapy", In, "refractory|required"),
        Case("stage", "Acute myeloid leukaemia beyond first complete remission", In, "relapsed|required"),
        // session 6: brain metastases. Conditions written after an allowance make it treated-and-stable
        Case("brain_metastases", "Brain metastases are permitted only if irradiated, off steroids and without symptoms", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Previous brain metastases allowed if no residual symptoms", In, "excluded_unless_treated_stable"),
        // "no clinical signs of" is the exclusion itself, and "known" widens "symptomatic" to every brain metastasis
        Case("brain_metastases", "No clinical signs of CNS metastases", In, "excluded"),
        Case("brain_metastases", "No known or symptomatic leptomeningeal disease", In, "excluded"),
        // a qualifier in the next sentence belongs to another criterion
        Case("brain_metastases", "CNS involvement. Uncontrolled diabetes or symptomatic heart failure.", Ex, "excluded"),
        // cancer of the CNS of any origin; clear brain imaging asked for when symptoms suggest spread
        Case("brain_metastases", "No evidence of CNS cancer", In, "excluded"),
        Case("brain_metastases", "A negative head MRI is needed when neurological symptoms suggest brain metastases", In, "excluded"),
        Case("brain_metastases", "No treatment aimed to treat the CNS malignancy", In),
        // one of the diseases a trial takes
        Case("brain_metastases", "Progressive glioblastoma or brain metastases", In, "allowed"),
        // an exclusion of imaging findings, with the imaging word after the organ
        Case("brain_metastases", "No metastases on brain MRI", In, "excluded"),
        // sites that may not be the only measurable lesions
        Case("brain_metastases", "Bone or brain lesions cannot serve as the only sites of measurable disease", In),
        // session 6: biomarkers. A hyphen before "or" is a suspended compound, not a minus sign
        Case("biomarker", "Ph- or BCR-ABL1-positive leukaemia shown by PCR", In, "BCR-ABL1|positive|required"),
        // either value of the status accepted, the second written with a hyphen
        Case("biomarker", "Philadelphia chromosome (Ph)-positive or -negative disease", In),
        // "and/or" between the hormone receptors is hormone-receptor positivity: ER positive
        Case("biomarker", "Tumour oestrogen or progesterone receptor positive", In, "ER|positive|required"),
        // a relative's mutation is family history
        Case("biomarker", "Sister or mother carrying a pathogenic BRCA2 mutation", In),
        // more CD antigens, a call before a list of them
        Case("biomarker", "Co-expression of CD5 and CD23 on the lymphocytes", In, "CD23|positive|required", "CD5|positive|required"),
        // a named variant and "any other mutation" of the same gene are one condition
        Case("biomarker", "Known KRAS G12C or any other KRAS mutation", Ex, "KRAS|positive|excluded"),
        // round 2, disease kinds. The disease a past treatment was given for is its setting, not a diagnosis condition
        Case("cancer_type", "Two weeks or more since the last investigational agent for melanoma", In),
        Case("cancer_type", "One or two previous chemotherapy regimens for follicular lymphoma", In),
        Case("cancer_type", "Has previously received hormonal therapy for metastatic prostate cancer", In),
        Case("cancer_type", "Currently receiving first-line chemotherapy for metastatic breast cancer", In, "BRCA|required"),
        // a generic word right after a name is the name's head
        Case("cancer_type", "Diagnosis of a hematologic malignancy or solid tumor malignancy", In, "GROUP:HEME|required", "GROUP:SOLID|required"),
        // graded marrow fibrosis is a biopsy finding, not primary myelofibrosis
        Case("cancer_type", "Chronic phase CML; no grade 3 or worse myelofibrosis on the marrow", In, "CML|required"),
        Case("cancer_type", "Marrow myelofibrosis less than 2+", Ex),
        Case("cancer_type", "Primary myelofibrosis requiring therapy", In, "PMF|required"),
        // "including but not limited to" opens a list of examples, however long the flattened list runs
        Case("cancer_type", "B-cell non-Hodgkin lymphoma, including but not limited to: diffuse large cell Burkitt lymphoma mantle cell lymphoma", In, "GROUP:NHL|required"),
        // an exception list after another-malignancy wording runs on across a capitalised word
        Case("cancer_type", "No history of cancer in the last 3 years with the exception of treated cervical carcinoma in situ or resected Stage I colon cancer", Ex),
        // ---- cancer types, session 7 (round 3 tuning set) ----
        // vocabulary: OncoTree codes of their own; spelt-out CNS names
        Case("cancer_type", "Untreated primitive neuroectodermal tumour of the posterior fossa", In, "PNET|required"),
        Case("cancer_type", "Recurrent leiomyosarcoma of the uterus", In, "ULMS|required"),
        Case("cancer_type", "Confirmed glioblastoma or malignant astrocytoma", In, "GB|required", "HGGNOS|required"),
        Case("cancer_type", "Progressive brainstem tumours", Ex, "BRAIN|excluded"),
        Case("cancer_type", "Stage IE central nervous system lymphoma", Ex, "PCNSL|excluded"),
        Case("cancer_type", "Resectable colorectal liver metastases", In, "COADREAD|required"),
        // a carve-out after a broader required type excludes what it lists, joined by "and" too
        Case("cancer_type", "Confirmed diagnosis of any cancer other than breast cancer or myeloma", In, "BRCA|excluded", "GROUP:ANY|required", "PCM|excluded"),
        Case("cancer_type", "Stage IV solid tumours (excluding lung and prostate cancer)", In, "GROUP:SOLID|required", "LUNG|excluded", "PRAD|excluded"),
        // "or any other malignancy" is an alternative, not another malignancy
        Case("cancer_type", "Metastatic melanoma, or any other advanced malignancy with no standard therapy", In, "GROUP:ANY|required", "MEL|required"),
        // who goes first is not who is eligible; a relative's disease is not the patient's
        Case("cancer_type", "Any metastatic malignancy; priority is given to patients with kidney cancer", In, "GROUP:ANY|required"),
        Case("cancer_type", "Three or more first-degree relatives with breast or ovarian cancer", In),
        // a prevention trial named after a disease; blast cells of a leukaemia
        Case("cancer_type", "Earlier raloxifene within a breast cancer prevention trial is allowed", In),
        Case("cancer_type", "CD33 on at least 30% of leukaemia blast cells", In),
        // "remain eligible for this study" is a permission
        Case("cancer_type", "AML; patients with earlier myelodysplasia remain eligible for this study", In, "AML|required", "MDS|allowed"),
        // an examples cue after a qualifier of the broader type still lists examples; not after a bare generic word
        Case("cancer_type", "Blood cancer that has relapsed after standard therapy, including but not limited to: myeloma acute myeloid leukaemia", In, "GROUP:HEME|required"),
        Case("cancer_type", "Unresectable carcinoma arising anywhere in the urinary tract including the bladder, ureter or renal pelvis Transitional cell carcinoma", In, "BLCA|required"),
        // "the primary X tumour" points back at the type already named
        Case("cancer_type", "Metastatic clear cell renal cell carcinoma with the primary renal tumour still in place", In, "CCRCC|required"),
        Case("cancer_type", "Glioblastoma or malignant glioma", In, "GB|required", "HGGNOS|required"),
        // the disease a waiver is granted for is not an eligibility condition
        Case("cancer_type", "Tissue diagnosis may be waived for patients with diffuse pontine glioma", In),
        // ---- cancer types, session 8 (round 3 tuning set, second pass) ----
        // a named type at the head of a time cue ("prior", "concurrent", "history of") is a disease the patient must not
        // have; a broad malignancy, a window, "other", a treatment's setting or a qualified noun keep the old reading
        Case("cancer_type", "Metastatic solid tumour No prior or concurrent primary brain tumour or brain metastases", In, "GROUP:SOLID|required", "BRAIN|excluded"),
        Case("cancer_type", "No prior or concurrent primary brain tumour", In, "BRAIN|excluded"),
        Case("cancer_type", "No history of central nervous system malignant disease or epilepsy", In, "BRAIN|excluded"),
        Case("cancer_type", "No history of prostate cancer within the past 5 years", In),
        Case("cancer_type", "No prior breast cancer or other invasive malignancy", In),
        Case("cancer_type", "Concurrent corticosteroids for brain tumour oedema are permitted", In),
        Case("cancer_type", "No previous cervical cancer treatment of any kind", Ex),
        // vocabulary: liposarcoma subtypes, the old name of pilocytic astrocytoma
        Case("cancer_type", "Unresectable myxoid liposarcoma of the thigh", In, "MRLS|required"),
        Case("cancer_type", "Recurrent pleomorphic or well-differentiated liposarcoma", In, "PLLS|required", "WDLS|required"),
        Case("cancer_type", "Polar spongioblastoma of the optic pathway", In, "PAST|required"),
        // the type a disease progressed or transformed from is its history, the type it became is the condition
        Case("cancer_type", "Earlier low-grade glioma which has progressed to a high-grade glioma on biopsy", In, "HGGNOS|required"),
        Case("cancer_type", "Follicular lymphoma transformed into diffuse large B-cell lymphoma", In, "DLBCLNOS|required"),
        // ---- cancer types, session 8 (helper A) ----
        // a permission of a type already required adds nothing
        Case("cancer_type", "Recurrent malignant glioma; a low-grade tumour that has turned into malignant glioma is also eligible", In, "HGGNOS|required"),
        Case("cancer_type", "Myeloma of any stage; anaemia caused by myeloma allowed", In, "PCM|required"),
        // a non-invasive (borderline) form excluded from the disease is no exclusion of the disease
        Case("cancer_type", "Tumours of borderline malignancy of the ovary or borderline ovarian carcinoma are not eligible", In),
        Case("cancer_type", "No borderline ovarian cancer", In),
        Case("cancer_type", "No ovarian tumour of low malignant potential", In),
        // a treatment named after its disease: the disease is its setting
        Case("cancer_type", "No earlier Hodgkin lymphoma therapy in the last month", In),
        // "for patients with X, ...": X says whom the rest applies to
        Case("cancer_type", "For patients with glioma who are minors, a parent must consent", In),
        Case("cancer_type", "In patients with prostate cancer: testosterone below castrate level", In),
        Case("cancer_type", "Patients with prostate cancer, castrate level of testosterone", In, "PRAD|required"),
        // a list opened by a prohibition and a colon is excluded
        Case("cancer_type", "Adenocarcinoma of the pancreas The following types are not eligible: islet cell carcinoma, acinar cell carcinoma", In, "PAAD|required", "PANET|excluded", "PAAC|excluded"),
        // vocabulary: renal subtypes and oncocytoma, pineoblastoma, anaplastic ependymoma, extramedullary plasmacytoma,
        // therapy-related AML, ocular melanoma, CNS lymphoma without "the"
        Case("cancer_type", "Papillary renal carcinoma, chromophobe renal cancer or renal oncocytoma", In, "PRCC|required", "CHRCC|required", "ROCY|required"),
        Case("cancer_type", "Newly diagnosed pineoblastoma or anaplastic ependymoma", In, "PBL|required", "APE|required"),
        Case("cancer_type", "Solitary extramedullary plasmacytoma", Ex, "EP|excluded"),
        Case("cancer_type", "Therapy-related AML", Ex, "TAML|excluded"),
        Case("cancer_type", "Metastatic intraocular melanoma", In, "OM|required"),
        Case("cancer_type", "Non-Hodgkin lymphoma of CNS, newly diagnosed", In, "PCNSL|required"),
        Case("cancer_type", "No solitary bone or solitary extramedullary plasmacytoma", In, "SPB|excluded", "EP|excluded"),
        // "non-X Y": Y is stated and the subtype "X Y" is carved out of it
        Case("cancer_type", "Stage IV non-ocular malignant melanoma", In, "MEL|required", "OM|excluded"),
        Case("cancer_type", "Locally advanced non-inflammatory breast cancer", In, "BRCA|required", "IBC|excluded"),
        // non-squamous NSCLC has no code of its own
        Case("cancer_type", "Advanced nonsquamous non-small cell lung carcinoma", In, "NSCLC|required"),
        // round 2: the "non" prefix joined to its word or standing apart, and reaching over two words
        Case("cancer_type", "Recurrent nonsquamous cell carcinoma of the uterine cervix", In, "CERVIX|required", "CESC|excluded"),
        Case("cancer_type", "Non squamous cell carcinoma of the cervix", In, "CERVIX|required", "CESC|excluded"),
        // subtypes in brackets or after a colon narrow the type; "(including <site>)" widens it
        Case("cancer_type", "Liposarcoma (myxoid and pleomorphic)", In, "MRLS|required", "PLLS|required"),
        Case("cancer_type", "Stage IV non-small cell lung cancer: adenocarcinoma", In, "LUAD|required"),
        Case("cancer_type", "Squamous cell carcinoma of the head and neck (including nasopharynx), not curable by surgery", In, "HNSC|required", "NPC|required"),
        Case("cancer_type", "Breast cancer: HER2 positive", In, "BRCA|required"),
        // a stage word joined by "or" to a subtype shares the rest of the name
        Case("cancer_type", "Previously untreated locally advanced or inflammatory breast cancer", In, "BRCA|required", "IBC|required"),
        // a negation inside a relative clause ends at its comma ("..., specifically")
        Case("cancer_type", "Families with inherited kidney cancer for which the gene is not yet identified, specifically papillary renal carcinoma or chromophobe renal carcinoma", In,
            "KIDNEY|required", "PRCC|required", "CHRCC|required"),
        // "without" + a verb in -ing negates the action, not the disease after it
        Case("cancer_type", "Partial response to induction chemotherapy without reaching complete remission (refractory lymphoma)", In, "GROUP:LYMPHOMA|required"),
        Case("stage", "Partial response to induction chemotherapy without reaching complete remission (refractory lymphoma)", In, "refractory|required"),
        // hairy cells name hairy cell leukaemia; a type a finding is compared with is not the disease
        Case("cancer_type", "Hairy cells detected in the peripheral blood", In, "HCL|required"),
        Case("cancer_type", "Atypical lymphocytes with features intermediate between hairy cells and prolymphocytes", In),
        // plasma cell leukaemia is the leukaemic form of plasma cell myeloma (OncoTree has no code of its own), not a leukaemia
        Case("cancer_type", "Plasma cell leukaemia", In, "PCM|required"),
        Case("cancer_type", "Multiple myeloma or plasma cell leukemia", In, "PCM|required"),
        // excluded, it is a phase of the myeloma (as blast-phase CML is), not an exclusion of myeloma
        Case("cancer_type", "Plasma cell leukaemia or POEMS syndrome", Ex),
        // a conjunct with "and" inside its name still shares the head word; a type something is unrelated to is no condition
        Case("cancer_type", "Confirmed lung, head and neck, bladder, or cervical carcinoma", In, "LUNG|required", "HNSC|required", "BLCA|required", "CERVIX|required"),
        Case("cancer_type", "Liver disease unrelated to hepatocellular carcinoma", Ex),
        // measurable disease: the lesion a treatment was aimed at is no condition; a marker may stand in for it;
        // a dimension word belongs to the first alternative; a preference is not a condition
        Case("measurable_disease", "No earlier radiation to the sole site of measurable disease", In),
        Case("measurable_disease", "Six weeks or more since surgery to a measurable lesion", In),
        Case("measurable_disease", "Measurable tumour OR a CA 19-9 above twice the upper limit", In, "not_required|-"),
        Case("measurable_disease", "Unidimensionally measurable or evaluable lesions", In, "not_required|-"),
        Case("measurable_disease", "Bidimensionally measurable disease", In, "required|-"),
        Case("measurable_disease", "Evaluable or measurable disease is preferred", In),
        // round 3, biomarkers: leukaemia antigens, fusion genes under old names, tumour antigens; "lack" as a negative call,
        // "may be" as a permission, a transcript as presence; a probability of carrying is no status; a gene asked for
        // both ways in one clause is no condition; a bracket list keeps the negation before the bracket
        Case("biomarker", "Blasts must be CD45 positive; those in remission may be CD45 negative", In, "CD45|negative|allowed", "CD45|positive|required"),
        Case("biomarker", "Leukaemic cells that express CD11c but lack CD25, and are TRAP negative", In, "CD11c|positive|required", "CD25|negative|required", "TRAP|negative|required"),
        Case("biomarker", "MLL gene rearrangement in infants", In, "KMT2A|positive|required"),
        Case("biomarker", "No TEL-AML1 fusion", In, "ETV6-RUNX1|positive|excluded"),
        Case("biomarker", "Germline VHL mutation", In, "VHL|positive|required"),
        Case("biomarker", "Melanoma that expresses MAGE-3 or Melan-A", In, "MAGEA3|positive|required", "MLANA|positive|required"),
        Case("biomarker", "Detectable BCR-ABL transcript by PCR", In, "BCR-ABL1|positive|required"),
        Case("biomarker", "Estimated risk of carrying a BRCA1 mutation below 10%", In),
        Case("biomarker", "Neuroblastoma with MYCN amplification (any age) or without MYCN amplification (older children)", In),
        Case("biomarker", "Progressed on FOLFOX [cohort of NRAS mutant tumours] or on FOLFIRI [cohort of NRAS wild-type tumours]", In),
        // ... but a conditional sequence of tests is not two accepted alternatives: both calls stay
        Case("biomarker", "If the biopsy is HER2 negative, eligible only if a second sample shows HER2 overexpression", In, "HER2|negative|required", "HER2|positive|required"),
        Case("biomarker", "No unfavourable lesions [TEL-AML1 fusion, t(12;21); or MLL rearrangement]", In, "ETV6-RUNX1|positive|excluded", "KMT2A|positive|excluded"),
        // translocations in cytogenetic notation name their fusion gene; a class of alteration may open a list
        Case("biomarker", "Leukaemia that is t(4;11) positive", In, "KMT2A|positive|required"),
        Case("biomarker", "No high-risk translocations (t(9;22) or TEL-AML1)", In, "BCR-ABL1|positive|excluded", "ETV6-RUNX1|positive|excluded"),
        Case("biomarker", "Clonal rearrangement of the T-cell receptor gene in the skin biopsy", In, "TCR|positive|required"),
        // round 3, stages: a sub-stage the schema lacks is its main stage; nodal metastases are not distant spread; a sample
        // source "primary tumour or metastatic site" and "newly diagnosed or previously treated" are no stage condition
        Case("stage", "FIGO stage IC to IV", In, "I|required", "II|required", "III|required", "IV|required"),
        Case("stage", "Four or fewer metastatic axillary lymph nodes", In),
        Case("stage", "Paraffin block from the primary tumour or a metastatic site", In),
        Case("stage", "Myeloma, newly diagnosed or previously treated", In),
        // a recent diagnosis of the cancer is a newly diagnosed disease; a recent diagnosis of something else is not
        Case("stage", "Diagnosis of bladder cancer within the last 8 weeks", In, "newly_diagnosed|required"),
        Case("stage", "Diagnosed with pneumonia within the previous 4 weeks", Ex),
        // round 3, brain metastases: an allowance with any condition is the treated-and-stable exception; an allowance of
        // the bad state itself is a plain allowance; "treated or active" excludes treated ones too
        Case("brain_metastases", "Leptomeningeal disease permitted once the CSF has cleared after intrathecal therapy", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Brain metastases eligible after whole-brain radiotherapy", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Symptomatic brain metastases allowed", In, "allowed"),
        Case("brain_metastases", "No treated or untreated CNS metastases", In, "excluded"),
        // round 3, measurable disease: the evaluable alternative a few words later; RECIST spelt out; a definition of which
        // lesions are not measurable is no condition
        Case("measurable_disease", "Measurable disease on CT or MRI, or patients must have evaluable disease", In, "not_required|-"),
        Case("measurable_disease", "At least one measurable lesion per Response Evaluation Criteria in Solid Tumours version 1.1", In, "required|RECIST1.1"),
        Case("measurable_disease", "Blastic bone lesions and pleural effusions are not considered measurable", In),
        Case("measurable_disease", "Bidimensionally measurable disease; effusions are not measurable", In, "required|-"),
        // ---- prior therapy, session 8 ----
        // examples after a class ("e.g.", "such as") illustrate it; the class is the condition. "i.e." names the drug meant.
        Case("prior_exposure", "No previous anti-EGFR antibody for colorectal cancer (e.g., cetuximab)", In, "anti_egfr_antibody|excluded"),
        Case("prior_exposure", "Progression on an EGFR tyrosine kinase inhibitor such as gefitinib or erlotinib", In, "egfr_tki|required"),
        Case("prior_exposure", "No prior therapy for advanced disease except immunotherapy (e.g., vaccines, interleukin-2)", In, "immunotherapy|allowed"),
        Case("prior_exposure", "Earlier treatment with estrogen receptor antagonists (i.e. tamoxifen) for this cancer", Ex, "tamoxifen|excluded"),
        // a verb after a list of drugs speaks of all of them: a treatment option is no history
        Case("prior_exposure", "Cancer for which docetaxel and carboplatin are suitable treatment options", In),
        // a count under "may have" permits it; the counted therapy stays an allowed history
        Case("prior_lines", "Patients may have received at least one prior chemotherapy regimen", In),
        Case("prior_exposure", "Patients may have received at least one prior chemotherapy regimen", In, "chemotherapy|allowed"),
        // "previously treated with up to N" asks for at least one; the therapy counted is required
        Case("prior_lines", "Lymphoma previously treated with up to three chemotherapy regimens", In, "1|3|any"),
        Case("prior_exposure", "Lymphoma previously treated with up to three chemotherapy regimens", In, "chemotherapy|required"),
        // "0-2 prior chemotherapy regimens": chemotherapy is the noun counted by a maximum
        Case("prior_exposure", "0-2 prior chemotherapy regimens for advanced disease", In),
        // a local treatment or "no standard therapy" as the alternative: no systemic line is required
        Case("prior_lines", "At least one prior systemic treatment or prior radiotherapy to the primary", In),
        Case("prior_lines", "Either no established standard therapy exists or the patient has failed one or more prior therapies", In),
        Case("prior_lines", "Tumour no longer responsive to standard care (failed all known curative therapy), or an untreated tumour with no effective standard treatment", In),
        // the failure word may follow the line, or the therapy may come before "has failed"
        Case("prior_lines", "At least one first-line therapy failure", In, "1|-|any"),
        Case("prior_lines", "Advanced cancer for which every standard therapy has failed", In, "1|-|any"),
        // a rule for when to consult the sponsor is no eligibility condition
        Case("prior_lines", "If a patient has had more than four prior regimens, eligibility will be discussed with the medical monitor", In),
        Case("prior_exposure", "If the patient has received more than two prior chemotherapy regimens, the investigator should consult the sponsor", In),
        // a capped cumulative dose permits the drug
        Case("prior_exposure", "Total cumulative dose of epirubicin no greater than 720 mg/m2", In, "epirubicin|allowed"),
        Case("prior_exposure", "Prior anthracycline ≤ 240 mg/m2 in total", In, "anthracycline|allowed"),
        // antibodies named by their species of origin, topoisomerase 1 inhibitors and HDAC inhibitors are classes we know
        Case("prior_exposure", "No previous murine antibodies", In, "monoclonal_antibody|excluded"),
        Case("prior_exposure", "No prior topoisomerase 1 inhibitors (e.g., topotecan)", In, "topoisomerase_inhibitor|excluded"),
        Case("prior_exposure", "Prior treatment with a histone deacetylase inhibitor", Ex, "hdac_inhibitor|excluded"),
        // "prior or concurrent" keeps the history; an -ies plural names the same class
        Case("prior_exposure", "Prior or concurrent megestrol acetate permitted", In, "megestrol|allowed"),
        Case("prior_exposure", "Prior endocrine therapies for advanced disease are allowed", In, "hormonal_therapy|allowed"),
        Case("prior_exposure", "Previous or concomitant (during induction chemotherapy) intrathecal methotrexate allowed", In),
        // the "no" of a capped cumulative dose bars only the excess; a stated maximum caps the dose
        Case("prior_exposure", "No previous cumulative dose of epirubicin above 500 mg/m2", In, "epirubicin|allowed"),
        Case("prior_exposure", "No cumulative daunorubicin dose greater than 400 mg/m2", In, "daunorubicin|allowed"),
        Case("prior_exposure", "Maximum prior cumulative anthracycline dose as listed below", In, "anthracycline|allowed"),
        // an upper bound on the time since a therapy may be in years; "< N months prior X" in an exclusion is a washout
        Case("prior_exposure", "No more than 3 years since prior tamoxifen", In, "tamoxifen|required"),
        Case("prior_exposure", "Less than 2 months prior antibody therapy", Ex),
        // a cause governs its whole list; a sequel of surgery names no surgery condition
        Case("prior_exposure", "No myelodysplasia secondary to chemotherapy, radiotherapy or toxins", In),
        Case("prior_exposure", "No extensive adhesions from previous surgery", In),
        // session 8, biomarkers: a gene name that carries its alteration ("ALK rearrangement") is a call on its own, and a
        // status written before a list still decides it
        Case("biomarker", "Lung adenocarcinoma carrying an ALK rearrangement", In, "ALK|positive|required"),
        Case("biomarker", "Documented KIF5B-RET fusion", In, "RET|positive|required"),
        Case("biomarker", "Known ALK rearrangement", Ex, "ALK|positive|excluded"),
        Case("biomarker", "ALK rearrangement testing must have been done", In),
        Case("biomarker", "Tumour negative for ALK rearrangement and ROS1 fusion", In, "ALK|negative|required", "ROS1|negative|required"),
        Case("biomarker", "Confirmed gBRCAm by a certified laboratory", In, "BRCA|positive|required"),
        Case("biomarker", "Pathogenic germline BRCA2 mutation (gBRCAm)", In, "BRCA2|positive|required"),
        Case("biomarker", "Bone marrow shows t(11;14)", In, "CCND1|positive|required"),
        Case("biomarker", "HLA-A*02:01 genotype positive by central typing", In, "HLA-A*02|positive|required"),
        // an HLA type named as a criterion is one the patient must have; typing alone is a test
        Case("biomarker", "Only patients who are HLA-A2 can enrol", In, "HLA-A*02|positive|required"),
        Case("biomarker", "HLA-A*0201 typing will be done at screening", In),
        // session 8, biomarkers: status words for methylation, intact repair, altered genes and exon shorthand
        Case("biomarker", "Glioblastoma with an unmethylated MGMT promoter", In, "MGMT|negative|required"),
        Case("biomarker", "Tumours whose MGMT promoter is methylated", In, "MGMT|positive|required"),
        Case("biomarker", "Mismatch repair intact on immunohistochemistry", In, "MSI|negative|required"),
        Case("biomarker", "FGFR2-altered cholangiocarcinoma", In, "FGFR2|positive|required"),
        Case("biomarker", "EGFR ex20ins confirmed on tissue", In, "EGFR|positive|required"),
        Case("biomarker", "Oligodendroglioma, 1p/19q co-deleted", In, "1p/19q|positive|required"),
        // session 8, biomarkers: HER2 scores that make the tumour HER2-negative, and the ISH ratio
        Case("biomarker", "HER2 IHC 0 on the most recent biopsy", In, "HER2|negative|required"),
        Case("biomarker", "HER2 scored IHC 2+ with non-amplified ISH", In, "HER2|negative|required"),
        Case("biomarker", "HER2 2+ by IHC and FISH-negative", In, "HER2|negative|required"),
        Case("biomarker", "HER2 gene to CEP17 ratio of at least 2.0", In, "HER2|positive|required"),
        // session 8, biomarkers: bounds written after the number, and a band of scores
        Case("biomarker", "Ki67 proliferation index 30% or above", In, "Ki-67|positive|required"),
        Case("biomarker", "PD-L1 combined positive score 10 or more", In, "PD-L1|positive|required"),
        Case("biomarker", "PD-L1 tumour proportion score 1–49%", In, "PD-L1|positive|required"),
        // session 8, biomarkers: genes trials now select on
        Case("biomarker", "NRG1 gene fusion detected by RNA sequencing", In, "NRG1|positive|required"),
        Case("biomarker", "Somatic STK11 or KEAP1 mutation", Ex, "KEAP1|positive|excluded", "STK11|positive|excluded"),
        Case("biomarker", "JAK2 V617F, CALR or MPL mutation", In, "CALR|positive|required", "JAK2|positive|required", "MPL|positive|required"),
        Case("biomarker", "High-grade B-cell lymphoma with MYC and BCL2 rearrangements", In, "BCL2|positive|required", "MYC|positive|required"),
        Case("biomarker", "p16-positive squamous cell carcinoma of the oropharynx", In, "p16|positive|required"),
        Case("biomarker", "Tumour must express TROP-2 on at least 10% of cells", In, "TROP2|positive|required"),
        Case("biomarker", "Prior BCL-2 inhibitor", In),
        Case("biomarker", "No prior JAK2 inhibitor", In),
        Case("biomarker", "Patients with ATM mutations", In, "ATM|positive|required"),
        // session 8, stages: a sub-stage digit (FIGO 2018, AJCC), the myeloma system named before its abbreviation, open
        // ranges upward, and the "R/R" shorthand
        Case("stage", "FIGO 2018 stage IB2 through IIIC2 cervical carcinoma", In, "IB|required", "II|required", "IIIA|required", "IIIB|required", "IIIC|required"),
        Case("stage", "Myeloma at International Staging System (ISS) stage II", In, "iss:II|required"),
        Case("stage", "Melanoma of stage IIB or higher", In, "IIB|required", "IIC|required", "III|required", "IV|required"),
        Case("stage", "Pathological stage ≥ III", In, "III|required", "IV|required"),
        Case("stage", "At least stage IIIA disease", In, "IIIA|required", "IIIB|required", "IIIC|required", "IV|required"),
        Case("stage", "ISS stage II or greater", In, "iss:II|required", "iss:III|required"),
        Case("stage", "R/R follicular lymphoma after two lines", In, "refractory|required", "relapsed|required"),
        Case("stage", "Error rate r/rmax below 5%", In),
        // session 8 round 2: the round-4 labelling decisions. A list after "including" says what must have been given;
        // "including but not limited to" gives examples of the class.
        Case("prior_exposure", "Must have had chemotherapy including gemcitabine and docetaxel", In, "gemcitabine|required", "docetaxel|required"),
        Case("prior_exposure", "Prior anti-EGFR antibody, including but not limited to cetuximab, required", In, "anti_egfr_antibody|required"),
        Case("prior_exposure", "Previous anti-cytotoxic T-lymphocyte-associated antigen-4 antibody", Ex, "anti_ctla4|excluded"),
        // a failed standard therapy beside "no standard therapy exists" is no refractory state; an untreated relapse beside
        // a refractory one still leaves the refractory category
        Case("stage", "Solid tumour that progressed on standard treatment or for which no standard treatment exists", In),
        Case("stage", "Sarcoma refractory to conventional therapy, or for which no effective therapy exists", In),
        Case("stage", "Leukemia in second remission, primary induction failure, or untreated relapse", In, "refractory|required", "relapsed|required"),
        // counts: either of the first two lines; the first induction alone; a bracketed drug list inside the counted words
        Case("prior_lines", "Cancer that progressed after first- or second-line endocrine therapy", In, "1|2|any"),
        Case("prior_lines", "Must have completed first induction therapy with a platinum doublet", In, "1|1|any"),
        Case("prior_lines", "Exactly 1 prior taxane-based (paclitaxel or docetaxel) chemotherapy regimen", In, "1|1|any"),
        // settings: the first state named ("advanced or metastatic" is advanced); a relapse; the disease the untreated words describe
        Case("prior_lines", "Had no more than 2 prior lines for unresectable or metastatic disease", In, "-|2|advanced"),
        Case("prior_lines", "No previous treatment for their current relapse", In, "0|0|metastatic"),
        Case("prior_lines", "Previously untreated metastatic gastric adenocarcinoma", In, "0|0|metastatic"),
        Case("prior_lines", "Metastatic breast cancer that progressed after at least one prior regimen", In, "1|-|any"),
        // a treatment's duration is not a washout
        Case("prior_exposure", "After a minimum of 6 months of imatinib, no major cytogenetic response", In, "imatinib|required"),
        // local treatments: laser, a limb perfusion (no systemic line), reirradiation (radiation was given before)
        Case("prior_exposure", "No previous laser therapy to the cervix", In, "surgery|excluded"),
        Case("prior_exposure", "Progressive melanoma after isolated limb perfusion with melphalan", In, "isolated_limb_perfusion|required", "melphalan|required"),
        // A further line joined by "and" to the failed one; untreated patients allowed as a group; study treatment excepted;
        // a local treatment as the first example; a counted adjuvant course; a comma after "prior" and a drug list.
        Case("prior_lines", "Disease has failed first-line therapy and at least one salvage regimen", In, "2|-|any"),
        Case("prior_lines", "Failed both primary and secondary hormonal therapy", In, "2|-|any"),
        Case("prior_lines", "Failed induction and/or salvage chemotherapy", In, "1|-|any"),
        Case("prior_lines", "Patients with no prior therapy allowed", In),
        Case("prior_lines", "No prior treatment for the lymphoma is permitted", In, "0|0|any"),
        Case("prior_lines", "No prior therapy other than on protocol ABC-12", In),
        Case("prior_lines", "At least 1 prior regimen (e.g., surgery or radiotherapy) required", In),
        Case("prior_lines", "At least 2 prior regimens (radiotherapy counted separately)", In, "2|-|any"),
        Case("prior_lines", "Failed prior primary therapy (e. g. surgery, radiotherapy or chemotherapy)", In),
        Case("prior_lines", "One prior adjuvant treatment allowed", In, "-|1|adjuvant"),
        Case("prior_lines", "Must have had a prior adjuvant therapy", In),
        Case("prior_lines", "Progressed on at least 1 prior, but no more than 3 prior, gemcitabine and/or cisplatin based regimens for advanced disease", In, "1|3|advanced"),
        Case("prior_lines", "Progressive melanoma after isolated limb perfusion with melphalan", In),
        Case("prior_exposure", "Recurrent tumour that is a candidate for re-irradiation", In, "radiotherapy|required"),
        // A therapy named as a plan, as current or study treatment, or inside another condition is no history.
        Case("prior_exposure", "Eligible for treatment with pembrolizumab monotherapy", In),
        Case("prior_exposure", "Judged appropriate for therapy with an anti-PD-1 antibody by the investigator", In),
        Case("prior_exposure", "Candidate for surgery after prior neoadjuvant chemotherapy", In, "chemotherapy|required"),
        Case("prior_exposure", "Must not be receiving any other investigational agents", Ex),
        Case("prior_exposure", "Creatinine clearance of 60 mL/min or more for patients receiving cisplatin", In),
        Case("prior_exposure", "Subjects receiving nivolumab on this study must have normal thyroid function", In),
        Case("prior_exposure", "Known hypersensitivity to carboplatin or other platinum compounds", Ex),
        Case("prior_exposure", "Scheduled to receive carboplatin and paclitaxel as standard care", In),
        Case("prior_exposure", "All patients will be treated with gemcitabine plus nab-paclitaxel", In),
        Case("prior_exposure", "Current treatment with letrozole", Ex),
        Case("prior_exposure", "Ongoing therapy with bevacizumab at enrolment", Ex),
        // A slash joins a combination regimen when its drugs are of different kinds, alternatives when of one kind.
        Case("prior_exposure", "Disease progression on carboplatin/pemetrexed", In, "carboplatin|required", "pemetrexed|required"),
        Case("prior_exposure", "Progressed on nivolumab/ipilimumab", In, "ipilimumab|required", "nivolumab|required"),
        Case("prior_exposure", "Prior treatment with cisplatin/carboplatin", In, "platinum|required"),
        Case("prior_exposure", "Relapse after pembrolizumab/nivolumab", In, "anti_pd1_pdl1|required"),
        // An abbreviation in parentheses inside a therapy name; vocabulary for rarer classes and agents.
        Case("prior_exposure", "Must not have had a histone deacetylase (HDAC) inhibitor before", In, "hdac_inhibitor|excluded"),
        Case("prior_exposure", "No previous vascular endothelial growth factor (VEGF) inhibitors", In, "vegf_inhibitor|excluded"),
        Case("prior_exposure", "No previous agents that target VEGF", In, "vegf_inhibitor|excluded"),
        Case("prior_exposure", "No previous cytodifferentiating agent", In, "differentiating_agent|excluded"),
        Case("prior_exposure", "Previous intravesical therapy is allowed", In, "intravesical_therapy|allowed"),
        Case("prior_exposure", "No prior strontium chloride Sr 89 or samarium Sm 153", In, "radiotherapy|excluded"),
        Case("prior_exposure", "Prior intravesical valrubicin permitted", In, "valrubicin|allowed"),
        Case("prior_exposure", "No previous focal adhesion kinase inhibitor", In, "fak_inhibitor|excluded"),
        // An opening "if" clause sets a condition on those who had the therapy; it asks no history.
        Case("prior_exposure", "If previously given sunitinib, treatment must have ended 2 weeks before entry", In),
        // A drug followed by "or other <its class>": the class is what is permitted.
        Case("prior_exposure", "Prior letrozole or other endocrine therapy is permitted", In, "hormonal_therapy|allowed"),
        // "permissible" is a permission word; a field already at its dose limit is an extent limit.
        Case("prior_exposure", "Earlier radiotherapy is permissible", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Prior chemotherapy is not permissible", In, "chemotherapy|excluded"),
        Case("prior_exposure", "No previous radiotherapy to the maximum tolerated dose of any critical organ", In, "radiotherapy|allowed"),
        Case("prior_exposure", "Patients who had previous antiangiogenic treatment", Ex, "vegf_inhibitor|excluded"),
        // Transplant wording: a shared noun after "stem cell or marrow", misspelt "allogenic", BMT with its type, progenitor cells.
        Case("prior_exposure", "At most one previous autologous stem cell or marrow transplant", In, "autologous_sct|allowed"),
        Case("prior_exposure", "No prior allogenic stem cell or marrow transplant", In, "allogeneic_sct|excluded"),
        Case("prior_exposure", "No previous allogeneic BMT", In, "allogeneic_sct|excluded"),
        Case("prior_exposure", "Has never received a solid organ allograft", In),
        Case("prior_exposure", "Never had an autologous or allogeneic stem cell transplant", In, "stem_cell_transplant|excluded"),
        Case("prior_exposure", "Previous allogeneic and/or autologous stem cell transplant permitted", In, "stem_cell_transplant|allowed"),
        Case("prior_exposure", "Earlier kidney or other organ allografts", Ex),
        Case("prior_exposure", "Patients without a previous allograft of stem cells", In, "allogeneic_sct|excluded"),
        Case("prior_exposure", "No prior progenitor cell transplantation", In, "stem_cell_transplant|excluded"),
        // A stop word before a comma-split list and a time window after it: a washout for the whole list.
        Case("prior_exposure", "Must have discontinued all previous therapy, including chemotherapy or other investigational drugs, for at least 3 weeks", In),
        // A tumour of any site or type is any cancer; so is a bare "cancer" whose curability is stated right after it.
        Case("cancer_type", "Adults with an advanced tumour at any site", In, "GROUP:ANY|required"),
        Case("cancer_type", "Progressive tumors of any type after standard therapy", In, "GROUP:ANY|required"),
        Case("cancer_type", "Cancer not amenable to curative therapy", In, "GROUP:ANY|required"),
        Case("cancer_type", "Cancer that is incurable with standard treatment", In, "GROUP:ANY|required"),
        Case("cancer_type", "Prior cancer curable by surgery alone", Ex),
        // A leukaemia caused by earlier treatment is therapy-related AML (OncoTree TAML), the most specific code stated.
        Case("cancer_type", "No prior secondary leukaemia arising from earlier exposure to cytotoxic drugs or radiation", In, "TAML|excluded"),
        Case("cancer_type", "Untreated acute myeloid leukemia; no AML secondary to chemotherapy or radiotherapy", In, "AML|required", "TAML|excluded"),
        Case("cancer_type", "Leukemia in relapse after prior chemotherapy", In, "GROUP:LEUKEMIA|required"),
        Case("cancer_type", "Acute erythroleukaemia (FAB M6) in first relapse", In, "PERL|required"),
        Case("cancer_type", "Biphenotypic or mixed phenotype acute leukemia", In, "ALAL|required"),
        Case("cancer_type", "Papillary serous cystadenocarcinoma of the ovary, any grade", In, "SOC|required"),
        Case("cancer_type", "Non-epithelial ovarian cancer, any histology", In, "OVARY|required"),
        Case("cancer_type", "Metastatic sarcomatoid renal cell carcinoma", In, "SRCC|required"),
        Case("cancer_type", "No earlier radiosensitizer given for the glioblastoma", Ex),
        Case("cancer_type", "Confirmed vulvar, cervical, or vaginal carcinoma", In, "VULVA|required", "CERVIX|required"),
        Case("cancer_type", "Appendiceal or colorectal carcinoma", In, "APAD|required", "COADREAD|required"),
        Case("cancer_type", "Biopsy-proven ductal carcinoma in situ (DCIS) of the breast, no invasive component", In, "DCIS|required"),
        Case("cancer_type", "Invasive breast cancer with no ductal carcinoma in situ at the resection margins", In, "BRCA|required"),
        Case("cancer_type", "Known cases of colon cancer in the family", In),
        Case("cancer_type", "Serum bilirubin under 2 mg/dL unless it is due to Hodgkin lymphoma", In),
        Case("cancer_type", "Bilirubin normal, except when caused by the lymphoma", In),
        // Histologies with OncoTree codes of their own (session 10, tune4 misses).
        Case("cancer_type", "Relapsed rhabdoid tumour of any site", In, "MRT|required"),
        Case("cancer_type", "Recurrent atypical teratoid rhabdoid tumour", In, "ATRT|required"),
        Case("cancer_type", "Progressive gliosarcoma after radiation", In, "GSARC|required"),
        Case("cancer_type", "Embryonal or alveolar rhabdomyosarcoma", In, "ERMS|required", "ARMS|required"),
        Case("cancer_type", "Patients with periosteal or parosteal osteosarcoma are not eligible", Ex, "PEOS|excluded", "PAOS|excluded"),
        Case("cancer_type", "Histologically proven adenocarcinoma of the stomach or gastric cardia", In, "STAD|required", "GEJ|required"),
        Case("cancer_type", "Advanced carcinoma of the kidney, any histology", In, "RCC|required"),
        Case("cancer_type", "Measurable adenocarcinoma of the colon and rectum", In, "COADREAD|required"),
        Case("cancer_type", "Anaplastic mixed glioma on central review", In, "HGGNOS|required"),
        // "including, but not limited to" after a bare generic word still opens a list of examples.
        Case("cancer_type", "Advanced malignancy resistant to standard treatment, including, but not limited to: breast cancer, melanoma, sarcoma", In, "GROUP:ANY|required"),
        Case("cancer_type", "Any solid tumour without a standard option, and types include, but are not limited to: lung cancer, gastric cancer", In, "GROUP:SOLID|required"),
        // Eligibility on a further condition names the trial's own disease: a requirement.
        Case("cancer_type", "Patients with multiple myeloma are eligible provided they relapsed after one regimen", In, "PCM|required"),
        // The disease a past treatment was given for, behind an earlier "of": no cancer type.
        Case("cancer_type", "Prior use of any systemic anticancer therapy for hepatocellular carcinoma", Ex),
        Case("cancer_type", "Prior irradiation of the chest wall for stage I breast cancer is permitted", In),
        // A list of treatments that reaches systemic therapy says no standard treatment fits: no stage. Surgery with
        // radiotherapy alone still leaves the tumour unresectable.
        Case("stage", "Solid tumour not amenable to standard surgery, radiotherapy, or chemotherapy", In),
        Case("stage", "Malignancy not amenable to curative resection, radiation, standard chemotherapy, or a higher-priority study", In),
        Case("stage", "Cervical carcinoma not amenable to radiotherapy or surgery", In, "unresectable|required"),
        Case("stage", "Pancreatic cancer not amenable to surgery", In, "unresectable|required"),
        // Refractory to medical management: a non-cancer condition's failure, not a cancer stage.
        Case("stage", "Inherited marrow failure disorder refractory to medical management", In),
        Case("stage", "Seizures refractory to medical therapy", Ex),
        // A relapse that defines, times or sets something else is not the disease's stage.
        Case("stage", "Refractory disease, defined as a relapse within 12 months of first-line treatment", In, "refractory|required"),
        Case("stage", "Relapse within 3 months of adjuvant chemotherapy", In),
        Case("stage", "In remission for over 2 years after completing salvage therapy for disease relapse", In),
        Case("stage", "At least 3 months between the end of therapy and documented metastasis or recurrence", In),
        Case("stage", "AML in first relapse", In, "relapsed|required"),
        Case("stage", "Biopsy-proven recurrence of glioblastoma", In, "recurrent|required"),
        // Hormone-refractory prostate cancer is a refractory disease; as the setting of a past treatment it is no stage condition.
        Case("stage", "Metastatic hormone-refractory prostate adenocarcinoma", In, "metastatic|required", "refractory|required"),
        Case("stage", "Previous cytotoxic chemotherapy for hormone refractory prostate cancer", Ex),
        Case("stage", "Previous cytotoxic chemotherapy for hormone refractory prostate cancer", In),
        // session 8, round 2, brain metastases and measurable disease: treatment making no exception, "not controlled" as a
        // bad state, a condition written after the mention for those who have it, a bare disease heading an inclusion item,
        // and evaluable/non-measurable-only disease on either side
        Case("brain_metastases", "Leptomeningeal spread, even if previously treated", Ex, "excluded"),
        Case("brain_metastases", "Brain metastases allowed if treated and stable, regardless of PD-L1 status", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Brain metastases that are not radiologically controlled", Ex, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Irradiated brain metastases must have been stable on MRI for 6 weeks", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Subjects with CNS metastases need to have completed stereotactic radiosurgery", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Brain metastases must be ruled out by contrast MRI", In, "excluded"),
        Case("brain_metastases", "Isolated leptomeningeal carcinomatosis from a solid tumour", In, "required"),
        Case("brain_metastases", "Brain metastases, whether treated or not", Ex, "excluded"),
        // Several brain rules in one run-together item combine into one; a past treatment for them is no rule.
        Case("brain_metastases", "Adequate marrow and liver function as defined below, at least one lesion measurable by CT, no prior therapy with a taxane in any setting, no known metastases to the brain. Subjects whose brain lesions were irradiated and have stayed unchanged for two months are eligible", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "No past history of brain metastases, no spinal cord compression, and no symptomatic leptomeningeal disease found on imaging", In, "excluded"),
        Case("brain_metastases", "Previous radiosurgery for brain metastases is permitted", In),
        Case("brain_metastases", "No metastases to the brain or meningeal carcinomatosis unless irradiated and without symptoms", In, "excluded_unless_treated_stable"),
        Case("prior_exposure", "Known CNS metastases; patients with irradiated brain lesions may be eligible when steady for 8 weeks after radiotherapy or resection", Ex),
        Case("brain_metastases", "Must have received surgery for their CNS metastases; no active leptomeningeal disease", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Biopsy-proven second relapse in bone marrow, CNS, or testes", In, "allowed"),
        Case("brain_metastases", "Marrow recurrence, alone or together with CNS or testicular relapse", In, "allowed"),
        Case("brain_metastases", "No CNS or testicular relapse", In, "excluded"),
        Case("brain_metastases", "Second marrow relapse, which may come with CNS or testicular relapse; no isolated CNS relapse", In, "allowed"),
        Case("brain_metastases", "No active brain or epidural tumor", In, "excluded_unless_treated_stable"),
        Case("brain_metastases", "Confirmed adenocarcinoma of the lung, stage IV, brain metastases", In, "required"),
        Case("brain_metastases", "Suspected glioblastoma on imaging; at least one enhancing cerebral lesion must be present", In),
        Case("measurable_disease", "Only evaluable disease, with no lesion measurable by CT", Ex, "required|-"),
        Case("measurable_disease", "Non-measurable disease only", Ex, "required|-"),
        Case("measurable_disease", "Evaluable disease", Ex, "required|-"),
        Case("measurable_disease", "Evaluable disease in a previously irradiated field as the target", Ex, "not_required|-"),
        Case("measurable_disease", "Subjects whose disease is non-measurable may take part", In, "not_required|-"),
        Case("measurable_disease", "Measurable disease as defined by the Lugano classification", In, "required|Lugano"),
        // session 8, round 2, biomarkers: a flattened paragraph's next item starting with a capitalised gene, a location word
        // under a list's status, joined gene-variant names, translocation partners, HER2 levels, luminal subtypes, and a
        // number after the next gene
        Case("biomarker", "No nodal disease (N0) HER2 amplification confirmed by FISH", In, "HER2|positive|required"),
        Case("biomarker", "No prior radiotherapy to the breast ERBB2 overexpression on biopsy", In, "HER2|positive|required"),
        Case("biomarker", "Tumours without a sensitizing EGFR mutation", In, "EGFR|positive|excluded"),
        Case("biomarker", "No known somatic BRCA2 mutation", In, "BRCA2|positive|excluded"),
        Case("biomarker", "RAS wild-type tumour (KRAS and NRAS, exons 2 to 4)", In, "KRAS|negative|required", "NRAS|negative|required", "RAS|negative|required"),
        Case("biomarker", "Circulating tumour cells positive for AR-V7", In, "AR-V7|positive|required"),
        Case("biomarker", "Myeloma carrying t(4;14) or t(14;16)", In, "MAF|positive|required", "NSD2|positive|required"),
        Case("biomarker", "Lymphoma with t(14;18) on FISH", In, "BCL2|positive|required"),
        Case("biomarker", "Melanoma harbouring a BRAFV600K mutation", In, "BRAF|positive|required"),
        Case("biomarker", "KRASG12C-mutant pancreatic adenocarcinoma", In, "KRAS|positive|required"),
        Case("biomarker", "HER2-ultralow metastatic breast cancer", In, "HER2|positive|required"),
        Case("biomarker", "Breast cancer of the luminal B subtype", In, "ER|positive|required"),
        Case("biomarker", "Luminal-like tumours are not eligible", Ex, "ER|positive|excluded"),
        Case("biomarker", "Luminal tract bleeding within 3 months", Ex),
        Case("biomarker", "PR-positive, HER2-negative and a Ki-67 index above 30%", In, "HER2|negative|required", "Ki-67|positive|required", "PR|positive|required"),
        Case("biomarker", "Tumour scored HER2 0 on the central assay", In, "HER2|negative|required"),
        Case("biomarker", "Central review of the biopsy is needed unless documented t(8;14) is on file", In),
        Case("biomarker", "Tumour negative for programmed death ligand one (PD-L1)", In, "PD-L1|negative|required"),
        Case("biomarker", "Cells must express cluster of differentiation antigen 30 (CD30)", In, "CD30|positive|required"),
        // session 8, round 2, stages: strict open ranges, Binet/Rai upward, a hyphenated sub-stage letter, ranges with
        // sub-stages at their ends, Ann Arbor E/S suffixes and testicular IS, and Durie-Salmon (no schema value)
        Case("stage", "Clinical stage > IIB", In, "IIC|required", "III|required", "IV|required"),
        Case("stage", "Disease of stage greater than I", In, "II|required", "III|required", "IV|required"),
        Case("stage", "CLL at Binet stage B or higher", In, "binet:B|required", "binet:C|required"),
        Case("stage", "Rai stage ≥ III", In, "rai:III|required", "rai:IV|required"),
        Case("stage", "Carcinoma of the nasopharynx, stage IV-A", In, "IVA|required"),
        Case("stage", "Stage IIB-IVA cervical cancer", In, "IIB|required", "IIC|required", "III|required", "IVA|required"),
        Case("stage", "Extranodal disease of Ann Arbor stage IIE-IVE", In, "ann_arbor:II|required", "ann_arbor:III|required", "ann_arbor:IV|required"),
        Case("stage", "Seminoma of stage IS or higher", In, "I|required", "II|required", "III|required", "IV|required"),
        Case("stage", "Myeloma of Durie-Salmon stage I", In),
        Case("stage", "Neuroblastoma, INSS stage 4S", In),
        // the episode a withheld treatment names is the patient's, spread to an organ when required, late stage, surgery
        // that cannot cure, no-longer-responsive disease
        Case("stage", "Not previously treated for this relapse", In, "relapsed|required"),
        Case("stage", "No prior systemic therapy for the current recurrence", In, "recurrent|required"),
        Case("stage", "Bone metastases are not considered measurable lesions", In),
        Case("stage", "Unresectable hepatic metastases from colorectal cancer", In, "metastatic|required", "unresectable|required"),
        Case("stage", "Patients without lung metastases", In),
        Case("stage", "Total bilirubin ≤ 3 x ULN if hepatic metastases are present", In),
        Case("stage", "Late stage epithelial ovarian carcinoma", In, "advanced|required"),
        Case("stage", "Laryngeal carcinoma that is incurable with salvage surgery", In, "unresectable|required"),
        Case("stage", "Lymphoma no longer responsive to conventional treatment", In, "refractory|required"),
        Case("stage", "Durie and Salmon (DS) stage II myeloma", In),
        Case("stage", "Earlier endocrine treatments for stage IV disease are permitted", In),
        Case("stage", "No prior cytotoxic therapy for stage III or IV disease", In),
        Case("stage", "Stage IV disease after one prior regimen for stage IV disease", In, "IV|required"),
        Case("stage", "Has already had systemic treatment aimed at the current relapse", Ex, "relapsed|required"),
        Case("stage", "Ovarian cancer that is platinum-resistant", In, "refractory|required"),
        Case("stage", "Resistant disease after two courses of chemotherapy", In, "refractory|required"),
        Case("stage", "Tumor may be platinum sensitive or platinum resistant", In),
        Case("stage", "Tumor confined to the hemithorax on staging scans", In, "metastatic|excluded"),
        Case("stage", "Lung cancer limited to the chest by CT", In, "metastatic|excluded"),
        Case("stage", "Liver tumor judged beyond hope of surgical cure", In, "unresectable|required"),
        Case("stage", "Sarcoma that can be completely resected at study entry", In, "resectable|required"),
        Case("stage", "Tumor that cannot be resected", In, "unresectable|required"),
        Case("stage", "Melanoma metastatic to axillary or groin nodes; no distant metastases", In, "metastatic|excluded"),
        Case("stage", "No sign of distant metastatic disease on examination", In, "metastatic|excluded"),
        Case("stage", "Each participant needs a family doctor. Patients with metastatic disease must also be followed by a surgeon.", In),
    ];

    [TestCaseSource(nameof(Cases))]
    public void ParseCriterion_Text_ReadsExpectedFacts(string kind, string text, CriterionSection section, string[] keys) =>
        Assert.That(Keys(text, section, kind), Is.EqualTo(keys.Order(StringComparer.Ordinal).ToList()));

    [Test]
    public void ParseCriterion_Fact_SpanPointsAtSourceWords()
    {
        const string text = "Patients with stage IV melanoma and ECOG 0-1";
        var facts = EligibilityParser.ParseCriterion(text, In);
        var cancer = facts.OfType<CancerTypeFact>().Single();
        Assert.That(text.Substring(cancer.Start, cancer.Length), Is.EqualTo("melanoma"));
        var ps = facts.OfType<PerformanceStatusFact>().Single();
        Assert.That(text.Substring(ps.Start, ps.Length), Is.EqualTo("ECOG 0-1"));
    }

    [Test]
    public void ParseCriterion_PdL1Threshold_ReadsMeasureAndValue()
    {
        var b = EligibilityParser.ParseCriterion("PD-L1 TPS ≥ 50%", In).OfType<BiomarkerFact>().Single();
        Assert.That(b.Threshold, Is.EqualTo(new BiomarkerThreshold("TPS", ">=", 50)));
        var cps = EligibilityParser.ParseCriterion("PD-L1 CPS ≥ 10", In).OfType<BiomarkerFact>().Single();
        Assert.That(cps.Threshold, Is.EqualTo(new BiomarkerThreshold("CPS", ">=", 10)));
    }

    [TestCase("Ki-67 labelling index of 20% or higher", "percent", ">=", 20)]
    [TestCase("PD-L1 TPS 1-49% by 22C3", "TPS", ">=", 1)]
    [TestCase("HER2/CEP17 ratio ≥ 2.0", "ISH ratio", ">=", 2)]
    public void ParseCriterion_ThresholdForms_ReadMeasureAndBound(string text, string measure, string op, double value)
    {
        var b = EligibilityParser.ParseCriterion(text, In).OfType<BiomarkerFact>().Single();
        Assert.That(b.Threshold, Is.EqualTo(new BiomarkerThreshold(measure, op, value)));
    }

    [Test]
    public void ParseCriterion_ProgressedOn_MarksProgression()
    {
        var e = EligibilityParser.ParseCriterion("Progressed on osimertinib", In).OfType<PriorExposureFact>().Single();
        Assert.That((e.Therapy, e.IsClass, e.RequiresProgression), Is.EqualTo(("osimertinib", false, true)));
    }

    [Test]
    public void ParseCriterion_WrappedLines_SpansPointIntoOriginalText()
    {
        const string text = "Histologically confirmed\r\n        stage IV\r\n   melanoma";
        var facts = EligibilityParser.ParseCriterion(text, In);
        var melanoma = facts.OfType<CancerTypeFact>().Single();
        var stage = facts.OfType<StageFact>().Single();
        Assert.That(text.Substring(melanoma.Start, melanoma.Length), Is.EqualTo("melanoma"));
        Assert.That(text.Substring(stage.Start, stage.Length), Is.EqualTo("stage IV"));
    }

    [Test]
    public void ParseCriterion_NotSpecifiedUnderFlattenedHeading_NoReviewItem() =>
        Assert.That(EligibilityParser.ParseCriterion("Age: 18 and over Performance status: Not specified Life\r\n   expectancy: Not specified", In).OfType<ToReviewFact>(), Is.Empty);

    [Test]
    public void ParseCriterion_VariantInGeneList_StaysWithItsGene()
    {
        var facts = EligibilityParser.ParseCriterion("Known driver alteration in EGFR, ALK, KRAS G12C or ROS1", Ex).OfType<BiomarkerFact>().ToList();
        Assert.That(facts.Single(f => f.Gene == "KRAS").Alteration, Is.EqualTo("G12C"));
        Assert.That(facts.Where(f => f.Gene != "KRAS").Select(f => f.Alteration), Has.None.EqualTo("G12C"));
    }

    [Test]
    public void Parse_ListUnderExcludingParent_ItemsAreExclusions()
    {
        const string text = "Inclusion Criteria:\n- Adults\n- Patients with any of the following are not eligible:\n  - Prior gemcitabine\n  - Known brain metastases\n";
        var parsed = EligibilityParser.Parse(text);
        var item = parsed.Criteria.Single(c => c.Text.Contains("gemcitabine", StringComparison.Ordinal));
        Assert.That(item.Section, Is.EqualTo(CriterionSection.Exclusion));
        Assert.That(item.Facts.OfType<PriorExposureFact>().Single().Polarity, Is.EqualTo(Polarity.Excluded));
    }

    [Test]
    public void Parse_ItemUnderParentNamingNarrowerType_ReadsParentsType()
    {
        const string text = "Inclusion Criteria:\n- Non-Hodgkin lymphoma of one of the following subtypes:\n  - Lymphoma, nodular mixed cell type\n  - Diffuse large B-cell lymphoma\n"
            + "- One of these diagnoses, follicular lymphoma or mantle cell lymphoma:\n  - Lymphoma in second relapse\n";
        var parsed = EligibilityParser.Parse(text);
        string[] Codes(string words) => parsed.Criteria.Single(c => c.Text.Contains(words, StringComparison.Ordinal)).Facts.OfType<CancerTypeFact>().Select(f => f.Code).ToArray();
        Assert.That(Codes("nodular mixed"), Is.EqualTo(new[] { "GROUP:NHL" }));
        Assert.That(Codes("Diffuse large"), Is.EqualTo(new[] { "DLBCLNOS" }));
        // Two narrower types in the parent: a bare "lymphoma" item does not say which.
        Assert.That(Codes("second relapse"), Is.EqualTo(new[] { "GROUP:LYMPHOMA" }));
    }

    [Test]
    public void Parse_WindowInHeading_ChildrenAreWashouts()
    {
        const string text = "Exclusion Criteria:\n- Not allowed within 4 weeks before enrolment:\n  - Surgery to the target lesion\n  - Cryotherapy\n- Prior gemcitabine\n";
        var parsed = EligibilityParser.Parse(text);
        var child = parsed.Criteria.Single(c => c.Text.Contains("Surgery", StringComparison.Ordinal));
        Assert.That(child.Facts.OfType<PriorExposureFact>(), Is.Empty);
        var sibling = parsed.Criteria.Single(c => c.Text.Contains("gemcitabine", StringComparison.Ordinal));
        Assert.That(sibling.Facts.OfType<PriorExposureFact>().Single().Therapy, Is.EqualTo("gemcitabine"));
    }

    [Test]
    public void ParseCriterion_FailureDefinedByAList_DoesNotRequireProgression()
    {
        // The list that defines failure often counts intolerance too, so "failed" alone does not mean the disease grew.
        var defined = EligibilityParser.ParseCriterion("Failed prior therapy with imatinib, as defined by one of the following:", In).OfType<PriorExposureFact>().Single();
        var plain = EligibilityParser.ParseCriterion("Failed prior therapy with imatinib", In).OfType<PriorExposureFact>().Single();
        Assert.That((defined.Therapy, defined.RequiresProgression, plain.RequiresProgression), Is.EqualTo(("imatinib", false, true)));
    }

    [Test]
    public void ParseCriterion_KarnofskyConvertsToEcog()
    {
        var ps = EligibilityParser.ParseCriterion("Karnofsky 60-100%", In).OfType<PerformanceStatusFact>().Single();
        Assert.That((ps.Min, ps.Max, ps.MinEcog, ps.MaxEcog), Is.EqualTo(((int?)60, (int?)100, (int?)0, (int?)2)));
    }

    [TestCase("Signed informed consent", CriterionStatus.ToReview)]
    [TestCase("Stage IV melanoma", CriterionStatus.Read)]
    [TestCase("Lorem ipsum dolor sit amet", CriterionStatus.Unread)]
    public void StatusOf_Facts_Classifies(string text, CriterionStatus status) =>
        Assert.That(EligibilityParser.StatusOf(EligibilityParser.ParseCriterion(text, In)), Is.EqualTo(status));
}
