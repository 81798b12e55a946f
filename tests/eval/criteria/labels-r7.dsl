# Round 7 (session 11): fifth untouched holdout (holdout5), labelled by four labellers (ids interleaved, 72-73 each) from item text and section only, under the round-5 brief; committed before the parser was run on any item.
# Labeller 1, round 7
G0001 | tr concurrent_medication | antidepressant-free 2 weeks or fixed psychotropic regimen
G0005 | ct APLPMLRARA ; bm PML-RARA fusion pos ; tr other | RT-PCR confirmation; PML-RARA negative removed; may enter before PCR result
G0009 | ct ODG3 ; ct HGGNOS ; st newly_diagnosed,recurrent ; md required - ; tr other | flattened paragraph; anaplastic oligoastrocytoma no own code -> HGGNOS; not requiring immediate RT; progressive also eligible
G0013 | pe radiotherapy ; tr other | definitive EBRT >=5000 cGy dose
G0017 | ct PCM ; st refractory,relapsed ; pe chemotherapy ; pl 1- | after first-line standard chemotherapy
G0021 | pe stem_cell_transplant a ; pe anthracycline a ; tr other,concurrent_medication | flattened paragraph; <=1 prior autologous PBSCT; anthracycline dose cap; recovered; no antihypertensives around amifostine
G0025 | ct OVT ; ct PSEC ; st IIB,III,IV ; br excluded_unless_treated_stable ; tr other | flattened paragraph; fallopian tube under OVT; mixed epithelial/non-epithelial and borderline tumours excluded (no generic code); symptomatic brain mets
G0029 | ct PAAD ; st II,III,IV ; st unresectable ; tr other | flattened paragraph; no symptomatic third-space fluid
G0033 | br excluded ; tr comorbidity | seizure disorder
G0037 | ct GNOS ; st recurrent ; pe radiotherapy ; md not_required - | flattened paragraph; glioma subtype list -> class; progression after RT
G0041 | pe chemotherapy,radiotherapy x | flattened paragraph
G0045 | ct GROUP:SOLID ; st metastatic,refractory ; pl -2 metastatic ; pe stem_cell_transplant x ; ct GROUP:HEME x ; br excluded | flattened paragraph; no prior high-dose chemo with BMT/PBSCT; leptomeningeal excluded
G0049 | pe platinum ; pe anthracycline x | flattened paragraph; 4-6 platinum-based courses (cycles, not lines); cisplatin/carboplatin as i.e. -> class
G0053 | tr washout | unless progression
G0057 | tr washout
G0061 | pe tyrosine_kinase_inhibitor ; tr lab_values,other | grade >=3 thrombocytopenia on TKI; recurrent or dose reduction
G0065 | ct UTUC x | upper tract TCC excluded by IVP
G0069 | ct ESCA ; ct GEJ ; st IV,recurrent ; md required - | flattened paragraph; gastric cardia -> GEJ
G0073 | ct GROUP:ANY ; st metastatic | no better therapy; encouraged tumour types not required
G0077 | ct SCLC ; st limited_stage ; pe chemotherapy ; pe radiotherapy ; pl 1-1 ; tr other | flattened paragraph; completed first-line chemo + chest RT; no progression; CR/PR required
G0081 | pe chemotherapy x ; pe gemcitabine x ; tr washout | flattened paragraph; no chemo for advanced/metastatic disease; adjuvant washout
G0085 | pe chemotherapy,radiotherapy x | flattened paragraph
G0089 | drop | descriptive prose about accrual, not a criterion
G0093 | tr other_malignancy
G0097 | tr other_malignancy
G0101 | tr other,concurrent_medication | flattened paragraph; recovered from chemo/RT; no other concurrent chemo
G0105 | tr washout ; pe hormonal_therapy a | flattened paragraph; prior steroids allowed
G0109 | drop | list heading ("Oral signs (at least one)") without criterion
G0113 | pe radiotherapy,surgery a | flattened paragraph
G0117 | ct CML a ; ct PCM a ; ct GROUP:LYMPHOMA a ; ct AML a ; ct CLLSLL a ; ct BLL a | normal volunteers or haematologic malignancy; ALL -> BLL
G0121 | tr concurrent_medication | flattened paragraph; no concurrent biologics, mAbs, BMT, chemo, RT
G0125 | pe chemotherapy,radiotherapy x | emergency RT excepted
G0129 | pe immunotherapy,chemotherapy x ; pe surgery ; tr washout,concurrent_medication,other | flattened paragraph; prior nephrectomy required; irradiated target lesions need progression; no concurrent hormones/surgery/tetracyclines
G0133 | pe chemotherapy,radiotherapy x | for lymphoma
G0137 | br excluded | irradiated or new CNS mets excluded
G0141 | ct HCC ; st unresectable ; st metastatic x ; tr other | flattened paragraph; confined to liver; vessel, tumour number/size limits
G0145 | pl 0-0 ; pe radiotherapy,octreotide,bromocriptine,lanreotide,surgery x | any prior acromegaly treatment excluded; listed after "including"
G0149 | tr washout | TNF antagonists and other immunosuppressants within 1 year; examples after i.e.
G0153 | ct GB ; st newly_diagnosed | diagnosed within 6 weeks; grade IV
G0157 | pe radiotherapy x ; tr other | no RT to primary area; planned field limits
G0161 | pe bcg x ; tr washout,concurrent_medication,other | flattened paragraph; bladder RT washout; no prior tuberculostatic therapy; no local antiseptics/antibiotics
G0165 | pe chemotherapy x ; pe radiotherapy a ; pe surgery ; tr washout,other | flattened paragraph; RT marrow extent limit; debulking within 8 weeks
G0169 | tr other,washout | flattened paragraph; recovered from toxicity
G0173 | tr washout | cancer treatment incl RT within 28 days
G0177 | tr other | metastasis to endometrium from another primary excluded; no code
G0181 | ct GROUP:SOLID ; st metastatic | disseminated; not eligible for more effective regimens
G0185 | ct GROUP:SOLID ; br excluded | flattened paragraph; not amenable to standard therapy; leptomeningeal excluded
G0189 | ct NBL ; st metastatic ; st recurrent,refractory ; pl 1- ; pe chemotherapy ; pe surgery ; br excluded ; tr comorbidity | flattened paragraph; disseminated; refractory = <CR to induction chemo + surgery; encephalopathy
G0193 | pe chemotherapy,radiotherapy x | flattened paragraph
G0197 | ct LGGNOS ; st recurrent | subtype list follows (truncated)
G0201 | ct THME ; st unresectable,metastatic | alternatives; truncated
G0205 | age 18- ; ct COADREAD ; pe surgery ; st recurrent | suspected recurrence after resection
G0209 | pe chemotherapy x
G0213 | st newly_diagnosed ; pl 0-0 | acromegaly (no cancer code); newly diagnosed or untreated alternatives
G0217 | pe radiotherapy x | head and neck region
G0221 | age 21- ; ct UM ; st metastatic x ; tr other | choroidal melanoma -> UM; one eye; tumour thickness measurable by echography
G0225 | pe chemotherapy x ; tr concurrent_medication | flattened paragraph; concurrent palliative RT allowed
G0229 | pe chemotherapy a ; tr other | recovered
G0233 | pl 0-0 ; pe surgery a | no prior treatment for H&N cancer; excisional biopsy allowed
G0237 | pe radiotherapy x | RT to brain
G0241 | ct SM ; ct SMMCL | mast cell leukaemia named after "including"
G0245 | tr other_malignancy
G0249 | tr concurrent_medication | oral hygiene regimen
G0253 | ct NSCLC ; st I,II,III ; pe surgery ; tr washout,other | flattened paragraph; completely resected with clear margins within 60 days
G0257 | tr other | MEN1 genetic OR clinical criteria; no required biomarker
G0261 | ct PRAD ; st refractory ; pe hormonal_therapy ; pe surgery,radiotherapy a ; bm HLA-A1 - pos ; bm HLA-A2 - pos ; md not_required - ; br excluded_unless_treated_stable ; tr lab_values | flattened paragraph; phase I androgen-independent (PSA, castrate T); phase II post surgery/RT without hormones also eligible; HLA-A1 or A2 alternatives
G0265 | tr other_malignancy
G0269 | ct AML ; st recurrent,refractory,relapsed ; pl 1- ; ct MDS a ; pe stem_cell_transplant a ; br excluded | flattened paragraph; "adult AML" disease term, no age; AML from MDS allowed; transplant-ineligible or failed transplant
G0273 | tr washout
G0277 | ct SOFT_TISSUE ; tr infection | AIDS-related Kaposi sarcoma -> SOFT_TISSUE
G0281 | ct GROUP:SOLID ; br excluded | flattened paragraph; not amenable to standard therapy; leptomeningeal excluded
G0285 | tr washout,lab_values,other | washout conditional on counts; recovered / stem cells collected
G0289 | ct SKCM ; st IIA,IIB ; st resectable ; pe surgery ; st metastatic x ; bm HLA-A2 - pos ; tr other | flattened paragraph; rendered disease free; nodes uninvolved; surgery timing
# Labeller 2, round 7
G0002 | ct PRAD ; st metastatic x ; pe surgery ; pe radiotherapy ; tr lab_values,other | flattened paragraph; limited to prostate, negative scans; PSA rise after surgery OR after RT (alternatives); no PSA progression on prior chemo/hormones
G0006 | pe chemotherapy x ; pe tamoxifen a ; tr concurrent_medication | flattened paragraph; CSFs allowed; short adjuvant tamoxifen allowed; no concurrent cytotoxics or long-term prednisone/hormones
G0010 | tr concurrent_medication,washout | flattened paragraph; no concurrent steroids/anabolics/progestins; megestrol washout only
G0014 | pe chemotherapy,radiotherapy x | flattened paragraph; for Hodgkin's disease
G0018 | ct BLL ; age 18- ; st relapsed,refractory ; bm BCR-ABL1 - pos ; tr lab_values | ALL -> BLL; alternatives: adult CR1 with high-risk features (t9;22 one of several; presenting WBC) or second remission/induction failure/relapse
G0022 | ct GB ; ct ASTR3 ; ct GSARC ; st recurrent ; st refractory ; pe nitrosourea ; pl 1- ; md required - | flattened paragraph; recurrent or progressive; nitrosourea-resistant
G0026 | ct COADREAD ; st resectable ; st metastatic a | primary or metastatic; undergoing resection
G0030 | pe immunotherapy x ; pl -1 ; pe radiotherapy x ; tr washout | flattened paragraph; cytokine -> immunotherapy; counts for mullerian tumours; pelvic RT; other-chemo and surgery washouts
G0034 | ct PCM ; tr other | eligible for FHCRC transplant protocol (planned treatment, no exposure)
G0038 | ct RCC ; tr other | kidney tumour -> RCC (generic organ -> main carcinoma); size < 4 cm
G0042 | tr concurrent_medication,washout | flattened paragraph; no concurrent chemo/RT/laser; washouts
G0046 | pe chemotherapy,radiotherapy x | for NSCLC
G0050 | tr washout | immunotherapy washout and recovered
G0054 | tr concurrent_medication | flattened paragraph; stable antiretrovirals; no concurrent chemo/hormones/RT
G0058 | ct SOFT_TISSUE | list item; non-rhabdomyosarcoma (soft tissue) sarcoma -> SOFT_TISSUE
G0062 | pl -1 ; pe vinorelbine x ; pe radiotherapy a ; tr washout,other | flattened paragraph; marrow RT extent limit; recovered from RT
G0066 | pe radiotherapy a ; tr other | prior RT dose limit to chest/abdomen
G0070 | pe radiotherapy a ; tr washout,other | flattened paragraph; no wide-field RT, marrow RT extent limit; recovered from surgery
G0074 | pl 0-0 ; pe chemotherapy,retinoid x ; pe hydroxyurea a | no prior systemic therapy for APL incl. chemo/retinoids; steroids, hydroxyurea, leukapheresis allowed
G0078 | ct NSCLC ; st III,IV ; st unresectable ; pe chemotherapy x | flattened paragraph; stage III not curable by surgery/RT OR stage IV; chemo naive
G0082 | ct PCM ; br excluded ; tr lab_values,comorbidity | flattened paragraph; M-protein; CNS lesion read as CNS disease; CNS bleed
G0086 | tr washout | recovered and 30 days since last treatment
G0090 | tr concurrent_medication,washout | flattened paragraph; no concurrent biologics/chemo/investigational/acetaminophen; RT washout
G0094 | pe chemotherapy,radiotherapy x
G0098 | st refractory ; pl 1- ; pe chemotherapy ; md required - | starts mid-list (first-line regimen examples); refractory to first- or second-line regimen; examples give class only
G0102 | tr washout | flattened paragraph
G0106 | ct NSCLC ; st III ; st unresectable
G0110 | pe radiotherapy a ; tr other | prior RT dose limit at implant site
G0114 | pe gene_therapy x | adenovirus gene therapy
G0118 | pl -1 ; pe gemcitabine,irinotecan x ; tr washout,concurrent_medication | flattened paragraph; <=1 chemo or chemoRT regimen; cranial RT washout; no concurrent cranial RT
G0122 | ct GROUP:SOLID ; md not_required - | no effective therapy exists: no pl/refractory
G0126 | ct HNSC ; st III,IV | H&N site list, histology unstated; TNM not mapped
G0130 | pl -2 ; tr washout | recovered
G0134 | ct GROUP:SOLID ; st metastatic ; st recurrent,refractory ; br excluded_unless_treated_stable ; tr other | flattened paragraph; controlled effusions allowed; brain mets if symptoms controlled
G0138 | tr washout | chemo/RT washout and recovered
G0142 | pe gemcitabine,chemotherapy,radiotherapy x | flattened paragraph; chemo for pancreatic cancer; RT to pancreas
G0146 | ct PAAD ; st unresectable,locally_advanced,III,metastatic,IV ; ct GBC a ; ct CHOL a ; ct PANET x ; ct GROUP:LYMPHOMA x ; br excluded | flattened paragraph; biliary tract -> CHOL; pancreatic endocrine tumours/lymphoma excluded
G0150 | tr concurrent_medication | stable antibacterial regimen
G0154 | ct GROUP:SOLID ; br excluded_unless_treated_stable ; tr other | no standard curative therapy OR refractory: no pl/refractory; imaging suitability
G0158 | ct GROUP:ANY ; pe chemotherapy ; pe hormonal_therapy ; tr concurrent_medication,other | alternatives: ongoing chemo or hormonal therapy; POMS fatigue/depression scores
G0162 | tr other | metastatic status documented by imaging
G0166 | pl 0-0 ; tr concurrent_medication | no prior therapy for Hodgkin's disease
G0170 | ct GROUP:SOLID ; ct GB a ; br excluded_unless_treated_stable ; md not_required - ; ct GROUP:LEUKEMIA x ; ct PCM x ; tr concurrent_medication,other | flattened paragraph; no curative therapy; GBM allowed if stable on dexamethasone; no marrow involvement
G0174 | ct LXSC ; st early_stage | laryngeal cancer -> LXSC
G0178 | br excluded
G0182 | pe surgery x | bowel resection
G0186 | ct SCLC ; st refractory ; pe platinum ; pl 1- ; md required - ; br excluded_unless_treated_stable | flattened paragraph; platinum-refractory; symptomatic/leptomeningeal excluded
G0190 | ct PAAD ; st locally_advanced,unresectable ; st metastatic x ; tr other | completely resected disease excluded
G0194 | ct CERVIX ; st metastatic,IVB,recurrent ; md required - ; br excluded_unless_treated_stable | flattened paragraph; squamous/adeno/adenosquamous -> CERVIX; not amenable to curative therapy
G0198 | ct GROUP:SOLID ; st recurrent,refractory ; md not_required - | evaluable disease
G0202 | ct MEL ; st IIIA,IIIB,recurrent,IV ; st resectable | alternatives; considered for curative surgery or ILP
G0206 | pl 0-0
G0210 | tr other | telephone interview in English
G0214 | pe surgery a
G0218 | pe radiotherapy,chemotherapy x | for this malignancy
G0222 | ct COAD ; st metastatic ; st resectable ; bm CEA expression pos cells%>=50 | flattened paragraph; colon cancer -> COAD; resectable liver or other metastases
G0226 | tr other | family history
G0230 | pe stem_cell_transplant x ; pe paclitaxel ; pe platinum ; pl 1- ; pe radiotherapy x | flattened paragraph; cisplatin or carboplatin -> platinum; chest wall RT for breast cancer excepted
G0234 | br excluded
G0238 | ct GROUP:SOLID ; st refractory ; md not_required - ; br excluded ; tr lab_values | flattened paragraph; refractory stated; tumour-marker evaluable alternative
G0242 | ct GROUP:SOLID ; st recurrent,refractory ; md not_required - ; ct BRAIN x ; br excluded_unless_treated_stable ; tr lab_values | flattened paragraph; tumour list as examples; measurable marker alternative; no primary CNS or active CNS mets
G0246 | st relapsed ; pe bleomycin,etoposide,cisplatin ; pl 1-1 | first relapse after first-line BEP
G0250 | tr concurrent_medication
G0254 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; st advanced ; pl 1- ; ct GROUP:LEUKEMIA x ; ct PCM x ; br excluded_unless_treated_stable | flattened paragraph; failed standard therapy AND no standard options; treated stable CNS lesions allowed
G0258 | ct GB | subtype list item
G0262 | tr washout,concurrent_medication | flattened paragraph; no concurrent chemo or antiemetic dexamethasone
G0266 | pe chemotherapy x | for NSCLC
G0270 | ct HNSC ; st recurrent,metastatic,locally_advanced,unresectable ; md required - ; br excluded ; tr other | flattened paragraph; incurable by surgery/RT; lesion in prior RT field rule
G0274 | tr other | bronchoscopically visible tumour
G0278 | ct PRAD ; st newly_diagnosed | histologic proof within 6 months
G0282 | ct SCLC ; st limited_stage
G0286 | ct PRAD ; st refractory ; pe hormonal_therapy | hormone refractory
G0290 | tr washout,other | chemo washout only; no RT to areas of current disease
# Labeller 3, round 7
G0003 | ct NSCLC ; st III,IV ; st unresectable ; pe chemotherapy x | flattened paragraph; stage III not curable by surgery/RT -> unresectable; chemo naive = exposure only
G0007 | st relapsed a ; tr other | section unknown; relapsed and re-treated allowed; LBL re-treated on ALL protocols excepted (conditional, no ct)
G0011 | ct SCCNOS | bare value under subtypes heading; organ not stated -> SCC NOS
G0015 | pe marimastat,batimastat,bleomycin,busulfan x ; pl -1 ; tr washout | flattened paragraph; <=1 cytotoxic regimen for NSCLC (disease of past treatment, no ct); investigational washout
G0019 | tr washout,other | flattened paragraph; recovered from biologic therapy; chemo/nitrosourea/RT washouts
G0023 | ct SOFT_TISSUE ; pl 1- ; tr infection,other ; md not_required - | flattened paragraph; Kaposi sarcoma -> SOFT_TISSUE; stable/progressing on standard therapy; HIV+; severe pulmonary KS excluded; measurable lesions OR edema
G0027 | pe chemotherapy,radiotherapy x ; pe surgery ; tr concurrent_medication,washout,other | flattened paragraph; laparotomy within 6 weeks and recovered; no concurrent immuno/hormonal/investigational
G0031 | ct COADREAD ; st advanced,metastatic,unresectable ; md required - ; pl 0-0 metastatic ; br excluded | flattened paragraph; distant mets not surgically curable; no prior treatment for disseminated disease
G0035 | ct CLLSLL | any stage; truncated
G0039 | tr infection | fever refractory to antimicrobials, infections excluded
G0043 | ct RCC ; st III,IV ; st resectable ; br excluded | flattened paragraph; scheduled for resection of primary
G0047 | ct OVT ; ct PSEC ; pe surgery ; pe cisplatin ; pl 1- ; tr other | flattened paragraph; fallopian under OVT; cytoreductive + second-look surgery; >=1 cisplatin-based regimen; residual <=1 cm
G0051 | pe chemotherapy x | no remission induction chemo for ALL (disease of past treatment, no ct)
G0055 | tr other | recovered from surgery
G0059 | ct GROUP:ANY ; br excluded | flattened paragraph; treated brain mets also excluded
G0063 | st relapsed ; pe stem_cell_transplant | relapsed after allogeneic transplant; truncated
G0067 | pe chemotherapy,radiotherapy,surgery x ; pl 0-0 | flattened paragraph; chest RT; no prior therapy for esophageal cancer
G0071 | br excluded
G0075 | tr organ_function | section unknown; renal/hepatic labs -> organ_function
G0079 | ct PRAD ; st metastatic ; st refractory ; pe hormonal_therapy ; pl -3 ; tr lab_values | flattened paragraph; hormone refractory; D1/D2 not mapped; <=3 prior endocrine manipulations; PSA rises (measurable alternative, no md)
G0083 | ct MIDDA ; ct PCM x ; tr lab_values,other | flattened paragraph; primary amyloidosis; paraprotein; other amyloidosis types excluded
G0087 | tr lab_values | garbled: PSA <10 before Synergo therapy
G0091 | tr other_malignancy
G0095 | ct COADREAD ; st unresectable,IV ; pe chemotherapy a ; md required - ; br excluded ; tr other | flattened paragraph; failed chemo OR refused other treatment (untreated qualify); liver involvement limit
G0099 | br excluded
G0103 | ct ACC ; st III,IV ; st unresectable ; md required - | flattened paragraph; incurable by surgery
G0107 | ct MDSEB ; ct CMML ; tr other | flattened paragraph; RAEB/RAEB-T -> MDSEB; diagnosed >=3 months; truncated
G0111 | tr washout | and recovered
G0115 | pe doxorubicin x ; tr washout | flattened paragraph; immunotherapy/chemo/investigational washouts
G0119 | pl -2 ; tr washout,concurrent_medication,other | flattened paragraph; <=1 combination OR <=2 single-agent regimens; no RT to sole index lesion
G0123 | pe biologic_therapy x | exclusion under Excluded:; BRMs or immunomodulators, interferon as example; prior vs concurrent unstated
G0127 | pl 0-0
G0131 | ct GROUP:SOLID ; ct BRAIN x ; br excluded ; tr other | flattened paragraph; not amenable to conventional therapy; lesions for biopsy and MRI
G0135 | ct RCC ; st metastatic ; pe surgery | after resection of primary
G0139 | tr concurrent_medication | flattened paragraph; estrogen, alcohol, antibiotics, antiemetics within 24 h of amifostine
G0143 | tr washout | and recovered
G0147 | pe chemotherapy,hormonal_therapy,radiotherapy x | flattened paragraph; hormonal for breast cancer; RT to breast
G0151 | ct PRAD ; st metastatic ; st refractory ; pe hormonal_therapy ; tr lab_values,concurrent_medication,other ; br excluded | flattened paragraph; hormone refractory; orchiectomy or LHRH agonist share class; symptomatic on stable pain medication
G0155 | st newly_diagnosed,resectable x | newly diagnosed curatively resectable disease excluded (conjunction)
G0159 | pe nitrosourea a ; tr washout,concurrent_medication,other | flattened paragraph; nitrosourea dose cap; stable steroids allowed
G0163 | tr washout,concurrent_medication | flattened paragraph; no concurrent corticosteroids
G0167 | ct FL ; pl 1- | failed induction therapy: pl 1-, no refractory
G0171 | tr organ_function,comorbidity | unstable patients, severe organ failure
G0175 | ct GROUP:SOLID ; st advanced ; ct BRAIN x ; br excluded | flattened paragraph; refractory or no standard therapy -> no refractory/pl
G0179 | pe topotecan x ; tr washout,concurrent_medication | flattened paragraph
G0183 | pe chemotherapy,radiotherapy,surgery x | flattened paragraph; to primary site or nodes; skin cancer RT outside field excepted
G0187 | ct STAD ; ct GEJ ; st unresectable ; md required - ; tr other | flattened paragraph; measurable outside prior RT portal
G0191 | ct MEL ; st IV ; pl -1 ; md required - ; br excluded_unless_treated_stable | flattened paragraph; no prior chemo OR <=1 regimen
G0195 | ct PAAD ; st advanced,unresectable ; md required - | flattened paragraph; inoperable
G0199 | ct GROUP:ANY ; pe chemotherapy x ; tr other | scheduled for platinum/doxorubicin chemo (planned, no exposure)
G0203 | ct HGGNOS ; st recurrent ; st resectable | malignant glioma -> HGGNOS; surgery indicated
G0207 | ct BRAIN | primary malignant brain tumour
G0211 | pe biologic_therapy,chemotherapy,radiotherapy x | flattened paragraph
G0215 | pe chemotherapy,radiotherapy,surgery x | flattened paragraph; H&N RT; diagnostic biopsy excepted
G0219 | br excluded | history of or current CNS leukaemia
G0223 | ct ADNOS ; st metastatic ; bm CEA expression pos ; pl 1- ; md not_required - ; br excluded | flattened paragraph; failed conventional therapy; measurable or evaluable; irradiated or new CNS mets excluded
G0227 | ct ODG3 | anaplastic = grade 3; bare value under subtypes heading
G0231 | ct SCCNOS | organ not stated -> SCC NOS
G0235 | tr infection | section unknown
G0239 | pl 1- neoadjuvant ; pe surgery | neoadjuvant chemo/targeted/immuno alternatives (no shared class) before radical lung surgery
G0243 | pe radiotherapy x | flattened paragraph; chest RT, locally involved nodes excepted
G0247 | tr comorbidity,other_malignancy | weight loss >10%; CIS cervix / skin cancer allowed
G0251 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; pelvic RT; no concurrent BRMs, investigational, sorivudine
G0255 | pl 0-0 ; pe radiotherapy a | minimal palliative RT for bone pain allowed
G0259 | ct GROUP:SOLID ; st advanced ; md not_required - ; br excluded_unless_treated_stable | flattened paragraph; refractory or no standard therapy -> no refractory/pl
G0263 | pe chemotherapy,radiotherapy,surgery x ; tr concurrent_medication,other_malignancy | flattened paragraph; biopsy only; no therapy for other malignancy; no co-trimoxazole
G0267 | ct NSCLC ; st IIIB,IV
G0271 | ct HNSC ; tr other | flattened paragraph; malignant or suspected H&N lesion for excisional biopsy; size limit; dysplasia/CIS/invasive (no stage)
G0275 | pl -2
G0279 | tr infection,concurrent_medication | stable on antiretroviral therapy
G0283 | none | all Not specified
G0287 | st refractory x | primary refractory excluded; second or later relapse excluded (no value)
# Labeller 4, round 7
G0004 | pe chemotherapy,radiotherapy,surgery x | flattened paragraph; no prior nephrectomy (hydronephrosis correction allowed)
G0008 | ct GROUP:ANY ; st metastatic a | abdominal cancer, no code; metastatic or primary
G0012 | pe biologic_therapy a ; pe melphalan a ; pe radiotherapy a ; tr other,concurrent_medication | flattened paragraph; melphalan dose cap; steroids for hypercalcaemia; pelvic RT allowed
G0016 | pl 1- | failed prior standard therapy
G0020 | pe chemotherapy a | flattened paragraph
G0024 | tr other | recovered from prior therapy toxicity
G0028 | tr other,washout | flattened paragraph; recovered; washouts
G0032 | pl -1 ; tr washout ; pe radiotherapy x | flattened paragraph; one prior chemo regimen allowed; mantle/hemibody/pelvic/spine RT excluded
G0036 | ct MDS ; tr other | section unknown; Fanconi anaemia MDS; clonal cytogenetics
G0040 | pe bcg ; pe radiotherapy x ; tr washout,concurrent_medication | flattened paragraph; BCG required if T1/Tis; pelvic RT; intravesical therapy within 30 days allowed; multivitamins
G0044 | ct OCSC ; ct OPHSC ; ct HPHSC ; ct LXSC ; st III,IVA,IVB ; st metastatic x | M0
G0048 | ct SOFT_TISSUE ; md required - ; tr other | Kaposi -> SOFT_TISSUE; >=5 measurable lesions; sites; lung involvement excluded
G0052 | tr other | RT to maximally tolerated levels excluded
G0056 | ct BLCA ; st newly_diagnosed,recurrent | Ta/T1 not mapped
G0060 | ct GROUP:ANY ; st unresectable,metastatic ; md not_required - ; ct GROUP:LYMPHOMA x ; ct GROUP:LEUKEMIA x ; br excluded_unless_treated_stable ; tr other | flattened paragraph; tumour predominantly in lung; AIDS-KS excluded (no code)
G0064 | pe radiotherapy x | RT for primary tumour
G0068 | ct CPC | choroid plexus carcinoma
G0072 | ct GROUP:SOLID ; st unresectable,metastatic ; br excluded_unless_treated_stable | flattened paragraph; no more effective therapy: no refractory
G0076 | pl 0-0 ; pe hormonal_therapy x | section unknown; for CLL; corticosteroids included (steroid convention)
G0080 | ct PCM ; st recurrent,refractory ; md required - ; pl 1-2 | flattened paragraph; measurable M-protein or marrow plasma cells
G0084 | ct BLCA ; st recurrent a ; tr other | flattened paragraph; stage Ta not mapped; recurrent no greater than T1; upper tract risk
G0088 | ct SOFT_TISSUE | Kaposi -> SOFT_TISSUE
G0092 | tr washout,concurrent_medication | flattened paragraph; antihypertensive hold
G0096 | pe doxorubicin a ; tr washout,concurrent_medication,other | flattened paragraph; doxorubicin dose recorded; no concurrent RT
G0100 | tr other_malignancy
G0104 | tr washout | examples of cancer therapy within 3-4 months
G0108 | ct NSCLC ; st unresectable ; br allowed ; pe chemotherapy ; pl 1- ; st refractory ; md not_required - | flattened paragraph; incurable by surgery/RT; resistance to prior chemo
G0112 | ct MDS x | RAEB-t -> MDS
G0116 | ct SEM ; st I | classical or anaplastic seminoma
G0120 | ct HCC ; st metastatic x ; br excluded | no extrahepatic metastases incl. brain CT
G0124 | pe chemotherapy x | flattened paragraph; no prior systemic chemotherapy
G0128 | ct OCSC ; st resectable ; st metastatic x ; tr other | flattened paragraph; T2-T4 N0-3 not mapped; M0; reconstruction
G0132 | ct SOFT_TISSUE ; tr infection | Kaposi -> SOFT_TISSUE; or HHV-8 seropositive
G0136 | pl 0-0 | for prostate cancer
G0140 | tr washout,other | flattened paragraph; washouts and recovered
G0144 | pe stem_cell_transplant a | prior therapy incl. BMT allowed
G0148 | ct PCM ; st refractory,relapsed ; pe chemotherapy ; pl 1- ; md not_required - ; tr lab_values,other | flattened paragraph; M-protein/plasmacytosis; Castleman disease alternative
G0152 | st metastatic x
G0156 | age 20-80 ; tr lab_values,organ_function,comorbidity,other_malignancy | flattened paragraph
G0160 | pe immunotherapy,chemotherapy,radiotherapy x ; pe surgery | flattened paragraph; thoracic RT; complete resection required
G0164 | ct USARC ; ct ULMS ; ct UCS ; ct ESS ; st I,II ; st metastatic x ; ct ULM x ; ct UMLMS a ; pe surgery | flattened paragraph; high-grade uterine sarcoma subtypes; MMMT -> UCS; resected, hysterectomy required
G0168 | tr washout | and recovered
G0172 | tr other | marrow involvement limit
G0176 | pl 0-0
G0180 | ct PRAD ; st metastatic x ; tr other | undergoing radical prostatectomy
G0184 | br excluded | normal brain CT/MRI
G0188 | pe biologic_therapy a ; tr washout | flattened paragraph; one prior BRM allowed
G0192 | tr concurrent_medication,infection | section unknown; stable antiretroviral therapy
G0196 | tr washout
G0200 | tr washout | BRM/immunotherapy within 4 weeks
G0204 | pe hormonal_therapy ; tr concurrent_medication ; pe strontium_chloride_sr89 x ; pe radiotherapy a ; pe surgery a ; tr other | flattened paragraph; hemibody/TBI excluded, local-field RT allowed; castration allowed
G0208 | pe chemotherapy,radiotherapy x | flattened paragraph; thoracic or neck RT
G0212 | ct BRCA ; st recurrent,metastatic
G0216 | pe chemotherapy x ; pe surgery a ; tr concurrent_medication,washout | flattened paragraph
G0220 | pe chemotherapy x ; tr washout,concurrent_medication | flattened paragraph; hormone/strontium washouts; LHRH continue
G0224 | ct GROUP:ANY ; st refractory ; pl 1- | progression on prior therapy required
G0228 | ct PCM ; pl 1- ; tr lab_values,other ; br excluded | flattened paragraph; >12 months prior therapy; plasmacytosis/protein; no myelodysplastic changes
G0232 | pe cisplatin,oxaliplatin,nitrosourea,mitomycin x ; pl 1-2 ; pe irinotecan a ; pe radiotherapy x ; tr washout,other | flattened paragraph; pelvic/marrow/measurable-site RT excluded
G0236 | ct GBC ; ct CHOL ; st metastatic,recurrent,unresectable ; md not_required - ; br excluded_unless_treated_stable | flattened paragraph; bile duct -> CHOL (closed to bile duct 1999)
G0240 | ct OVT ; ct PSEC ; tr lab_values,other ; st recurrent x ; pe platinum ; pl 1-1 | flattened paragraph; fallopian under OVT; CA125; no evident disease; LMP tumours excluded (no single code)
G0244 | tr other | central venous line
G0248 | pe radiotherapy,chemotherapy x | pelvic RT
G0252 | br excluded | leptomeningeal too
G0256 | tr concurrent_medication,washout | flattened paragraph
G0260 | ct GROUP:SOLID ; st advanced ; md required - ; br excluded | flattened paragraph; no standard therapy OR refractory: no refractory stage
G0264 | ct GROUP:LYMPHOMA x ; tr other | visceral KS excluded
G0268 | pe photosensitizer x | systemic photosensitiser with residual photosensitivity
G0272 | tr comorbidity
G0276 | ct PRAD ; st unresectable | stage B/C/D not mapped; not amenable to surgery
G0280 | tr other_malignancy,comorbidity,concurrent_medication | no further RT/chemo anticipated
G0284 | pe chemotherapy x
G0288 | pe biologic_therapy,chemotherapy,hormonal_therapy,radiotherapy,surgery x | flattened paragraph; H&N RT
