# Second tuning set (session 6), labelled by four labellers (ids interleaved: T0001, T0005... by labeller 1; T0002... by 2;
# T0003... by 3; T0004... by 4) from the item text and section only, before the parser was run on any item.
# Class names harmonised afterwards to the vocabulary's names: topoisomerase1_inhibitor, camptothecin -> topoisomerase_inhibitor;
# vegfr_tki -> vegf_inhibitor; liposomal_doxorubicin -> doxorubicin (T0139, which also named doxorubicin). Expanded by scripts/eval/dsl_to_labels.py into labels-t2.jsonl.
T0001 | pe chemotherapy a ; tr washout,concurrent_medication | flattened paragraph; anticoagulants excluded
T0002 | pe biologic_therapy a ; pe chemotherapy ; pl 2- | 2 prior chemo regimens implied; one biologic extra allowed
T0003 | pe trastuzumab x ; tr concurrent_medication
T0004 | tr washout
T0005 | pe chemotherapy,radiotherapy x | flattened paragraph; RT to skull excluded
T0006 | pe surgery x | for invasive cervical cancer
T0007 | tr washout
T0008 | tr washout
T0009 | pl 0-0 | no prior antineoplastic therapy
T0010 | pe radiotherapy a ; tr other | prior RT lung volume limit
T0011 | pe chemotherapy,radiotherapy x ; pe surgery | flattened paragraph; recommended staging surgery
T0012 | pe chemotherapy,radiotherapy x ; pe surgery ; tr washout,other | flattened paragraph; surgery within 5 weeks; recovery
T0013 | ct ATLL | review s9: may or may not: no exposure fact
T0014 | pe biologic_therapy x | for NSCLC
T0015 | tr other_malignancy,comorbidity | prior neoplasm chemo with marrow compromise
T0016 | tr washout
T0017 | pe chemotherapy x | cytotoxic therapy = chemotherapy
T0018 | tr lab_values,organ_function | Dukes B3/C condition only qualifies timing
T0019 | pe surgery ; tr washout | within 6 weeks of breast surgery
T0020 | tr washout | experimental therapy washout and recovered
T0021 | pe antiandrogen ; tr washout,lab_values | alternatives share class antiandrogen; rising PSA after withdrawal
T0022 | tr other | flattened paragraph; surgical adhesions precluding laparoscopy
T0023 | pe trastuzumab x
T0024 | pe radiotherapy,chemotherapy x ; pe surgery ; tr washout | surgery within 31 days
T0025 | pe doxorubicin x ; tr washout ; pe radiotherapy a | flattened paragraph
T0026 | tr washout
T0027 | tr washout
T0028 | pe alkylating_agent a | flattened paragraph; up to 12 months alkylator allowed
T0029 | pe biologic_therapy,chemotherapy,hormonal_therapy,radiotherapy x ; tr washout,concurrent_medication | flattened paragraph; steroids under endocrine
T0030 | tr washout
T0031 | tr comorbidity
T0032 | pe biologic_therapy x
T0033 | tr other | recovered from prior therapy
T0034 | pe radiotherapy x | to the bladder
T0035 | ct OVT ; ct PSEC ; st relapsed ; pe chemotherapy ; pl 1- | relapsed after prior chemo
T0036 | pe chemotherapy x
T0037 | tr washout | chemo for other cancers >5 years ago
T0038 | ct BLL ; age -1 ; pl 0-0 ; tr other | infant ALL -> BLL; emergency therapy allowed; specimens required
T0039 | pe radiotherapy x | RT for another prior malignancy
T0040 | tr washout
T0041 | pe radiotherapy x
T0042 | tr other | inadequate response to prior opioids (pain)
T0043 | tr washout
T0044 | ct PRAD ; st metastatic x ; tr lab_values,other | review s9: no stage numbers derived from T/N; M0 kept
T0045 | pl -3
T0046 | pe radiotherapy x
T0047 | pe farnesyltransferase_inhibitor,gemcitabine x
T0048 | pl 0-0 ; pe cytarabine a | prior intrathecal cytarabine allowed
T0049 | ct RCC ; st metastatic,recurrent ; md required - ; br excluded_unless_treated_stable | untreated brain mets excluded
T0050 | tr washout
T0051 | tr washout
T0052 | tr washout
T0053 | tr washout
T0054 | tr washout
T0055 | tr other | no prior participation in a named adjuvant trial
T0056 | pe immunotherapy a ; pe interferon x | for a prior malignancy; IFN-alfa excepted
T0057 | pl 0-0 ; tr organ_function | alternative branch: untreated if unfit for standard therapy (hepatic)
T0058 | sex female ; pe surgery ; pe radiotherapy ; tr other | alternatives: oophorectomy or radiation castration
T0059 | tr other | recovered from prior immunotherapy
T0060 | br required ; pe radiotherapy | prior WBRT/SRS required; progressive CNS lesions
T0061 | tr washout,other | RT marrow extent limit
T0062 | pe radiotherapy a
T0063 | pl 2- ; pe chemotherapy
T0064 | tr washout,other ; pe surgery a | flattened paragraph; prostatectomy allowed; recovered
T0065 | tr other | recovered from surgery
T0066 | tr other | recovered from prior therapy
T0067 | tr washout
T0068 | tr washout
T0069 | pe radiotherapy x
T0070 | pe chemotherapy x
T0071 | pe monoclonal_antibody,chemotherapy,radiotherapy x | flattened paragraph
T0072 | pl -3 metastatic ; pe topotecan x ; tr concurrent_medication | flattened paragraph; <=2 salvage regimens (+ first line)
T0073 | pl 0-0 ; pe radiotherapy x | pelvic RT excluded
T0074 | pl 0-0 ; pe surgery a | surgery allowed; truncated item
T0075 | pe isolated_limb_perfusion ; tr washout | ILP without melphalan >=3 months before
T0076 | pl 1- | review s9: failed conventional therapy: pl 1-, no refractory stage
T0077 | tr other | concurrent trial participation
T0078 | ct BLL ; age 18- ; bm BCR-ABL1 - pos ; st relapsed,refractory | ALL -> BLL; adult high-risk branch (t9;22 one of several); second remission/induction failure/relapse branches
T0079 | tr concurrent_medication ; md not_required - ; pl -1 ; pe chemotherapy a ; pe radiotherapy,strontium_chloride_sr89 a | flattened paragraph; ongoing castration; at most 1 RT or Sr-89 course
T0080 | pl 1-
T0081 | ct BLL ; st relapsed,refractory ; age 18- ; bm BCR-ABL1 fusion pos ; bm KMT2A fusion pos ; tr lab_values | ALL -> BLL; alternatives: CR1 high-risk (adults) or later remission/failure/relapse
T0082 | pl -3 metastatic | >3 cytotoxic regimens excluded
T0083 | pe egfr_tki ; pe chemotherapy ; pl 1-2 | failed 3rd-gen EGFR-TKI; count is chemo lines
T0084 | pl -1 adjuvant ; pe chemotherapy x ; pe doxorubicin a ; pe hormonal_therapy a ; tr washout,other | flattened paragraph; no chemo for MBC; adjuvant anthracycline dose cap
T0085 | ct PAAD ; ct AMPCA ; st locally_advanced,unresectable ; st metastatic a ; pl 1-1 ; pe chemotherapy ; pe surgery a ; md required - | periampullary -> AMPCA; palliative bypass allowed
T0086 | pl 1- ; pe alkylating_agent a ; tr other | response to prior therapy required; <=6 cycles alkylator regimens
T0087 | tr pregnancy_contraception
T0088 | st refractory ; pl 1- | relapse within 1 year of first line
T0089 | pl -1
T0090 | pe chemotherapy x ; tr washout | flattened paragraph; no chemo for advanced disease
T0091 | pe platinum ; pl 1-2 ; pe paclitaxel a | second regimen only if paclitaxel-containing
T0092 | ct GROUP:ANY ; st advanced,metastatic ; md not_required - ; br excluded_unless_treated_stable | review s9: failed OR no useful standard option: no pl
T0093 | pe chemotherapy x
T0094 | pe chemotherapy x ; pe hormonal_therapy a ; pe surgery a ; tr concurrent_medication | flattened paragraph; no chemo for metastatic disease; induction chemo required (timing unclear); oophorectomy allowed
T0095 | none | advisory only
T0096 | ct OVT ; pe platinum ; pl 1-1 ; tr other | first induction done, in clinical CR
T0097 | pl -2
T0098 | pl 1-
T0099 | tr other_malignancy
T0100 | ct COADREAD ; st metastatic ; pe oxaliplatin,fluorouracil ; pl 1- metastatic | review s9: with or without bevacizumab: no fact
T0101 | tr other ; pe immunosuppressive_therapy ; pl 1- | severe aplastic anaemia (no OncoTree code)
T0102 | st IV ; pe anthracycline,taxane ; pl 2- advanced | first-line anthracycline, second-line taxane
T0103 | ct PAAD ; st relapsed ; pl 1- ; pe chemotherapy ; pe rubitecan,topoisomerase_inhibitor x | review s9: failure wording: no refractory stage
T0104 | pl 1- | or intolerant to standard care
T0105 | tr other | anal intraepithelial neoplasia (premalignant)
T0106 | pe chemotherapy x ; pe hormonal_therapy ; pe surgery a ; tr washout,other | flattened paragraph; orchiectomy allowed; RT not to evaluation lesions
T0107 | pl -1 | zero or one prior regimen for B-NHL
T0108 | pl -3
T0109 | pe chemotherapy x | for recurrent/persistent disease; initial regimen allowed
T0110 | pe chemotherapy x
T0111 | ct GROUP:SOLID ; st advanced ; ct GROUP:HEME x ; md not_required - ; br excluded_unless_treated_stable | review s9: failed-or-no-standard-therapy: no refractory stage
T0112 | pe chemotherapy x
T0113 | ct GROUP:SOLID ; st advanced | review s9: no-standard-therapy alternative: no refractory
T0114 | pe chemotherapy x
T0115 | tr comorbidity
T0116 | ct GROUP:NHL ; st relapsed ; tr other | relapse untreated; extranodal site limit
T0117 | pl 2- ; tr washout | after second-line therapy
T0118 | pe biologic_therapy x | for advanced disease
T0119 | ct STAD ; pl 0-0
T0120 | tr washout
T0121 | pe biologic_therapy,chemotherapy,radiotherapy,surgery x ; pe hormonal_therapy a | flattened paragraph; radical prostate surgery excluded
T0122 | pe hormonal_therapy | alternatives (orchiectomy/leuprolide/flutamide) -> shared class
T0123 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph
T0124 | pe stem_cell_transplant x ; pe chemotherapy ; pl 1- | flattened paragraph; >=3 courses first-line chemo
T0125 | pe chemotherapy x
T0126 | pe biologic_therapy,chemotherapy,hormonal_therapy,radiotherapy x ; pe surgery a | flattened paragraph; biopsy/excision allowed
T0127 | pe monoclonal_antibody,chemotherapy,radiotherapy x | flattened paragraph
T0128 | ct GROUP:NHL ; tr other | registered on front-line protocols
T0129 | pe chemotherapy x ; pe radiotherapy a ; tr concurrent_medication,other | flattened paragraph; extensive RT excluded, localized RT allowed
T0130 | none | review s9: surgery/RT alone may qualify: no line count
T0131 | pe chemotherapy x
T0132 | pe chemotherapy,radiotherapy x ; tr concurrent_medication | flattened paragraph; stable steroids
T0133 | pe chemotherapy,estramustine x | for metastatic disease
T0134 | pl -3
T0135 | pe chemotherapy x
T0136 | pe chemotherapy x
T0137 | tr comorbidity
T0138 | pl 1- metastatic ; pe irinotecan ; st metastatic | irinotecan-containing regimen failed
T0139 | pe doxorubicin x ; pe chemotherapy x ; tr washout,concurrent_medication,infection | flattened paragraph; single IT chemo dose allowed
T0140 | pl 0-0
T0141 | bm HER2 overexpression pos IHC>=2
T0142 | bm EGFR - pos x ; bm ALK - pos x
T0143 | bm ER - pos | ER and/or PR positive (HR+)
T0144 | drop | heading line, not a criterion
T0145 | ct AITL ; ct ENKL ; ct EATL ; ct ATLL ; ct ALCL ; bm CD30 expression pos ; tr other | T-cell lymphoma subtype list; angiocentric -> ENKL; slide submission
T0146 | ct GROUP:SOLID ; bm HER2 overexpression pos ; md not_required - ; br excluded | review s9: refractory-or-no-standard-therapy: no refractory stage
T0147 | drop | heading line, not a criterion
T0148 | drop | heading line, not a criterion
T0149 | bm EGFR T790M pos x | also other acquired exon 20 point mutations
T0150 | ct COADREAD ; st IV ; bm HER2 overexpression pos
T0151 | bm HER2 - neg | neither FISH-amplified nor IHC 3+
T0152 | ct BRCA ; st metastatic ; bm HER2 overexpression pos
T0153 | bm BCR-ABL1 - pos
T0154 | ct FL ; pl 0-0 ; st II,III,IV ; bm CD20 expression pos ; md required - ; br excluded | flattened paragraph; bulky stage II
T0155 | tr other | tissue submission for EGFR testing
T0156 | drop | heading line, not a criterion
T0157 | none | HR status unconstrained
T0158 | ct GROUP:NHL ; st newly_diagnosed ; st II,III,IV ; ct MTNN x ; bm CD20 expression pos | aggressive B-cell NHL subtypes listed; T-cell lymphoma excluded
T0159 | ct GROUP:NHL ; bm CD20 expression pos
T0160 | bm HER2 - pos x | amplification or IHC 3+; breast cancer is trial disease
T0161 | ct PAAD ; ct AMPCA ; st metastatic x ; bm HER2 overexpression pos IHC>=2 | regionally confined
T0162 | drop | heading line, not a criterion
T0163 | tr other | hypersensitivity to study drugs
T0164 | drop | heading line, not a criterion
T0165 | pe egfr_tki,vegf_inhibitor x | EGFR-/VEGFR-based therapy
T0166 | bm HER2 amplification neg | by FISH
T0167 | ct CML ; bm BCR-ABL1 - pos ; tr other | flattened paragraph; first chronic phase; transplant ineligible
T0168 | tr other | relative of BRCA carrier (family history)
T0169 | bm CD33 expression pos blasts%>25
T0170 | bm ER - pos | ER and/or PR positive -> ER (convention)
T0171 | ct CML ; bm BCR-ABL1 - pos ; tr other | flattened paragraph; chronic/accelerated phase; transplant ineligible
T0172 | tr other | pathology review requirement
T0173 | drop | heading line, not a criterion
T0174 | bm BCR-ABL1 - pos | Ph+ or BCR-ABL+
T0175 | ct CML ; st newly_diagnosed ; bm BCR-ABL1 - pos ; tr other | flattened paragraph; chronic phase; PBSC collection
T0176 | drop | heading line, not a criterion
T0177 | bm BCR-ABL1 fusion pos
T0178 | ct GROUP:NHL ; ct HL ; ct BRCA ; ct GROUP:SOLID ; br excluded ; tr other | flattened paragraph; autologous PBSCT eligibility; no marrow disease or effusions
T0179 | tr washout
T0180 | ct BRCA ; st recurrent,metastatic ; br excluded ; md required - ; tr other | flattened paragraph; bone-only excluded
T0181 | tr other | review s9: Ph+ only an example of high-risk features
T0182 | ct BRCA ; st advanced ; pl 1- ; pe chemotherapy ; md required - | progression on first-line chemo
T0183 | pe egfr_tki x | review s9: class with examples: class only
T0184 | drop | heading line, not a criterion
T0185 | drop | heading line, not a criterion
T0186 | drop | heading line, not a criterion
T0187 | drop | heading line, not a criterion
T0188 | ct BRCA ; st metastatic ; md required - ; br excluded ; tr other | flattened paragraph; accessible for biopsy
T0189 | drop | heading line, not a criterion
T0190 | bm EGFR - neg ; bm ALK - neg | wild type
T0191 | pe stem_cell_transplant,anti_cd33 x ; pe chemotherapy x ; pe hydroxyurea a ; tr washout | flattened paragraph; chemo for AML first relapse
T0192 | ct BRCA ; st advanced ; bm BRCA mutation pos | BRCA1 or BRCA2
T0193 | drop | heading line, not a criterion
T0194 | bm BCR-ABL1 - neg
T0195 | ct BRCA ; ct HNSC ; ct PRAD ; ct CERVIX ; ct SARCNOS ; st resectable ; tr other | high-grade STS of trunk/extremity; size limit
T0196 | ct BRCA ; bm ER - neg ; bm PR - neg ; bm HER2 - neg | triple negative
T0197 | bm CD5 expression pos ; bm CD19 expression pos ; bm CD20 expression pos ; bm CD23 expression pos | CLL-type immunophenotype
T0198 | bm HER2 exon20ins pos | cohort-specific
T0199 | drop | heading line, not a criterion
T0200 | bm EGFR mutation pos ; bm EGFR T790M pos a | exon19del or L858R (alternatives); T790M co-mutation allowed
T0201 | none | ER status unconstrained
T0202 | tr comorbidity | cardiac insufficiency; HER2 mentioned only for trastuzumab guidance
T0203 | drop | heading line, not a criterion
T0204 | ct NSCLC ; bm EGFR exon20ins pos ; bm HER2 exon20ins pos | alternatives
T0205 | ct CML | Ph status any
T0206 | drop | heading line, not a criterion
T0207 | none | hormone receptor status unrestricted
T0208 | ct BRCA ; st IV | any hormone receptor status
T0209 | tr other | relative of BRCA family; family history only
T0210 | pe cyclophosphamide ; br excluded_unless_treated_stable | list of regimens, context unclear; cyclophosphamide shared; HR status any
T0211 | ct ASTR3 ; ct GNOS | anaplastic astrocytoma or mixed glioma; truncated
T0212 | ct RCC ; st III,IV,recurrent ; md required - ; br excluded
T0213 | ct UCEC ; st III,IV,recurrent
T0214 | ct NSCLC
T0215 | ct GB
T0216 | pe immunotherapy x
T0217 | ct LXSC | true vocal cord SCC
T0218 | ct COADREAD
T0219 | ct GROUP:LEUKEMIA x | acute leukaemia excluded (no code)
T0220 | tr other_malignancy
T0221 | pe egfr_tki x | EGFR inhibitor
T0222 | tr other_malignancy
T0223 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA | no curative option
T0224 | ct CERVIX ; st recurrent,unresectable | not amenable to surgery or RT
T0225 | tr washout | brain RT washout for melanoma brain mets
T0226 | tr lab_values | serum M-protein (myeloma implied)
T0227 | ct COADREAD
T0228 | ct PAAD ; st recurrent,refractory ; pe gemcitabine ; pl 1- | review s9: progressed after gemcitabine: pl 1-
T0229 | ps ecog 0-2 ; tr lab_values,organ_function,other,infection,other_malignancy | flattened paragraph; age any; GOG scale
T0230 | ct MCL ; st III,IV
T0231 | pe chemotherapy x ; pe chemotherapy a ; tr washout | x for HRPC; (neo)adjuvant allowed >=12 months ago
T0232 | ct GROUP:ANY ; age 18-25 ; tr other | camp counsellors
T0233 | age 18- ; ct HNSC ; st II,III ; st IV a ; st metastatic x | H&N carcinoma -> HNSC; selected stage IV also considered
T0234 | ct DES ; st unresectable ; md not_required - | primary or recurrent; mutilating surgery alternative
T0235 | ct OCSC ; ct OPHSC ; st newly_diagnosed ; pl 0-0 ; st metastatic x | M0
T0236 | ct BRCA a ; st I,II ; st III x | bilateral breast cancer eligible with conditions
T0237 | ct SARCNOS ; tr other | in continued remission after therapy
T0238 | ct ASTR2 ; ct ODG2 ; ct DIFG | grade II astrocytoma/oligodendroglioma; oligoastrocytoma no code -> DIFG
T0239 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA | review s9: no-approved-therapy alternative: no refractory stage
T0240 | ct GROUP:NHL ; br required | intracranial lesions required
T0241 | ct HNSC ; st metastatic,recurrent ; md required -
T0242 | ct GROUP:LYMPHOMA | lymph node cancer
T0243 | tr other_malignancy
T0244 | ct NSCLC ; st III,IV ; pl 0-0 ; pe chemotherapy x | no prior anticancer treatment
T0245 | ct MEL ; st unresectable | surgically incurable
T0246 | ct GROUP:NHL | aggressive NHL
T0247 | tr other_malignancy
T0248 | ct MDS x ; ct CML x
T0249 | tr other_malignancy
T0250 | tr washout
T0251 | tr other_malignancy
T0252 | ct GROUP:SOLID ; st locally_advanced,metastatic ; br excluded | no standard therapy available
T0253 | ct OVT ; ct PSEC ; pe platinum,paclitaxel ; md not_required - ; br excluded ; tr lab_values,comorbidity | fallopian tube under OVT; CA125 threshold
T0254 | ct READ | distal rectum
T0255 | ct SYNS
T0256 | ct MDS ; tr lab_values | marrow blast limit
T0257 | ct MIDDA | primary systemic amyloidosis
T0258 | tr concurrent_medication | other chemoprevention agents unless stopped
T0259 | ct COAD ; st resectable,II,III | truncated
T0260 | tr comorbidity
T0261 | drop | fragment without criterion
T0262 | tr other_malignancy
T0263 | ct PGNG
T0264 | ct PAAD ; st metastatic,locally_advanced,unresectable ; md required - ; br excluded
T0265 | ct NSCLC ; st IIIA ; st relapsed x | N2 by mediastinoscopy
T0266 | ct COADREAD ; st metastatic ; md not_required - ; pl 1- ; pe fluorouracil,leucovorin ; pe raltitrexed ; pe oxaliplatin,irinotecan x ; br excluded_unless_treated_stable | flattened paragraph; alternatives 5-FU/LV or raltitrexed; relapse after adjuvant counts
T0267 | tr other_malignancy
T0268 | ct MTNN ; ct HL ; st relapsed,refractory | CTCL has no own code -> MTNN; list truncated
T0269 | ct GB | GBM diagnosed within 4 weeks
T0270 | pe chemotherapy x ; pe topoisomerase_inhibitor x ; tr washout,concurrent_medication | flattened paragraph; no chemo for metastatic disease; no adjuvant topo-I inhibitor
T0271 | st IIB | grade 2-3, cervical stromal invasion
T0272 | pe docetaxel x ; tr other | for advanced NSCLC; (neo)adjuvant use allowed with late relapse
T0273 | st recurrent | progressive alone no stage
T0274 | ct GROUP:ANY ; st metastatic,unresectable ; br excluded_unless_treated_stable | prior brain mets allowed if resolved, off medication
T0275 | ct ASTR3 ; ct GB ; st recurrent,newly_diagnosed ; tr other | undergoing craniotomy
T0276 | ct AML ; st newly_diagnosed ; pl 0-0
T0277 | st unresectable,locally_advanced,metastatic
T0278 | ct SOFT_TISSUE ; st locally_advanced,metastatic,unresectable ; md not_required - ; pe doxorubicin,ifosfamide a ; ct LMS a ; tr other | flattened paragraph; STS -> SOFT_TISSUE; dox/ifos received, refused or ineligible; untreated GI LMS allowed; non-irradiated lesion
T0279 | tr other_malignancy
T0280 | ct GROUP:NHL ; st relapsed,refractory
T0281 | age 18- ; ct GROUP:ANY ; st advanced
T0282 | bm HER2 overexpression pos | metastatic biopsy must show HER2 if primary/serum negative
T0283 | ct PRAD ; st metastatic
T0284 | ct GROUP:SOLID ; st advanced | review s9: not amenable to standard therapy is no refractory stage
T0285 | ct AML ; st relapsed,refractory | beyond CR1 or primary refractory
T0286 | pe radiotherapy a ; pe surgery a | flattened paragraph; for metastatic disease
T0287 | pe immunotherapy x ; pe anti_pd1_pdl1 a | review s9: targets after "such as" are examples: class only
T0288 | ct GROUP:ANY ; st advanced,metastatic | not curable
T0289 | st metastatic x
T0290 | st IIIB ; tr other | no significant pleural effusion
T0291 | ct BRCA ; st newly_diagnosed,IIA,IIB,IIIA,IIIB,IIIC ; tr other | scheduled for systemic chemo
T0292 | tr other_malignancy
T0293 | ct NBL ; st IIA,IIB ; bm MYCN amplification pos ; age 1-20 | INSS 2A/2B; favourable histology
T0294 | ct OS ; pe methotrexate,doxorubicin,cisplatin,ifosfamide ; pl 1- ; st metastatic ; md required - ; br excluded | flattened paragraph; standard osteosarcoma agents
T0295 | st IIIA,IIIB,IV
T0296 | ct BLCA ; st unresectable,metastatic ; md required - | alternative branch (OR)
T0297 | ct PRAD ; st metastatic | truncated item
T0298 | ct BRCA ; st metastatic ; md not_required - ; br excluded ; tr other | flattened paragraph; single resectable brain lesion excepted; ineligible for higher-priority study
T0299 | tr other_malignancy
T0300 | ct GROUP:LEUKEMIA ; ct MDS ; ct CMML ; ct CML ; tr other | flattened list; poor-risk cytogenetics, remission status
T0301 | ct GROUP:NHL ; st relapsed,refractory ; pl 1- | first relapse or induction failure
T0302 | pe anthracycline x | for metastatic disease
T0303 | ct COAD ; st III ; st metastatic x | M0
T0304 | ct HNSC ; st recurrent,IV ; st metastatic a ; tr other | alternative branches; regional RT needed
T0305 | ct PCNSL ; st I,II,III,IV | staging system unstated
T0306 | st III | high risk
T0307 | ct BRCA ; st recurrent | alternative branch
T0308 | ct AML ; st refractory,relapsed ; pe cytarabine ; pl 1- ; ct MDS x ; tr other | flattened paragraph; interval since prior regimen
T0309 | st resectable ; st metastatic x | T2-4 N0-3 M0 not mapped (site unstated)
T0310 | ct GROUP:ANY ; st advanced | no better therapy exists
T0311 | ct OVT ; st refractory,recurrent ; pe platinum ; pe taxane ; md required - ; tr other | alternatives; stem cells available; no marrow involvement
T0312 | ct GROUP:NHL ; st newly_diagnosed | B-cell NHL
T0313 | ct NBL ; st relapsed,refractory
T0314 | ct COADREAD ; st unresectable,recurrent ; tr other | large bowel; within single RT port; no uncontrolled mets outside port
T0315 | tr other_malignancy
T0316 | ct NBL | review s9: INSS 4S gets no stage fact
T0317 | st IA,IB
T0318 | st resectable ; st metastatic x | localized, M0; site unstated so no TNM stage
T0319 | ct PRAD ; st metastatic ; pe hormonal_therapy ; pl 1-2 | failed first- or second-line hormonal
T0320 | tr concurrent_medication
T0321 | tr other_malignancy
T0322 | st recurrent,unresectable
T0323 | pe surgery,radiotherapy ; tr washout,other ; pe chemotherapy x | flattened paragraph; RT dose; steroids excepted
T0324 | st relapsed ; pe chemotherapy ; pl 1-
T0325 | ct PAAD a ; st metastatic a ; pl 0-0 metastatic | allowed category
T0326 | ct NSCLC ; st IA,IB ; pe surgery ; ct LUCA x | completely resected; carcinoid excluded
T0327 | st III | with erythroderma
T0328 | st unresectable x
T0329 | st metastatic x
T0330 | pe surgery a | prior biopsy/resection of recurrent brain tumour
T0331 | br excluded_unless_treated_stable | active CNS malignancy (recipient)
T0332 | ct GROUP:SOLID ; st metastatic,unresectable ; br excluded | no standard therapy exists
T0333 | br excluded ; ct BRAIN x ; tr comorbidity | CNS malignancy of any origin
T0334 | tr comorbidity
T0335 | br excluded
T0336 | ct BRAIN | list item of eligible tumours
T0337 | tr comorbidity
T0338 | br excluded_unless_treated_stable | symptomatic/unstable CNS mets
T0339 | ct BRCA ; st III,IV ; pl 1- ; br excluded | previously treated
T0340 | ct BRCA ; st metastatic ; pe chemotherapy ; br excluded_unless_treated_stable ; bm ER - neg ; bm PR - neg ; pe hormonal_therapy ; tr other | flattened paragraph; ER/PR neg OR hormone refractory (alternatives); bone site
T0341 | br excluded
T0342 | br required | leptomeningeal disease, list item
T0343 | br excluded_unless_treated_stable ; tr comorbidity | bleeding risk
T0344 | br excluded | CNS leukaemia
T0345 | ct PLMESO ; st unresectable ; md required - ; br excluded
T0346 | br excluded
T0347 | ct BRAIN | primary CNS sarcoma (no code); truncated
T0348 | tr other | brainstem-site metastases only
T0349 | br excluded
T0350 | ct PCNSL x
T0351 | ct GNOS ; st recurrent ; br allowed | alternatives: recurrent glioma or brain metastases
T0352 | br excluded ; tr comorbidity,other_malignancy | section unknown; seizures
T0353 | ct BRAIN x
T0354 | br excluded_unless_treated_stable | no active CNS disease
T0355 | ct GROUP:NHL ; br excluded ; tr other | aggressive subtypes; IPI 2-4
T0356 | drop | list fragment without criterion context
T0357 | ct PCNSL x
T0358 | tr concurrent_medication,washout | flattened paragraph; anticoagulants, CNS surgery
T0359 | br excluded
T0360 | tr other | extent of brainstem involvement
T0361 | ct NSCLC ; st recurrent,refractory ; pl 1- ; pe chemotherapy ; br excluded_unless_treated_stable | progressed on/after first-line chemo
T0362 | ct GROUP:SOLID ; st advanced ; ct GROUP:LEUKEMIA x ; ct GROUP:LYMPHOMA x ; br excluded_unless_treated_stable | irradiated, asymptomatic, off steroids
T0363 | ct SCLC ; pe chemotherapy ; pl 1- ; br excluded ; tr other | response to first-line chemo required
T0364 | br excluded_unless_treated_stable
T0365 | br excluded | brain scan if neuro symptoms
T0366 | tr other | RT oncologist agrees chemo instead of more brain RT
T0367 | tr pregnancy_contraception,life_expectancy,lab_values ; br excluded
T0368 | ct HL ; st recurrent,refractory ; pl 2- ; md required - ; br excluded_unless_treated_stable
T0369 | br excluded ; ct BRAIN x | CNS cancer of any origin
T0370 | ct GROUP:SOLID ; ct GROUP:LYMPHOMA ; st advanced ; br excluded_unless_treated_stable | review s9: no standard therapy alternative: no refractory
