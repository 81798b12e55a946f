# Round 5 (session 10): fourth tuning set, labelled by four labellers (70 items each) from item text and section only, before the parser was run on any item.
# Labeller 1, round 5
F0001 | tr other | recovered from surgery
F0002 | ct NSCLC ; pl 0-0 ; st II,IIIA,IIIB ; st unresectable ; md required - ; st metastatic x ; tr other | flattened paragraph; unresectable OR refused surgery; CT-guided access
F0003 | pe chemotherapy x | for recurrent disease
F0004 | ct PRAD ; st metastatic ; st refractory ; pe hormonal_therapy ; md not_required - ; tr lab_values ; br excluded | flattened paragraph; hormone refractory; orchiectomy or hormonal therapy share class; PSA rises
F0005 | ct OVT ; st III,IV ; st refractory ; pe paclitaxel ; pe platinum ; pl 1- ; md required - ; br excluded ; tr other | flattened paragraph; platinum resistant; CA-125 alone not enough
F0006 | tr other | prior therapy must not preclude study therapy
F0007 | pe procarbazine,isotretinoin x ; tr washout ; pe radiotherapy a ; tr concurrent_medication | flattened paragraph; no tetracyclines
F0008 | pe chemotherapy x | for advanced disease
F0009 | ct AML
F0010 | pe chemotherapy a | as part of primary treatment
F0011 | ct GROUP:NHL ; st relapsed,refractory ; pl 1- ; pe cyclophosphamide,doxorubicin,vincristine,prednisone ; ct MDS x ; ct CML x | flattened paragraph; CHOP only in refractory branch
F0012 | pe chemotherapy,radiotherapy x ; pe tamoxifen a | flattened paragraph
F0013 | pe chemotherapy,radiotherapy x ; pe surgery a ; tr other | flattened paragraph; only cytoreductive surgery allowed; recovered
F0014 | ct SCLC ; pl 0-0 ; ct CSCLC x ; st extensive_stage,metastatic ; md not_required - ; br excluded_unless_treated_stable | flattened paragraph; mixed histology excluded; metastatic or effusion alternatives
F0015 | ct RCC ; st metastatic ; pl 0-0 metastatic | first-line setting
F0016 | ct MEL ; st metastatic ; br excluded ; md required - ; tr other | flattened paragraph; liver replacement limit, nerve involvement
F0017 | ct GROUP:LEUKEMIA ; st refractory | acute leukaemia any type
F0018 | pe radiotherapy x | thoracic RT
F0019 | ct GROUP:SOLID ; tr other | examples list; failed or no standard therapy; no marrow involvement
F0020 | pe chemotherapy x ; tr washout,other | flattened paragraph; no RT to measurable sites
F0021 | ct PAAD ; st metastatic ; md required - ; br excluded | flattened paragraph
F0022 | pe chemotherapy x
F0023 | tr other,comorbidity | bowel surgery history or planned
F0024 | pl 1-2 ; pe biologic_therapy ; pe fluorouracil | alternatives; examples of biologics
F0025 | tr other | minimal effusion allowed
F0026 | ct OVT ; st III,IV ; pe surgery ; pe platinum a ; br excluded ; tr other | flattened paragraph; debulked; residual >1 cm for stage III; at most 1 platinum course
F0027 | pe intraperitoneal_therapy x
F0028 | tr comorbidity
F0029 | tr washout | and recovered
F0030 | ct HGGNOS a ; pe radiotherapy a | progressed LGG after RT eligible
F0031 | ct MRT | item in tumour list
F0032 | pl 0-0 | for AML
F0033 | ct NSCLC ; st IIIA ; st metastatic x | N2 M0; histology list
F0034 | ct OVT ; ct PSEC ; st recurrent ; md required - ; pe platinum ; pl 1-1 ; tr other | flattened paragraph; platinum sensitive interval
F0035 | pe stem_cell_transplant x ; tr washout | RT/chemo within 4 weeks
F0036 | ct GROUP:SOLID ; st advanced,recurrent ; pl 1- | progressed after standard therapy
F0037 | pe radiotherapy x | pelvic or abdominal
F0038 | pe radiotherapy a ; tr other | marrow extent limit
F0039 | tr other | enrolled on named front-line studies
F0040 | pe radiotherapy x | to pancreas, liver, upper GI
F0041 | ct NSCLC
F0042 | ct NBL ; st refractory ; tr lab_values | or small round cell tumour with raised catecholamines
F0043 | ct GROUP:SOLID ; st metastatic,recurrent ; br excluded | failed or no standard therapy
F0044 | tr other_malignancy
F0045 | pe stem_cell_transplant x ; tr concurrent_medication,other | flattened paragraph; RT precluding TBI
F0046 | pe chemotherapy,radiotherapy x ; tr other_malignancy | section unknown; overlapping RT fields
F0047 | br excluded_unless_treated_stable | symptomatic excluded
F0048 | pl 0-0 | adjuvant therapy excepted
F0049 | pe chemotherapy ; tr washout | within 4-8 weeks of chemo
F0050 | pe stem_cell_transplant x ; tr concurrent_medication,washout,other | flattened paragraph; growth factor/epoetin allowed; plasmapheresis
F0051 | tr concurrent_medication ; pl 0-0 | flattened paragraph
F0052 | pe chemotherapy x
F0053 | ct GB ; st newly_diagnosed ; st recurrent x ; st metastatic x | flattened paragraph; diagnosed within 5 weeks; no spread outside supratentorial
F0054 | ct HGGNOS | anaplastic oligoastrocytoma, no own code
F0055 | ct MEL ; st metastatic ; ct UM a ; pl -3 ; md required - ; br excluded_unless_treated_stable ; tr other | flattened paragraph; choroidal or non-choroidal branches; higher-priority protocol
F0056 | ct PLMESO ; st I,II,III ; tr other | pleural space for catheter
F0057 | ct SOFT_TISSUE ; st relapsed | Kaposi sarcoma -> SOFT_TISSUE
F0058 | pe radiotherapy a | pelvic
F0059 | tr washout
F0060 | pe chemotherapy,radiotherapy,surgery x | flattened paragraph; biopsy allowed
F0061 | ct BRCA ; st II,IIIA,IIIB,IV ; pe surgery,radiotherapy x | section unknown; no local therapy to breast/axilla
F0062 | pl 0-0 ; pe surgery a | curative surgery allowed
F0063 | pe radiotherapy ; pe surgery | alternatives; truncated
F0064 | ct GROUP:SOLID ; st relapsed ; ct BRAIN x ; br excluded | relapsed or incurable
F0065 | pe radiotherapy x | head or neck
F0066 | tr other_malignancy
F0067 | pe chemotherapy,hormonal_therapy,radiotherapy,surgery a ; tr washout,other,concurrent_medication | flattened paragraph; cisplatin washout; nephrotoxic meds
F0068 | pe biologic_therapy,chemotherapy x ; tr washout | flattened paragraph; for prostate cancer; antiandrogen washouts
F0069 | ct CLLSLL ; ct GROUP:NHL ; ct PCM ; st relapsed,refractory
F0070 | tr other | recovered from surgery
# Labeller 2, round 5
F0071 | tr other_malignancy
F0072 | tr washout
F0073 | ct CERVIX ; pl 0-0 ; st locally_advanced ; st IB,IIA,IIB,IIIA,IIIB,IVA ; tr other | IB2, IIA>4cm, IIB-IVA expanded; planned lymphadenectomy
F0074 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; pelvic/mediastinal RT; steroids, anticonvulsants
F0075 | tr other | vessel invasion bleeding risk
F0076 | tr infection,other_malignancy,other | meningitis-only lymphoma without mass excluded
F0077 | ct BRAIN ; br allowed | primary or metastatic brain tumour; brainstem glioma histology waiver
F0078 | tr washout,concurrent_medication | flattened paragraph; heparin anticoagulation excluded
F0079 | pe chemotherapy x | for leukaemia
F0080 | ct AML ; st relapsed,refractory | no curative standard therapy
F0081 | pl -2
F0082 | pe chemotherapy x ; pe doxorubicin x ; pe radiotherapy x ; tr concurrent_medication,other | flattened paragraph; liposomal doxorubicin excluded, dose cap; RT for other malignancy; recovered
F0083 | pl 0-0 | untreated Hodgkin disease
F0084 | pe biologic_therapy a
F0085 | tr washout
F0086 | ct BLL ; st relapsed,refractory ; pl 1-2 ; br allowed | ALL -> BLL; 1-2 prior inductions; CNS involvement allowed
F0087 | tr washout | LHRH within 6 months excluded
F0088 | ct GROUP:LYMPHOMA ; st III,IV
F0089 | st metastatic x ; tr other | N0 node-negative
F0090 | pe immunotherapy,chemotherapy,anthracycline,radiotherapy x ; pe isolated_limb_perfusion x ; tr other | flattened paragraph; adjuvant therapies excluded; not previously on protocol
F0091 | pe gemcitabine x ; pl -1 ; tr washout | flattened paragraph
F0092 | ct CML x | blast-phase CML excluded
F0093 | pe chemotherapy x ; pe radiotherapy a ; tr washout,other | flattened paragraph; palliative RT allowed; recovered from surgery
F0094 | pe chemotherapy x
F0095 | tr washout
F0096 | tr comorbidity,concurrent_medication ; pe retinoid x | flattened paragraph; prior coronary bypass excluded
F0097 | tr concurrent_medication | epoetin maintenance required
F0098 | br excluded ; tr comorbidity | aspirin contraindications
F0099 | pl 0-0 ; pe anthracycline x ; tr concurrent_medication | no sex hormones
F0100 | pe topotecan,topoisomerase_inhibitor x ; pl -1 ; pe surgery a ; tr washout | flattened paragraph; camptothecins as class
F0101 | ct BRCA ; sex female ; tr other | needle/incisional biopsy diagnosis
F0102 | st metastatic x
F0103 | tr other | questionnaire completion
F0104 | tr washout
F0105 | pe chemotherapy,radiotherapy x ; tr concurrent_medication,other | flattened paragraph; tamoxifen allowed; chemo timing after brachytherapy
F0106 | ct SOFT_TISSUE ; st resectable ; st metastatic x ; tr other | STS of extremity; artery for cannulation
F0107 | ct GROUP:NHL ; pe chemotherapy x ; tr other | section unknown; NCI CC admission
F0108 | ct PCM ; pe chemotherapy ; pl 1- ; st relapsed,refractory a ; tr other | alternatives: response, primary refractory, sensitive relapse; refractory relapse excluded; undergoing PBSCT
F0109 | ct SCLC ; st extensive_stage ; md required - ; br excluded_unless_treated_stable | flattened paragraph; carcinomatous meningitis excluded
F0110 | ct ESCA ; ct GEJ ; pl 1- ; pe chemotherapy | gastric cardia -> GEJ; progression despite chemo
F0111 | st relapsed ; br allowed | relapse in marrow, CNS or testes
F0112 | pe immunotherapy,chemotherapy,radiotherapy x ; tr washout | flattened paragraph; pelvic RT excluded
F0113 | ct OVT ; ct PSEC | extraovarian papillary serous
F0114 | ct GROUP:SOLID ; st advanced ; br excluded | tumour sites as examples
F0115 | tr other | cytogenetic abnormality before transplant
F0116 | pl 0-0
F0117 | ct OVT ; st III,IV ; st refractory,relapsed ; pe platinum ; pl 1- ; br excluded ; tr other | flattened paragraph; minimal residual disease; stem cells collected
F0118 | ct GROUP:NHL ; ct HL ; ct AML ; ct BLL ; ct CML ; ct CLLSLL ; ct PCM ; tr other | flattened paragraph; ALL -> BLL; transplant eligibility, CD34 dose
F0119 | ct UCEC ; st advanced,recurrent ; md required - | not amenable to curative surgery/RT
F0120 | ct PRAD ; st metastatic x ; tr other | T1b-T4b not mapped; N0/Nx; biopsy
F0121 | ct COADREAD
F0122 | pe chemotherapy,radiotherapy x | flattened paragraph; RT to bladder/indicator lesion
F0123 | ct MDS ; ct CMML ; tr lab_values | flattened paragraph; MDS subtypes; count thresholds
F0124 | ct BLL ; st relapsed,refractory ; pl 1- ; br allowed ; tr lab_values | flattened paragraph; ALL -> BLL; isolated CNS relapse excluded
F0125 | ct GROUP:ANY ; st advanced | sensitive OR refractory; tumour list as examples
F0126 | ct PCM
F0127 | tr other_malignancy
F0128 | pe chemotherapy x
F0129 | ct GROUP:ANY ; age 18- ; tr other,concurrent_medication | breakthrough pain; chronic opioids
F0130 | ct OS ; st newly_diagnosed ; st metastatic x ; pl 0-0 ; pe surgery x ; ct PAOS x ; ct PEOS x ; ct SECOS x ; st unresectable x ; tr other | flattened paragraph; Paget-associated -> SECOS; protocol enrolment
F0131 | pe hormonal_therapy | androgen ablation hormonal or surgical; truncated
F0132 | ct GB ; ct ASTR3 ; ct ODG3 x ; ct DIFG x ; st recurrent ; pe radiotherapy ; tr other | flattened paragraph; oligoastrocytoma -> DIFG; central review
F0133 | ct SOFT_TISSUE ; st metastatic,III | section unknown; subtypes as examples
F0134 | pe immunotherapy,chemotherapy a ; tr concurrent_medication | statin-interacting drugs excluded
F0135 | pe chemotherapy x
F0136 | pe chemotherapy,radiotherapy x | flattened paragraph
F0137 | pl -1 ; pe etoposide x ; tr washout | flattened paragraph
F0138 | pl 0-0 advanced
F0139 | tr other | family history
F0140 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; thoracic RT
# Labeller 3, round 5
F0141 | pe radiotherapy x | flattened paragraph; thoracic RT excluded; truncated
F0142 | ct RCC ; st metastatic
F0143 | tr concurrent_medication,other ; pe radiotherapy x | flattened paragraph; pelvic RT excluded; brachy sequencing; functioning rectum
F0144 | st metastatic x
F0145 | ct HGGNOS ; br excluded ; tr other | undergoing MRI-guided neurosurgery; enhancing lesion; multiple lesions suggesting mets excluded
F0146 | ct BRAIN x | double negative in exclusion read as CNS cancer excluded
F0147 | tr other,washout ; pe fludarabine,pentostatin,cladribine x ; pe radiotherapy a | flattened paragraph; recovered; marrow RT limit
F0148 | ct HNSC ; st recurrent,refractory ; md not_required - ; pl 1- metastatic ; pe chemotherapy | >=1 chemo regimen for recurrent/metastatic
F0149 | ct UCEC ; ct USARC ; st I,IIA | endometrial adenocarcinoma or uterine sarcoma
F0150 | tr lab_values
F0151 | ct PRAD ; st metastatic ; pe hormonal_therapy ; pl 1- ; tr lab_values,other ; br excluded | flattened paragraph; androgen-independent; PSA rise after orchiectomy/hormones; asymptomatic
F0152 | tr concurrent_medication | stable steroid dose allowed
F0153 | pe chemotherapy x | hypercalcaemia treatment does not count
F0154 | ct GROUP:ANY
F0155 | pe chemotherapy,radiotherapy a ; tr concurrent_medication,other | flattened paragraph; chemo allowed if progression since; steroids for MG; no surgical complications
F0156 | pe chemotherapy x | for sarcoma
F0157 | pe chemotherapy x
F0158 | tr washout
F0159 | age 18- ; ps ecog 0-1 ; tr life_expectancy,organ_function,infection,pregnancy_contraception,other_malignancy | flattened paragraph; cirrhosis under hepatic
F0160 | tr other | any prior conditioning regimen allowed; no class
F0161 | pe chemotherapy x | flattened paragraph
F0162 | pe radiotherapy x
F0163 | ct BLL ; ct BL ; pl 0-0 ; pe chemotherapy | ALL/lymphoblastic leukaemia -> BLL; currently on hyper-CVAD induction
F0164 | pe chemotherapy x
F0165 | pe surgery x | thoracic surgery; biopsies excepted
F0166 | ct GROUP:ANY ; st advanced,recurrent,metastatic
F0167 | tr other | brain stem invasion allowed conditionally
F0168 | ct GROUP:SOLID ; st unresectable ; br excluded ; tr comorbidity | not amenable to curative surgery/chemoRT; carcinomatous meningitis; pulmonary fibrosis
F0169 | tr other,lab_values,washout ; pe lintuzumab a | flattened paragraph; prior M195/HuM195 ok if no antibodies; recovered
F0170 | ct MDSEB | RAEB and/or RAEB-t
F0171 | ct MEL ; st III,IV ; pe surgery ; st resectable ; bm HLA-A2 - pos ; tr other | alternatives: resected in remission or minimally resectable; curative-surgery candidates wait
F0172 | st relapsed ; pe carboplatin ; pe radiotherapy ; pl 1-
F0173 | tr washout,concurrent_medication | flattened paragraph
F0174 | tr washout,concurrent_medication ; pl -3 | flattened paragraph; <=3 prior courses cytotoxic chemo
F0175 | ct NSCLC ; st unresectable,advanced ; br excluded_unless_treated_stable | stable CNS mets allowed
F0176 | pe chemotherapy,radiotherapy x | flattened paragraph; neoadjuvant chemo excluded
F0177 | pe anthracycline ; pe cisplatin,cytarabine ; pl 2- | flattened paragraph; prior anthracycline combo and salvage DHAP required
F0178 | pe surgery a | resection or biopsy allowed
F0179 | tr lab_values ; pe surgery ; pe hormonal_therapy a | undetectable PSA after surgery; adjuvant hormones allowed
F0180 | pe chemotherapy,radiotherapy x | flattened paragraph
F0181 | ct ARMS x ; ct MFH x | undifferentiated sarcoma -> MFH
F0182 | ct SKCM ; ct OM ; st III,IV,resectable,recurrent ; pe interferon a ; bm HLA-A2 - pos ; tr other | alternatives: resectable high-risk or recurrent after/refused IFN; tissue required
F0183 | ct PRAD
F0184 | pe chemotherapy x ; tr concurrent_medication | flattened paragraph
F0185 | ct GROUP:SOLID ; br excluded_unless_treated_stable | not amenable to standard treatment; symptomatic/leptomeningeal excluded
F0186 | pe dacarbazine,thalidomide x
F0187 | pl 0-0 ; pe hormonal_therapy a ; tr washout | no prior systemic therapy for HCC; supportive hormones ok; IFN washout
F0188 | ct PRAD ; pe surgery ; pe radiotherapy ; pe hormonal_therapy ; st metastatic x ; br excluded_unless_treated_stable ; tr lab_values,other | alternatives (progression after prostatectomy/RT/hormones); PSA rise; registered on protocol
F0189 | ct GROUP:NHL ; pl 0-0 ; tr infection,other_malignancy,other | HIV-related intermediate/high-grade; no prior KS; path review
F0190 | tr other_malignancy
F0191 | pe chemotherapy,radiotherapy x | flattened paragraph
F0192 | tr other_malignancy | treated skin cancer allowed
F0193 | pl -1 ; pe cytarabine x ; tr washout | flattened paragraph; <=1 regimen for MDS; high-dose cytarabine excluded
F0194 | pe topoisomerase_inhibitor x
F0195 | pe chemotherapy x
F0196 | ct OVT ; ct PSEC ; pe surgery ; st refractory,recurrent ; pe platinum ; pl 2- ; tr lab_values,other | flattened paragraph; NED after salvage chemo (>=2 lines); CA125
F0197 | tr other | cryopreserved material in cell bank
F0198 | pl -4 metastatic
F0199 | tr other | no central line requirement
F0200 | tr washout,comorbidity | bypass surgery >=1 year ago
F0201 | ct COADREAD ; st metastatic,recurrent,unresectable ; md not_required - ; tr other | measurable or nonmeasurable; scan timing
F0202 | ct MTNN ; st recurrent ; tr other | CTCL -> MTNN; persistent or recurrent; suitable for denileukin diftitox
F0203 | ct UCEC | subtype list truncated
F0204 | pe anthracycline a
F0205 | tr washout
F0206 | pe hormonal_therapy a ; tr concurrent_medication | up to 2 months hormones; no ketoconazole
F0207 | tr washout
F0208 | pe chemotherapy x ; tr concurrent_medication,other | flattened paragraph; short steroids ok; no organ transplant
F0209 | ct CMML
F0210 | ct GB ; ct ASTR3 ; ct GSARC ; st recurrent
# Labeller 4, round 5
F0211 | ct CLLSLL ; st relapsed,refractory
F0212 | tr other | outside physicians required
F0213 | ct GROUP:ANY ; pe anthracycline ; tr organ_function,other | childhood cancer survivors; cardiac dysfunction; disease-free 6 months
F0214 | ct BRCA ; st advanced,IIIB,IV ; pe anthracycline,taxane ; pe trastuzumab ; pl 1- | trastuzumab for cohort A only
F0215 | tr other | distance from optic chiasm/brainstem
F0216 | tr washout ; pe radiotherapy x | flattened paragraph; no prior liver RT
F0217 | pe stem_cell_transplant x ; tr concurrent_medication | flattened paragraph; no prior nonmyeloablative transplant regimen
F0218 | pl 0-0 | exceptions listed elsewhere
F0219 | st IIIA,IIIB ; st metastatic x | disease limited to thorax
F0220 | pe chemotherapy x ; pe tamoxifen a ; age 18- | up to 14 days tamoxifen
F0221 | ct MEL ; st metastatic ; md required - ; bm HLA-A2 - pos ; br excluded_unless_treated_stable ; tr other | active hepatic metastases excluded
F0222 | ct OVT ; st I,II,III,IV | IC -> I (no IC value)
F0223 | ct GROUP:SOLID ; st advanced ; md not_required - ; br excluded_unless_treated_stable | refractory or no standard therapy -> no pl/refractory
F0224 | tr washout | flattened paragraph; washout and recovered
F0225 | ct UCEC ; st recurrent,refractory ; pl 1- ; pe chemotherapy ; md required - | failed first-line chemo
F0226 | pe radiotherapy ; tr lab_values | prior RT for T1-2 M0 disease; PSA limit; prostate implied
F0227 | pe chemotherapy x
F0228 | ct COADREAD ; st resectable ; st metastatic a | undergoing resection; liver mets allowed
F0229 | ct OVT ; st recurrent,relapsed ; pe surgery ; pe platinum ; pl 1- ; md not_required - ; tr lab_values | failed/relapsed after debulking + platinum; CA-125 alternative
F0230 | sex female ; ct BRCA ; st metastatic x ; pe surgery ; tr washout,other | postmenopausal; surgery within 36 months; TNM not mapped
F0231 | pe chemotherapy,radiotherapy x
F0232 | tr washout,other | RCC therapy washout; progression after prior therapy; recovered
F0233 | pe chemotherapy,radiotherapy,surgery x ; tr concurrent_medication | flattened paragraph; growth factors excluded; chest RT
F0234 | tr washout
F0235 | pe paclitaxel x ; pe chemotherapy x ; pe gemcitabine a ; pe radiotherapy x ; tr washout | flattened paragraph; only gemcitabine allowed; RT to planned field
F0236 | tr other | flattened paragraph; recovered from prior therapy
F0237 | ct OGCT x ; ct SCST x | nonepithelial or mixed ovarian histology excluded
F0238 | pe radiotherapy a ; tr washout,comorbidity,concurrent_medication,other | flattened paragraph; SCT washout; skeleton RT limit
F0239 | ct HGGNOS ; st recurrent ; md required - | malignant glioma subtype list; recurrence or progression
F0240 | pe radiotherapy x ; tr other | local RT allowed within dose limit
F0241 | ct GROUP:SOLID ; ct BRAIN x ; br excluded ; tr comorbidity,other | refractory or no standard therapy -> no refractory; bone mets site limit
F0242 | pl -2 ; tr washout ; pe radiotherapy x | flattened paragraph
F0243 | tr washout
F0244 | tr comorbidity | hepatic disease
F0245 | pe stem_cell_transplant x ; pe radiotherapy a | flattened paragraph; prophylactic RT for seminoma allowed
F0246 | ct TESTIS ; st metastatic,refractory ; pe cisplatin ; pl 1- ; md not_required - ; tr lab_values,other | germ cell -> TESTIS; marker alternative; ABMT failed/ineligible/refused
F0247 | br excluded
F0248 | pe chemotherapy x ; pe chemotherapy a ; pe doxorubicin a ; tr washout | flattened paragraph; x for metastatic; (neo)adjuvant allowed with dose cap
F0249 | ct GROUP:SOLID ; st advanced ; br excluded_unless_treated_stable | refractory or no effective therapy -> no refractory
F0250 | pe chemotherapy x
F0251 | pe chemotherapy x ; tr washout,other | flattened paragraph; for recurrent disease; recovered from surgery
F0252 | ct LUAD ; st IV | no curative therapy
F0253 | ct BLCA ; st 0,I,recurrent ; tr other | superficial TCC; >=2 papillary tumours; no Tis history if recurrent
F0254 | ct AML ; ct BLL ; ct GROUP:NHL ; ct HL ; ct PCM ; ct GROUP:LEUKEMIA ; ct CMML ; st relapsed,refractory ; ct CML x ; ct PMF x ; tr other | diagnosis list; aplastic anaemia excluded; HLA-identical donor
F0255 | tr other | social security affiliation
F0256 | pe surgery a
F0257 | pl -2 ; tr washout,concurrent_medication,other | flattened paragraph; no RT to vaccine site; no organ allograft
F0258 | pe immunotherapy,chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph
F0259 | tr other_malignancy,comorbidity | prior neoplasm chemo with marrow compromise
F0260 | tr washout
F0261 | ct APLPMLRARA ; st refractory,relapsed ; pe tretinoin ; pl 1- | failed ATRA-containing regimen
F0262 | tr other | no nodal enlargement on postsurgical CT
F0263 | pl 0-0
F0264 | ct HCC ; st unresectable,metastatic a ; pl -1 ; md required - ; br excluded | untreated OR progressed after first-line chemo
F0265 | ct RCC ; st metastatic,unresectable ; br excluded
F0266 | pe hormonal_therapy a | neoadjuvant <=4 months before prostatectomy
F0267 | pe chemotherapy,radiotherapy x | flattened paragraph
F0268 | tr other,washout,concurrent_medication | flattened paragraph; no prior murine antibodies except imaging agent
F0269 | pe chemotherapy,radiotherapy x
F0270 | ct MEL ; st metastatic x ; pe surgery | regional nodal disease fully resected
F0271 | pl 0-0
F0272 | pl 1- metastatic ; pe chemotherapy ; st metastatic
F0273 | ct BL ; ct GROUP:NHL ; ct BLL ; st III,IV ; tr other | small noncleaved/Burkitt; B-ALL FAB L3; prior protocol registration
F0274 | ct NSCLC ; st IVB ; br required
F0275 | ct HL ; ct GROUP:NHL ; ct NPC ; ct LMS ; tr infection,other | EBV+ malignancies; HLH no code
F0276 | pl 0-0 ; pe radiotherapy a ; tr concurrent_medication | prior myeloma therapy excluded except steroids/bisphosphonates/RT
F0277 | pe chemotherapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph; x for metastatic; adjuvant washout
F0278 | tr consent
F0279 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph
F0280 | pe radiotherapy x
