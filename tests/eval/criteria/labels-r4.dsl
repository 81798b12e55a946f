# Round 4 labels (session 8): four labellers, items H0001-H0335, labelled from item text and section only, before the parser was run on any item.
H0001 | pe radiotherapy,chemotherapy x | H&N RT and chemo for H&N cancer excluded
H0002 | ps ecog 0-1 ; tr other,comorbidity | flattened paragraph; Zubrod; topical allergy; skin and mental disorders
H0003 | ct GROUP:NHL a ; pl 0-0 | untreated required except NHL patients
H0004 | ct GROUP:SOLID ; st metastatic,locally_advanced ; md not_required - ; br excluded_unless_treated_stable ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; tr other | flattened paragraph; failed or no standard therapy -> no pl; effusions
H0005 | ct GROUP:SOLID ; st advanced ; br excluded ; ct BRAIN a ; tr concurrent_medication ; ct MDS x | primary CNS tumours allowed on stable steroids
H0006 | ct HNSC ; st III,IV ; pe surgery a ; tr other,comorbidity | RT primary or postoperative; field dose; skin in field
H0007 | tr washout | local therapy for KS lesions within 60 days
H0008 | ct BLL ; tr other | ALL -> BLL; co-enrolment requirement
H0009 | ct PAASC x ; ct PANET x ; ct PACT x ; ct NETNOS x ; ct DA x ; ct EHCH x ; ct AMPCA x | non-adenocarcinoma histologies excluded; pancreatic context
H0010 | tr washout
H0011 | tr other ; pe chemotherapy x ; pe chemotherapy a ; pe radiotherapy x | flattened paragraph; x for metastatic disease; adjuvant chemo allowed
H0012 | pl 0-0
H0013 | ct PRAD x ; tr other | high-grade PIN also excluded
H0014 | ps ecog 0-2 ; tr comorbidity,consent | PS 3+ excluded; psychiatric
H0015 | ct NSCLC ; md not_required - ; pe chemotherapy ; pl 1- ; br excluded_unless_treated_stable ; tr other | response or stability on initial chemo
H0016 | ct RCC ; st advanced,recurrent,metastatic,unresectable ; md required - ; br excluded | progressive disease no stage
H0017 | pe radiotherapy x
H0018 | ct OVT ; pe platinum ; pl 1- ; st relapsed ; md not_required - ; tr other | relapse within 2 years; evaluable by imaging or CA-125
H0019 | tr organ_function | renal
H0020 | tr washout | TBI
H0021 | pe chemotherapy x ; tr concurrent_medication,washout,infection | flattened paragraph; no HAART in HIV+
H0022 | age 16-55 ; tr life_expectancy,organ_function,infection | flattened paragraph
H0023 | pe chemoembolization,chemotherapy,surgery x ; tr other | flattened paragraph; no prior percutaneous injection
H0024 | ct PCM | IgG or IgA myeloma
H0025 | pe chemotherapy,radiotherapy x ; pe surgery ; tr washout | flattened paragraph; surgery within 6 weeks
H0026 | tr other_malignancy | flattened paragraph
H0027 | ct PAAD ; st advanced,II,III,metastatic,IV,unresectable ; md not_required - | not a surgical candidate
H0028 | pe chemotherapy,radiotherapy x ; pe surgery a | flattened paragraph
H0029 | st II,III ; st metastatic x | stage group given; M0
H0030 | pe chemotherapy x ; tr concurrent_medication | flattened paragraph; hormonal and conduction-affecting drugs
H0031 | age 18- ; ct BRAIN ; br allowed ; pl 1- | primary or metastatic brain tumours; failed standard therapy
H0032 | tr other,washout,concurrent_medication | flattened paragraph; recovered; hydroxyurea washout
H0033 | pl -1 ; tr other | multimodality prior therapy excluded
H0034 | pe chemotherapy x | for CNS germ cell tumour
H0035 | st metastatic ; pl 1- | alternatives
H0036 | pe chemotherapy x ; tr washout,concurrent_medication | flattened paragraph; x for metastatic disease
H0037 | ct MEL ; st metastatic | mucosal melanoma, site unstated
H0038 | ps karnofsky 60-100
H0039 | ct AML | de novo or secondary
H0040 | tr comorbidity | psychiatric
H0041 | age 18- ; ps ecog 0-2 | flattened paragraph; CALGB scale
H0042 | age -65
H0043 | none | permissive only
H0044 | tr other | poor PS, no scale or value
H0045 | st newly_diagnosed | heading line with content
H0046 | ct SCLC ; st metastatic x ; tr other | RT field size; no effusion or contralateral spread
H0047 | ct GROUP:ANY ; st advanced ; br excluded | failed or no standard chemo -> no pl, no refractory
H0048 | ps ecog 0-2
H0049 | pe chemotherapy,stem_cell_transplant ; pl 1- ; tr other | response to prior treatment
H0050 | ps ecog 0-1
H0051 | ct COADREAD ; st newly_diagnosed,recurrent,metastatic ; md not_required - ; br excluded
H0052 | ct PRAD ; st IV ; pe antineoplaston ; pl 1- ; st refractory | no response to antineoplastons
H0053 | pe bleomycin x ; pe radiotherapy x ; pl 0-0 ; tr concurrent_medication | flattened paragraph; cranial RT; no other GBM therapy
H0054 | tr comorbidity ; pe radiotherapy x | stereotactic CNS RT
H0055 | ct BRAIN ; pe chemotherapy ; pe radiotherapy ; tr comorbidity | alternatives; neurotoxicity
H0056 | ct GB ; st newly_diagnosed ; ct ASTR3 x ; ct ASTR x ; pe surgery ; tr washout,other | RT within 5 weeks of surgery; radical RT
H0057 | age 1.66-60 ; tr comorbidity,pregnancy_contraception | flattened paragraph
H0058 | ct PAAD ; pe surgery ; st locally_advanced,unresectable ; st metastatic x | alternatives: resected or LA unresectable
H0059 | pe chemotherapy,radiotherapy x | flattened paragraph
H0060 | ct PRAD ; pe hormonal_therapy ; st refractory ; tr lab_values,concurrent_medication ; ct PRSCC x ; br excluded_unless_treated_stable | androgen-independent; ductal variant excluded (no code)
H0061 | ct BCC ; ct CSCC | skin assumed for SCC
H0062 | pe radiotherapy x
H0063 | md required - | size definition
H0064 | tr washout
H0065 | ps karnofsky 70-
H0066 | ct AML ; tr other | remission or early relapse states
H0067 | ct BLL ; pl 0-0 | B-precursor ALL
H0068 | ct COADREAD ; st advanced ; pe chemotherapy x ; pe chemotherapy a ; tr washout ; md required - ; br excluded | adjuvant-only chemo allowed if done 6+ months ago
H0069 | st recurrent ; pe radiotherapy
H0070 | tr other | bulky N2 excluded
H0071 | pe surgery x | ipsilateral thoracic surgery within 5 years
H0072 | ps ecog 0-2 ; tr infection,comorbidity,pregnancy_contraception | flattened paragraph
H0073 | ps karnofsky 60-100
H0074 | md required - ; tr other | accessible lesions
H0075 | ct NSCLC ; st resectable,I,IIA,IIB,IIIA
H0076 | br excluded | isolated CNS relapse only
H0077 | ct GEJ a | cardia cancer allowed
H0078 | tr other_malignancy
H0079 | ps ecog 0-2
H0080 | pl -3
H0081 | pe interferon a ; pe chemotherapy x ; pe hormonal_therapy,somatostatin_analogue,tamoxifen a ; tr washout | flattened paragraph; steroids as hormonal
H0082 | pl -1 metastatic
H0083 | tr comorbidity,infection
H0084 | ct GROUP:NHL ; pl 1- | failed standard therapy
H0085 | tr concurrent_medication | section unknown
H0086 | br excluded_unless_treated_stable | uncontrolled CNS disease excluded
H0087 | ct COADREAD ; st III,IV ; pl 0-0
H0088 | ct AML ; st newly_diagnosed
H0089 | ct AML ; pe stem_cell_transplant ; tr washout,lab_values,other | flattened paragraph; auto-SCT 28-100 days ago; engraftment, remission marrow
H0090 | pe hormonal_therapy a | second-line hormonal therapy allowed
H0091 | age -50 ; ct GROUP:NHL ; ct CLLSLL ; ct PCM ; pe stem_cell_transplant ; tr comorbidity | alternatives: prior auto-SCT or comorbidity as high-risk reason
H0092 | st resectable ; st metastatic a | section unknown; limited liver/lung mets count as resectable
H0093 | tr washout | RT within 6 weeks excluded
H0094 | pe biologic_therapy x ; pe bcg a ; tr washout | flattened paragraph; systemic BRM excluded; intravesical BCG allowed
H0095 | ct BLL ; st refractory,relapsed ; tr other,comorbidity | flattened paragraph; ALL -> BLL; isolated extramedullary relapse excluded; platelet refractoriness, effusions
H0096 | ct GROUP:SOLID ; tr other | not candidates for systemic therapy; progression definition
H0097 | tr lab_values | flattened paragraph
H0098 | ct CESC | cervical squamous cell carcinoma
H0099 | ct NSCLC ; st recurrent,locally_advanced,metastatic,unresectable ; pl 1-1 ; pe platinum ; br excluded_unless_treated_stable | flattened paragraph; one first-line platinum regimen; treated brain mets allowed
H0100 | ct NSCLC | subtype list within NSCLC
H0101 | br excluded_unless_treated_stable ; tr other | active CNS tumour excluded; epidural tumour
H0102 | ct CML ; ct BLL ; ct AML ; st relapsed ; tr other | flattened paragraph; alternatives incl. remission states; clonal abnormality; allo-BMT ineligible
H0103 | br excluded | CNS lymphoma involvement
H0104 | br required | CNS disease by CSF cytology
H0105 | br excluded
H0106 | pe chemotherapy,radiotherapy x ; pe surgery x ; tr other | flattened paragraph; H&N RT; biopsy only allowed; start within 8 weeks of biopsy
H0107 | tr concurrent_medication
H0108 | pe chemotherapy x ; pe radiotherapy x | flattened paragraph; RT for cervical carcinoma excepted
H0109 | pe chemotherapy x ; pe radiotherapy x | flattened paragraph; intravesical instillations excepted
H0110 | ct GROUP:SOLID ; st advanced,refractory ; md not_required - ; br excluded ; ct BRAIN x ; tr other | flattened paragraph; biopsy-accessible disease
H0111 | tr washout,concurrent_medication | flattened paragraph; stable steroid dose allowed
H0112 | ct PRAD ; st refractory,metastatic ; pe hormonal_therapy | hormone refractory
H0113 | ct GROUP:SOLID ; br excluded | refractory OR no standard option -> no refractory stage
H0114 | ct OVT ; st recurrent ; pl 1- ; pe chemotherapy | after first-line chemo
H0115 | pe chemotherapy x
H0116 | ct STAD ; ct GEJ ; st advanced,unresectable ; md not_required - ; br excluded ; tr other | flattened paragraph; not curable by chemoRT; biopsy-accessible
H0117 | ct CERVIX ; st IB,II,III,IVA ; tr other | IB2-IVA; chemoradiation candidates
H0118 | ct MDS ; ct CMML ; pl -1 ; tr lab_values,other | flattened paragraph; MDS subtypes -> MDS; cytopenias; allo-BMT ineligible if <60
H0119 | ct GROUP:NHL ; st relapsed,refractory | low-grade lymphoma -> NHL group
H0120 | st relapsed ; pl 1-
H0121 | ct GROUP:SOLID ; br excluded_unless_treated_stable | symptomatic/uncontrolled excluded
H0122 | st IV x ; st metastatic x | no stage 4 on metastatic work-up
H0123 | ct BRAIN x | brainstem-origin tumours excluded
H0124 | age 18-
H0125 | st relapsed ; pl 1- ; pe doxorubicin | relapse after first-line; doxorubicin-based primary therapy
H0126 | ct HL ; ct MBL ; ct EPM ; ct GNOS ; ct ASTR ; ct PNET ; tr other | flattened paragraph; alternatives; age <=16 only for CNS branch (not labelled); planned RT/chemo
H0127 | ct CESC ; st refractory,recurrent ; md required - ; br excluded ; tr other | flattened paragraph; failed local therapy; higher-priority GOG ineligible
H0128 | br excluded_unless_treated_stable | treated and stable 8 weeks
H0129 | pe chemotherapy x ; tr concurrent_medication,washout | flattened paragraph; steroid washout
H0130 | br excluded ; tr other | lung nodule size
H0131 | pe immunotherapy a ; pe chemotherapy x ; pe bcg a ; pe radiotherapy x ; pe surgery x ; tr concurrent_medication | flattened paragraph; intravesical chemo allowed; TURBT excepted; pelvic RT
H0132 | ps ecog 0-1 ; tr infection,organ_function,pregnancy_contraception | Zubrod >=2 excluded; HIV, organ labs
H0133 | ps ecog 0-4 ; tr pregnancy_contraception | flattened paragraph; any age; pregnancy allowed
H0134 | age 5-
H0135 | tr consent
H0136 | age 16-
H0137 | tr other | refractory opioid-related nausea
H0138 | ct BGCT | CNS germ cell tumour; truncated list
H0139 | pe chemotherapy x
H0140 | pl -1 ; tr concurrent_medication | flattened paragraph; <=7 courses; no concurrent tamoxifen/experimental agents
H0141 | tr lab_values
H0142 | pe chemotherapy x ; pe radiotherapy a ; tr washout,concurrent_medication,other | flattened paragraph; chemo for metastatic disease excluded; adjuvant washout; RT to non-indicator lesion
H0143 | ps ecog 0-2 ; ps karnofsky 60-100 ; tr lab_values | flattened paragraph
H0144 | ct MEL ; st metastatic ; ct OM x ; br excluded_unless_treated_stable ; tr other | flattened paragraph; refractory OR no curative option -> no refractory stage; cutaneous lesion size
H0145 | ps karnofsky 70-100
H0146 | ct GROUP:SOLID ; st advanced,metastatic ; ct GROUP:HEME x ; md not_required - ; br excluded | flattened paragraph
H0147 | ct GB x ; st recurrent x | recurrent GBM excluded (combined)
H0148 | ct HGGNOS ; st recurrent ; pl -2 ; md required - | flattened paragraph; <=2 (phase I) or <=1 (phase II) chemo regimens
H0149 | pe radiotherapy a | at most one prior RT course; RT is not a systemic line
H0150 | ct PRAD ; st metastatic,refractory ; pe hormonal_therapy ; tr lab_values ; br excluded | flattened paragraph; hormone refractory; rising PSA or new lesion
H0151 | ps karnofsky 80-100
H0152 | ct PCM ; md required - ; pe chemotherapy ; tr other | flattened paragraph; any stage; post-induction, no progression
H0153 | st II,III,IV
H0154 | tr washout,concurrent_medication ; pe cisplatin,gemcitabine x | flattened paragraph
H0155 | ct GROUP:ANY ; ct SOFT_TISSUE ; tr other | alternatives; Kaposi-like lesions -> SOFT_TISSUE; Castleman disease
H0156 | age -18 ; tr other | flattened paragraph; children; rest per referenced protocol
H0157 | ct NBL ; st IV ; pe chemotherapy ; pe stem_cell_transplant ; tr other | at least stable disease after induction and auto-SCT
H0158 | ct HNSC ; pl 0-0 ; st III,IV ; st metastatic x | flattened paragraph
H0159 | ps ecog 0-2 | Zubrod
H0160 | ct GROUP:SOLID ; st advanced ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; br excluded | flattened paragraph; failed OR no curative option -> no pl/refractory
H0161 | pe radiotherapy x | to the bladder
H0162 | ct GROUP:ANY ; st refractory | no effective therapy available
H0163 | pe chemotherapy x ; pe radiotherapy x ; tr washout | flattened paragraph; for pancreatic cancer; bypass surgery washout
H0164 | ct GROUP:SOLID | non-haematologic; refractory OR no effective therapy -> no refractory stage
H0165 | pe radiotherapy x ; tr concurrent_medication | timing qualifier unclear
H0166 | ct AML ; pl 1- ; pe chemotherapy ; br excluded_unless_treated_stable ; tr lab_values,other | flattened paragraph; failed standard chemo on named study; marrow blast thresholds; enrol window
H0167 | ct SOFT_TISSUE ; tr washout,other | Kaposi -> SOFT_TISSUE; lesion count/size; local therapy washout
H0168 | ps ecog 0-3 | ECOG 3 only if reversible after ICU care
H0169 | ct OVT ; ct PSEC ; st III | fallopian tube under OVT
H0170 | tr life_expectancy,comorbidity,other | flattened paragraph; any age; drug contraindication
H0171 | tr pregnancy_contraception
H0172 | pe chemotherapy x
H0173 | tr concurrent_medication | concurrent non-CNS RT excluded
H0174 | ps ecog 0-1
H0175 | pl -1
H0176 | pe radiotherapy x | flattened paragraph; chest RT
H0177 | pe chemotherapy x
H0178 | tr other | CIN 2-3 (premalignant, no code)
H0179 | ps ecog 0-1
H0180 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; antihypertensive hold
H0181 | ct NSCLC ; st advanced,metastatic ; br excluded_unless_treated_stable | active brain mets excluded
H0182 | age -70
H0183 | pe hormonal_therapy,radiotherapy,chemotherapy x | negative wording under exclusion heading; read as no prior therapy
H0184 | pe interferon,isotretinoin,hormonal_therapy,phototherapy,radiotherapy a | flattened paragraph; for stage I/II disease; topical steroids, UV, x-ray
H0185 | pe chemotherapy,radiotherapy x | flattened paragraph; cranial RT
H0186 | tr washout
H0187 | st III ; pe surgery ; tr other | microscopic residual after attempted surgery
H0188 | ct MEL ; st III,IV ; st unresectable,recurrent ; md required - ; tr other | stage-specific branches; failed or contraindicated therapy (no pl); electroporation access
H0189 | ps ecog 0-2
H0190 | ct GNOS | astrocytic/oligodendroglial/mixed glial -> glioma
H0191 | tr infection,pregnancy_contraception,comorbidity,other_malignancy | flattened list
H0192 | tr comorbidity | bleeding diathesis
H0193 | pe bcg ; pl 1- | truncated; alternative branch follows
H0194 | ct ODG ; st refractory,recurrent ; pe radiotherapy ; pe chemotherapy | alternatives RT and/or chemo; residual also eligible
H0195 | tr other | oral premalignant lesion, no code
H0196 | tr other | insurance
H0197 | tr washout
H0198 | tr other | prior therapy precluding study therapy
H0199 | br excluded ; ct BRAIN x
H0200 | br excluded_unless_treated_stable
H0201 | ct GROUP:SOLID ; st metastatic,advanced ; br excluded_unless_treated_stable
H0202 | tr other | non-malignant transplant indication
H0203 | age 18- ; ps karnofsky 60-100 ; tr other_malignancy,comorbidity | flattened paragraph
H0204 | ct RCC ; md required - ; br excluded_unless_treated_stable | hypernephroma -> RCC; progression required
H0205 | ct UCS
H0206 | ct SCLC ; ct SCUP ; st extensive_stage,metastatic ; br excluded ; md not_required - | any primary site; prior therapy response allowed
H0207 | ps karnofsky 60-100
H0208 | ps karnofsky 70-100
H0209 | ct GROUP:SOLID ; st metastatic ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; md not_required - ; br excluded_unless_treated_stable ; tr other | failed or no effective therapy (no pl); effusions excluded
H0210 | tr concurrent_medication | recent medication change
H0211 | ct RBL ; st metastatic | extrachoroidal or metastatic
H0212 | age 15- ; tr other,other_malignancy,comorbidity | flattened paragraph; race, diet, arsenic
H0213 | ct OCSC ; ct OPHSC ; ct HPHSC ; ct LXSC ; st IV ; st metastatic x ; st recurrent x ; ct NPC x ; ct SACA x ; tr other_malignancy | flattened paragraph; T4 any N stage IV
H0214 | ct PAAD | list item
H0215 | drop | disclaimer, not a criterion
H0216 | ps ecog 0-2 | Zubrod
H0217 | tr infection | EBV seronegative allowed
H0218 | pe cisplatin,etoposide x ; tr washout,concurrent_medication | flattened paragraph; stable steroids if CNS lesion
H0219 | ps ecog 0-2
H0220 | st metastatic x
H0221 | age 18- ; tr organ_function,other_malignancy,other | flattened paragraph; Age adult
H0222 | ps ecog 0-2
H0223 | pl 0-0
H0224 | pe surgery x ; tr concurrent_medication | flattened paragraph; small bowel resection
H0225 | tr other | brainstem-site metastases only
H0226 | ct RBL ; st newly_diagnosed ; st metastatic x ; age -10 ; tr other | age limit by laterality; fundus documentation
H0227 | pe chemotherapy x
H0228 | ct NSCLC ; st unresectable,metastatic,recurrent,IIIB,IV ; md required - ; br excluded
H0229 | pe chemotherapy,radiotherapy x ; tr washout | flattened paragraph
H0230 | ct GROUP:ANY ; bm MUC1 expression pos ; br excluded_unless_treated_stable | no curative or palliative standard option
H0231 | tr lab_values,organ_function,comorbidity | flattened paragraph; any age
H0232 | st unresectable | medically inoperable; TNM not mapped
H0233 | pe chemotherapy,radiotherapy x ; pe surgery ; tr washout,concurrent_medication | flattened paragraph; prior pancreatic resection
H0234 | pe stem_cell_transplant x ; pe doxorubicin a ; tr other | flattened paragraph; anthracycline dose cap; other trials
H0235 | ct MEL ; st advanced,unresectable,metastatic ; st refractory ; pl 1- ; br excluded ; tr other | refractory to all therapy; liver involvement limit
H0236 | ct GB ; st newly_diagnosed ; tr other | not needing immediate RT
H0237 | ps karnofsky 70-100
H0238 | br excluded
H0239 | pe rituximab x ; tr other,concurrent_medication | flattened paragraph; recovered
H0240 | ct RCC ; st locally_advanced,recurrent,metastatic ; ct BLCA x ; md required - ; br excluded | TCC excluded; incurable by surgery/RT
H0241 | ct PRAD ; st metastatic x | localized
H0242 | ct NSCLC ; st IIIB,IV ; pl 0-0 ; md required - ; br excluded_unless_treated_stable | first-line chemo candidates
H0243 | pe chemotherapy a
H0244 | ps karnofsky 80-100
H0245 | tr washout
H0246 | tr washout,concurrent_medication | flattened paragraph
H0247 | pe surgery a
H0248 | ct CML ; tr other | chronic/accelerated phase; marrow cellularity; donor rule
H0249 | pe chemotherapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph; cranial or H&N RT; steroids
H0250 | ct BCLU ; ct PMBL | MGZL -> BCLU; any stage
H0251 | br excluded_unless_treated_stable
H0252 | pe chemotherapy x | for HCC; disease only as setting
H0253 | tr pregnancy_contraception
H0254 | ct GROUP:SOLID ; st advanced ; md not_required - ; ct GROUP:HEME x ; br excluded_unless_treated_stable | no-standard-therapy alternative: no pl/refractory/recurrent; irradiated asymptomatic CNS lesions allowed
H0255 | ps karnofsky 70-100
H0256 | pl 0-0 ; pe hydroxyurea a | emergency leukapheresis/hydroxyurea excepted; AML only as setting
H0257 | ct PRAD ; st IV ; st metastatic x ; pe hormonal_therapy ; tr lab_values | D0.5, no disease on imaging; PSA progression after androgen ablation
H0258 | md required - ; tr other | measurable lesion size limits
H0259 | br excluded ; ct BRAIN x
H0260 | pe chemotherapy,radiotherapy x | flattened paragraph; thoracic RT
H0261 | br excluded_unless_treated_stable ; pe surgery ; pe radiotherapy ; tr washout | alternatives; treated brain mets, no residual disease
H0262 | age 3- ; ps karnofsky 50-100 ; tr lab_values,organ_function,other,pregnancy_contraception | flattened paragraph; iodine allergy
H0263 | none | flattened paragraph; any age, nothing specified
H0264 | pe radiotherapy a ; tr other | prior RT marrow extent limit
H0265 | tr other | T3 category only; no stage derived
H0266 | ps who 0-1
H0267 | ct GROUP:LEUKEMIA ; ct MDS ; ct CML ; st relapsed ; pe stem_cell_transplant ; tr other | relapse within 1 yr of allo BMT; CML AP/BC no stage; not fit for 2nd high-dose therapy
H0268 | ct MEL ; st III,IV ; bm PMEL expression pos ; bm TYR expression pos ; bm HLA-A1 - pos ; bm HLA-A2 - pos ; bm HLA-A3 - pos ; md required - ; br allowed | alternatives gp100/tyrosinase and HLA types; up to 3 small asymptomatic or treated brain mets
H0269 | tr concurrent_medication | limited RT for KS allowed
H0270 | ps ecog 0-2 | scale unstated
H0271 | drop | heading line ("Chemotherapy"), not a criterion
H0272 | pl 1- ; pe chemotherapy ; pe biologic_therapy | alternatives; alternative branch
H0273 | pe thalidomide x ; tr concurrent_medication | flattened paragraph
H0274 | ct NSCLC ; st advanced,IIIB,IV ; md required - ; br excluded_unless_treated_stable | IIIB by effusion/supraclavicular nodes only
H0275 | pl -1 ; pe radiotherapy x ; tr other | flattened paragraph; brain RT excepted; recovered from surgery
H0276 | ct COADREAD ; st metastatic ; br excluded ; tr other | liver metastases; fit for laparotomy/resection
H0277 | ct RCC ; st metastatic ; md required - ; br excluded_unless_treated_stable
H0278 | ps karnofsky 60- | KPS <60 excluded unless due to myeloma
H0279 | pe chemotherapy x
H0280 | ct PRAD ; st metastatic,refractory ; pe hormonal_therapy ; pl 1- ; pe radiotherapy a ; br excluded | hormone refractory; failed >=1 nonhormonal therapy
H0281 | ct MEL ; st III,IV,metastatic,unresectable ; md not_required - ; bm PMEL expression pos ; bm MLANA expression pos ; br excluded_unless_treated_stable | gp100 and MART-1 both required
H0282 | ps karnofsky 60-100
H0283 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; st recurrent,refractory ; pl 1- ; md not_required - ; ct BRAIN x ; br excluded_unless_treated_stable ; ct GROUP:LEUKEMIA x ; ct PCM x | after first-line therapy; plasma cell dyscrasias -> PCM
H0284 | ct COADREAD ; tr other | localized colonic tumour causing obstruction
H0285 | ct NPC ; st recurrent
H0286 | ps ecog 0-1 | Zubrod
H0287 | ct COADREAD ; st metastatic,recurrent ; pl 0-0 metastatic ; md not_required - ; br excluded ; tr other | untreated OR recurrent after DFI >=1 yr; biopsy-accessible
H0288 | pe chemotherapy ; pe radiotherapy ; pe radioimmunotherapy ; br excluded_unless_treated_stable | alternatives; responsive disease; treated CNS disease allowed
H0289 | pe surgery x | major oesophageal surgery
H0290 | ps ecog 0-2 ; tr infection,pregnancy_contraception,other_malignancy | flattened paragraph; SWOG scale
H0291 | ct BRCA ; st II,III ; tr other | tumour >2 cm; tissue available
H0292 | st IIIA,IIIB,IV,IIB | IIB non-bulky only
H0293 | tr other | skeletal pain allowed if imaging negative for mets
H0294 | age 18-70 ; sex male ; tr organ_function,other | flattened paragraph; hypersensitivity, emesis, communication
H0295 | age -19 ; tr lab_values,organ_function | flattened paragraph; under 19 at diagnosis
H0296 | pe chemotherapy a ; tr concurrent_medication
H0297 | age -65 ; ps ecog 0-1 ; tr organ_function,comorbidity,infection | flattened paragraph; Zubrod
H0298 | ct PAAD ; st I,II ; pe surgery | resected
H0299 | ct COADREAD ; st metastatic,recurrent,unresectable ; md required - ; br excluded | locally recurrent
H0300 | ct PAAD ; ct UCP ; st locally_advanced,metastatic ; ct PANET x ; ct PAAC x ; ct PACT x ; md not_required - ; br excluded | chemoRT branch optional (not candidate alternative)
H0301 | pe chemotherapy,radiotherapy x ; pe surgery a | diagnostic/staging thoracotomy allowed
H0302 | tr washout | starts mid-list; surgery washout
H0303 | tr washout
H0304 | age 18- ; ps karnofsky 70-100 ; tr life_expectancy,comorbidity,pregnancy_contraception | flattened paragraph; PKU
H0305 | tr washout
H0306 | ct IDC ; pe surgery x | primary tumour intact
H0307 | br excluded
H0308 | none | any stage
H0309 | br excluded
H0310 | md required -
H0311 | pe chemotherapy x ; pe radiotherapy a ; pe surgery a | flattened paragraph
H0312 | pe chemotherapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph
H0313 | st metastatic x | normal staging CT
H0314 | ct NSCLC ; st IIIB,IV,unresectable | not fit for surgery/radical RT
H0315 | ct PLMESO ; st unresectable ; md required - ; br excluded | epithelial/sarcomatoid/mixed subtypes
H0316 | tr concurrent_medication
H0317 | age 18- ; ps ecog 0-2 ; tr lab_values,organ_function,comorbidity,pregnancy_contraception,infection | flattened paragraph; CALGB scale
H0318 | ct BRAIN ; tr other | educational-value CNS tumours
H0319 | ct MEL ; st IIIA ; tr other | MDA staging, IIIAB no value; extremity
H0320 | st rai:IV
H0321 | ct GROUP:NHL ; pl 1- ; pe chemotherapy | failed first-line chemo
H0322 | pe radiotherapy a ; tr other | prior RT marrow extent limit
H0323 | tr washout
H0324 | tr other | prior biliary drainage / ERCP failure; garbled wording
H0325 | ct BLCA ; st locally_advanced,metastatic ; pl 1-1 ; pe chemotherapy ; pe taxane,gemcitabine x ; md required - ; br excluded | regional -> locally_advanced; metastatic or peri-operative setting
H0326 | ct BRAIN | confirmed or presumed malignant primary brain tumour
H0327 | ps karnofsky 70-100
H0328 | pe topoisomerase_inhibitor x | camptothecin and analogues
H0329 | pe immunotherapy a | at most one prior immunotherapy regimen
H0330 | ct COADREAD ; st metastatic ; tr other | 1-5 liver mets, size/volume limits, no extrahepatic mets
H0331 | md not_required -
H0332 | ct CESC ; ct CEAS ; st metastatic,recurrent,refractory,unresectable ; pe surgery ; pe radiotherapy ; md required - | alternatives for recurrent branch
H0333 | ct BRCA ; sex female ; age -50 | cases; age at diagnosis
H0334 | br required | truncated; primary site not stated
H0335 | ct HGGNOS ; ct GB ; ct GSARC ; ct ASTR3 ; ct ODG3 ; st recurrent ; pe radiotherapy | anaplastic oligoastrocytoma no code; RT with or without chemo
