# Round 4 second labelling (session 9): three labellers, items H0001-H0335, labelled independently of labels-r4 from item text and section only, before the parser was run on them.
H0001 | pe radiotherapy,chemotherapy x | RT to head and neck; chemo for this cancer
H0002 | ps ecog 0-1 ; tr other,comorbidity | flattened paragraph; Zubrod; product allergy
H0003 | pl 0-0 | flattened; untreated required except NHL (prior therapy allowed there)
H0004 | ct GROUP:SOLID ; st metastatic,locally_advanced ; md not_required - ; br excluded_unless_treated_stable ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; tr other | flattened paragraph; failed or no standard therapy (no pl); effusions
H0005 | ct GROUP:SOLID ; st advanced ; br excluded ; ct BRAIN a ; ct MDS x ; tr concurrent_medication | flattened paragraph; primary CNS tumours allowed on stable steroids
H0006 | ct HNSC ; st III,IV ; pe surgery a ; tr other | RT planned primary or post-op; field dose; skin condition
H0007 | tr washout | recent local KS therapy
H0008 | ct BLL ; pl 0-0 ; tr other | ALL -> BLL; companion enrolment on frontline trials
H0009 | ct PAASC x ; ct PANET x ; ct PACT x ; ct DA x ; ct EHCH x ; ct AMPCA x | excluded histologies; non-adeno and carcinoid have no site code
H0010 | tr washout
H0011 | tr other ; pe chemotherapy,radiotherapy x ; pe chemotherapy a | flattened paragraph; none for metastatic disease; adjuvant chemo allowed
H0012 | pl 0-0
H0013 | ct PRAD x ; tr other | prevention setting; high-grade PIN excluded (premalignant)
H0014 | ps ecog 0-2 ; tr comorbidity | psychiatric disorder
H0015 | ct NSCLC ; md not_required - ; pe chemotherapy ; br excluded_unless_treated_stable | response or stable on initial chemo; controlled CNS mets allowed
H0016 | ct RCC ; st advanced,recurrent,metastatic,unresectable ; md required - ; br excluded | flattened paragraph; progression definition
H0017 | pe radiotherapy x
H0018 | ct OVT ; pe platinum ; pl 1- ; st relapsed ; md not_required - ; tr lab_values | relapse within 2 years; evaluable or CA-125
H0019 | tr organ_function
H0020 | tr washout | TBI washout
H0021 | pe chemotherapy x ; tr concurrent_medication,washout,infection | flattened paragraph; no concurrent CSF, HAART
H0022 | age 16-55 ; tr life_expectancy,organ_function,infection | flattened paragraph; VOD risk, HIV, infection
H0023 | pe chemotherapy,surgery x ; pe chemoembolization x ; tr other | flattened paragraph; percutaneous injection excluded
H0024 | ct PCM | IgG or IgA isotype
H0025 | pe chemotherapy,radiotherapy x ; pe surgery ; tr washout | flattened paragraph; surgery within 6 weeks
H0026 | tr other_malignancy | flattened paragraph
H0027 | ct PAAD ; st advanced,II,III,metastatic,IV,unresectable ; md not_required - | not a surgical candidate
H0028 | pe chemotherapy,radiotherapy x ; pe surgery a | flattened paragraph
H0029 | st II,III ; st metastatic x | M0
H0030 | pe chemotherapy x ; tr concurrent_medication | flattened paragraph; conduction-affecting drugs
H0031 | age 18- ; ct BRAIN ; br allowed ; pl 1- | primary or metastatic brain tumours; failed standard therapy
H0032 | tr other,washout,concurrent_medication | flattened paragraph; recovered; hydroxyurea washout; antimicrobials
H0033 | pl -1 ; tr other | multimodality or >1 chemo regimen excluded
H0034 | pe chemotherapy x | for CNS germ cell tumour
H0035 | st metastatic ; pl 1- | alternatives
H0036 | pe chemotherapy x ; tr washout,concurrent_medication | flattened paragraph; no chemo for metastatic; adjuvant washout
H0037 | ct MEL ; st metastatic | mucosal melanoma, site unstated -> MEL
H0038 | ps karnofsky 60-100 | sub-heading gives scale context
H0039 | ct AML | de novo or secondary
H0040 | tr comorbidity | psychiatric disorders
H0041 | age 18- ; ps ecog 0-2 | flattened paragraph; CALGB scale
H0042 | age -65
H0043 | tr other | earlier lower stage/grade tumours allowed
H0044 | tr other | performance status unquantified
H0045 | st newly_diagnosed | truncated; list follows
H0046 | ct SCLC ; st metastatic x ; tr other | flattened paragraph; lesion fits RT field; no effusion
H0047 | ct GROUP:ANY ; st advanced ; br excluded | no-standard-therapy alternative: no pl, no refractory
H0048 | ps ecog 0-2
H0049 | pe chemotherapy,stem_cell_transplant ; tr other | response to prior chemo and BMT
H0050 | ps ecog 0-1
H0051 | ct COADREAD ; st newly_diagnosed,recurrent,metastatic ; md not_required - ; br excluded
H0052 | ct PRAD ; st IV ; pe antineoplaston ; pl 1- | failed antineoplaston A10/AS2-1
H0053 | pe bleomycin,radiotherapy x ; pl 0-0 | flattened paragraph; cranial RT; no other prior therapy for GBM
H0054 | pe radiotherapy x ; tr comorbidity | stereotactic CNS RT; CNS haemorrhage
H0055 | ct BRAIN ; pe chemotherapy ; pe radiotherapy ; tr comorbidity | alternatives; neurotoxicity
H0056 | ct GB ; st newly_diagnosed ; ct ASTR3 x ; ct ASTR2 x ; pe surgery ; tr washout | RT start within 5 weeks of surgery
H0057 | age 1.66-60 ; tr other,pregnancy_contraception | flattened paragraph; general health, drug use
H0058 | ct PAAD ; pe surgery ; st locally_advanced,unresectable ; st metastatic x | alternatives: resected or LA unresectable
H0059 | pe chemotherapy,radiotherapy x | flattened paragraph
H0060 | ct PRAD ; st refractory ; pe hormonal_therapy ; ct PRSCC x ; br excluded_unless_treated_stable ; tr lab_values,concurrent_medication | androgen-independent; castrate level maintained; ductal variant no code
H0061 | ct BCC ; ct CSCC | skin SCC assumed (with BCC)
H0062 | pe radiotherapy x
H0063 | md required - | size thresholds, standard not named
H0064 | tr washout
H0065 | ps karnofsky 70-100
H0066 | ct AML ; st relapsed ; tr other | CR1-3 or early relapse (alternatives)
H0067 | ct BLL ; pl 0-0 | B-precursor ALL
H0068 | ct COADREAD ; st advanced ; pe chemotherapy x ; pe chemotherapy a ; tr washout ; md required - ; br excluded | flattened paragraph; adjuvant chemo allowed if done >=6 months before
H0069 | st recurrent ; pe radiotherapy | progressed after RT
H0070 | tr other | bulky N2 excluded; N not mapped
H0071 | tr washout | thoracic surgery within 5 years excluded
H0072 | ps ecog 0-2 ; tr infection,comorbidity,pregnancy_contraception | flattened paragraph; age unspecified
H0073 | ps karnofsky 60-100
H0074 | md required - ; tr other | accessible lesions
H0075 | ct NSCLC ; st resectable,I,IIA,IIB,IIIA | squamous/adeno/large cell
H0076 | tr other | isolated CNS relapse excluded
H0077 | ct GEJ a | cardia tumours also eligible
H0078 | tr other_malignancy | any cancer in 5 years excluded
H0079 | ps ecog 0-2
H0080 | pl -3
H0081 | pe interferon a ; pe chemotherapy x ; pe hormonal_therapy,tamoxifen a ; tr washout | flattened paragraph; steroids/somatostatin analogues allowed
H0082 | pl -1 metastatic
H0083 | tr comorbidity,infection
H0084 | ct GROUP:NHL ; pl 1-
H0085 | tr concurrent_medication
H0086 | br excluded_unless_treated_stable
H0087 | ct COADREAD ; pl 0-0 ; st III,IV
H0088 | ct AML ; st newly_diagnosed
H0089 | ct AML ; pe stem_cell_transplant ; tr washout,lab_values,other | flattened paragraph; transplant 28-100 days before; engraftment; marrow status
H0090 | pe hormonal_therapy a | second-line hormonal allowed
H0091 | age -50 ; ct GROUP:NHL ; ct CLLSLL ; ct PCM ; pe stem_cell_transplant ; tr comorbidity | alternatives: prior auto SCT or comorbidity
H0092 | st resectable ; st metastatic a | definition; limited liver/lung mets allowed
H0093 | tr washout
H0094 | pe biologic_therapy x ; pe bcg a ; tr washout | flattened paragraph; intravesical BCG allowed
H0095 | ct BLL ; st relapsed,refractory ; tr other,comorbidity | flattened paragraph; ALL -> BLL; isolated extramedullary relapse excluded
H0096 | ct GROUP:SOLID | incurable; no effective systemic option; progression required
H0097 | tr lab_values | flattened paragraph
H0098 | ct CESC
H0099 | ct NSCLC ; st recurrent,locally_advanced,metastatic,unresectable,relapsed ; pe platinum ; pl 1-1 ; br excluded_unless_treated_stable | failed or relapsed after one first-line platinum regimen
H0100 | ct NSCLC | histology subtypes listed
H0101 | br excluded_unless_treated_stable | active CNS or epidural tumour
H0102 | ct CML ; ct BLL ; ct AML ; st relapsed ; tr other | ALL -> BLL; remission states; clonal marker; not allo-BMT candidate
H0103 | br excluded | CNS lymphoma involvement
H0104 | br required | CSF-positive CNS disease
H0105 | br excluded
H0106 | pe chemotherapy,radiotherapy,surgery x ; tr other | flattened paragraph; biopsy only; start within 8 weeks
H0107 | tr concurrent_medication
H0108 | pe chemotherapy,radiotherapy x | flattened paragraph; RT for cervical cancer excepted
H0109 | pe chemotherapy,radiotherapy x | flattened paragraph; intravesical instillations allowed
H0110 | ct GROUP:SOLID ; st advanced,refractory ; md not_required - ; br excluded ; ct BRAIN x ; tr other | flattened paragraph; biopsy access
H0111 | tr washout,concurrent_medication | flattened paragraph; stable low-dose steroids allowed
H0112 | ct PRAD ; st refractory,metastatic ; pe hormonal_therapy | hormone refractory
H0113 | ct GROUP:SOLID ; br excluded | no-standard-therapy alternative: no refractory
H0114 | ct OVT ; st recurrent ; pl 1- ; pe chemotherapy | after first-line chemo
H0115 | pe chemotherapy x
H0116 | ct STAD ; ct GEJ ; st advanced,unresectable ; md not_required - ; br excluded ; tr other | flattened paragraph; biopsy access
H0117 | ct CERVIX ; st IB,II,III,IVA ; tr other | IB2-IVA; chemoradiation candidates
H0118 | ct MDS ; ct CMML ; pl -1 ; tr lab_values,other | RA/RAEB/RAEB-t/RARS -> MDS; cytopenias; allo BMT ineligible if <60
H0119 | ct GROUP:NHL ; st relapsed,refractory | low-grade lymphoma -> NHL group
H0120 | st relapsed ; pl 1-
H0121 | ct GROUP:SOLID ; br excluded_unless_treated_stable | leptomeningeal too
H0122 | st IV x | stage 4 excluded by workup
H0123 | ct BRAIN x | brainstem tumours excluded
H0124 | age 18-
H0125 | st relapsed ; pl 1- ; pe chemotherapy,doxorubicin | doxorubicin-based first line
H0126 | ct HL ; ct MBL ; ct EPM ; ct GNOS ; ct ASTR ; ct PNET ; age -16 ; tr other | age limit only for CNS branch; planned RT/chemo
H0127 | ct CESC ; st refractory,recurrent ; md required - ; br excluded ; tr other | failed local therapy; no higher-priority GOG protocol
H0128 | br excluded_unless_treated_stable
H0129 | pe chemotherapy x ; tr concurrent_medication,washout | flattened paragraph; steroid washout
H0130 | br excluded ; tr other | pulmonary nodule size
H0131 | pe immunotherapy a ; pe bcg a ; pe chemotherapy,radiotherapy x ; pe surgery x ; tr concurrent_medication | flattened paragraph; intravesical therapy allowed; TURBT excepted
H0132 | ps ecog 0-1 ; tr infection,organ_function,pregnancy_contraception | PS >=2 excluded; HIV
H0133 | ps ecog 0-4 ; tr pregnancy_contraception | flattened paragraph; any age; pregnancy allowed
H0134 | age 5- | flattened paragraph
H0135 | tr consent
H0136 | age 16-
H0137 | tr other | refractory opioid-related nausea
H0138 | ct BGCT | subtype list follows
H0139 | pe chemotherapy x
H0140 | pl -1 ; tr concurrent_medication | flattened paragraph; <=7 courses
H0141 | tr lab_values
H0142 | pe chemotherapy x ; tr washout,concurrent_medication ; pe radiotherapy a | flattened paragraph; for metastatic disease; adjuvant washout
H0143 | ps ecog 0-2 ; ps karnofsky 60-100 ; tr lab_values | flattened paragraph
H0144 | ct MEL ; st metastatic ; ct OM x ; br excluded_unless_treated_stable ; tr other | failed or no curative therapy; cutaneous lesion >=1 cm
H0145 | ps karnofsky 70-100
H0146 | ct GROUP:SOLID ; st advanced,metastatic ; ct GROUP:HEME x ; md not_required - ; br excluded | flattened paragraph
H0147 | ct GB x ; st recurrent x | recurrent GBM excluded (combination)
H0148 | ct HGGNOS ; st recurrent ; pl -2 ; md required - | phase I at most 2, phase II at most 1 regimen
H0149 | pe radiotherapy a | at most one RT regimen
H0150 | ct PRAD ; st metastatic,refractory ; pe hormonal_therapy ; pl 1- ; br excluded ; tr lab_values | hormone refractory; rising PSA
H0151 | ps karnofsky 80-100
H0152 | ct PCM ; md required - ; pe chemotherapy ; pl 1- ; tr other | flattened paragraph; post-induction, no progression; nonsecretory branch
H0153 | st II,III,IV
H0154 | tr washout,concurrent_medication ; pe cisplatin,gemcitabine x | flattened paragraph
H0155 | ct GROUP:ANY ; ct SOFT_TISSUE ; tr other | alternatives: malignancy, Castleman, KS-like lesions
H0156 | age -18 ; tr other | flattened paragraph; children; criteria per other protocol
H0157 | ct NBL ; st IV ; pe chemotherapy,stem_cell_transplant ; tr other | induction + megatherapy with ASCT; at least SD
H0158 | ct HNSC ; pl 0-0 ; st III,IV ; st metastatic x | flattened paragraph
H0159 | ps ecog 0-2 | Zubrod
H0160 | ct GROUP:SOLID ; st advanced ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; br excluded | failed or no curative therapy (no pl)
H0161 | pe radiotherapy x | to the bladder
H0162 | ct GROUP:ANY ; st refractory | no effective therapy available
H0163 | pe chemotherapy,radiotherapy x ; tr washout | flattened paragraph; bypass surgery washout
H0164 | ct GROUP:SOLID | no-standard-therapy alternative: no refractory
H0165 | tr washout,concurrent_medication | 30-day RT window, wording ambiguous
H0166 | ct AML ; pe chemotherapy ; pl 1- ; br excluded_unless_treated_stable ; tr lab_values,other | regimen failure on control arm of named study; blast thresholds
H0167 | ct SOFT_TISSUE ; tr other,washout | Kaposi -> SOFT_TISSUE; lesion count; local therapy 60 days
H0168 | ps ecog 0-3 ; tr other | ECOG 3 only if reversible after ICU care
H0169 | ct OVT ; ct PSEC ; st III | fallopian tube under OVT
H0170 | tr life_expectancy,organ_function,comorbidity,other | flattened paragraph; any age; drug contraindication
H0171 | tr pregnancy_contraception
H0172 | pe chemotherapy x
H0173 | tr concurrent_medication | concurrent non-CNS RT excluded
H0174 | ps ecog 0-1
H0175 | pl -1
H0176 | pe radiotherapy x | chest RT
H0177 | pe chemotherapy x
H0178 | tr other | CIN 2-3 (premalignant)
H0179 | ps ecog 0-1
H0180 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; antihypertensive hold
H0181 | ct NSCLC ; st advanced,metastatic,unresectable ; br excluded_unless_treated_stable | incurable by surgery/RT
H0182 | age -70
H0183 | pe hormonal_therapy,radiotherapy,chemotherapy x | double negative under exclusion; read as none allowed
H0184 | pe interferon,isotretinoin,hormonal_therapy,phototherapy,radiotherapy a | flattened paragraph; topical steroids, UV and x-ray therapy allowed
H0185 | pe chemotherapy,radiotherapy x | flattened paragraph; cranial RT
H0186 | tr washout
H0187 | pe surgery ; st III ; tr other | microscopic residual after surgery
H0188 | ct MEL ; st III,IV,unresectable,recurrent ; md required - ; tr other | flattened paragraph; lesions for electroporation
H0189 | ps ecog 0-2
H0190 | ct GNOS | glial tumours, grade unstated
H0191 | tr infection,pregnancy_contraception,comorbidity,other_malignancy | flattened paragraph
H0192 | tr comorbidity
H0193 | pe bcg ; pl 1- | failed BCG induction; alternative branch
H0194 | ct ODG ; st recurrent ; pe radiotherapy,chemotherapy | alternatives (RT and/or chemo)
H0195 | tr other | oral premalignant lesion, no code
H0196 | tr other | health insurance
H0197 | tr washout
H0198 | tr other
H0199 | br excluded ; ct BRAIN x
H0200 | br excluded_unless_treated_stable
H0201 | ct GROUP:SOLID ; st metastatic,advanced ; br excluded_unless_treated_stable | vinorelbine-suitable
H0202 | tr other | non-malignant transplant indication
H0203 | age 18- ; ps karnofsky 60-100 ; tr other_malignancy,comorbidity | flattened paragraph
H0204 | ct RCC ; md required - ; br excluded_unless_treated_stable ; tr other | hypernephroma; recent progression; lesions outside RT ports
H0205 | ct UCS
H0206 | ct SCLC ; ct SCUP ; st extensive_stage,metastatic ; br excluded ; md not_required - ; tr other | flattened paragraph; small cell any primary site; prior therapy response allowed
H0207 | ps karnofsky 60-100
H0208 | ps karnofsky 70-100
H0209 | ct GROUP:SOLID ; st metastatic ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; ct PCM x ; md not_required - ; br excluded_unless_treated_stable ; tr other | flattened paragraph; effusions excluded; no refractory (alternative)
H0210 | tr concurrent_medication,comorbidity
H0211 | ct RBL ; st metastatic | or extrachoroidal extension
H0212 | age 15- ; tr other,other_malignancy,comorbidity | flattened paragraph; race, diet
H0213 | ct OCSC ; ct OPHSC ; ct HPHSC ; ct LXSC ; st IV ; st metastatic x ; st recurrent x ; ct NPC x ; ct SACA x ; tr other_malignancy | lip excluded (no code); T4 N0-3
H0214 | ct PAAD | list item
H0215 | none | disclaimer, no criterion
H0216 | ps ecog 0-2 | Zubrod
H0217 | tr infection
H0218 | pe cisplatin,etoposide x ; tr washout,concurrent_medication | flattened paragraph; stable steroids
H0219 | ps ecog 0-2
H0220 | st metastatic x
H0221 | age 18- ; tr organ_function,other_malignancy,other | flattened paragraph; adult
H0222 | ps ecog 0-2
H0223 | pl 0-0
H0224 | pe surgery x ; tr concurrent_medication | flattened paragraph; small bowel resection
H0225 | br excluded | brain stem metastases only
H0226 | ct RBL ; st newly_diagnosed ; st metastatic x ; age -10 ; tr other | flattened paragraph; laterality/size rules; under 2 for one group
H0227 | pe chemotherapy x
H0228 | ct NSCLC ; st unresectable,metastatic,recurrent,IIIB,IV ; md required - ; br excluded
H0229 | pe chemotherapy,radiotherapy x ; tr washout | flattened paragraph
H0230 | ct GROUP:ANY ; bm MUC1 expression pos ; br excluded_unless_treated_stable | flattened paragraph
H0231 | tr lab_values,organ_function,comorbidity | flattened paragraph; any age
H0232 | st unresectable | medically inoperable; T1-2 N0-1 not mapped
H0233 | pe chemotherapy,radiotherapy x ; tr concurrent_medication,washout | flattened paragraph
H0234 | pe stem_cell_transplant x ; pe doxorubicin a ; tr other | flattened paragraph; anthracycline dose cap; trial participation
H0235 | ct MEL ; st advanced,unresectable,metastatic,refractory ; br excluded ; tr other | liver involvement limit
H0236 | ct GB ; st newly_diagnosed
H0237 | ps karnofsky 70-100
H0238 | br excluded
H0239 | pe rituximab x ; tr other,concurrent_medication | flattened paragraph
H0240 | ct RCC ; st unresectable,locally_advanced,recurrent,metastatic ; ct UTUC x ; md required - ; br excluded | TCC excluded; carcinomatous meningitis
H0241 | ct PRAD ; st metastatic x | localized
H0242 | ct NSCLC ; st IIIB,IV ; pl 0-0 ; md required - ; br excluded_unless_treated_stable | first-line candidates
H0243 | pe chemotherapy a
H0244 | ps karnofsky 80-100
H0245 | tr washout
H0246 | tr washout,concurrent_medication | flattened paragraph; BRM/BMT/chemo washouts
H0247 | pe surgery a
H0248 | ct CML ; tr other | chronic or accelerated phase; marrow cellularity; donor
H0249 | pe chemotherapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph; cranial/H&N RT; steroid washout or stable
H0250 | ct PMBL ; ct BCLU | any stage; MGZL -> BCLU
H0251 | br excluded_unless_treated_stable
H0252 | pe chemotherapy x | for HCC
H0253 | tr pregnancy_contraception
H0254 | ct GROUP:SOLID ; st advanced ; md not_required - ; ct GROUP:HEME x ; br excluded_unless_treated_stable | no-standard-therapy alternative: no pl/refractory
H0255 | ps karnofsky 70-100
H0256 | pl 0-0 ; pe hydroxyurea a | emergency leukapheresis also allowed
H0257 | ct PRAD ; st IV ; st metastatic x ; pe hormonal_therapy ; tr lab_values | D0.5, no radiographic disease; PSA progression after castration
H0258 | md required - ; tr other | size upper limit
H0259 | br excluded ; ct BRAIN x
H0260 | pe chemotherapy,radiotherapy x | flattened paragraph; thoracic RT
H0261 | br required ; pe surgery ; pe radiotherapy ; tr washout | alternatives; treated brain mets, none now on imaging
H0262 | age 3- ; ps karnofsky 50-100 ; tr lab_values,organ_function,other,pregnancy_contraception | flattened paragraph; iodine allergy
H0263 | none | flattened paragraph; any age
H0264 | pe radiotherapy a ; tr other | marrow RT extent limit
H0265 | tr other | T3 not mapped
H0266 | ps who 0-1
H0267 | ct GROUP:LEUKEMIA ; ct MDS ; ct CML ; st relapsed ; pe stem_cell_transplant ; tr other | relapse within 1 yr of allo-BMT; no second HDT
H0268 | ct MEL ; st III,IV ; bm PMEL expression pos ; bm TYR expression pos ; bm HLA-A1 - pos ; bm HLA-A2 - pos ; bm HLA-A3 - pos ; md required - ; br excluded_unless_treated_stable | flattened paragraph; alternatives gp100/tyrosinase and HLA types; limited small brain mets
H0269 | tr concurrent_medication | limited RT allowed
H0270 | ps ecog 0-2 | scale unstated
H0271 | drop | bare heading line
H0272 | pl 1- ; pe chemotherapy,biologic_therapy | alternatives; trailing OR
H0273 | pe thalidomide x ; tr concurrent_medication | flattened paragraph
H0274 | ct NSCLC ; st advanced,IIIB,IV ; md required - ; br excluded_unless_treated_stable | flattened paragraph; IIIB by effusion/SCV node only
H0275 | pl -1 ; pe radiotherapy x ; tr other | flattened paragraph; brain RT excepted; recovered from surgery
H0276 | ct COADREAD ; st metastatic,resectable ; br excluded ; tr other | liver mets; surgical candidate
H0277 | ct RCC ; st metastatic ; md required - ; br excluded_unless_treated_stable
H0278 | ps karnofsky 60- | KPS<60 excluded unless myeloma-related
H0279 | pe chemotherapy x
H0280 | ct PRAD ; st metastatic,refractory ; pe hormonal_therapy ; pl 1- ; pe radiotherapy a ; br excluded | failed >=1 nonhormonal therapy; RT not counted
H0281 | ct MEL ; st III,IV,metastatic,unresectable ; md not_required - ; bm gp100 expression pos ; bm MART-1 expression pos ; br excluded_unless_treated_stable | flattened paragraph
H0282 | ps karnofsky 60-100
H0283 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; st recurrent,refractory ; pl 1- ; md not_required - ; ct BRAIN x ; br excluded_unless_treated_stable ; ct GROUP:LEUKEMIA x ; ct PCM x | flattened paragraph; plasma cell dyscrasias -> PCM
H0284 | ct COAD ; st metastatic x ; tr other | localized obstructing tumour
H0285 | ct NPC ; st recurrent
H0286 | ps ecog 0-1 | Zubrod
H0287 | ct COADREAD ; st metastatic,recurrent ; pl 0-0 ; md not_required - ; br excluded ; tr other | flattened paragraph; alternatives: untreated or recurrent DFI>=1y; biopsy access
H0288 | pe chemotherapy ; pe radiotherapy ; pe radioimmunotherapy ; br excluded_unless_treated_stable ; tr other | alternatives; sensitive disease; treated CNS disease allowed
H0289 | pe surgery x | esophageal surgery
H0290 | ps ecog 0-2 ; tr infection,pregnancy_contraception,other_malignancy | flattened paragraph; SWOG
H0291 | ct BRCA ; st II,III ; tr other | tumour >2 cm; tissue available
H0292 | st IIIA,IIIB,IV,IIB | IIB non-bulky
H0293 | tr other | bone pain needs negative imaging
H0294 | age 18-70 ; sex male ; tr organ_function,other | flattened paragraph; antiemetic hypersensitivity, emesis, communication
H0295 | age -19 ; tr lab_values,organ_function | flattened paragraph; age at diagnosis
H0296 | pe chemotherapy a
H0297 | age -65 ; ps ecog 0-1 ; tr organ_function,comorbidity,infection | flattened paragraph; Zubrod
H0298 | ct PAAD ; st I,II ; pe surgery | resected
H0299 | ct COADREAD ; st metastatic,recurrent,unresectable ; md required - ; br excluded | flattened paragraph
H0300 | ct PAAD ; ct UCP ; st locally_advanced,metastatic ; pe chemotherapy,radiotherapy a ; ct PANET x ; ct PAAC x ; ct PACT x ; md not_required - ; br excluded | no curative therapy; chemoRT one branch
H0301 | pe chemotherapy,radiotherapy x ; pe surgery a | diagnostic/staging thoracotomy only
H0302 | tr washout | fragment; surgery washout
H0303 | tr washout
H0304 | age 18- ; ps karnofsky 70-100 ; tr life_expectancy,comorbidity,pregnancy_contraception | flattened paragraph; phenylketonuria
H0305 | tr washout
H0306 | ct IDC ; tr other | intact primary tumour
H0307 | br excluded
H0308 | none | any stage
H0309 | br excluded
H0310 | md required -
H0311 | pe chemotherapy x ; pe radiotherapy,surgery a | flattened paragraph
H0312 | pe chemotherapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph
H0313 | st metastatic x | normal staging CT
H0314 | ct NSCLC ; st IIIB,IV,unresectable
H0315 | ct PLMESO ; st unresectable ; md required - ; br excluded | subtype list under pleural mesothelioma
H0316 | tr concurrent_medication
H0317 | age 18- ; ps ecog 0-2 ; tr lab_values,organ_function,comorbidity,pregnancy_contraception,infection | flattened paragraph; CALGB
H0318 | ct BRAIN ; tr other | educational benefit
H0319 | ct MEL ; st IIIA | MDA staging; IIIAB has no value; extremity
H0320 | st rai:IV
H0321 | ct GROUP:NHL ; pl 1- ; pe chemotherapy | failed first-line chemo
H0322 | tr other | marrow RT extent limit
H0323 | tr washout
H0324 | tr other | garbled; prior biliary drainage, surgery feasibility
H0325 | ct BLCA ; st locally_advanced,metastatic ; pl 1-1 ; pe chemotherapy ; pe taxane,gemcitabine x ; md required - ; br excluded | regional -> locally_advanced; one prior regimen, metastatic or (neo)adjuvant
H0326 | ct BRAIN | confirmed or presumed
H0327 | ps karnofsky 70-100
H0328 | pe topoisomerase_inhibitor x | camptothecins
H0329 | pe immunotherapy a | at most one regimen
H0330 | ct COADREAD ; st metastatic ; tr other | 1-5 liver mets; size/volume limits; no extrahepatic disease
H0331 | md not_required -
H0332 | ct CESC ; ct CEAS ; st metastatic,recurrent,refractory ; md required - | flattened paragraph
H0333 | ct BRCA ; sex female ; age -50 | age at diagnosis
H0334 | br required | truncated item
H0335 | ct HGGNOS ; st recurrent ; pe radiotherapy | subtype list under malignant glioma
