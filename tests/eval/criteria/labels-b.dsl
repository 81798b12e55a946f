# Labeller B: independent second labelling of the 100 ids in second-labeller-ids.txt
# Generated with: python3 scripts/eval/dsl_to_labels.py labels-b.dsl <tmpdir>/labels-b.jsonl  (then copied; the script writes dropped.txt next to its output)
# Skipped (listed in dropped.txt): C0312, C0532
C0020 | ct BLL ; st relapsed ; br required | ALL unspecified -> BLL; isolated CNS relapse treated as CNS disease required
C0022 | tr other_malignancy |
C0040 | ct BLL x ; ct AML x ; ct AUL x ; ct ALAL x ; st relapsed,refractory x | excluded only in >=3rd relapse or refractory (primary induction failure allowed); biphenotypic -> ALAL; ALL -> BLL
C0042 | ct SACA | list of salivary histologies -> generic salivary carcinoma
C0043 | ct SOFT_TISSUE ; ct GROUP:SOLID ; st metastatic ; tr infection | Kaposi sarcoma -> SOFT_TISSUE; alternatives; metastatic applies to the solid tumour branch
C0046 | tr other_malignancy |
C0047 | pe chemotherapy,hormonal_therapy,finasteride,radiotherapy,surgery x ; tr other | flattened paragraph; radiotherapy = pelvic RT; surgery = radical prostate surgery; hip prosthesis -> other
C0049 | tr washout |
C0050 | tr other | atypical endometrial hyperplasia is not an OncoTree cancer
C0072 | pl 1-1 ; pe chemotherapy ; st relapsed,refractory | drug alternatives (cisplatin/carboplatin/paclitaxel/gemcitabine) -> chemotherapy
C0085 | ct RCC ; st metastatic |
C0090 | ct HNSC ; st locally_advanced,III,IV,unresectable ; st metastatic x ; md required - |
C0099 | pl -2 metastatic | exclusion of >2 prior systemic regimens for advanced STS
C0107 | ct GROUP:SOLID ; st refractory |
C0111 | ct GROUP:NHL ; st recurrent,refractory |
C0122 | pl 1-1 ; pe chemotherapy ; st refractory,recurrent |
C0126 | ct GROUP:SOLID ; st metastatic | list of solid tumour types -> GROUP:SOLID
C0131 | ct NBL ; tr other | at completion of primary therapy; cell line/IL-2 requirements
C0143 | pe chemotherapy x |
C0147 | pl -2 biologic_therapy | cap on biologic response modifier regimens only
C0148 | pl 0-0 ; tr other | emergency RT/steroids exception
C0166 | pl 1-1 ; pe chemotherapy ; st recurrent |
C0184 | pl -2 metastatic ; pe high_dose_chemotherapy x ; pe paclitaxel a ; pe radiotherapy x | flattened paragraph; radiotherapy = pelvic RT
C0190 | br excluded_unless_treated_stable ; tr comorbidity | untreated cerebral mets and leptomeningeal disease excluded
C0194 | ct MEL x ; st III,IV,locally_advanced,metastatic x ; tr other_malignancy | melanoma history exclusion; resected stage I-II allowed
C0209 | pe surgery a ; tr other |
C0216 | tr washout |
C0221 | pe radiotherapy x | head and neck RT
C0228 | pe chemotherapy a ; tr washout | adjuvant chemotherapy allowed
C0231 | tr other |
C0239 | pl -2 metastatic |
C0245 | tr comorbidity |
C0251 | pe radiotherapy |
C0287 | ct HNSC ; st I,II,III,IVA,IVB ; st metastatic x ; pe surgery ; tr other |
C0289 | tr concurrent_medication |
C0293 | tr other |
C0300 | tr pregnancy_contraception |
C0309 | tr infection |
C0312 | drop | skipped: listed in dropped.txt
C0315 | tr infection |
C0318 | pe doxorubicin,estramustine x ; tr washout,concurrent_medication | flattened paragraph
C0323 | tr pregnancy_contraception |
C0330 | ps karnofsky 60-100 | bare value under Performance status sub-heading
C0333 | ps lansky 50-100 | bare value under Performance status sub-heading
C0338 | age 18- ; ps karnofsky 60-100 ; tr organ_function,comorbidity,infection,pregnancy_contraception | flattened paragraph
C0340 | age -21 ; tr organ_function,comorbidity,pregnancy_contraception | flattened paragraph
C0347 | ps karnofsky 60-100 | bare value under Performance status sub-heading
C0350 | ps ecog 0-2 |
C0362 | ps ecog 2- | literal reading: exclusion of ECOG < 2 means ECOG >= 2 required; probably a wording error
C0379 | ps ecog 0-1 | Zubrod -> ecog
C0381 | ps ecog 0-2 |
C0398 | ct NSCLC ; st IIIB,IV ; md not_required - ; br excluded ; tr other |
C0404 | br excluded |
C0413 | br excluded |
C0415 | br excluded |
C0431 | ct BRAIN ; st newly_diagnosed |
C0432 | br excluded ; tr other | leptomeningeal lesions excluded
C0442 | ct NSCLC ; st IV,recurrent,unresectable ; md required - ; br excluded_unless_treated_stable ; tr other |
C0449 | ct RCC ; ct MEL ; st metastatic ; md not_required - ; br excluded_unless_treated_stable |
C0454 | br excluded |
C0463 | tr other | concurrent palliative RT condition
C0470 | ct COADREAD x ; md required - ; tr other | non-colorectal liver-limited cancer
C0472 | ct HGGNOS ; st recurrent ; md required - | malignant glioma -> HGGNOS
C0485 | md not_required - ; tr infection ; bm CD20 - pos %cells>50 |
C0490 | md required - |
C0491 | md not_required - |
C0499 | tr other | suspicious breast lesion, no cancer diagnosis yet
C0504 | md not_required - |
C0516 | age 18-75 |
C0529 | age 18- |
C0532 | drop | skipped: listed in dropped.txt
C0542 | ps ecog 0-2 ; tr organ_function,pregnancy_contraception | flattened paragraph; unnamed PS scale -> ecog
C0553 | ct GROUP:ANY ; tr other | any paediatric cancer; treatment timing
C0556 | tr lab_values |
C0559 | age 16- |
C0574 | age 18- |
C0576 | tr pregnancy_contraception |
C0595 | tr pregnancy_contraception |
C0598 | tr pregnancy_contraception |
C0600 | tr pregnancy_contraception |
C0618 | tr pregnancy_contraception |
C0624 | ct NSCLC ; tr other |
C0630 | tr pregnancy_contraception |
C0632 | tr pregnancy_contraception |
C0636 | tr organ_function |
C0638 | tr other |
C0641 | tr lab_values |
C0642 | tr pregnancy_contraception |
C0645 | tr organ_function |
C0650 | tr concurrent_medication |
C0651 | tr organ_function |
C0656 | tr lab_values |
C0711 | tr lab_values |
C0715 | tr comorbidity |
C0718 | tr consent |
C0735 | ct LGGNOS | low grade astrocytoma without IDH status -> LGGNOS
C0740 | tr washout |
C0741 | ps ecog 0-3 |
C0743 | md required - |
C0749 | pe radiotherapy ; tr other | RT dose range
