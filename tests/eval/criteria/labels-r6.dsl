# Round 6 (session 10): biomarker holdout, labelled by two labellers (33 items each) from item text and section only, before the parser was run on any item.
# Labeller 1, round 6
B0001 | tr other | marrow biopsy timing vs CHOP; CD20 only selects CHOP-R, not a requirement
B0002 | tr washout | EGFR TKI washout only
B0003 | tr other | lymphoid blast crisis excluded; Ph+ CML is the trial disease
B0004 | bm HER2 - pos x | FISH amplified or IHC 3+; breast cancer is trial disease
B0005 | drop | heading line, not a criterion
B0006 | ct DLBCLNOS ; ct FL ; bm CD20 expression pos | aggressive NHL; transformed FL -> FL
B0007 | pe egfr_tki x | third-generation EGFR TKI; osimertinib only an example; T790M describes the indication
B0008 | bm ER - pos
B0009 | tr other | ER/PR status must be known (any value)
B0010 | tr washout,concurrent_medication | hormonal agents within 6 months; no use during study
B0011 | bm EGFR mutation pos ; pe osimertinib ; pl 1- | cohort-specific; acquired mutation after osimertinib progression
B0012 | bm HER2 - neg | FISH negative or IHC 0-2+; ER/PR any
B0013 | tr other | BRCA counselling/testing required, no status required
B0014 | tr other | tissue for PD-L1 testing, no status required
B0015 | tr other | hormone receptor status must be known
B0016 | ct BRCA ; st early_stage,metastatic ; pl 0-0 ; tr concurrent_medication | on first-line (neo)adjuvant or metastatic therapy; trastuzumab only recommended
B0017 | bm ALK fusion neg x | ALK-negative/unknown excluded, i.e. ALK rearrangement required
B0018 | pe egfr_tki ; pl 1- ; bm EGFR T790M pos | progressed on 1st/2nd-gen EGFR TKI
B0019 | drop | heading line, not a criterion
B0020 | drop | heading line, not a criterion
B0021 | pe gefitinib,egfr_tki x | Iressa -> gefitinib; experimental EGFR/pan-HER inhibitors
B0022 | bm ER - neg | one of alternative criteria
B0023 | pl 0-0 ; pe investigational_agent x | no prior systemic therapy for NSCLC; such-as lists are examples
B0024 | bm HER2 - pos x ; tr other | FISH amplified or IHC 3+; unknown HER2 status also excluded
B0025 | ct ALCL ; ct HL ; bm CD30 expression pos | CD30+ ALCL or HL
B0026 | drop | heading line, not a criterion
B0027 | bm KIT expression pos ; tr other | KIT (CD117) by IHC; pathology submission
B0028 | drop | heading line, not a criterion
B0029 | drop | heading line, not a criterion
B0030 | bm BCR-ABL1 - pos | Ph+ / bcr-abl+
B0031 | bm CD20 expression pos ; bm CD5 expression pos
B0032 | ct NSCLC ; st metastatic ; bm ALK - pos ; pl 0-0 metastatic ; pe alk_inhibitor x ; pe chemotherapy,immunotherapy,radiotherapy a | 1-2 cycles chemo/IO and cerebral RT allowed
B0033 | ct FL ; ct EMALT ; ct NMZL ; ct SMZL ; bm CD20 expression pos | indolent CD20+ lymphoma subtype list
# Labeller 2, round 6
B0034 | ct BRCA ; ct LUNG ; ct COADREAD ; ct PRAD ; pl 1- ; pe chemotherapy ; pe hormonal_therapy ; br excluded_unless_treated_stable | flattened paragraph; chemo or hormonal (alternatives); lung unspecified -> LUNG
B0035 | bm CD20 expression pos
B0036 | ct COADREAD ; bm MSI - pos ; tr other | other HNPCC tumours/polyps also; family history -> tr other
B0037 | ct BLL a ; bm BCR-ABL1 - pos a | Ph+ ALL stated as eligible (allowed); ALL -> BLL
B0038 | bm BRCA mutation pos | BRCA1 or BRCA2; high-risk group
B0039 | bm EGFR - pos x ; bm ALK - pos x ; bm ROS1 - pos x ; bm RET - pos x | driver alterations excluded (loose 'mutations'); as C0279
B0040 | bm MSI - pos ; age -41 | HNPCC-type cancer/polyp; age at diagnosis as T0038
B0041 | drop | heading line, not a criterion
B0042 | ct BLL ; bm BCR-ABL1 - pos | Ph+ ALL; ALL -> BLL
B0043 | drop | heading line, not a criterion
B0044 | bm HER2 - neg | by IHC
B0045 | bm HER2 - pos | IHC 3+ or FISH amplified (alternatives), as C0320
B0046 | bm ALK fusion pos | rearrangement by IHC/FISH/RNAseq
B0047 | bm HER2 overexpression pos ; tr other | adjuvant setting; >=4 positive nodes
B0048 | ct NSCLC ; bm EGFR mutation pos ; pl 0-0
B0049 | pe egfr_tki x
B0050 | bm BRCA mutation pos | rationale text; carriers assigned to high-risk group
B0051 | bm BRCA mutation pos | BRCA1/2 carrier
B0052 | tr other | ER/PR status must be known (any value); section unknown
B0053 | ct GROUP:LEUKEMIA ; st recurrent ; bm BCR-ABL1 - pos
B0054 | drop | heading line, not a criterion
B0055 | pe dasatinib ; ct CML ; ct BLL ; bm BCR-ABL1 - pos ; tr other | on dasatinib >=3 months; CML or Ph+ ALL (alternatives); evaluable for haematologic response
B0056 | tr other | CD20 status must be determined
B0057 | bm BCR-ABL1 - pos ; bm MYC fusion pos ; bm KMT2A fusion pos | alternatives: t(9;22), t(8;14), t(4;11)
B0058 | bm EGFR mutation pos x ; bm ALK fusion pos x ; tr other | sensitizing EGFR mutations; undeterminable EGFR/ALK status also excluded
B0059 | ct NSCLC ; st locally_advanced,metastatic ; bm EGFR mutation pos ; pl 0-0 advanced ; pe osimertinib x
B0060 | bm MPO expression neg ; bm CD33 expression neg ; bm CD13 expression neg | MPO/SBB negative; CD33/CD13 lack only if CD4/CD7 sole T markers
B0061 | bm EGFR exon20ins pos | cohort-specific
B0062 | pe egfr_tki ; pl 1- | part-specific; 3rd-gen TKI required for Part B/Ib
B0063 | ct DLBCLNOS ; bm CD20 expression pos ; st relapsed,refractory ; pl 1- ; pe anthracycline ; tr other | anthracycline or equivalent; prior low-grade NHL excluded
B0064 | pe kras_g12d_inhibitor x ; pe pan_ras_inhibitor x | prior G12D inhibitor allowed in combination cohort
B0065 | bm HER2 overexpression pos IHC>=3
B0066 | drop | heading line, not a criterion
