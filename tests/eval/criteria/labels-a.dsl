# Labeller A, compact notation expanded by scripts/eval/dsl_to_labels.py into labels-a.jsonl
C0001 | tr life_expectancy | RCC named only to qualify the exclusion; no cancer_type
C0002 | ct BLCA | item in a list of eligible tumour types
C0003 | drop | garbled: flattened fragment starting mid exception-list
C0004 | ct SOFT_TISSUE ; st newly_diagnosed,advanced ; tr infection | Kaposi sarcoma has no OncoTree code; SOFT_TISSUE used; AIDS-related
C0005 | ct UCEC ; st advanced
C0006 | ct PAAD ; st III,IV,unresectable ; pe gemcitabine ; pl 1-1 ; md not_required - ; ct PANET x ; ct GROUP:LYMPHOMA x ; br excluded | flattened paragraph with several criteria; measurable OR evaluable
C0007 | ct HGGNOS ; pe radiotherapy a | prior low-grade glioma allowed if progressed after RT
C0008 | tr other_malignancy
C0009 | ct BLCA ; st IV,locally_advanced,metastatic,unresectable | urothelial carcinoma any site -> BLCA
C0010 | ct VSC ; st I,II,III,IVA
C0011 | ct SARCNOS x ; ct GROUP:LYMPHOMA x ; ct ACBC x | also excludes apocrine and squamous breast histology (no code)
C0012 | ct BRCA
C0013 | tr other | radiosensitive spinal tumours excluded unless conditions
C0014 | tr other,other_malignancy,pregnancy_contraception | flattened paragraph
C0015 | ct CERVIX ; st IB,IIA ; pe surgery ; ct SCCE x ; st resectable | flattened paragraph; clear cell excluded too
C0016 | ct STAD ; ct GEJ ; st II,III,IV,resectable ; st metastatic x | flattened paragraph; M0 required
C0017 | ct COADREAD ; pl -1
C0018 | ct GROUP:SOLID | undifferentiated carcinoma in a subtype list, no OncoTree code
C0019 | tr washout,concurrent_medication ; pe radiotherapy,surgery,stem_cell_transplant a | flattened paragraph
C0020 | ct BLL ; st relapsed ; br required | ALL unspecified -> BLL; isolated CNS relapse required
C0021 | ct BRCA ; st IV,metastatic,II,IIIA,IIIB ; pe chemotherapy a ; br excluded | flattened paragraph
C0022 | tr other_malignancy
C0023 | tr other_malignancy
C0024 | tr other_malignancy
C0025 | ct NSCLC
C0026 | ct BRCA ; st II,III
C0027 | ct BRCA ; st II,IIIA ; st metastatic x ; bm HER2 overexpression pos IHC>=2 | review s9: M0 given -> metastatic excluded
C0028 | ct GROUP:ANY ; st relapsed,refractory
C0029 | ct PLMESO
C0030 | ct ALCL ; bm CD30 expression pos
C0031 | ct CML | chronic or accelerated phase (no stage code)
C0032 | ct BLL | ALL unspecified -> BLL
C0033 | tr other
C0034 | ct NSCLC
C0035 | ct TESTIS ; st relapsed,refractory ; pe cisplatin,etoposide ; pl 1- ; md required - | germ cell cancer -> TESTIS
C0036 | pe chemotherapy x ; ct HNSC ; pe chemotherapy a ; tr washout | review s9: no prior chemo is exposure only, no pl
C0037 | tr other_malignancy
C0038 | tr other_malignancy
C0039 | tr other | malignant effusion excluded
C0040 | st relapsed,refractory x | ALL/AML/AUL in >=3rd relapse or refractory excluded
C0041 | ct MEL ; st metastatic,unresectable
C0042 | ct SACA
C0043 | ct SOFT_TISSUE ; ct GROUP:SOLID ; st metastatic ; tr infection | Kaposi sarcoma + HIV or metastatic solid tumour
C0044 | ct GNOS | review s9: no standard option is an alternative to failure: no refractory stage
C0045 | tr other_malignancy
C0046 | tr other_malignancy
C0047 | pe chemotherapy,hormonal_therapy,finasteride,radiotherapy,surgery x ; tr comorbidity | flattened NCI prior-therapy paragraph
C0048 | age 10-49 | sub-heading Age; applies to embryonal histology subgroup
C0049 | tr washout
C0050 | tr other | atypical endometrial hyperplasia (premalignant, no OncoTree code)
C0051 | tr concurrent_medication
C0052 | ct MEL ; st III ; pe surgery ; bm HLA-A A2/A3/A11/A26 pos ; tr other | flattened paragraph; any of the HLA alleles
C0053 | br excluded_unless_treated_stable | prior CNS leukaemia allowed if treated and disease-free
C0054 | ct NSCLC ; st III,IV ; pl 0-0
C0055 | tr other_malignancy
C0056 | ct GROUP:NHL
C0057 | tr other | margin status after resection
C0058 | ps karnofsky 50-100 ; tr other_malignancy,pregnancy_contraception | flattened paragraph
C0059 | tr washout
C0060 | tr concurrent_medication
C0061 | ct TLL ; st relapsed,refractory
C0062 | ct GROUP:NHL
C0063 | ct SACA ; st metastatic,recurrent ; md required -
C0064 | ct MEL ; st relapsed
C0065 | tr other_malignancy
C0066 | ct PAAD ; st II,III,resectable ; st metastatic x ; md not_required - ; tr other | measurable OR evaluable
C0067 | ct GROUP:ANY ; st metastatic,unresectable | no standard curative/palliative therapy
C0068 | st I x
C0069 | ct MDS | refractory anaemia = MDS subtype
C0070 | ct NSCLC ; st IV,recurrent ; md not_required - ; br excluded | T4 lesion also allowed
C0071 | st advanced ; md not_required - | measurable OR evaluable
C0072 | pl 1-1 ; st relapsed,refractory ; pe chemotherapy | regimen must include one of cisplatin/carboplatin/paclitaxel/gemcitabine
C0073 | st relapsed,refractory | after prior chemotherapy, RT and/or SCT
C0074 | tr concurrent_medication
C0075 | st resectable | review s9: no stage numbers from T categories
C0076 | ct WT ; st I ; pe chemotherapy,surgery ; st metastatic x
C0077 | st metastatic ; md required -
C0078 | st I,II x | T1c/T2a-b N0 prostate excluded
C0079 | ct AML ; st newly_diagnosed ; pl 0-0 ; ct MDS x | secondary AML excluded
C0080 | ct OVT ; st advanced,IIB,IIIA,IIIB,IIIC,IV ; pe surgery ; md not_required - | measurable OR CA-125
C0081 | ct MEL ; st metastatic
C0082 | pe chemotherapy,immunotherapy x | for advanced NSCLC
C0083 | ct GROUP:ANY ; st metastatic,unresectable ; br excluded
C0084 | ct CERVIX ; st recurrent ; pe chemotherapy a | one additional cytotoxic regimen allowed
C0085 | ct RCC ; st metastatic
C0086 | st recurrent x
C0087 | st unresectable,metastatic
C0088 | ct STAD ; st metastatic,locally_advanced,unresectable ; md required - ; br excluded
C0089 | ct MEL ; st IIB,IIC | T4a-b N0
C0090 | ct HNSC ; st locally_advanced,III,IV,unresectable ; st metastatic x ; md required -
C0091 | st IV | ER/PR positive or negative both allowed (no biomarker constraint)
C0092 | ct GROUP:ANY ; st locally_advanced,metastatic
C0093 | st II,IIIA,IIIB
C0094 | ct ESCC ; st metastatic,locally_advanced ; md required -
C0095 | st refractory
C0096 | ct NSCLC ; st resectable,II,IIIA,IIIB
C0097 | ct BRCA ; st locally_advanced,resectable ; pe anthracycline ; st metastatic x
C0098 | ct GROUP:ANY ; br required ; st recurrent | leptomeningeal/CSF metastases required
C0099 | pl -2 metastatic
C0100 | ct BRAIN ; st recurrent
C0101 | drop | fragment: referent of "the disease" missing
C0102 | ct PRAD ; st metastatic x ; tr lab_values | review s9: no stage numbers from T/N categories; M0 kept
C0103 | tr other | T3/T4 primary excluded
C0104 | tr other_malignancy
C0105 | ct NSCLC ; st recurrent ; pl -1 ; md required -
C0106 | ct GROUP:SOLID ; st advanced,metastatic
C0107 | ct GROUP:SOLID ; st refractory
C0108 | st metastatic x | T1-3 N0-1 M0
C0109 | br excluded
C0110 | st metastatic x
C0111 | ct GROUP:NHL ; st recurrent,refractory
C0112 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; st refractory
C0113 | ct BRCA ; st I,IIA,resectable
C0114 | st recurrent,unresectable | after failing RT or refusing RT after 2 surgeries
C0115 | ct GROUP:SOLID ; st refractory,advanced
C0116 | pl 0-0 advanced
C0117 | ct NSCLC ; st unresectable,advanced,metastatic ; bm EGFR mutation pos | EGFR sensitising mutation
C0118 | ct GROUP:ANY ; st metastatic ; ct BRAIN a ; br allowed | primary brain tumours also eligible
C0119 | st I,II ; pe surgery ; tr washout | completely resected; no adjuvant therapy in past 3 months
C0120 | st II ; tr other | stage system unstated; spinal cord compression
C0121 | ct HNSC ; st metastatic,recurrent ; md required - | newly diagnosed non-metastatic excluded
C0122 | st refractory,recurrent ; pl 1-1 ; pe chemotherapy
C0123 | ct BLCA ; st refractory ; pe platinum ; pe bcg | alternatives: platinum-resistant muscle-invasive OR T1 failed BCG
C0124 | ct GROUP:ANY ; st metastatic,unresectable | review s9: no standard therapy alternative: no refractory
C0125 | pe surgery ; st metastatic,recurrent | no evidence of disease after resection of metastatic recurrence
C0126 | ct GROUP:SOLID ; st metastatic | list of eligible solid tumour types
C0127 | ct GROUP:ANY ; st advanced ; bm HER2 expression pos
C0128 | ct UCEC ; st recurrent ; pl -1
C0129 | tr other_malignancy
C0130 | ct FL ; st ann_arbor:III,ann_arbor:IV ; pl 0-0 ; md required -
C0131 | ct NBL ; tr other | after completion of primary therapy; vaccine cell line
C0132 | ct BLCA ; pl -1
C0133 | pe chemotherapy x ; tr concurrent_medication,washout | flattened NCI prior-therapy paragraph
C0134 | pe chemotherapy x
C0135 | ct CML ; pl -1 | accelerated or blastic phase
C0136 | pe investigational_agent x | no prior phase I regimens
C0137 | pl 1- metastatic ; pe chemotherapy ; st metastatic
C0138 | ct PCM ; pl 1- ; pe chemotherapy
C0139 | pl -2
C0140 | pe chemotherapy x
C0141 | br excluded_unless_treated_stable | carcinomatous meningitis also excluded
C0142 | pl 1- ; pe platinum,paclitaxel
C0143 | pe chemotherapy x
C0144 | pe chemotherapy x
C0145 | tr infection,concurrent_medication
C0146 | tr other | no prior murine protein therapy
C0147 | pl -2 | biologic response modifier regimens only
C0148 | pl 0-0 ; tr other | emergency RT/steroids allowed
C0149 | pe chemotherapy x ; tr washout,concurrent_medication | flattened NCI paragraph
C0150 | ct WM ; pl -2
C0151 | pe chemotherapy,radiotherapy x | flattened paragraph; partial cystectomy excluded, TURBT allowed
C0152 | pe biologic_therapy,chemotherapy,radiotherapy x ; pe surgery a
C0153 | pe chemotherapy x
C0154 | ct CHL ; pl 0-0
C0155 | ct PAAD ; pl 0-0 | first-line gemcitabine candidates
C0156 | pe chemotherapy x ; tr other | no RT to sole index lesion
C0157 | pe chemotherapy,radiotherapy x ; pe surgery
C0158 | pe chemotherapy x
C0159 | pe chemotherapy x
C0160 | tr other | hepatic metastasis size condition
C0161 | pl 0-0
C0162 | tr other | central venous line required
C0163 | pe chemotherapy a | unlimited prior regimens
C0164 | pe chemotherapy x
C0165 | pe egfr_tki ; pl 1- ; bm EGFR mutation pos | exon19del or exon21; T790M status must be known (not required positive)
C0166 | st recurrent ; pl 1- ; pe chemotherapy
C0167 | st relapsed,refractory ; pl 3- | >=2 salvage regimens after first line
C0168 | ct MDS ; pl 0-0 | RAEB-t
C0169 | pe chemotherapy x
C0170 | pe biologic_therapy a
C0171 | ct HNSC ; st recurrent,refractory,III,IV ; pl 1- advanced ; pe chemotherapy ; md required -
C0172 | pe chemotherapy x
C0173 | pl 0-0 ; pe surgery a | nephrectomy allowed
C0174 | tr comorbidity
C0175 | pe chemotherapy,radiotherapy x
C0176 | pe chemotherapy x | except chemo given concurrently with RT
C0177 | st refractory ; pl 1-
C0178 | tr other | failed or ineligible for standard chemotherapy
C0179 | pl -2 advanced
C0180 | tr washout
C0181 | pl -1 ; pe cisplatin a | or no more than 6 prior courses of cisplatin
C0182 | pl -1 ; pe mitoxantrone x | no prior salvage therapy
C0183 | ct NSCLC ; st recurrent,refractory ; md required - | at least one prior systemic therapy OR prior RT
C0184 | pl -2 metastatic ; pe stem_cell_transplant x ; pe paclitaxel a ; pe radiotherapy x | no prior high-dose chemo; no prior pelvic RT
C0185 | pl 1-1 advanced ; pe chemotherapy ; st locally_advanced,metastatic | adjuvant regimen not counted
C0186 | pe chemotherapy x
C0187 | pl -1 advanced ; st locally_advanced,metastatic
C0188 | st relapsed,refractory ; pl 2- | relapse after CR >1 year and failed re-induction
C0189 | pe chemotherapy x
C0190 | br excluded_unless_treated_stable ; tr comorbidity | untreated cerebral metastases, leptomeningeal disease excluded
C0191 | pl 1- advanced ; ct NSCLC ; st locally_advanced,metastatic
C0192 | pl 0-0 ; ct LXSC | supraglottic larynx SCC
C0193 | pl -1 metastatic | two lines for recurrent/metastatic disease excluded
C0194 | ct MEL x ; st III,IV x | melanoma untreated/locally advanced/metastatic excluded; resected stage I-II melanoma allowed
C0195 | ct HL ; st relapsed ; pl 2- | review s9: failure after regimens is pl, not refractory stage
C0196 | tr washout
C0197 | tr washout
C0198 | pe chemotherapy ; tr other | chemosensitive disease
C0199 | pe interferon,aldesleukin x
C0200 | ct CHOL ; ct GBC ; st unresectable,metastatic a ; pl -1 ; md required - ; br excluded | untreated OR progressed after first-line chemo
C0201 | tr washout
C0202 | tr washout
C0203 | tr washout
C0204 | tr washout
C0205 | pe rituximab a ; pe carboplatin,cisplatin x
C0206 | pe hormonal_therapy a | up to 4 weeks of tamoxifen/hormonal therapy
C0207 | tr organ_function,lab_values
C0208 | pl -2 metastatic
C0209 | tr other | prior colorectal surgery allowed, >=50% colorectum required
C0210 | pe chemotherapy x
C0211 | pe biologic_therapy x
C0212 | pe radiotherapy x
C0213 | pe taxane x ; tr washout
C0214 | tr washout
C0215 | st I ; pl 1- | review s9: prior therapy required, class unstated
C0216 | tr washout
C0217 | pe ifosfamide
C0218 | st metastatic,locally_advanced,recurrent
C0219 | pe radiotherapy a ; md required - | measurable and/or evaluable non-irradiated lesion
C0220 | pe egfr_tki x
C0221 | pe radiotherapy x
C0222 | st III ; pe chemotherapy ; bm ER - pos ; bm PR - pos | ER or PR positive required if premenopausal; either if postmenopausal
C0223 | tr washout ; pe hormonal_therapy a | prior steroids allowed
C0224 | tr washout
C0225 | pl 0-0
C0226 | ct RCC ; st advanced | review s9: unsuited-for-therapy alternative: no pl
C0227 | tr washout
C0228 | pe chemotherapy a ; tr washout
C0229 | tr infection,concurrent_medication | prior indinavir/ritonavir (antiretrovirals)
C0230 | ct AML ; pe chemotherapy | AML in first CR, >=2 consolidation cycles
C0231 | tr other | recovered from prior therapy toxicity
C0232 | pe radiotherapy x
C0233 | pe stem_cell_transplant a | prior high-dose chemotherapy allowed
C0234 | pe radiotherapy a
C0235 | pe aromatase_inhibitor ; tr washout | within 2 years of prior AI
C0236 | pe vegf_inhibitor x | review s9: drugs are examples of VEGFR-TKI class
C0237 | pe radiotherapy x | to the liver
C0238 | tr organ_function,lab_values
C0239 | pl -2 metastatic
C0240 | tr other | fusion protein documentation timing
C0241 | tr washout
C0242 | pl -1 metastatic
C0243 | tr washout
C0244 | tr washout
C0245 | tr comorbidity
C0246 | tr other | RT to >15% marrow excluded
C0247 | pe oxaliplatin x ; pl -1 metastatic ; pe fluorouracil a ; tr concurrent_medication | flattened paragraph
C0248 | tr washout,concurrent_medication
C0249 | pe aldesleukin x | for metastatic disease
C0250 | pe radiotherapy x | chest RT
C0207 | tr organ_function | hepatic labs -> organ_function (convention)
C0238 | tr organ_function
C0251 | pe radiotherapy
C0252 | pe radiotherapy a ; tr other | prior RT dose limits
C0253 | pl -1 metastatic ; tr washout ; pe hormonal_therapy,radiotherapy a | flattened paragraph
C0254 | pe chemotherapy x
C0255 | tr other
C0256 | pe chemotherapy x ; tr concurrent_medication,washout | flattened paragraph
C0257 | pe biologic_therapy a
C0258 | pl -3 | <=2 chemo + <=1 immunotherapy regimens; 3 if chemoimmunotherapy
C0259 | tr washout
C0260 | pe radiotherapy x | total body irradiation
C0261 | tr infection
C0262 | tr pregnancy_contraception
C0263 | tr infection
C0264 | tr infection
C0265 | tr infection
C0266 | bm ER - pos | oestrogen receptor content threshold (fmol), truncated item
C0267 | bm BCR-ABL1 - pos
C0268 | tr infection
C0269 | drop | heading line ("Hormone receptor status:"), not a criterion
C0270 | tr other
C0271 | drop | heading line, not a criterion
C0272 | tr other | bone scan negative for metastases
C0273 | tr other | BRCA mutation in the family (not the patient's own status)
C0274 | tr infection
C0275 | ct CERVIX x ; tr other | CIN I/II required; invasive carcinoma excluded
C0276 | tr infection
C0277 | tr infection
C0278 | tr pregnancy_contraception
C0279 | bm EGFR - pos x ; bm ALK - pos x ; bm ROS1 - pos x ; bm NTRK - pos x ; bm MET - pos x ; bm BRAF - pos x ; bm RET - pos x | actionable alterations amenable to targeted therapy excluded
C0280 | tr infection
C0281 | tr infection,concurrent_medication
C0282 | tr infection
C0283 | tr pregnancy_contraception
C0284 | tr other | positive peritoneal washings excluded
C0285 | tr pregnancy_contraception
C0286 | tr other
C0287 | ct HNSC ; st I,II,III,IVA,IVB ; pe surgery ; st metastatic x
C0288 | tr infection | donor
C0289 | tr concurrent_medication
C0290 | tr pregnancy_contraception
C0291 | tr infection
C0292 | bm BRCA mutation pos | alternative to >=50% risk by Couch model
C0293 | tr other
C0294 | bm PML-RARA fusion pos
C0295 | bm HLA-A2 - pos
C0296 | tr infection
C0297 | age 18- ; sex female ; ps ecog 0-3 ; tr life_expectancy,pregnancy_contraception | flattened NCI patient-characteristics paragraph
C0298 | tr infection
C0299 | ct BRCA ; st I,IIA,resectable ; st metastatic x | HR status positive or negative (no constraint)
C0300 | tr pregnancy_contraception
C0301 | bm EGFR mutation pos | sensitising: exon19del or L858R
C0302 | tr pregnancy_contraception
C0303 | tr pregnancy_contraception
C0304 | bm BRCA mutation pos ; tr other | hyperplasia without atypia
C0305 | tr lab_values
C0306 | pe surgery ; tr other | negative margins
C0307 | pe egfr_tki ; pl 1-2 | 1-2 prior EGFR-TKIs; osimertinib required if T790M+
C0308 | tr pregnancy_contraception
C0309 | tr infection
C0310 | ct PAAD ; st metastatic ; bm HER2 overexpression pos
C0311 | tr organ_function
C0312 | drop | heading line, not a criterion
C0313 | tr pregnancy_contraception
C0314 | drop | heading line, not a criterion
C0315 | tr infection
C0316 | tr infection
C0317 | tr other
C0318 | pe doxorubicin,estramustine x ; tr washout | flattened paragraph
C0319 | drop | heading line, not a criterion
C0320 | bm HER2 - pos | IHC 3+ or FISH amplified
C0321 | tr infection
C0322 | tr washout
C0323 | tr pregnancy_contraception
C0324 | tr infection
C0325 | tr infection
C0326 | ps ecog 0-2
C0327 | age 18- ; ps karnofsky 70-100 ; tr lab_values,organ_function,pregnancy_contraception | flattened NCI patient-characteristics paragraph
C0328 | ps ecog 0-2 | Zubrod = ECOG scale
C0329 | ps karnofsky 70-100
C0330 | ps karnofsky 60-100
C0331 | ps karnofsky 70-100
C0332 | ps ecog 0-2
C0333 | ps lansky 50-100 | under 10 years
C0334 | ps karnofsky 70-100
C0335 | ps ecog 0-1 | SWOG scale = ECOG scale
C0336 | ps ecog 0-2 | Zubrod
C0337 | ps karnofsky 50-100 ; ps lansky 50- | Lansky for infants
C0338 | age 18- ; ps karnofsky 60-100 ; tr organ_function,comorbidity,infection,pregnancy_contraception | flattened paragraph
C0339 | ps karnofsky 60-100
C0340 | age -21 ; tr organ_function,comorbidity,pregnancy_contraception | flattened paragraph
C0341 | ps ecog 0-1 ; tr life_expectancy
C0342 | ps ecog 0-2 | GOG scale = ECOG scale
C0343 | ps ecog 0-2
C0344 | ps karnofsky 80-100
C0345 | ps karnofsky 70-100 ; ps lansky 70-100
C0346 | ps ecog 0-3 ; tr life_expectancy,lab_values,organ_function,infection,other ; br excluded | flattened paragraph; age any; negative head CT/MRI
C0347 | ps karnofsky 60-100
C0348 | age 18- ; ps ecog 0-1 ; tr lab_values,organ_function,pregnancy_contraception,other_malignancy | flattened paragraph; CALGB scale = ECOG
C0349 | ps ecog 0-1 | Zubrod
C0350 | ps ecog 0-2
C0351 | age 8-20
C0352 | ps ecog 0-1
C0353 | ps karnofsky 60-100
C0354 | ps ecog -2
C0355 | ps karnofsky 70-100
C0356 | ps ecog 0-2
C0357 | ps lansky 50-100 | 10 years and under
C0358 | age 18- ; ps ecog 0-1 ; tr lab_values,organ_function,other_malignancy,pregnancy_contraception | flattened paragraph; Age: Adult; GOG scale
C0359 | age 18- ; ps ecog 0-2 | flattened paragraph; "over 18"
C0360 | ps karnofsky 70-100
C0361 | ps ecog 0-1 ; ps karnofsky 80- | Karnofsky > 70%
C0362 | ps ecog 2- | exclusion of ECOG < 2 as written (likely a typo in the source)
C0363 | ps karnofsky 80-
C0364 | ps karnofsky 70-100
C0365 | age -50 ; sex female ; tr life_expectancy,lab_values,organ_function | flattened paragraph; under 50
C0366 | ps karnofsky 70-100
C0367 | tr comorbidity | all other NCI headings not specified
C0368 | ps karnofsky 20-100
C0369 | ps ecog 0-2
C0370 | ps ecog 0-2
C0371 | age -18 ; tr life_expectancy,organ_function,comorbidity | flattened paragraph; under 18
C0372 | ps ecog 0-1
C0373 | age 15-70 ; tr life_expectancy,comorbidity | flattened paragraph
C0374 | ps ecog 0-2
C0375 | ps karnofsky 30-100
C0376 | tr other | progression defined by bone lesions
C0377 | age -12
C0378 | ps ecog 0-1
C0379 | ps ecog 0-1 | Zubrod
C0380 | ps ecog 0-1 ; ps karnofsky 80-100
C0381 | ps ecog 0-2
C0382 | ps karnofsky 80-100
C0383 | ps karnofsky 60-100
C0384 | ps ecog 0-2
C0385 | ps karnofsky 70-
C0386 | ps karnofsky 70-100 ; ps lansky 70-100
C0387 | age 1-55 ; tr comorbidity | >55-<65 allowed at discretion if PS 0-1
C0388 | ps ecog 0-1
C0389 | ps karnofsky 70-100
C0390 | ps karnofsky 80-100
C0391 | br excluded | CNS or meningeal lymphoma involvement
C0392 | ct BRAIN ; ct BLL | ALL unspecified -> BLL
C0393 | ct MEL ; md required - ; br required | 1-6 enhancing brain metastases required
C0394 | br excluded_unless_treated_stable | active CNS disease excluded
C0395 | br excluded ; ct BRAIN x
C0396 | br excluded
C0397 | ct RCC ; st metastatic ; md required - ; br excluded_unless_treated_stable | sarcomatoid RCC; uncontrolled CNS metastases excluded
C0398 | ct NSCLC ; st IIIB,IV ; md not_required - ; br excluded | measurable OR evaluable
C0399 | ct GNOS | brain stem glioma
C0400 | br excluded_unless_treated_stable | allowed if irradiated and no clinical evidence
C0401 | ct PRAD ; st metastatic ; md not_required - ; br excluded ; tr other | stage D2 = metastatic; measurable OR evaluable
C0402 | ct BRAIN ; md required -
C0403 | br excluded | no CNS or gonadal involvement (leukaemia)
C0404 | br excluded | carcinomatous meningitis also excluded
C0405 | ct BLL ; br allowed ; age 1-21 | ALL -> BLL; high-risk age/WBC groups; FAB L3 excluded
C0406 | tr other | brain imaging required
C0407 | tr concurrent_medication | steroids allowed for specific indications
C0408 | br excluded
C0409 | br excluded
C0410 | br excluded ; ct PCNSL x ; tr infection | AIDS-related lymphoma excluded
C0411 | ct PLMESO ; st unresectable ; md required - ; pe surgery a ; br excluded | malignant mesothelioma (site unstated) -> PLMESO
C0412 | br excluded_unless_treated_stable | symptomatic brain metastases excluded
C0413 | br excluded
C0414 | br excluded_unless_treated_stable
C0415 | br excluded
C0416 | br excluded
C0417 | ct PCNSL
C0418 | br excluded ; ct BRAIN x
C0419 | ct PCNSL ; tr infection | HIV-related NHL of the CNS
C0420 | br excluded_unless_treated_stable | active CNS disease excluded
C0421 | br excluded
C0422 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; br excluded_unless_treated_stable | review s9: failed-or-no-standard-therapy: no refractory stage
C0423 | tr comorbidity
C0424 | ct GROUP:ANY ; st metastatic ; br excluded_unless_treated_stable ; tr other | no active brain metastasis
C0425 | tr washout
C0426 | pe hormonal_therapy x | for brain metastases
C0427 | br excluded | CNS lymphoma involvement
C0428 | ct NSCLC ; st recurrent,refractory ; md required - ; br excluded
C0429 | ct GROUP:ANY ; st refractory ; br required | overt meningeal involvement required
C0430 | drop | list fragment (tumour location) without criterion context
C0431 | ct BRAIN ; st newly_diagnosed
C0432 | br excluded ; tr other | leptomeningeal and serosal lesions excluded
C0433 | pe radiotherapy x ; tr washout | prior WBRT excluded
C0434 | pe egfr_tki ; tr other | progression pattern on EGFR-TKI
C0435 | br excluded_unless_treated_stable
C0436 | ct MEL ; ct GROUP:SOLID ; st recurrent,metastatic ; br excluded_unless_treated_stable
C0437 | ct GROUP:SOLID ; br excluded ; ct BRAIN x
C0438 | ct BRAIN ; st refractory
C0439 | br excluded_unless_treated_stable
C0440 | br excluded_unless_treated_stable
C0441 | br allowed
C0442 | ct NSCLC ; st IV,recurrent,unresectable ; md required - ; br excluded_unless_treated_stable
C0443 | tr comorbidity
C0444 | ct HNSC ; st metastatic,recurrent,refractory ; pe cisplatin ; pl 1- ; md required - ; br excluded | failed cisplatin+paclitaxel or cisplatin+5-FU; EGFR IHC tissue needed (not a status)
C0445 | tr other | effusions/bone/brain lesions not sole evidence of disease
C0446 | ct BRCA ; st recurrent,metastatic,unresectable ; md not_required - ; pl -2 metastatic ; br excluded_unless_treated_stable
C0447 | br excluded
C0448 | br excluded ; ct BRAIN x
C0449 | ct RCC ; ct MEL ; st metastatic ; md not_required - ; br excluded_unless_treated_stable
C0450 | br excluded_unless_treated_stable | no active CNS disease
C0451 | br excluded_unless_treated_stable
C0452 | tr washout,concurrent_medication
C0453 | ct BRCA ; st metastatic ; md not_required - ; br excluded
C0454 | br excluded
C0455 | ct BRAIN ; st newly_diagnosed
C0456 | st metastatic x ; br excluded
C0457 | md required -
C0458 | md required -
C0459 | st resectable | metastases only if planned for resection
C0460 | tr other
C0461 | ct MPE x ; ct PCNSL x ; ct BGCT x | also low-grade brainstem astrocytoma and chloroma excluded
C0462 | ct COADREAD ; st metastatic ; md required -
C0463 | md required - ; tr concurrent_medication | concurrent palliative RT allowed
C0464 | tr other
C0465 | st relapsed ; md required - | CA-125 marker relapse and measurable disease
C0466 | md not_required - | measurable OR evaluable
C0467 | ct OVT ; ct PSEC ; st recurrent,refractory ; pe platinum ; pl -2 ; md required -
C0468 | tr other
C0469 | tr other
C0470 | ct GROUP:SOLID ; ct COADREAD x ; md required - | liver-limited non-colorectal cancer
C0471 | md required - ; st IIIB,IV,recurrent
C0472 | ct HGGNOS ; st recurrent ; md required -
C0473 | md required -
C0474 | tr other
C0475 | ct PTLD ; tr infection | EBV lymphoproliferative disease
C0476 | md required -
C0477 | md not_required - | measurable OR evaluable
C0478 | tr washout
C0479 | md required - ; tr other | staging work-up within 3 weeks
C0480 | md required -
C0481 | tr other | archival tumour sample required
C0482 | md required RECIST
C0483 | ct NSCLC ; st I,II,IIIA ; pe surgery ; ct PLMESO ; md required - | resected NSCLC OR stage I-II mesothelioma
C0484 | drop | list fragment ("Bone lesions") without criterion context
C0485 | md not_required - ; tr infection ; bm CD20 expression pos | >50% cells CD20+
C0486 | md required -
C0487 | md not_required - | measurable disease OR tumour markers
C0488 | pe radiotherapy a ; tr other | irradiated lesion must not be the only target lesion
C0489 | drop | list fragment ("Cystic lesions") without criterion context
C0490 | md required -
C0491 | md not_required -
C0492 | ct GB ; pl 0-0 ; md required - | previously untreated GBM
C0493 | md required -
C0494 | ct SARCNOS ; st advanced,metastatic,unresectable,refractory ; md not_required - ; br excluded ; tr other
C0495 | tr other | measurable site outside prior RT port
C0496 | md required -
C0497 | ct PRAD ; pe hormonal_therapy ; pl 1- ; tr washout ; md not_required - ; br excluded | progression despite >=1 endocrine manipulation
C0498 | tr other
C0499 | tr other | suspicious breast lesion needing biopsy (no cancer diagnosis yet)
C0500 | md not_required -
C0501 | md required -
C0502 | tr other | stable disease required
C0503 | md required - ; st metastatic ; pl 0-0 metastatic ; pe immunotherapy a
C0504 | md not_required -
C0505 | ct GB ; st refractory,recurrent ; md required - ; tr concurrent_medication
C0506 | tr other | measurable site not previously irradiated
C0507 | ct COADREAD ; st recurrent,metastatic ; md required - | evaluable acceptable in phase I
C0508 | tr other | marrow involvement as evaluable site
C0509 | pe radiotherapy a ; md required -
C0510 | md required -
C0511 | md required -
C0512 | md required -
C0513 | md required RECIST
C0514 | tr other | effusions/bone/brain lesions not sole indicator lesion
C0515 | md not_required -
C0516 | age 18-75
C0517 | age 16- ; ps ecog 0-3 ; tr life_expectancy,other,pregnancy_contraception,comorbidity,other_malignancy | flattened paragraph
C0518 | age 3-10 ; tr other | age at diagnosis; residual tumour and/or neuraxis dissemination
C0519 | age 18-
C0520 | ct OGCT ; pe cisplatin ; tr other | disease-free >= 2 years after cisplatin-based chemo
C0521 | age 18- ; tr consent
C0522 | age 16- | sub-heading fragment "Age 16 and over:" under Performance status
C0523 | age 60- | if in first CR
C0524 | age 18- ; tr comorbidity,other | flattened paragraph
C0525 | drop | review s9: age sub-heading inside PS list, not a criterion
C0526 | tr other_malignancy
C0527 | age 18-
C0528 | pe chemotherapy x | within the last 5 years; no neoadjuvant chemo
C0529 | age 18-
C0530 | age 18-
C0531 | age 1- ; tr other | healthy volunteers donating samples
C0532 | drop | note about terminology, not a criterion
C0533 | age 18-
C0534 | age 18-76 ; ps karnofsky 70-100 ; tr lab_values,organ_function,other_malignancy | flattened paragraph
C0535 | age 0.5- | review s9: age >= 6 months stated; any sex
C0536 | tr organ_function
C0537 | tr other | allogeneic BMT candidates (<60 years with donor) excluded
C0538 | tr other | IPI score > 1; age > 60 not eligible
C0539 | tr other_malignancy
C0540 | ct NBL ; st II ; age -12 ; bm MYCN amplification neg | INSS 2A/2B; MYCN not amplified
C0541 | tr other_malignancy
C0542 | ps ecog 0-2 ; tr organ_function,pregnancy_contraception | flattened paragraph; scale unstated (0-2)
C0543 | age -90
C0544 | ct NBL ; st IV ; bm MYCN amplification neg ; age 1-1.5 | review s9: added stated age bounds (365-547 days)
C0545 | tr other_malignancy
C0546 | tr other_malignancy
C0547 | age -21 ; tr organ_function,pregnancy_contraception
C0548 | age 18-
C0549 | age 15-80 ; ps karnofsky 60-100 ; tr lab_values,organ_function
C0550 | ct GROUP:ANY | cancer or pre-cancer syndrome of interest
C0551 | tr other_malignancy
C0552 | age 15-59 ; tr lab_values,other_malignancy | review s9: prior heme disorders are history, not the trial disease
C0553 | ct GROUP:ANY ; age -21 ; tr other | any paediatric cancer; on chemoradiotherapy or >=1y in remission
C0554 | tr organ_function | for age over 15
C0555 | age 18- ; tr comorbidity,other | flattened paragraph
C0556 | tr lab_values
C0557 | tr other | expected DFS >= 5 years
C0558 | tr other_malignancy
C0559 | age 16-
C0560 | age 18-
C0561 | age 65-70 | sub-heading fragment ("Age 65-70 years:")
C0562 | tr pregnancy_contraception
C0563 | age 18- ; ps karnofsky 70-100 ; tr other_malignancy | flattened paragraph
C0564 | age 18-
C0565 | age -75 ; ps who 0-1 ; tr lab_values,organ_function,comorbidity,other_malignancy | flattened paragraph
C0566 | tr other | HLA-identical sibling donor required
C0567 | age 18-70 | >18
C0568 | tr organ_function
C0569 | age 2-18
C0570 | ps karnofsky 70-100 ; tr lab_values,organ_function,other | flattened paragraph
C0571 | age 18-65 | <65
C0572 | tr other | family history criterion (relative diagnosed under 50)
C0573 | age 18-
C0574 | age 18-
C0575 | tr other_malignancy
C0576 | tr pregnancy_contraception
C0577 | age 50-69 ; sex female ; tr other,lab_values | flattened paragraph; postmenopausal, body fat, estradiol
C0578 | tr pregnancy_contraception
C0579 | age 18- ; sex female ; ps ecog 0-2 ; tr lab_values,organ_function,other_malignancy | flattened paragraph; Zubrod; concurrent malignancies allowed
C0580 | tr pregnancy_contraception
C0581 | tr pregnancy_contraception
C0582 | tr pregnancy_contraception
C0583 | age 18- ; ps ecog 0-3 ; tr lab_values,organ_function,infection,comorbidity,pregnancy_contraception | flattened paragraph
C0584 | tr pregnancy_contraception
C0585 | tr pregnancy_contraception
C0586 | tr pregnancy_contraception
C0587 | tr pregnancy_contraception
C0588 | none | male or female: no sex restriction
C0589 | tr pregnancy_contraception
C0590 | age 3- ; ps karnofsky 50-100 ; tr lab_values,organ_function,pregnancy_contraception | flattened paragraph
C0591 | age 18-75 ; tr consent | male or female
C0592 | age 18- | male or female
C0593 | sex female ; tr other | postmenopausal definition (implies female)
C0594 | age 18-
C0595 | tr pregnancy_contraception
C0596 | tr pregnancy_contraception
C0597 | sex female
C0598 | tr pregnancy_contraception
C0599 | tr pregnancy_contraception
C0600 | tr pregnancy_contraception
C0601 | tr pregnancy_contraception
C0602 | tr pregnancy_contraception
C0603 | tr pregnancy_contraception
C0604 | tr pregnancy_contraception
C0605 | tr pregnancy_contraception
C0606 | sex female ; tr other | postmenopausal (implies female)
C0607 | tr pregnancy_contraception
C0608 | tr infection,comorbidity
C0609 | tr pregnancy_contraception
C0610 | tr pregnancy_contraception
C0611 | sex female ; age 50-69 ; tr other | healthy postmenopausal volunteers; diet
C0612 | tr lab_values,other | postmenopausal hormone levels
C0613 | tr pregnancy_contraception
C0614 | tr pregnancy_contraception
C0615 | none | pre- or postmenopausal: no restriction
C0616 | tr pregnancy_contraception
C0617 | age 18- ; ps karnofsky 60-100 ; tr lab_values,organ_function,comorbidity,other_malignancy,pregnancy_contraception | flattened paragraph
C0618 | tr pregnancy_contraception
C0619 | tr pregnancy_contraception
C0620 | tr pregnancy_contraception
C0621 | tr pregnancy_contraception
C0622 | tr pregnancy_contraception
C0623 | tr pregnancy_contraception
C0624 | ct NSCLC ; tr other | all stages, men and women; first attendance in date window
C0625 | tr lab_values
C0626 | drop | garbled: fragment of a numbered risk-factor list flattened into one line
C0627 | tr pregnancy_contraception
C0628 | tr pregnancy_contraception
C0629 | tr pregnancy_contraception
C0630 | tr pregnancy_contraception
C0631 | ct AML ; st newly_diagnosed ; age 15- ; pe chemotherapy ; tr lab_values | thrombocytopenic, undergoing chemotherapy
C0632 | tr pregnancy_contraception
C0633 | tr pregnancy_contraception
C0634 | age 18-80 ; tr comorbidity,pregnancy_contraception | flattened paragraph
C0635 | sex female ; tr lab_values,other | review s9: postmenopausal implies female
C0636 | tr organ_function
C0637 | tr organ_function
C0638 | tr other
C0639 | tr organ_function
C0640 | tr life_expectancy | sub-heading Life expectancy
C0641 | tr lab_values
C0642 | tr pregnancy_contraception
C0643 | tr lab_values
C0644 | st metastatic x
C0645 | tr organ_function
C0646 | tr comorbidity
C0647 | tr organ_function
C0648 | ct LCIS | review s9: LCIS has an OncoTree code
C0649 | pe chemotherapy x | prior or concurrent chemotherapy excluded
C0650 | tr concurrent_medication
C0651 | tr organ_function
C0652 | tr concurrent_medication
C0653 | tr organ_function
C0654 | pe biologic_therapy,chemotherapy,radiotherapy,surgery x ; pl 0-0 ; tr concurrent_medication | flattened NCI prior-therapy paragraph; no prior therapy of any kind
C0655 | tr other | donor HLA mismatch rule
C0656 | tr lab_values
C0657 | ct UCEC ; st I,II,IIIA | survivor group only, diagnosed in past 5 years
C0658 | tr comorbidity | section unknown
C0659 | tr concurrent_medication
C0660 | tr infection
C0661 | tr pregnancy_contraception
C0662 | tr lab_values
C0663 | tr comorbidity
C0664 | ct NPC ; st IIB,III,IV ; pl 0-0 ; md not_required - ; tr other_malignancy | flattened paragraph; previously untreated; evaluable disease
C0665 | tr infection
C0666 | pe chemotherapy,tamoxifen,raloxifene x | prior ER antagonists/SERMs for this breast cancer
C0667 | br excluded_unless_treated_stable | neuro status stable 2 weeks after local therapy for brain metastasis
C0668 | tr comorbidity
C0669 | tr pregnancy_contraception
C0670 | tr infection
C0671 | drop | list fragment ("Bone metastases") without criterion context
C0672 | tr lab_values
C0673 | tr consent
C0674 | tr life_expectancy
C0675 | tr concurrent_medication
C0676 | tr comorbidity
C0677 | tr organ_function
C0678 | tr pregnancy_contraception
C0679 | tr comorbidity
C0680 | tr infection
C0681 | tr washout
C0682 | tr other_malignancy
C0683 | tr concurrent_medication
C0684 | br excluded
C0685 | tr infection
C0686 | tr other_malignancy
C0687 | tr comorbidity
C0688 | tr concurrent_medication
C0689 | tr lab_values
C0690 | tr infection
C0691 | pe antineoplaston x
C0692 | tr concurrent_medication
C0693 | tr other_malignancy | synchronous/prior endometrial cancer
C0694 | st metastatic x
C0695 | st advanced,metastatic
C0696 | tr organ_function
C0697 | tr organ_function
C0698 | tr comorbidity
C0699 | tr organ_function
C0700 | tr comorbidity
C0701 | pe chemotherapy ; pl 1- | >=2 courses of polychemotherapy or purine analogues
C0702 | tr concurrent_medication
C0703 | tr lab_values
C0704 | tr lab_values
C0705 | tr other | no prior solid organ transplant
C0706 | tr other | history of LCIS (risk factor)
C0707 | tr lab_values
C0708 | ct HGGNOS ; st recurrent
C0709 | tr other
C0710 | st refractory ; pe platinum | heading-like item introducing platinum-resistance definitions
C0711 | tr lab_values
C0712 | tr organ_function
C0713 | ct PRAD ; st metastatic ; pe hormonal_therapy ; br excluded | flattened paragraph; antiandrogen withdrawal
C0714 | tr lab_values | blast cytochemistry (diagnostic)
C0715 | tr comorbidity
C0716 | tr lab_values | haemoglobin threshold fragment
C0717 | drop | "not specified" heading item, not a criterion
C0718 | tr consent
C0719 | tr organ_function
C0720 | tr other
C0721 | md not_required - | track I
C0722 | tr lab_values
C0723 | tr organ_function
C0724 | tr comorbidity | fragment of a cardiac criteria list
C0725 | tr other | nodal staging condition
C0726 | br excluded | no CNS disease
C0727 | tr comorbidity
C0728 | tr lab_values
C0729 | tr comorbidity
C0730 | md required -
C0731 | st resectable
C0732 | drop | heading fragment ("Biologic therapy")
C0733 | tr lab_values,concurrent_medication
C0734 | pe tamoxifen | starting adjuvant tamoxifen (alternative branch)
C0735 | ct ASTR | low grade astrocytoma in list of eligible diagnoses; ASTR = astrocytoma IDH-mutant (closest)
C0736 | tr other
C0737 | pe radiotherapy x | abdominal RT
C0738 | tr comorbidity
C0739 | ct GROUP:NHL ; tr infection | HIV-associated B-cell NHL
C0740 | tr washout
C0741 | ps ecog 0-3
C0742 | tr infection
C0743 | md required - | for phase II
C0744 | tr other | staging scans within 42 days
C0745 | tr washout
C0746 | tr other
C0747 | tr concurrent_medication
C0748 | tr organ_function
C0749 | pe radiotherapy | prior head and neck RT 45-75 Gy
C0750 | tr consent
C0751 | tr concurrent_medication
C0752 | tr comorbidity
C0753 | tr other | donor health
C0754 | tr concurrent_medication
C0755 | tr organ_function
# --- top-up: stratum biomarker_topup (C0756-C0800), drawn with scripts/eval/sample_criteria.py --extra biomarker_topup=45
C0756 | pe egfr_tki x | 4th-generation EGFR-TKIs
C0757 | tr other | hormone receptor status must be known (any value)
C0758 | bm HER2 amplification pos | FISH/CISH amplified; negative/equivocal excluded
C0759 | drop | heading line ("Hormone receptor status:"), not a criterion
C0760 | ct OVT ; st advanced ; bm BRCA mutation pos | BRCA1 or BRCA2 positive
C0761 | ct CML ; bm BCR-ABL1 - pos ; st newly_diagnosed | early chronic phase; diagnosed within 12 months; later phases excluded
C0762 | bm BCR-ABL1 - pos x
C0763 | pe egfr_tki,her2_directed x | EGFR- or HER2-directed therapy
C0764 | tr other | Ph status must be determined (any value)
C0765 | drop | heading line, not a criterion
C0766 | pe cetuximab,egfr_tki | starting (concurrent) EGFR inhibitor on another trial
C0767 | drop | heading line, not a criterion
C0768 | bm HER2 overexpression pos IHC>=2
C0769 | ct NSCLC ; bm KRAS mutation pos ; bm KRAS G12C pos x | non-G12C KRAS mutations required
C0770 | bm EGFR mutation pos | exon19del or L858R
C0771 | bm ALK fusion pos x ; bm ROS1 fusion pos x ; bm BRAF mutation pos x ; bm HER2 amplification pos x ; bm HER2 mutation pos x ; bm RET fusion pos x ; bm MET amplification pos x ; bm MET exon14skip pos x ; bm NTRK fusion pos x
C0772 | pe interferon ; bm BCR-ABL1 - pos | minor cytogenetic response after >=12 months of IFN-alpha
C0773 | bm MET amplification pos x ; bm HER2 amplification pos x ; bm KRAS mutation pos x
C0774 | pe chemotherapy,tamoxifen,raloxifene x
C0775 | ct HL ; ct GROUP:NHL ; ct BRCA ; st advanced ; pe autologous_stem_cell_transplant ; ct PTCL x | planned autologous PBSCT; T-cell lymphomas excluded
C0776 | drop | heading line, not a criterion
C0777 | drop | heading line, not a criterion
C0778 | drop | heading line, not a criterion
C0779 | pe interferon ; bm BCR-ABL1 - pos | complete cytogenetic response but BCR-ABL positive
C0780 | ct AML ; bm CD33 expression pos BLASTS%>5
C0781 | drop | heading line, not a criterion
C0782 | bm ER - neg ; bm PR - neg ; bm HER2 - neg | triple negative
C0783 | tr comorbidity
C0784 | bm ER - pos PERCENT>=10 | hormone receptor positive (>=10% cells) -> ER positive
C0785 | ct CML ; bm BCR-ABL1 - pos ; st newly_diagnosed | registration within 8 weeks of diagnosis
C0786 | drop | heading line, not a criterion
C0787 | drop | heading line, not a criterion
C0788 | tr concurrent_medication
C0789 | none | PR positive or negative: no constraint
C0790 | pe anti_pd1_pdl1,anti_ctla4 x ; pe immunotherapy x | other checkpoint antibodies excluded; durvalumab consolidation allowed
C0791 | ct CML ; bm BCR-ABL1 - pos
C0792 | ct BRCA ; st metastatic ; md required - ; br excluded_unless_treated_stable
C0793 | pe egfr_tki x
C0794 | bm BCR-ABL1 - pos
C0795 | bm EGFR exon20ins pos
C0796 | bm BCR-ABL1 fusion pos | if Ph-negative, molecular bcr/abl required
C0797 | ct MPN ; ct CMLBCRABL1 x
C0798 | tr other ; bm BCR-ABL1 - pos | >1 induction course OR adverse cytogenetics (alternatives)
C0799 | tr washout | non-CD20 monoclonal antibody within 6 months
C0800 | ct CML ; ct BLL ; bm BCR-ABL1 - pos | Ph+ applies to ALL
C0775 | ct HL ; ct GROUP:NHL ; ct BRCA ; st advanced ; ct PTCL x | planned autologous PBSCT (not a prior exposure); T-cell lymphomas excluded
