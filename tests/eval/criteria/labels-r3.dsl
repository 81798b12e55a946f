# Round 3 (session 7): third tuning set and new held-out half, split by trial (see sample-r3.jsonl's "half").
# Eight labellers (ids interleaved: R0001, R0009... by labeller 1; R0002, R0010... by 2; ... R0008... by 8) labelled
# from the item text and section only, without seeing the parser or knowing which half an item is in, following the
# README conventions and the round-3 decisions listed there. Committed before the parser was run on any item.
# One class name harmonised to the vocabulary (as in tune2): vegfr_tki -> vegf_inhibitor.
# Expanded by scripts/eval/dsl_to_labels.py into labels-r3.jsonl.
R0001 | ct CML ; bm BCR-ABL1 - pos | chronic phase; Ph+ or bcr+
R0002 | ct BRCA ; ct OVT ; ct LUAD ; st III,IV ; pe chemotherapy a ; bm HER2 overexpression pos | flattened paragraph; NSCLC adenocarcinoma subtype; progressive disease excluded
R0003 | pe chemotherapy x
R0004 | pe monoclonal_antibody x ; tr concurrent_medication | flattened paragraph; class with example; no concurrent steroids
R0005 | drop | heading line, not a criterion
R0006 | ct BRCA ; st metastatic ; br excluded | flattened paragraph; HR status unconstrained
R0007 | drop | heading line, not a criterion
R0008 | st relapsed ; pl 0-0 metastatic | review s9: relapse lines use metastatic setting
R0009 | pe chemotherapy x
R0010 | tr other | HR status must be known (any value)
R0011 | tr other | SCT eligibility required
R0012 | ps karnofsky 60-100
R0013 | ct GROUP:NHL ; pl 1-2 ; pe chemotherapy ; md not_required - | up to two prior chemo regimens; evaluable disease
R0014 | tr other | lesion types not counted as measurable
R0015 | pl -3 ; tr concurrent_medication,washout | flattened paragraph; no CSFs during infusion
R0016 | ct GNOS ; st newly_diagnosed ; br excluded ; tr other | flattened paragraph; DIPG -> GNOS (as brain stem glioma); pontine origin, registration timing
R0017 | ct BRCA ; st metastatic ; md not_required - | any number of prior lines or untreated
R0018 | pe chemotherapy x | for newly diagnosed disease
R0019 | md not_required - ; tr lab_values | measurable OR PSA threshold if soft tissue/visceral disease
R0020 | ct LIPO ; st unresectable ; md not_required - ; br excluded_unless_treated_stable | surgically incurable; no active CNS/leptomeningeal disease
R0021 | ps karnofsky 70-100
R0022 | pe chemotherapy,radiotherapy x ; pe surgery | flattened paragraph; H&N RT excluded; curative excision required
R0023 | ct MEL ; st relapsed,metastatic ; pl 1- metastatic ; tr other ; br excluded | failed standard regimen for metastatic disease; matched donor required
R0024 | pe radiotherapy x | pelvic RT
R0025 | tr other_malignancy
R0026 | st II,III | pre-operative AJCC stage
R0027 | tr other | no prior transplant needing immunosuppression
R0028 | tr other_malignancy
R0029 | ct ESCC ; ct ESCA ; ct GEJ ; st I,II,III ; md required - | flattened paragraph; unidimensionally measurable
R0030 | pl -1 adjuvant ; pe taxane a ; tr other | adjuvant taxane allowed if DFI >=12 months
R0031 | pe chemotherapy x
R0032 | ct DLBCLNOS ; bm CD20 expression pos ; ct PLBL a | CD20-negative plasmablastic subtype also eligible
R0033 | tr other | residual enhancing lesion size limit
R0034 | tr other | count of diagnostic criteria
R0035 | tr other | hypersensitivity to excipients
R0036 | tr washout
R0037 | bm CD20 expression pos
R0038 | tr other | recovered from surgery
R0039 | pl 1-1 metastatic ; pe fluorouracil ; st metastatic | one 5-FU-based regimen for metastatic disease
R0040 | br excluded_unless_treated_stable ; tr other | treated and stable allowed; spinal compression excluded
R0041 | ct GROUP:SOLID ; st III,IV ; bm HER2 overexpression pos ; bm HLA-A2 - pos ; pe surgery,chemotherapy,radiotherapy ; tr concurrent_medication,other | flattened; adenocarcinoma site unstated; alternatives for stage III; stage IV in remission
R0042 | st refractory ; pl 1- | refractory to last regimen
R0043 | tr other | tissue for mutation identification if available
R0044 | pl 1- ; pe chemotherapy | progression despite >=1 combination chemo regimen
R0045 | tr other | family history of hereditary cancer syndrome
R0046 | pe vegf_inhibitor,egfr_tki x ; pe monoclonal_antibody a | mAbs permitted; examples not labelled
R0047 | ps ecog 0-1 | scale unstated
R0048 | ct PRAD ; st newly_diagnosed | diagnosed within 6 months
R0049 | tr other | recovered from prior therapy
R0050 | pe hormonal_therapy a | tamoxifen or other SERM for prevention/other uses -> shared class
R0051 | ct RCC ; st unresectable,metastatic ; md not_required - ; pe surgery a ; br excluded | nephrectomy allowed if progression
R0052 | pe chemotherapy x
R0053 | tr life_expectancy,other,other_malignancy | flattened paragraph; any age; QoL study logistics
R0054 | ct HNSC | variants included
R0055 | st III ; bm MYCN amplification pos copies>10 | alternatives: MYCN amplified or unfavourable pathology
R0056 | pe radiotherapy x | pelvis or abdomen
R0057 | st relapsed,refractory ; pe cytarabine ; pl 1- | after high-dose ara-C
R0058 | tr washout | 5 years since systemic therapy
R0059 | pe radiotherapy x | to target area
R0060 | ps ecog 0-1
R0061 | pe biologic_therapy x ; pl -1 ; tr washout,concurrent_medication | flattened paragraph; IL-2 washout only; no concurrent RT to lesions
R0062 | tr concurrent_medication
R0063 | age 40-70 ; tr life_expectancy,comorbidity,other_malignancy,pregnancy_contraception | flattened paragraph
R0064 | tr comorbidity
R0065 | ps lansky 50-100 | age 10 or younger
R0066 | ps karnofsky 70-100
R0067 | ps ecog 0-2
R0068 | ps ecog 0-2
R0069 | pe radiotherapy
R0070 | ct NBL ; st metastatic,IV,III ; bm MYCN amplification pos ; tr lab_values,other | section unknown; Evans III needs ferritin/MYCN/DNA index (alternatives); POG C/D no code
R0071 | ct COADREAD ; st locally_advanced,metastatic,recurrent ; md not_required - ; tr other | flattened paragraph; evaluable disease; liver-only disease referred elsewhere
R0072 | md required -
R0073 | pe chemotherapy x ; tr washout,other | flattened; for metastatic/recurrent; no DLT with prior 5-FU
R0074 | pe surgery x | prior craniotomy excluded unless for GBM
R0075 | age 18- ; ps karnofsky 60-100 ; tr pregnancy_contraception,other | flattened paragraph; drug allergy
R0076 | tr other | lesion depth limit
R0077 | drop | heading line, not a criterion
R0078 | ps karnofsky 60-100
R0079 | ct GROUP:SOLID ; st advanced ; pl 1- ; md not_required - ; ct GROUP:HEME x ; br excluded_unless_treated_stable | no standard therapy or progressed after prior therapy; irradiated asymptomatic CNS lesions allowed
R0080 | ct GB ; st newly_diagnosed ; pe surgery ; pe radiotherapy ; tr other | flattened paragraph; biopsy alone insufficient; no multifocal, no progression during RT
R0081 | tr other_malignancy
R0082 | ct COADREAD ; tr other | biopsy of primary tumour required
R0083 | ct BLCA ; st metastatic x | T2b-T3 N0 M0; no stage derived from TNM
R0084 | md required - | non-irradiated measurable lesion >=10 mm
R0085 | age 3-16 ; tr comorbidity,organ_function,other_malignancy | flattened paragraph; renal dysfunction allowed
R0086 | ct NSCLC ; st IIIA,IIIB ; md not_required - ; tr other | flattened paragraph; N2/N3 pathologic staging; no malignant effusion
R0087 | ct PRAD ; pl 0-0 ; st metastatic x ; tr lab_values,other | T categories not mapped; PSA/Gleason limits; node-negative
R0088 | pe bcg ; pl 1- | failed or intolerant to BCG; interferon optional
R0089 | pl 1-2 | 1 or 2 regimens allowed
R0090 | pe hormonal_therapy a | prior corticosteroids allowed (steroid convention)
R0091 | pe chemotherapy,radiotherapy x | flattened paragraph
R0092 | pe chemotherapy x | cytotoxic therapy = chemotherapy
R0093 | pe chemotherapy x ; tr other | flattened paragraph; radiosensitising chemo excepted; recovered
R0094 | md required - | WHO criteria
R0095 | pl 1- | failed standard therapies
R0096 | ct GB ; st recurrent ; md required -
R0097 | pe chemotherapy,radiotherapy x ; tr concurrent_medication,other | flattened; RT to treatment field; PEG eligibility; antihypertensive hold
R0098 | pl 0-0 | incl. definitive local therapy
R0099 | pe interferon a ; tr concurrent_medication,washout,other | flattened paragraph; recovery; no organ allograft
R0100 | st III,IV | FIGO
R0101 | ct GB ; ct HGGNOS ; st newly_diagnosed,recurrent | malignant astrocytoma -> HGGNOS; supratentorial
R0102 | ps ecog 0-2
R0103 | ps karnofsky 50- | KPS <50 excluded
R0104 | tr washout
R0105 | ct GROUP:LEUKEMIA ; ct GROUP:LYMPHOMA ; ct BRAIN ; br allowed | needing CNS-directed treatment; mets one option
R0106 | pe chemotherapy,radiotherapy x | flattened paragraph; thoracic RT excluded
R0107 | ct COADREAD ; st metastatic,resectable | liver metastases; truncated
R0108 | tr washout,concurrent_medication | flattened paragraph; no concurrent phase I studies
R0109 | bm BCR-ABL1 fusion pos | t(9;22) or transcript; b3a2 breakpoint
R0110 | tr concurrent_medication | flattened paragraph; concurrent antihormonal allowed
R0111 | none | HR status unconstrained
R0112 | ps ecog 0-1 ; ps karnofsky 80- | scale of <2 unstated; Karnofsky > 70%
R0113 | pe platinum ; pl 1-1 | for primary disease
R0114 | br excluded | CNS lymphoma involvement
R0115 | md required - ; tr other | solitary lung lesion size limit
R0116 | age -18 | flattened paragraph; Age: Child
R0117 | pe surgery x | extensive abdominal surgery
R0118 | tr other | heavy pretreatment triggers PI/sponsor review, not a limit
R0119 | drop | heading line, not a criterion
R0120 | pl 0-0
R0121 | ct ODG3 | anaplastic = grade 3
R0122 | age 1-21 ; tr comorbidity | flattened paragraph; toxicity grade, mental status
R0123 | pe chemotherapy,immunotherapy x ; pe chemotherapy,immunotherapy a ; tr washout | adjuvant allowed if ended >=6 months
R0124 | drop | heading line, not a criterion
R0125 | pe chemotherapy x ; pe cisplatin a | low-dose radiosensitising cisplatin allowed
R0126 | ct COADREAD ; st advanced,unresectable,IV ; pe chemotherapy a ; md required - ; br excluded ; tr other,lab_values | flattened paragraph; stage IV OR failed/refused chemo; liver involvement limit; HAMA
R0127 | pe radiotherapy x ; tr concurrent_medication,washout | flattened paragraph; RT to primary site excluded
R0128 | ct GROUP:ANY ; md required - ; ct GROUP:LEUKEMIA x ; ct PCM x ; br excluded_unless_treated_stable | no curative therapy; active CNS mets excluded
R0129 | tr washout
R0130 | br excluded
R0131 | pe chemotherapy,radiotherapy x
R0132 | ps ecog 0-2 | Zubrod
R0133 | age 18- ; tr organ_function,comorbidity,other_malignancy,pregnancy_contraception | flattened paragraph
R0134 | ct COADREAD ; st unresectable,advanced,recurrent,metastatic ; md required - ; br excluded | flattened paragraph
R0135 | pe radioimmunotherapy x
R0136 | ct NSCLC ; st advanced,IIIB,IV ; md required - | non-squamous; late stage
R0137 | pe interferon ; pl 1- ; bm BCR-ABL1 - pos | no cytogenetic response after 12 months IFN
R0138 | ct GROUP:SOLID ; br excluded ; ct BRAIN x ; tr other | review s9: no curative therapy alternative: no refractory
R0139 | tr lab_values
R0140 | tr washout | surgery washout and recovered
R0141 | st recurrent x | post-op recurrence at presentation
R0142 | pe chemotherapy,radiotherapy x | for sarcoma
R0143 | pe immunotherapy x
R0144 | tr other | PSA testing history
R0145 | ps karnofsky 60-100
R0146 | tr other | sponsor discussion if heavily pretreated; no hard limit
R0147 | age 18- ; ps ecog 0-2 ; tr life_expectancy,comorbidity,infection,other,pregnancy_contraception | flattened paragraph; exercise fitness; epoetin contraindication
R0148 | ct GROUP:NHL ; ct CLLSLL ; pl 1- ; pe chemotherapy ; br excluded ; tr other | B-cell malignancy incl B-NHL/B-CLL; imaging-positive site; marrow involvement limit
R0149 | tr consent
R0150 | ct BRAIN | brainstem glioma histology waiver
R0151 | pe interferon ; pl 1- | alternative branch; failed IFN-alfa
R0152 | pe chemotherapy x | for lung cancer
R0153 | drop | heading line, not a criterion
R0154 | ct GROUP:SOLID ; br excluded_unless_treated_stable | no curative therapy; symptomatic/uncontrolled excluded
R0155 | ct COADREAD ; st metastatic
R0156 | ps ecog 0-2
R0157 | ct NSCLC ; st IIIB,IV ; md required - ; br excluded_unless_treated_stable ; tr other | flattened paragraph; meningeal carcinomatosis excluded; translational study
R0158 | ct GB | supratentorial GBM
R0159 | pe surgery,radiotherapy,antiandrogen,chemotherapy x | radical surgery/cryosurgery for the prostate cancer
R0160 | pe radiotherapy a | RT failure allowed
R0161 | ps karnofsky 70- | Karnofsky > 60
R0162 | ct NSCLC ; st metastatic ; md required - ; br excluded | eligible subtype list under NSCLC
R0163 | none | HR status unconstrained
R0164 | tr other | disease extent criteria (lesion count, visceral, lymphoedema)
R0165 | pe surgery x | laser therapy (surgery heading)
R0166 | ct GROUP:ANY ; st recurrent,metastatic ; br excluded_unless_treated_stable | review s9: not amenable to standard therapy: no refractory
R0167 | ps karnofsky 60-100
R0168 | ct GNOS ; st newly_diagnosed | brain stem glioma -> GNOS
R0169 | age 8-80 | group B; under exclusion heading
R0170 | tr concurrent_medication | ototoxic chemo
R0171 | bm BRCA mutation pos | BRCA1 or BRCA2 carrier
R0172 | ct HCC ; ct CHOL ; ct GBC ; st metastatic,locally_advanced,recurrent ; md required - ; br excluded_unless_treated_stable | symptomatic brain mets / CNS-only disease excluded
R0173 | ct GROUP:SOLID ; md not_required - ; br excluded | not amenable to standard therapy; leptomeningeal excluded
R0174 | ct BLL ; st relapsed,refractory ; bm CD45 expression pos | ALL -> BLL; CD45+ required for relapsed disease only
R0175 | br allowed | active CNS disease allowed
R0176 | st III,IV ; pe surgery | debulked
R0177 | age 18- ; ps ecog 0-2 ; tr life_expectancy,lab_values,organ_function,infection,comorbidity | flattened paragraph; Zubrod
R0178 | ct BRCA ; st metastatic x ; bm HER2 overexpression pos IHC>=2 ; tr other | flattened paragraph; T2-T4 not mapped; HR status known
R0179 | tr other | tumour-specific mutation required, gene unnamed
R0180 | tr washout
R0181 | ct GIST ; st metastatic,unresectable
R0182 | ct PCNSL x | stage IE CNS lymphoma excluded
R0183 | br excluded
R0184 | ct SOFT_TISSUE ; pl 0-0 ; tr other | Kaposi -> SOFT_TISSUE; skin/mucosa only; truncated
R0185 | ct MDS ; pl 0-0
R0186 | br excluded_unless_treated_stable | treated and off steroids allowed
R0187 | tr washout
R0188 | pl -1 ; tr other | exclusion: >1 prior chemo regimen; extensive/visceral disease
R0189 | ps karnofsky 80- | greater than 70
R0190 | age 18-
R0191 | pe hormonal_therapy x
R0192 | ct BRAIN x | brainstem tumours excluded
R0193 | tr comorbidity
R0194 | pe stem_cell_transplant x ; pe chemotherapy ; pl 1- ; pe radiotherapy a ; tr washout,other | flattened paragraph; high-dose chemo/PBSC rescue excluded; marrow RT limit
R0195 | tr other_malignancy
R0196 | bm CD33 expression pos | blasts
R0197 | ct PAST | polar spongioblastoma ~ pilocytic astrocytoma; list item
R0198 | pe chemotherapy x ; pe fluorouracil a ; pe radiotherapy,surgery a ; tr other | flattened paragraph; no chemo for metastatic/recurrent; adjuvant allowed; DFI >=6 months
R0199 | age 18- ; ps ecog 0-3 ; tr comorbidity,other_malignancy,infection | flattened paragraph; thromboembolic disease
R0200 | ct OVT ; st advanced,recurrent,unresectable ; pe platinum ; pl 1-1 ; md not_required - | one platinum regimen; measurable OR CA-125 evaluable
R0201 | ct CERVIX ; st recurrent,advanced ; md required - ; br excluded_unless_treated_stable | mixed histologies; not amenable to surgery/RT
R0202 | ct MDS ; ct AML ; ct APLPMLRARA x ; tr lab_values | M3 excluded; age >90 days not coded; blast threshold; TMD with or without
R0203 | pl -2 ; st refractory x ; pe stem_cell_transplant x ; br excluded | chemo-refractory excluded; CNS lymphoma involvement
R0204 | age 0.5-49 ; ps ecog 0-2 ; tr life_expectancy | flattened paragraph; 6 months to 49 years
R0205 | ct MDSRSMD | RCMD with ring sideroblasts
R0206 | ct BRCA
R0207 | br excluded_unless_treated_stable | meningeal involvement also excluded
R0208 | tr life_expectancy | sub-heading Life Expectancy
R0209 | st III,IV
R0210 | pl 1-2 ; pe chemotherapy ; pe immunotherapy ; tr other | alternatives; PR/MR/SD after prior regimens
R0211 | ct CML ; bm BCR-ABL1 - pos | chronic/accelerated phase
R0212 | ct COADREAD ; st metastatic
R0213 | age 18- ; tr organ_function,pregnancy_contraception,comorbidity | flattened paragraph
R0214 | ct BRCA ; st advanced,metastatic ; pe anthracycline,taxane ; pl 1- metastatic ; md required - ; br excluded | flattened paragraph; carcinomatous meningitis excluded
R0215 | none | flattened paragraph; all not specified
R0216 | br excluded_unless_treated_stable | symptomatic/progressive brain tumours or CNS mets; treated off steroids allowed
R0217 | ps ecog 0-2
R0218 | pl 1- | alternative branch
R0219 | tr washout | 6 months to 10 years since prior treatment
R0220 | md required RECIST
R0221 | br excluded | treated or new CNS mets excluded
R0222 | drop | heading line, not a criterion
R0223 | age 30- ; ct ERMS x | section unknown
R0224 | tr comorbidity
R0225 | tr concurrent_medication | other anticancer therapy
R0226 | tr washout | since transplant
R0227 | drop | heading line, not a criterion
R0228 | ct BRCA ; st metastatic ; md required - ; br excluded ; tr other | flattened paragraph; bone-only excluded
R0229 | tr other_malignancy,lab_values | prior incidental early prostate cancer allowed if PSA normal
R0230 | br excluded
R0231 | ps lansky 40-100 | under 12 years
R0232 | tr lab_values ; pe radiotherapy | rising PSA after RT nadir
R0233 | age 18-
R0234 | ct AML ; ct APLPMLRARA x ; ct MDS a | M3 excluded; antecedent MDS allowed
R0235 | tr other_malignancy
R0236 | br excluded
R0237 | age 18- ; ps karnofsky 60-100 | flattened paragraph; life expectancy value truncated
R0238 | ct ERMS ; st IV,metastatic ; age -10 | Clinical Group IV = distant metastases
R0239 | tr other | relative of a melanoma patient
R0240 | pe radiotherapy x | mediastinal RT
R0241 | ps karnofsky 60-
R0242 | pe immunotherapy,chemotherapy x ; tr concurrent_medication | flattened paragraph
R0243 | tr washout
R0244 | ct GROUP:SOLID ; pl 1- ; br excluded_unless_treated_stable | failed >=1 treatment or unlikely to respond
R0245 | br excluded_unless_treated_stable | symptomatic CNS involvement excluded
R0246 | drop | heading line ("Biologic therapy"), not a criterion
R0247 | ct GROUP:SOLID ; st relapsed,refractory ; br excluded | leptomeningeal disease also excluded
R0248 | pe chemotherapy x ; pe chemotherapy a ; pe stem_cell_transplant x ; pe doxorubicin,epirubicin a ; tr washout,other | flattened paragraph; adjuvant chemo only; anthracycline dose caps
R0249 | tr washout | flattened paragraph
R0250 | ps karnofsky 50-100
R0251 | pe surgery ; tr washout | surgery within 6 weeks
R0252 | st relapsed ; pl 1- | definition of relapsed disease
R0253 | st III,unresectable ; bm MYCN amplification pos | INSS stage 3; any age
R0254 | ct GROUP:SOLID ; st metastatic ; md not_required - | review s9: failed OR no standard option: no refractory
R0255 | pe radiotherapy a ; tr other | prior RT skeletal extent limit (garbled wording)
R0256 | age 18- ; ps ecog 0-1 ; tr pregnancy_contraception,comorbidity | flattened paragraph
R0257 | age 18-60 ; ps who 0-2 ; tr life_expectancy,organ_function,infection,other_malignancy,comorbidity | flattened paragraph
R0258 | ct PAAD ; st metastatic,locally_advanced,recurrent,unresectable ; md required - | incl. poorly differentiated carcinoma
R0259 | ps ecog 0-1
R0260 | pe chemotherapy x | for GBM
R0261 | ct CLLSLL
R0262 | ct COADREAD ; st recurrent,IV ; br excluded ; md not_required - ; tr other | flattened paragraph; lesion outside prior RT field
R0263 | tr washout | local therapy to study lesions within 3 months (heading)
R0264 | pl 1-1 metastatic ; pe chemotherapy ; st metastatic | one line for metastatic disease
R0265 | pe chemotherapy x ; tr concurrent_medication,washout | flattened paragraph
R0266 | pe chemotherapy x | for advanced disease
R0267 | ct MEL ; st metastatic ; md required - ; ct OM x ; br excluded ; tr other | M1; ocular melanoma excluded; not resectable to NED unless declines
R0268 | ct RCC ; st metastatic ; md required - ; br excluded
R0269 | ps karnofsky 60-100
R0270 | ct HGGNOS ; ct ASTR3 ; ct GB ; st recurrent ; pe radiotherapy ; pe chemotherapy ; md required - | alternatives (RT or chemo); progressed LGG to HGG eligible
R0271 | pl -1 | >1 prior regimen for lymphoma excluded
R0272 | pe ifosfamide,carboplatin,etoposide ; tr other | response to ICE salvage; enrolled on it
R0273 | age -80 ; ps ecog 0-3 ; tr comorbidity | flattened; PS scale unstated
R0274 | md required -
R0275 | ct BRCA ; st metastatic
R0276 | tr other | FISH reflex testing if IHC 2+; required status not stated
R0277 | ps ecog 0-3 ; tr lab_values,organ_function,other_malignancy | flattened paragraph; GOG scale
R0278 | pe chemotherapy x ; pe hydroxyurea a ; pe cytarabine a ; tr washout | flattened paragraph; low-dose cytarabine for MDS and single IT dose allowed
R0279 | ct PCM ; pl 2- ; tr lab_values | pancytopenia from myeloma allowed; chemo or biologic regimens
R0280 | age 18-65 ; ps who 0-1 ; tr other,comorbidity,other_malignancy | flattened paragraph
R0281 | ps karnofsky 40-
R0282 | ps karnofsky 70-
R0283 | bm BCR-ABL1 fusion pos | Ph with BCR rearrangement
R0284 | ct MEL ; st III,IV ; md required - ; br excluded ; tr other | tumour count/site/size requirements
R0285 | ct BRCA ; st metastatic,recurrent ; bm ER - neg ; bm PR - neg ; pe hormonal_therapy ; pl 1- ; br excluded_unless_treated_stable ; tr other | flattened paragraph; phase I alternatives: ER/PR neg or failed hormonal; marrow limit
R0286 | ct NSCLC ; st metastatic x ; tr other,other_malignancy | flattened paragraph; solitary lesion <=3 cm, N0; prior lung cancer >=5 years
R0287 | bm BCR-ABL1 - pos | alternative branch
R0288 | pe chemotherapy x ; pe immunotherapy a ; pl -2 | alternative branch; count is immunotherapy regimens
R0289 | pe chemotherapy x
R0290 | ct PRAD ; pe surgery,radiotherapy ; tr other | review s9: local therapy only, no line; alternatives
R0291 | pl -2
R0292 | tr other | recovered from surgery
R0293 | none | flattened paragraph; any age, nothing specified
R0294 | bm TCR rearrangement pos | clonal TCR gene rearrangement within 1 year
R0295 | bm KRAS mutation pos | codon 12 mutation with matching vaccine
R0296 | br excluded | lymphoma CNS involvement
R0297 | ps ecog 0-2 | scale unstated
R0298 | ct PAAD ; st metastatic,locally_advanced,unresectable ; md required - ; br excluded_unless_treated_stable | symptomatic brain mets excluded
R0299 | pe chemotherapy x
R0300 | pl 1- | failed prior standard therapy
R0301 | bm TP53 deletion pos ; bm ATM deletion pos | del17p / del11q list; alternatives
R0302 | br excluded | leptomeningeal too
R0303 | ct HNSC ; ct NPC ; st unresectable ; md required - ; br excluded_unless_treated_stable ; tr other | incurable by surgery/RT; irradiated-port lesion must progress
R0304 | pe anthracycline,vincristine,bleomycin x
R0305 | ct EPM ; st metastatic x | intracranial
R0306 | ct SCLC ; st recurrent,extensive_stage
R0307 | tr other_malignancy
R0308 | pe radiotherapy a ; tr other_malignancy | RT for other cancers >3 years ago, disease-free
R0309 | pe platinum ; pe taxane ; pl 1- | alternatives
R0310 | pe chemotherapy x
R0311 | br excluded
R0312 | ct BRAIN | childhood brain tumour; no curative therapy
R0313 | pe radiotherapy a | single cranial RT dose for leukostasis
R0314 | ps ecog 0-2
R0315 | pe chemotherapy,hormonal_therapy x ; pe tamoxifen a ; tr washout,concurrent_medication | up to 1 month tamoxifen allowed; HRT washout
R0316 | pl -2 | stratum 2
R0317 | br excluded_unless_treated_stable | stable, asymptomatic brain mets allowed
R0318 | br excluded_unless_treated_stable
R0319 | ps karnofsky 50- | KPS <50 excluded
R0320 | pl 1- ; ct MEL a ; ct NSCLC a ; ct RCC a ; st metastatic a | untreated allowed for metastatic mel/NSCLC/RCC
R0321 | ct PCM x ; ct MIDDA x ; ct MBN x
R0322 | tr other | enrolled on companion protocol
R0323 | ct USARC ; st advanced,recurrent ; md required - | progression after local therapy
R0324 | pe chemotherapy x ; tr washout | flattened paragraph; for NSCLC
R0325 | tr concurrent_medication | concurrent debulking surgery/SRS allowed for GBM
R0326 | pe chemotherapy x ; tr concurrent_medication,other,washout | flattened paragraph; no RT to sole measurable site
R0327 | bm CD45 expression pos | only for patients in relapse; remission patients no phenotyping
R0328 | br required ; st recurrent,refractory | leptomeningeal tumour
R0329 | bm BRCA mutation pos | BRCA1 or BRCA2
R0330 | bm CD33 expression pos blasts%>=20 ; st refractory,relapsed | primary refractory or relapsed
R0331 | tr other | flattened paragraph; recovered; gastric resection affecting absorption
R0332 | tr washout | cytotoxic/biologic washout and recovered
R0333 | bm HER2 overexpression pos IHC>=2
R0334 | tr other | ineligible for other protocols of sponsor
R0335 | ct PAAD ; st locally_advanced,metastatic,unresectable ; br excluded_unless_treated_stable | not curable; brain mets refractory to local therapy excluded
R0336 | ps karnofsky 60-100
R0337 | age 1-
R0338 | tr other | borderline ovarian excluded; no generic code
R0339 | pe protease_inhibitor x | HIV protease inhibitor (antiretroviral)
R0340 | ct MBL ; ct EMBT | CNS PNET -> embryonal tumour
R0341 | ct GROUP:ANY ; ct BRCA x ; ct PCM x ; ct PRAD x ; st metastatic ; ps ecog 0-2 ; br excluded_unless_treated_stable ; tr other | flattened paragraph; bone metastases; timing rule for ECOG 2
R0342 | ps karnofsky 50-100 ; ps lansky 50-100 | Lansky for infants
R0343 | ct GROUP:SOLID ; st advanced ; md not_required - ; br excluded_unless_treated_stable | review s9: no-effective-therapy alternative: no refractory
R0344 | age 18- ; ps who 0-2 ; tr organ_function,comorbidity,other,pregnancy_contraception | flattened paragraph; Age: Adult; interferon contraindication
R0345 | tr washout
R0346 | ct ANGS | list item
R0347 | tr other | effusions/bone lesions not measurable
R0348 | ct GROUP:ANY ; st metastatic,unresectable ; pl -3 ; br excluded | no effective standard therapy
R0349 | pe chemotherapy,radiotherapy x ; pe surgery a ; tr concurrent_medication | flattened paragraph; concurrent steroids; debulking allowed
R0350 | md required -
R0351 | ct GROUP:SOLID ; br excluded_unless_treated_stable | no effective therapy; CNS mets stable after local therapy
R0352 | ct MRLS ; ct PLLS | round cell and pleomorphic liposarcoma
R0353 | ps ecog 0-1
R0354 | ct MCC ; st unresectable,locally_advanced,metastatic ; md required - ; br allowed ; tr other | locoregional or metastatic; no effusions
R0355 | ps karnofsky 80- ; ps ecog 0-2 | Karnofsky >70
R0356 | st recurrent
R0357 | pe surgery x | curative surgery for lung cancer
R0358 | ps ecog 0-3
R0359 | ps karnofsky 70-
R0360 | pl 1-3 ; pe chemotherapy
R0361 | ps karnofsky 70-100
R0362 | ct GROUP:SOLID ; st advanced,metastatic ; pl 1- ; ct GROUP:LYMPHOMA x ; br excluded_unless_treated_stable ; tr other | injectable lesion required
R0363 | ps ecog 0-1
R0364 | pe radiotherapy x | to breast
R0365 | ps ecog 0-2 ; ps karnofsky 60-
R0366 | ct EHCH ; ct IHCH ; ct AMPCA ; ct GBC ; st unresectable,metastatic ; br excluded_unless_treated_stable | flattened paragraph; not amenable to chemoradiation
R0367 | tr other | recovered from prior therapy toxicity
R0368 | pe radiotherapy x | for newly diagnosed disease
R0369 | tr washout,concurrent_medication
R0370 | ct GROUP:ANY ; tr concurrent_medication,other | cancer pain on ATC opioids
R0371 | tr other | KRAS status known or tissue available
R0372 | br excluded
R0373 | ct GROUP:NHL ; bm CD20 expression pos | aggressive
R0374 | ct NSCLC ; st IIIB,IV ; md not_required - ; br excluded_unless_treated_stable
R0375 | ct CML ; bm BCR-ABL1 - pos | chronic phase; BCR-ABL or Ph+
R0376 | tr pregnancy_contraception
R0377 | drop | heading line, not a criterion
R0378 | br excluded_unless_treated_stable | CNS leukaemia allowed if CSF cleared
R0379 | tr washout | recent tetanus vaccine, component-specific
R0380 | age 18-
R0381 | pl 0-0 advanced | phase 2 portion only
R0382 | br excluded_unless_treated_stable
R0383 | br excluded
R0384 | ct SOFT_TISSUE ; st unresectable,IV,recurrent ; ct ES x ; ct BONE x ; ct PLMESO x ; ct PNET x ; md required - ; br excluded ; pl -2 advanced | flattened paragraph; Kaposi also excluded (no own code)
R0385 | ct GROUP:SOLID ; st advanced,refractory ; br excluded_unless_treated_stable ; tr other | flattened; disease beyond marker elevation
R0386 | ps ecog 0-2
R0387 | ct AML ; pl 0-0 ; tr lab_values ; ct MDS a ; ct MPN x ; ct APLPMLRARA x ; ct CML x ; br excluded_unless_treated_stable | AML after MDS allowed; blast phase CML excluded; active CNS leukaemia
R0388 | none | HR status unconstrained
R0389 | ct BRCA ; st IV ; pe chemotherapy ; br excluded ; tr other | flattened paragraph; ongoing response to induction chemo; HR status must be known
R0390 | pe biologic_therapy,chemotherapy,radiotherapy x ; tr washout | flattened paragraph; for SCLC
R0391 | tr other | symptomatic metastases (bone pain) excluded
R0392 | tr organ_function
R0393 | age 15-65 ; ps ecog 0-2 ; tr organ_function,comorbidity | flattened paragraph; Zubrod
R0394 | tr washout
R0395 | br excluded
R0396 | ct BRCA ; ct UCEC ; ct PLMESO ; st metastatic,unresectable ; md required - ; bm ER - pos ; tr other | ER and/or PR positive for breast; indicator lesion rule; mesothelioma site unstated
R0397 | pe chemotherapy,biologic_therapy x
R0398 | ct GROUP:SOLID ; st locally_advanced,metastatic,refractory
R0399 | ps karnofsky 60- ; tr life_expectancy | section unknown
R0400 | md not_required -
R0401 | ct GROUP:ANY ; st locally_advanced,metastatic | candidates for carboplatin/paclitaxel
R0402 | ct PAAD ; st locally_advanced,metastatic,recurrent,unresectable ; bm EGFR expression pos IHC>=1 ; md required - ; br excluded | treated brain mets also excluded
R0403 | ct GROUP:NHL ; pl 0-0 ; st I,II ; md not_required - ; tr infection,other | low-grade gastric lymphoma; stage II1; no bulky/high-grade; H. pylori status
R0404 | ct MEL ; st IV ; bm HLA-A2 - pos | HLA-A2.1
R0405 | drop | heading line, not a criterion
R0406 | tr other | unresolved toxicity from prior therapy
R0407 | age 18- | flattened paragraph
R0408 | ct RCC ; st metastatic,recurrent
R0409 | tr comorbidity,infection
R0410 | pl 0-0 | exceptions follow (truncated)
R0411 | pl 0-0 ; pe chemotherapy,radiotherapy x | review s9: listed prior therapies each excluded
R0412 | ct COADREAD ; st IV ; br excluded
R0413 | pe antineoplaston x
R0414 | ps karnofsky 60-100
R0415 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph
R0416 | age 16- ; ct MEL ; st metastatic ; md required - ; pl 1- ; tr life_expectancy | failed standard treatment
R0417 | ct GROUP:LEUKEMIA ; st relapsed,refractory ; ct CML | acute leukaemia beyond CR1 or induction failure; CML accelerated/blast
R0418 | br excluded_unless_treated_stable | leptomeningeal excluded
R0419 | tr other_malignancy
R0420 | ct HCC
R0421 | pe surgery x | cryosurgery for prostate cancer
R0422 | tr other_malignancy
R0423 | ct EPM ; ct DMG ; ct BRAIN ; st recurrent ; ct ODG2 ; ct ASTR x ; tr other | flattened list; DIPG -> DMG; supratentorial low-grade astrocytoma excluded; brainstem tumours need histology
R0424 | ct HL ; st refractory,relapsed ; md not_required - ; br excluded | flattened paragraph
R0425 | pe biologic_therapy,chemotherapy,radiotherapy x ; pe surgery x | flattened; staging laparotomy excluded
R0426 | ct SCLC ; st limited_stage ; md required - ; tr other | no pleural effusion
R0427 | tr concurrent_medication | no concurrent RT to sole measurable lesion
R0428 | ct THYROID | thyroid carcinoma unspecified
R0429 | pe surgery a
R0430 | pe surgery a | limited surgery to index lesion
R0431 | tr other_malignancy | other than Kaposi sarcoma
R0432 | ct PNET ; ct MBL ; ct APE ; ct PBL ; ct HGGNOS ; ct ASTR a ; ct GNOS a ; pl 0-0 ; pe surgery a ; md not_required - | flattened paragraph; ependymoblastoma no code; low-grade/optic tumours allowed if progressive
R0433 | tr infection,concurrent_medication,washout | flattened; antiretrovirals allowed
R0434 | ct MBL ; st advanced | childhood, high grade
R0435 | tr life_expectancy | under Life expectancy heading
R0436 | br excluded | exclusion: CNS involvement
R0437 | ct PAAD ; ct UCP ; st locally_advanced,metastatic ; ct PANET x ; ct PAAC x ; ct PACT x ; br excluded | flattened paragraph; islet cell, acinar, cystadenocarcinoma excluded
R0438 | tr washout,concurrent_medication | flattened paragraph
R0439 | ct AML ; st relapsed ; bm RARA fusion pos | APL: t(15;17) or variant RARA translocations
R0440 | tr other | node-negative (list item)
R0441 | tr other_malignancy
R0442 | age 18-
R0443 | ct FL ; ct MCL ; bm CD20 expression pos | follicular arm closed
R0444 | tr other_malignancy | review s9: history of another tumour, not a cancer_type
R0445 | ct COADREAD ; st unresectable ; md required - ; br excluded_unless_treated_stable | flattened paragraph
R0446 | ct ULMS ; st recurrent,refractory ; md required - ; tr other | flattened paragraph; failed local therapy; not eligible for higher-priority GOG
R0447 | pl -1 ; pe nitrosourea ; tr washout,concurrent_medication | flattened paragraph; prior nitrosourea required
R0448 | tr other | index lesion not irradiated
R0449 | br required ; pe surgery | at most 3 brain mets after resection
R0450 | ct HCL ; bm CD20 expression pos ; bm CD25 expression pos ; bm CD11c expression pos ; bm TRAP - pos | alternatives (CD25 or CD11c; and/or TRAP)
R0451 | tr washout
R0452 | br excluded
R0453 | ct OVT ; ct PSEC ; st recurrent ; bm TP53 mutation pos ; tr other | flattened paragraph; ascites and biopsy access; fallopian under OVT
R0454 | ct OVT ; st recurrent ; md not_required - ; pe paclitaxel ; pl 1- ; tr lab_values | flattened paragraph; CA-125 rise OR measurable/evaluable; progression on paclitaxel within 6 months
R0455 | md required -
R0456 | tr other | Gail score and BRCA risk model
R0457 | ps ecog 0-2
R0458 | pe chemotherapy x
R0459 | pe surgery ; tr other | curative en bloc resection, clear margins
R0460 | age 12-60 | flattened paragraph
R0461 | ps ecog 0-2
R0462 | ps ecog 0-1 | Zubrod
R0463 | br excluded
R0464 | ct GROUP:HEME ; br excluded | review s9: failed or no standard therapy: no pl; list is examples
R0465 | ct GROUP:NHL ; bm CD20 expression pos ; st refractory ; pl 3- ; pe chemotherapy ; ct MCL ; ct MTNN x ; tr other | flattened; alternatives; transplant candidate; rituximab timing
R0466 | md required -
R0467 | ct STAD ; ct GEJ ; st locally_advanced,metastatic,recurrent ; md required - ; br excluded_unless_treated_stable | CNS mets allowed if stable, no anticonvulsants
R0468 | ps ecog 0-2 ; tr lab_values,pregnancy_contraception,infection,comorbidity | flattened paragraph; age not specified
R0469 | pe her2_directed x | anti-HER2 antibody
R0470 | pe stem_cell_transplant | autologous
R0471 | br excluded
R0472 | ct WT ; st relapsed ; pl 0-0 metastatic | review s9: relapsed-line setting is metastatic
R0473 | pl -4 ; pe hormonal_therapy,immunotherapy a | cytotoxic regimens incl adjuvant; noncytotoxic unlimited
R0474 | pl 0-0 ; pe radiotherapy a | local RT to bone allowed
R0475 | pe gemcitabine ; pl 1-1 | one prior gemcitabine-based first line
R0476 | tr organ_function | transplant-precluding organ dysfunction
R0477 | ps ecog 0-4
R0478 | ct GROUP:SOLID ; st metastatic,recurrent,refractory ; br excluded | carcinomatous meningitis excluded
R0479 | tr other_malignancy
R0480 | ct STAD ; ct GEJ ; st metastatic,recurrent ; md not_required - ; br excluded ; tr other | flattened paragraph; bone-only disease excluded
R0481 | ps karnofsky 60-100
R0482 | tr consent | durable power of attorney
R0483 | bm TCF3-PBX1 fusion pos x ; bm BCR-ABL1 fusion pos x ; bm KMT2A fusion pos x | adverse translocations excluded
R0484 | ps karnofsky 60-100
R0485 | drop | heading line, not a criterion
R0486 | tr washout
R0487 | br excluded_unless_treated_stable | symptomatic CNS involvement excluded
R0488 | ct BRCA ; st metastatic ; md required -
R0489 | ct HNSC ; st advanced,recurrent ; tr other_malignancy ; br excluded_unless_treated_stable | review s9: not amenable to standard therapy: no refractory
R0490 | ct CESC ; st advanced,recurrent ; md required - | persistent disease after local therapy
R0491 | ct GROUP:SOLID ; st advanced,refractory ; ct BRAIN x ; br excluded_unless_treated_stable | or no conventional therapy
R0492 | ct BRAIN ; tr other | primary intracranial/spinal cord tumour; pathology review
R0493 | ps ecog 0-2
R0494 | age 18-70 ; ps ecog 0-2 ; tr organ_function,pregnancy_contraception,infection | flattened paragraph
R0495 | ct GROUP:SOLID ; st refractory ; md not_required - ; br excluded_unless_treated_stable | nonhematologic malignancy
R0496 | ct MDSMD | RCMD
R0497 | ct BRAIN ; st newly_diagnosed ; tr other | not needing immediate RT
R0498 | ct GROUP:SOLID ; st advanced,refractory
R0499 | br excluded
R0500 | drop | heading line, not a criterion
R0501 | tr other | donor HLA match
R0502 | pl -1 | more than one prior chemo regimen excluded
R0503 | pe irinotecan,fluoropyrimidine ; pl 1- | failed irinotecan + fluoropyrimidine regimen
R0504 | ct CESC ; st advanced,recurrent,unresectable | not curable by surgery or RT
R0505 | tr organ_function
R0506 | ct NPC ; st recurrent,metastatic ; md required -
R0507 | pl 0-0
R0508 | tr other | potentially curable cancers excluded (example only)
R0509 | ct GROUP:HEME ; ct GROUP:SOLID ; ct GROUP:NHL ; ct LUNG ; ct HL ; ct OVT ; ct BRCA ; st refractory x ; br excluded ; tr other | flattened paragraph; marrow fibrosis rule
R0510 | pl 1- | no other curative therapy
R0511 | ct BRCA ; st locally_advanced | flattened paragraph; T3/T4 or T2 neoadjuvant candidate, not mapped
R0512 | ct SOFT_TISSUE ; st recurrent,metastatic ; pe surgery ; br excluded_unless_treated_stable | resected metastatic/local recurrence
R0513 | tr organ_function | Gilbert's syndrome; truncated
R0514 | ct COADREAD ; st metastatic,unresectable ; tr other | liver-only metastases
R0515 | ct BRAIN ; st recurrent ; md required - | recurrent or residual
R0516 | st recurrent
R0517 | ct APLPMLRARA | APL (FAB M3)
R0518 | ps ecog 0-2
R0519 | ct PCNSL ; tr other | AIDS-related or not; higher-priority trial ineligible
R0520 | br excluded | leptomeningeal too
R0521 | st IIB,IIIA
R0522 | ps ecog 0-2
R0523 | bm CD20 expression pos
R0524 | tr organ_function
R0525 | ct BRAIN ; ct GROUP:ANY ; br required ; bm LewisY expression pos cells%>=30 | leptomeningeal mets; B3 antibody antigen
R0526 | pl -1 ; pe biologic_therapy,chemotherapy,hormonal_therapy a ; tr washout,other | flattened paragraph; at most 1 prior of each class; RT field rule
R0527 | tr other | prior cosmetic breast surgery excluded
R0528 | ps ecog 0-2 | GOG scale
R0529 | tr comorbidity
R0530 | tr comorbidity
R0531 | age 15- ; ps ecog 0-2 ; tr organ_function,pregnancy_contraception,other_malignancy | flattened paragraph; scale unstated
R0532 | pe anthracycline a ; tr other | flattened paragraph; cumulative anthracycline dose cap
R0533 | md required - ; pe radiotherapy a ; tr other | progressing lesions in prior RT field allowed
R0534 | ps ecog 0-2 | GOG scale
R0535 | tr comorbidity
R0536 | pl -1 advanced
R0537 | drop | heading line, not a criterion
R0538 | ct GROUP:LYMPHOMA ; st refractory ; pe chemotherapy ; pl 1- | no CR after initial chemo
R0539 | ct BRCA ; st IIIB,IV,II,IIIA ; br excluded ; tr other | stage II-IIIA only with poor-risk features (examples incl. HR-negative)
R0540 | ct GROUP:SOLID ; st locally_advanced | HER2+ prioritised, not required
R0541 | tr other | serial MRI without sedation
R0542 | ct GROUP:ANY ; ct GROUP:HEME x ; br required ; md required - | flattened paragraph; measurable brain metastasis required; leptomeningeal excluded
R0543 | br excluded_unless_treated_stable | symptomatic CNS disease excluded
R0544 | ps ecog 0-2
R0545 | pe topoisomerase_inhibitor x | topo-I inhibitors excluded in second line
R0546 | tr other | tissue for VHL testing
R0547 | ct GROUP:ANY ; st refractory,recurrent,advanced ; md not_required - | or no standard therapy
R0548 | ct GROUP:SOLID ; st recurrent,metastatic a ; br excluded | review s9: failed-or-no-standard-therapy: no pl, no required chemo
R0549 | bm BCR-ABL1 fusion pos | b3a2 transcript
R0550 | st metastatic
R0551 | bm HER2 amplification pos | by FISH
R0552 | ps ecog 0-2 | CCG scale treated as ECOG
R0553 | tr comorbidity
R0554 | ct BRCA ; st metastatic x ; tr other | T0-3 N0-1 not mapped; in situ alone excluded
R0555 | br excluded | leptomeningeal
R0556 | age 18- ; ps karnofsky 50-100 ; tr organ_function,other,comorbidity | flattened paragraph; porphyrin allergy
R0557 | ps ecog 0-2
R0558 | ct GROUP:SOLID ; br excluded_unless_treated_stable | flattened paragraph; no effective therapy available
R0559 | ps ecog 0-1
R0560 | st recurrent ; pl 0-0 recurrent ; tr washout | alternative branch; remotely treated recurrence
R0561 | pe retinoid x ; tr washout,concurrent_medication | flattened paragraph
R0562 | ct NSCLC ; st IIIB,IV ; st recurrent a ; pe radiotherapy,surgery a ; md required - ; br excluded_unless_treated_stable
R0563 | br required ; pl 1- ; st recurrent ; ct GROUP:LEUKEMIA a ; ct GROUP:LYMPHOMA a | conditional for leukaemia/lymphoma/germ cell leptomeningeal tumours; GCT site unstated
R0564 | tr organ_function
R0565 | pe parp_inhibitor x
R0566 | ct PCM | truncated definition list
R0567 | pl -1
R0568 | pl -1 | for Kaposi sarcoma
R0569 | tr washout | flattened paragraph
R0570 | ct AML | FAB M1/M2 subtype list
R0571 | bm VHL mutation pos
R0572 | ct PRAD
R0573 | st unresectable | or medically inoperable
R0574 | pe anti_pd1_pdl1,anti_ctla4,immunotherapy x | immune modulators examples not labelled
R0575 | bm EGFR mutation pos x ; bm ALK fusion pos x
R0576 | pe chemotherapy x
R0577 | ct BRCA ; st metastatic ; md required -
R0578 | ct BLCA ; st metastatic,unresectable ; md required - ; br excluded_unless_treated_stable | urinary tract incl. upper tract -> BLCA
R0579 | ct MEL ; st IV,III,unresectable ; ct OM x | non-ocular; prior chemo either way
R0580 | ct GROUP:HEME ; ct GROUP:SOLID ; pe stem_cell_transplant ; br excluded_unless_treated_stable ; tr other | flattened paragraph; post high-dose therapy with ASCT; no significant CNS disease; CR for acute leukaemia
R0581 | ct OVT ; ct PSEC ; pl 0-0 | fallopian under OVT
R0582 | ct PAAD ; st metastatic,locally_advanced,unresectable ; md required - ; br excluded
R0583 | sex female ; age 25-65 ; tr other | screening population, registration
R0584 | md required - | outside irradiated area; alternative branch
R0585 | pe radiotherapy x | for GBM
R0586 | pe taxane,radiotherapy ; pl 1- advanced ; st locally_advanced | failed chemoradiation
R0587 | tr other | unfavourable biology, examples only (MYCN amp etc.)
R0588 | drop | section heading, not a criterion
R0589 | pe chemotherapy x
R0590 | drop | heading line, not a criterion
R0591 | br excluded
R0592 | ps ecog 0-1
R0593 | tr other | review s9: refused chemo also qualifies: no pl/pe
R0594 | ct MEL ; st IV,III,unresectable
R0595 | ct DLBCLNOS ; bm CD20 expression pos
R0596 | br excluded ; tr comorbidity | seizure disorder
R0597 | drop | heading line, not a criterion
R0598 | st IIIB,IV ; pe doxorubicin ; pe taxane ; pl 1- ; st recurrent a | alternatives (doxorubicin and/or taxane); locally recurrent NED exempt
R0599 | ct PRAD ; st metastatic ; tr other | D2 = metastatic, or D1 with Gleason >=7
R0600 | pe surgery ; tr washout | surgery within 7 weeks
R0601 | bm ER - neg ; bm PR - neg | HR negative; alternative branch
R0602 | ps ecog 0-2 ; tr lab_values,organ_function,other_malignancy | flattened paragraph; Zubrod
R0603 | tr other_malignancy
R0604 | st IV | MYCN-amplified any age or non-amplified over 18 months
R0605 | ct BRCA ; st locally_advanced,resectable ; ct IBC a ; st recurrent x | flattened paragraph; primary surgery planned
R0606 | pe radiotherapy x
R0607 | pe vegf_inhibitor x | multi-targeted TKI class (examples not labelled)
R0608 | ct GROUP:ANY ; st refractory ; ct SOFT_TISSUE ; tr other | alternatives; Kaposi -> SOFT_TISSUE; lesion counts
R0609 | pe chemotherapy,radiotherapy x
R0610 | bm MYCN amplification pos
R0611 | drop | heading line, not a criterion
R0612 | tr washout
R0613 | ct GROUP:SOLID ; st advanced
R0614 | br excluded_unless_treated_stable | active CNS disease
R0615 | st IV ; st metastatic x
R0616 | ct AML ; bm CD33 expression pos ; st relapsed ; ct MDS x ; ct TAML x ; br excluded_unless_treated_stable ; tr other | first relapse; CR >= 3 months; secondary AML excluded
R0617 | pe surgery x | complete mucosal resection
R0618 | tr washout | first-line ovarian chemo excepted
R0619 | pe interferon,stem_cell_transplant,chemotherapy x ; tr comorbidity | flattened paragraph; for lymphoma; balloon pump rule
R0620 | age 18- ; ps ecog 0-1 ; tr lab_values,organ_function,pregnancy_contraception | flattened paragraph; Zubrod
R0621 | pe anthracycline x ; tr other | TAC candidate
R0622 | ct GROUP:ANY ; st locally_advanced,metastatic ; ct BRAIN x ; md required - ; br excluded_unless_treated_stable | flattened paragraph; prior CNS mets ok if treated >=6 months, normal imaging
R0623 | st metastatic x | for larger or node-positive tumours
R0624 | pl -1 metastatic ; pe stem_cell_transplant x | stage IV setting
R0625 | none | renal not specified
R0626 | tr other | irradiated sole site needs progression
R0627 | st metastatic ; md not_required - | measurable soft tissue and/or bone lesions; PSA-only excluded
R0628 | ct GROUP:SOLID ; ct GROUP:HEME ; st advanced ; br excluded ; ct BRAIN x | primary and metastatic brain tumours excluded
R0629 | br excluded
R0630 | pe antineoplaston x
R0631 | pe biologic_therapy x
R0632 | pe chemotherapy,radiotherapy x | bladder RT
R0633 | ps ecog 0-2
R0634 | tr lab_values | AFP threshold
R0635 | ct GB
R0636 | ct GNOS | brain stem glioma
R0637 | pe chemotherapy,radiotherapy,surgery x | flattened paragraph
R0638 | ct COADREAD ; st metastatic ; pl 1- metastatic ; pe fluoropyrimidine ; pe oxaliplatin ; pe cetuximab ; pe panitumumab | phase II cohort; cetuximab/panitumumab alternatives; KRAS status only selects prior drugs
R0639 | tr other | recovered from prior RT
R0640 | ct BRCA ; pl 0-0 ; st III ; md required - ; st metastatic x | flattened paragraph; disease confined to breast/chest wall/axilla
R0641 | tr washout
R0642 | ct PCM ; pl 1-4 ; pe chemotherapy ; ct SPB x ; ct EP x ; tr lab_values,other | flattened paragraph; marrow plasma cells; solitary plasmacytoma excluded
R0643 | pe chemotherapy x
R0644 | pe chemotherapy x ; pe dexamethasone a ; pe radiotherapy a | flattened paragraph; for myeloma; <=1 pulse dexamethasone; short steroid courses allowed
R0645 | pe chemotherapy x
R0646 | br excluded | section unknown
R0647 | tr pregnancy_contraception
R0648 | bm KMT2A fusion pos | MLL rearrangement
R0649 | ps karnofsky 60-100
R0650 | pe irinotecan,topoisomerase_inhibitor x | flattened paragraph; camptothecins
R0651 | ct BRCA ; st II,IIIA ; pe surgery ; tr other | >=4 positive nodes; no residual nodal disease
R0652 | ct ES ; ct RMS ; st recurrent,metastatic ; pe chemotherapy ; pl 1- ; tr other ; ct EMBT x | peripheral PNET -> ES; CR/VGPR after initial chemo; CNS PNET excluded
R0653 | pl 1-2
R0654 | ct CERVIX ; ct CESC x ; st recurrent | nonsquamous; failed local therapy, incurable
R0655 | ct MEL ; st III,IV,unresectable ; ct GROUP:ANY ; st advanced,metastatic ; pl 1- ; tr other | alternatives; failed standard therapy; biopsiable lesions
R0656 | bm BRCA mutation pos ; tr other | alternatives: carrier or relative in BRCA family
R0657 | pe chemotherapy,radiotherapy x ; tr concurrent_medication,other | flattened; for advanced disease; recovered from adjuvant
R0658 | ct GROUP:SOLID ; st recurrent,refractory ; md required - ; pl -2 | childhood solid tumour list
R0659 | pe mitomycin,nitrosourea x ; pe anthracycline a ; pe radiotherapy x ; tr washout,other | flattened paragraph; anthracycline dose cap; RT to pelvis/brain
R0660 | ct BRCA ; st metastatic
R0661 | pe radiotherapy a
R0662 | ct BRCA ; st IIA,IIB,III ; pe surgery ; st metastatic x ; tr washout,other | flattened paragraph; node-positive <=9 nodes; surgery within 5 weeks
R0663 | bm BCR-ABL1 fusion pos
R0664 | md required - ; st recurrent | recurrent or progressive on imaging
R0665 | ct BRCA ; st recurrent,metastatic ; md required - ; br excluded ; tr other | flattened; bone-only, effusions, irradiated lesions excluded
R0666 | pe chemotherapy x | for SCLC
R0667 | age 18- ; tr other,pregnancy_contraception | flattened paragraph; English fluency
R0668 | ct SCLC ; st limited_stage
R0669 | bm CD20 expression pos ; bm CD11c expression pos ; bm CD25 expression neg ; bm TRAP expression neg | hairy-cell-variant immunophenotype
R0670 | tr other | no contraindicating prior therapy
R0671 | pe surgery x | palliative surgery to treatment area
R0672 | br excluded
R0673 | ct BRCA ; st locally_advanced,metastatic ; bm HER2 - pos ; pe chemotherapy,trastuzumab x
R0674 | pl 0-0 | no other prior therapy
R0675 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph
R0676 | ct PAAD ; st metastatic ; pl -1 ; md required - ; br excluded ; ct PANET x ; ct GROUP:LYMPHOMA x ; ct SARCNOS x | untreated or progressed after first-line chemo
R0677 | pe biologic_therapy,chemotherapy,hormonal_therapy,radiotherapy x ; pe progestin a ; pe surgery ; sex female | flattened paragraph; hysterectomy/BSO required; pelvic/abdominal RT excluded
R0678 | ps karnofsky 70-100
R0679 | ct EPM ; ct PNET ; st recurrent,refractory ; pl 1-
R0680 | drop | heading line, not a criterion
R0681 | pe chemotherapy x ; pe methotrexate a | MTX only exception
R0682 | pe chemotherapy x ; tr washout | flattened paragraph
R0683 | ct NSCLC ; st unresectable,locally_advanced,metastatic ; pe chemotherapy x ; md required - ; br excluded_unless_treated_stable | no first-line chemo for advanced disease
R0684 | ct BRCA ; ct IBC ; st locally_advanced,resectable ; pl 0-0 ; st metastatic x | flattened paragraph
R0685 | ct BLL ; ct CML ; bm TdT expression pos ; pl 1- | ALL -> BLL; blastic CML
R0686 | tr other | recovered from surgery
R0687 | pe egfr_tki,vegf_inhibitor,cetuximab,bevacizumab x
R0688 | pe radiotherapy ; tr other | reirradiation with curative intent
R0689 | pe bcg ; tr other | induction and maintenance BCG; NED after induction
R0690 | tr comorbidity
R0691 | drop | toxicity grading reference, not a criterion
R0692 | sex female ; tr other | atypical ductal hyperplasia, premenopausal; family history only
R0693 | tr other,concurrent_medication | post-op recovery; stable steroids
R0694 | pe chemotherapy x | flattened paragraph
R0695 | ct MMB | list item
R0696 | pe egfr_tki x | EGFR inhibitor
R0697 | st I,II,III,IV | IC -> I (no IC value)
R0698 | drop | heading line, not a criterion
R0699 | tr washout
R0700 | ps ecog 0-2
R0701 | ct GROUP:HEME ; ct AML ; ct CML ; ct BLL ; ct CLLSLL ; ct HL ; ct GROUP:NHL ; ct PCM ; ct MDS ; md required - ; tr other | review s9: no curative therapy alternative: no refractory
R0702 | pl 1- | failed first-line therapy
R0703 | tr lab_values
R0704 | ct RCC ; br excluded
R0705 | pl -1
R0706 | tr other | truncated; Ph not detectable, continuation unknown
R0707 | br excluded_unless_treated_stable
R0708 | ct COADREAD ; st metastatic
R0709 | age 18- ; ps ecog 0-2 ; tr lab_values,organ_function,comorbidity | flattened paragraph
R0710 | tr comorbidity
R0711 | ct BRCA ; st II,IIIA,IIIB ; ct IBC ; tr other,other_malignancy | flattened paragraph; >=4 nodes; no marrow involvement; prior breast cancer allowed
R0712 | none | priority only, no restriction
R0713 | ps karnofsky 60-100
R0714 | ct MBL ; st metastatic | Chang M1+
R0715 | tr other | untreated or minimally pretreated
R0716 | md required -
R0717 | br excluded
R0718 | ct GROUP:SOLID ; st IV,III ; ct BRCA x ; ct PRAD x ; tr other | breast/prostate excluded for stage III only; ambulatory care at site
R0719 | ct GROUP:ANY ; md not_required - ; tr other | review s9: failed or no conventional therapy: no pl fact
R0720 | ct NBL ; st IV ; bm MYCN amplification pos ; st recurrent | alternatives for high risk
R0721 | ps karnofsky 50-100
R0722 | ct GROUP:ANY | truncated
R0723 | md required - | phase II only; phase I any
R0724 | ct GNOS ; st newly_diagnosed ; pe surgery x ; tr other | probable glioma; lesion near eloquent areas
R0725 | bm MYCN amplification pos
R0726 | br required | leptomeningeal disease, list item
R0727 | ct TAM ; age -0.25 | TMD; no older than 90 days
R0728 | ct OS ; st metastatic,recurrent ; pe surgery ; tr other | alternatives; disease-free after therapy
R0729 | pe retinoid x
R0730 | md not_required -
R0731 | tr comorbidity | autoimmune cytopenias allowed
R0732 | ct RCC ; st metastatic ; md not_required - ; tr other | evaluable or measurable; tissue-accessible site
R0733 | pl 0-0 | biopsy allowed
R0734 | ct BRCA ; st metastatic ; bm HER2 overexpression pos IHC>=2 ; md not_required - | flattened paragraph; ER status any
R0735 | ct MEL ; st metastatic ; bm HLA-A2 - pos ; bm MAGEA3 expression pos ; bm MLANA expression pos ; br excluded_unless_treated_stable | alternatives MAGE-3 or Melan-A
R0736 | pe radiotherapy a ; tr other,washout | prior RT dose limits
R0737 | tr lab_values,other | marrow plasma cell limit; bone lesion
R0738 | tr comorbidity
R0739 | pe chemotherapy x ; pe radiotherapy a | local RT and short steroids allowed
R0740 | age 16- | flattened paragraph
R0741 | st metastatic,recurrent | incurable by surgery or RT
R0742 | pe chemotherapy x
R0743 | tr other | recovered from prior immunotherapy
R0744 | ct SOFT_TISSUE ; md required - | Kaposi -> SOFT_TISSUE
R0745 | tr comorbidity
R0746 | md required RECIST ; tr comorbidity | controlled hypertension
R0747 | ct GROUP:ANY ; st advanced,refractory ; ct PRAD ; st metastatic ; md not_required - ; tr lab_values | phase I vs phase II branches; rising PSA
R0748 | ps karnofsky 60-
R0749 | ct PRCC ; ct CCRCC ; ct ROCY ; ct CHRCC ; tr other | hereditary renal cancer; relatives also
R0750 | md not_required - ; pl 1- ; tr other | measurable PD OR biopsy-proven SD after systemic therapy
R0751 | ct BLL ; st newly_diagnosed ; tr other | B-precursor ALL; prior protocol registration; average risk
R0752 | tr other | review s9: chemo is scheduled, not prior exposure
R0753 | ps ecog 0-1
R0754 | md not_required - | measurable or evaluable (effusion, CA125)
R0755 | tr other | inherited haematopoietic disorder, non-malignant
R0756 | ct COADREAD ; st unresectable,metastatic,recurrent ; br excluded_unless_treated_stable ; md not_required - ; bm BCL2 expression pos | phase I evaluable ok, phase II measurable
R0757 | tr washout | chemo or SERM within 12 months
R0758 | tr other | recovered from surgery
R0759 | tr other | HR status must be assessed
R0760 | ct RCC ; st metastatic,recurrent ; md required - ; br excluded_unless_treated_stable
R0761 | tr washout
R0762 | ct BRCA ; st locally_advanced,resectable ; st metastatic x | inflammatory or large operable
R0763 | ct SCLC ; st limited_stage ; st extensive_stage,metastatic x ; md not_required -
R0764 | pl 1- ; pe chemotherapy | sub-heading says Required despite exclusion section; truncated
R0765 | tr washout | anti-KS therapy within 4 weeks
R0766 | md not_required - ; tr other | lesion outside prior RT field
R0767 | ps karnofsky 60-100
R0768 | tr other | unresolved prior-therapy toxicity
R0769 | ps karnofsky 50- ; tr life_expectancy
R0770 | st relapsed x | relapsed AML excluded
R0771 | ct GROUP:SOLID ; st advanced ; ct BRAIN x ; br excluded
R0772 | tr other_malignancy | prior cancers named
R0773 | br excluded_unless_treated_stable | untreated new CNS mets excluded
R0774 | age -65 | sub-heading fragment
R0775 | ct PCM a ; tr lab_values | myeloma-related amyloidosis allowed if marrow PCs <15%
R0776 | br excluded_unless_treated_stable
R0777 | ps ecog 0-2
R0778 | ct SOFT_TISSUE ; ct GIST ; st advanced,metastatic,recurrent,unresectable | STS -> SOFT_TISSUE
R0779 | age -70 ; ps karnofsky 70-100 ; tr organ_function,pregnancy_contraception,infection | flattened paragraph
