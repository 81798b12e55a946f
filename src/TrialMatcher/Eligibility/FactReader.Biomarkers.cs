using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialMatcher.Eligibility;

internal sealed partial class FactReader
{
    private static readonly Lazy<PhraseMatcher<string>> Genes = new(BuildGenes);

    private static PhraseMatcher<string> BuildGenes()
    {
        var m = new PhraseMatcher<string>();
        void Add(string gene, params string[] names) { foreach (var n in names) m.Add(n, gene); }
        Add("EGFR", "egfr", "epidermal growth factor receptor", "erbb1", "her1");
        Add("ALK", "=ALK", "anaplastic lymphoma kinase", "alk fusion", "alk rearrangement", "eml4 alk");
        Add("ROS1", "ros1", "ros 1", "=ROS");
        Add("RET", "=RET", "ret fusion", "ret rearrangement", "ret mutation", "ret proto oncogene");
        Add("NTRK", "ntrk", "ntrk1", "ntrk2", "ntrk3", "ntrk1 2 3", "ntrk 1 2 3", "=TRK");
        // Gene and variant run together, as reports often write them: "BRAFV600E", "KRASG12C".
        Add("BRAF", "braf", "b raf", "brafv600e", "brafv600k", "brafv600");
        Add("KRAS", "krasg12c", "krasg12d");
        Add("EGFR", "egfrl858r", "egfrt790m");
        Add("KRAS", "kras", "k ras");
        Add("NRAS", "nras", "n ras");
        Add("RAS", "=RAS", "ras");
        Add("HER2", "her2", "her 2", "her2 neu", "her 2 neu", "erbb2", "erbb 2", "c erbb2", "c erbb 2", "=neu", "human epidermal growth factor receptor 2", "her2neu");
        Add("ER", "=ER", "estrogen receptor", "oestrogen receptor", "er alpha");
        Add("PR", "=PR", "=PgR", "=PGR", "progesterone receptor");
        // "Estrogen and/or progesterone receptor positive": one receptor noun shared by both hormones.
        Add("ER+PR", "estrogen and progesterone receptor", "estrogen and or progesterone receptor", "estrogen or progesterone receptor", "estrogen progesterone receptor",
            "estrogen and progesterone", "estrogen and or progesterone", "estrogen or progesterone");
        Add("PD-L1", "pd l1", "pdl1", "cd274", "programmed death ligand 1", "programmed cell death ligand 1", "programmed death-ligand 1");
        // "gBRCA" / "sBRCA" / "tBRCA": germline, somatic or tumour BRCA; a trailing "m" ("gBRCAm", "BRCAm") says mutated.
        Add("BRCA", "brca", "brca1 2", "brca1 or brca2", "brca1 and or brca2", "brca1 and brca2", "brca 1 2", "gbrca", "sbrca", "tbrca", "gbrcam", "sbrcam", "tbrcam", "brcam", "gbrca1 2");
        Add("BRCA1", "brca1", "brca 1");
        Add("BRCA2", "brca2", "brca 2");
        Add("HRD", "hrd", "homologous recombination deficiency", "homologous recombination deficient");
        Add("FLT3", "flt3", "flt 3", "flt3 itd", "flt3 tkd");
        Add("IDH1", "idh1", "idh 1");
        Add("IDH2", "idh2", "idh 2");
        Add("IDH", "idh", "idh1 2", "idh1 or idh2", "idh1 idh2");
        Add("NPM1", "npm1", "npm 1", "nucleophosmin");
        Add("BCR-ABL1", "bcr abl", "bcr abl1", "bcr abl 1", "philadelphia chromosome", "=Ph", "=Ph1", "philadelphia", "t 9 22");
        Add("TP53", "tp53", "=p53");
        Add("CD20", "cd20");
        Add("CD5", "cd5");
        Add("CD23", "cd23");
        Add("CD10", "cd10");
        Add("CD52", "cd52");
        Add("CD123", "cd123");
        Add("CD30", "cd30");
        Add("CD19", "cd19");
        Add("CD33", "cd33");
        Add("CD22", "cd22");
        Add("CD38", "cd38");
        Add("BCMA", "bcma");
        Add("CLDN18.2", "cldn18 2", "cldn 18 2", "claudin 18 2", "claudin18 2", "cldn18");
        Add("FGFR", "fgfr", "fgfr1");
        Add("FGFR2", "fgfr2");
        Add("FGFR3", "fgfr3");
        Add("MET", "=MET", "c met", "=cMET", "met exon 14", "met14", "metex14");
        Add("PIK3CA", "pik3ca");
        Add("MGMT", "mgmt");
        Add("ESR1", "esr1");
        Add("MYCN", "mycn", "n myc");
        Add("PML-RARA", "pml rara", "pml rar", "pml rarα", "pml rar alpha", "pml rar a");
        Add("KIT", "c kit", "=KIT", "cd117");
        Add("IGHV", "ighv");
        Add("MSI", "msi", "msi h", "msi high", "microsatellite instability", "microsatellite instability high", "microsatellite unstable", "dmmr", "mmr", "mismatch repair", "mismatch repair deficient", "mismatch repair deficiency", "deficient mismatch repair", "mmr deficient", "mss", "microsatellite stable", "pmmr", "mismatch repair proficient");
        Add("TMB", "tmb", "tumor mutational burden", "tumor mutation burden", "tmb h", "tmb high");
        Add("HLA-A*02", "hla a2", "hla a 02", "hla a*02", "hla a0201", "hla a*0201", "hla a 0201");
        Add("PSMA", "psma");
        Add("SSTR", "somatostatin receptor", "sstr");
        Add("AR", "androgen receptor");
        // The androgen-receptor splice variant 7 (prostate cancer, in circulating tumour cells): a marker of its own.
        Add("AR-V7", "ar v7", "arv7", "androgen receptor splice variant 7");
        Add("EBV", "=EBV");
        // Leukaemia and lymphoma immunophenotype antigens ("must be CD45 positive", "co-express CD20/CD11c but lack CD25").
        // CD4, CD8 and CD34 are left out on purpose: they are mostly cell counts (HIV, stem-cell doses), not tumour markers.
        Add("CD45", "cd45");
        Add("CD25", "cd25");
        Add("CD11c", "cd11c");
        Add("CD13", "cd13");
        Add("CD7", "cd7");
        Add("CD56", "cd56");
        Add("CD79b", "cd79b");
        // Hairy-cell leukaemia's enzyme stain.
        Add("TRAP", "=TRAP", "tartrate resistant acid phosphatase");
        // Leukaemia fusion genes under their old and current names (MLL is KMT2A, E2A-PBX1 is TCF3-PBX1, TEL-AML1 is
        // ETV6-RUNX1) and their translocations.
        Add("KMT2A", "=MLL", "kmt2a", "mll af4", "t 4 11");
        Add("TCF3-PBX1", "e2a pbx1", "tcf3 pbx1", "t 1 19");
        Add("ETV6-RUNX1", "tel aml1", "tel aml 1", "etv6 runx1", "t 12 21");
        Add("VHL", "=VHL", "von hippel lindau");
        // Clonal T-cell receptor gene rearrangement (T-cell lymphoma diagnosis); the bare receptor is a cell marker, not a gene call.
        Add("TCR", "t cell receptor gene", "tcr gene");
        // Tumour antigens that vaccine trials require the tumour to express.
        Add("MAGEA3", "mage 3", "mage a3");
        Add("MLANA", "melan a", "mart 1");
        // Driver and pathway genes that current solid-tumour trials select on (NGS panel reports name them by symbol).
        // Symbols that are also English words or units are matched in capitals only.
        Add("NRG1", "nrg1", "neuregulin 1");
        Add("PDGFRA", "pdgfra");
        Add("AKT1", "akt1");
        Add("PTEN", "pten");
        Add("STK11", "stk11", "lkb1");
        Add("KEAP1", "keap1");
        Add("CDKN2A", "cdkn2a");
        Add("MTAP", "mtap");
        Add("ATM", "=ATM");
        Add("PALB2", "palb2");
        Add("CDK12", "cdk12");
        Add("ARID1A", "arid1a");
        Add("SMARCB1", "smarcb1", "ini1");
        Add("SMARCA4", "smarca4");
        Add("POLE", "=POLE");
        Add("NF1", "=NF1");
        Add("1p/19q", "1p 19q");
        Add("H3K27M", "h3 k27m", "h3k27m");
        // Myeloproliferative neoplasm drivers.
        Add("JAK2", "jak2");
        Add("CALR", "calr", "calreticulin");
        Add("MPL", "=MPL");
        // Lymphoma and myeloma rearrangements ("double-hit": MYC with BCL2 and/or BCL6); t(11;14) puts CCND1 next to IGH.
        Add("MYC", "=MYC", "c myc");
        Add("BCL2", "=BCL2", "bcl 2");
        Add("BCL6", "=BCL6", "bcl 6");
        Add("CCND1", "ccnd1", "cyclin d1");
        // Myeloma translocations' partner genes: t(4;14) NSD2 (MMSET, with FGFR3), t(14;16) MAF, t(14;20) MAFB.
        Add("NSD2", "nsd2", "mmset", "whsc1");
        Add("MAF", "c maf");
        Add("MAFB", "mafb");
        // Proliferation index (breast, neuroendocrine): a percentage of stained nuclei.
        Add("Ki-67", "ki 67", "ki67", "mib 1");
        // Virus status of head and neck and cervical tumours; p16 staining is HPV's surrogate.
        Add("HPV", "=HPV", "human papillomavirus", "human papilloma virus");
        Add("p16", "p16", "p16ink4a");
        // Antibody-drug-conjugate and cell-therapy targets that trials require the tumour to express.
        Add("TROP2", "trop2", "trop 2");
        Add("NECTIN4", "nectin 4", "nectin4");
        Add("FOLR1", "folr1", "folate receptor alpha", "folate receptor α", "frα", "fr alpha");
        Add("DLL3", "dll3");
        Add("MSLN", "mesothelin");
        Add("GD2", "=GD2");
        Add("B7-H3", "b7 h3", "cd276");
        Add("GPC3", "gpc3", "glypican 3");
        Add("NY-ESO-1", "ny eso 1");
        Add("MAGEA4", "mage a4");
        return m;
    }

    [GeneratedRegex(@"^[\s(]*(?:\+|\(\+\)|positive|pos\b|\+ve)", RegexOptions.CultureInvariant)]
    private static partial Regex SignPositive();

    // "Philadelphia chromosome- or BCR/ABL-positive": a hyphen before "or"/"and" is a suspended compound, not a minus.
    [GeneratedRegex(@"^[\s(]*(?:-(?![a-z0-9])(?!\s*(?:or|and|and/or)\s)|−|\(-\)|-negative|negative|neg\b|-ve)", RegexOptions.CultureInvariant)]
    private static partial Regex SignNegative();

    // "transcript(s)" after a fusion gene ("bcr/abl transcript") is its detected presence: a positive call.
    [GeneratedRegex(@"(?<neg>\bnegative\b|\bwild[- ]?type\b|\bwt\b|\bnon-?mutated\b|\bunmutated\b|\bnon-?amplified\b|\bnot amplified\b|\bun-?methylated\b|\bnon-?methylated\b|\bintact\b|\bnot (?:over)?express\w*|\bno (?:\w+ )?(?:mutation|amplification|rearrangement|fusion|overexpression)|\bstable\b|\bproficient\b|\bultra-?low\b|\blow\b|\b0 or 1\+|\bnormal\b)|(?<pos>\bpositiv\w*|\bmutation\w*|\bmutated\b|\bmutant\b|\bamplif\w*|\boverexpress\w*|\bfusions?\b|\brearrange\w*|\btranslocation\w*|\bexpress\w*|\balteration\w*|\baberration\w*|\bvariants?\b|\bdeletions?\b|\bco-?delet\w*|\binsertions?\b|\bex(?:on)?\s?\d{1,2}\s?(?:del|ins)\w*|\baltered\b|\bactivating\b|\bsensiti[sz]ing\b|\bv600[ek]?\b|\bg12[cdv]\b|\bl858r\b|\bt790m\b|\bexon\s*\d+|\bitd\b|\btkd\b|\bhigh\b|\bdeficien\w*|\bmethylat\w*|\bunstable\b|\bpositivity\b|\b[1-3]\+|\bstaining\b|\bgain\b|\bloss\b|\bskipping\b|\brearranged\b|\binstability\b|\btranscripts?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"(?<exon19>exon\s*19\s*(?:deletion|del\w*)|ex19del|del\s*19|19del)|(?<l858r>l858r)|(?<t790m>t790m)|(?<exon20>exon\s*20\s*(?:insertion|ins\w*)|ex20ins|20ins)|(?<exon14>exon\s*14|met14|metex14)|(?<v600e>v600e)|(?<v600k>v600k)|(?<v600>v600)|(?<g12c>g12c)|(?<g12d>g12d)|(?<itd>\bitd\b|internal tandem)|(?<tkd>\btkd\b|tyrosine kinase domain|d835)|(?<t315i>t315i)|(?<fusion>fusion|rearrange\w*|translocation|\bt\(\d+;\d+\))|(?<amplification>amplif\w*|\bish\s*\+|ish[- ]positive|fish[- ]positive|copy number gain)|(?<overexpression>overexpress\w*)|(?<germline>germline)|(?<somatic>somatic)|(?<methylation>methylat\w*)|(?<codeletion>co-?delet\w*)|(?<deletion>deletion|\bdel\b)|(?<mutation>mutation\w*|mutated|mutant|variant|alteration|altered|activating|sensiti[sz]ing)|(?<expression>express\w*|staining)|(?<ultralow>\bultra-?low\b)|(?<low>\blow\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Alteration();

    [GeneratedRegex(@"(?<measure>tps|tumor proportion score|tumour proportion score|cps|combined positive score|tmb|tumor mutational burden|ihc|immunohistochemistry|expression)?[^0-9<>≥≤]{0,25}?(?<op>≥|>=|=>|≤|<=|=<|>|<|at least|greater than or equal to|more than|greater than|higher than|above|exceeding|less than|lower than|below|of at least|no less than)\s*(?<v>\d+(?:\.\d+)?)\s*(?<pct>%)?", RegexOptions.CultureInvariant)]
    private static partial Regex Threshold();

    [GeneratedRegex(@"\b(?<v1>[0-3])\s*\+?\s*(?:or|-|–|to|/)\s*(?<v2>[0-3])\s*\+|\b(?:ihc|immunohistochemistry)\s*(?:score\s*)?(?:of\s*)?(?<v3>[0-3])\s*\+|\((?<v4>[0-3])\s*\+\)|\b(?<v5>[0-3])\+\s*(?:by|on|with)?\s*(?:ihc|immunohisto)", RegexOptions.CultureInvariant)]
    private static partial Regex IhcScore();

    // "HER2 IHC 0", "HER2 IHC 2+ and FISH negative", "scored 2+ with non-amplified ISH": scores that make HER2 negative
    // (checked on HER2 only).
    [GeneratedRegex(@"^[\s:(-]*(?:(?:is\s+)?scored\s+(?:as\s+)?)?(?:(?:(?:ihc|immunohistochemistry)\s*(?:score\s*)?(?:of\s*)?)?(?:0(?![\d.,+%])|zero\b)|(?:(?:ihc|immunohistochemistry)\s*(?:score\s*)?(?:of\s*)?)?2\s*\+(?:\s*(?:by|on)\s*ihc)?\s*(?:and|with|/|,)?\s*(?:(?:(?:c|s)?ish|fish)[\s-]*(?:negative|-(?![a-z0-9])|non-?amplified|not amplified)|(?:negative|non-?amplified)\s+(?:(?:c|s)?ish|fish)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Her2NegativeScore();

    // "20% or higher", "a score of 1 or more": the bound written after the number.
    [GeneratedRegex(@"(?<measure>tps|tumou?r proportion score|cps|combined positive score|index|score)?[^0-9<>≥≤;]{0,25}?(?<v>\d+(?:\.\d+)?)\s*(?<pct>%)?\s*or\s+(?:higher|greater|more|above)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThresholdAfter();

    // "PD-L1 TPS 1-49%": a band of scores; its lower end is the bound.
    [GeneratedRegex(@"(?<measure>tps|tumou?r proportion score|cps|combined positive score)?[^0-9<>≥≤;]{0,25}?(?<v>\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*(?<pct>%)", RegexOptions.CultureInvariant)]
    private static partial Regex ThresholdBand();

    [GeneratedRegex(@"^(?:mutations?|fusions?|rearrangements?|translocations?|alterations?|amplifications?|deletions?|insertions?|variants?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AlterationNoun();

    [GeneratedRegex(@"\btriple[- ]negative\b|\btnbc\b|\ber\s*/\s*pr\s*/\s*her-?2\s*[- ]?negative|\ber-?,?\s*pr-?,?\s*(?:and\s*)?her-?2-?\s*negative", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TripleNegative();

    // "hormone receptor (HR)-positive", "hormone receptor status: negative", "positive hormone receptor status".
    [GeneratedRegex(@"\bhormone[- ]receptors?(?:\s*\(hrs?\))?(?:\s+status)?(?:\s*(?:is|:))?[\s-]*(?<s>positiv|negativ|\+|-(?![a-z]))|\bhr\s*(?<s>\+|-(?![a-z])|positive|negative)|\bhr-(?<s>positive|negative)|\b(?<s>positive|negative)\s+(?:for\s+)?hormone[- ]receptors?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HormoneReceptor();

    [GeneratedRegex(@"\bluminal[- ]?(?:a|b)\b|\bluminal[- ](?:like|type|subtype)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Luminal();

    [GeneratedRegex(@"\bdel\s*\(?\s*17p\s*\)?|\b17p\s*(?:deletion|del|-)|\bdeletion (?:of )?(?:chromosome )?17p|\b17p13", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Del17p();

    private void ReadBiomarkers()
    {
        // Cheap prefilters: most criteria name no receptor status at all.
        if ((Contains("negative") || Contains("tnbc")) && TripleNegative().Match(_text) is { Success: true } tn)
        {
            var polarity = PolarityAt(tn.Index, tn.Index + tn.Length, false);
            foreach (var g in new[] { "ER", "PR", "HER2" }) AddFact(new BiomarkerFact(g, null, "negative", null, polarity, tn.Index, tn.Length));
        }
        if ((Contains("hormone") || Contains("hr")) && HormoneReceptor().Match(_text) is { Success: true } hr && !AnyStatus().IsMatch(_lower.AsSpan(hr.Groups["s"].Index)))
        {
            // "hormone receptor negativity" counts as negative.
            var status = hr.Groups["s"].Value is "+" || hr.Groups["s"].Value.StartsWith("pos", StringComparison.OrdinalIgnoreCase) ? "positive" : "negative";
            var polarity = PolarityAt(hr.Index, hr.Index + hr.Length, false);
            AddFact(new BiomarkerFact("ER", null, status, null, polarity, hr.Index, hr.Length));
            if (status == "negative") AddFact(new BiomarkerFact("PR", null, status, null, polarity, hr.Index, hr.Length));
        }
        // "Luminal A or B", "luminal-like": the intrinsic subtypes defined by hormone-receptor positivity; the words state no
        // more than that (HER2 and Ki-67 only when written out).
        if (Contains("luminal") && Luminal().Match(_text) is { Success: true } lum)
            AddFact(new BiomarkerFact("ER", null, "positive", null, PolarityAt(lum.Index, lum.Index + lum.Length, false), lum.Index, lum.Length));
        if (Contains("17p") && Del17p().Match(_text) is { Success: true } d17)
            AddFact(new BiomarkerFact("17p", "deletion", "positive", null, PolarityAt(d17.Index, d17.Index + d17.Length, false), d17.Index, d17.Length));

        var matcher = Genes.Value;
        var genes = new List<(string Gene, int Start, int End)>();
        // "Estrogen and/or progesterone receptor positive" is hormone-receptor positivity, read as ER positive (either
        // receptor suffices, so PR is not required as well).
        var prAlternatives = new List<int>();
        for (var i = 0; i < _tokens.Length;)
        {
            // "t(9;22)", "t(12;21)": a translocation written in cytogenetic notation names its fusion gene. The vocabulary
            // cannot hold it (words of a phrase are joined only by spaces and hyphens), so it is read here, in place.
            if (_tokens[i].Length == 1 && _lower[_tokens[i].Start] == 't' && _tokens[i].End < _lower.Length && _lower[_tokens[i].End] is '(' or ' '
                && Translocation().Match(_lower, _tokens[i].Start) is { Success: true } tl && TranslocationGene(tl.Groups["a"].Value, tl.Groups["b"].Value) is { } fusion)
            {
                genes.Add((fusion, tl.Index, tl.Index + tl.Length));
                var stop = tl.Index + tl.Length;
                while (i < _tokens.Length && _tokens[i].Start < stop) i++;
                continue;
            }
            var (values, count) = matcher.Match(_text, _lower, _tokens, i);
            if (values is null) { i++; continue; }
            var start = _tokens[i].Start;
            var end = _tokens[i + count - 1].End;
            i += count;
            if (OverlapsTherapy(start, end)) continue;
            if (values[0] == "ER+PR")
            {
                genes.Add(("ER", start, end));
                if (_lower.AsSpan(start, end - start).Contains("or ", StringComparison.Ordinal)) prAlternatives.Add(genes.Count);
                genes.Add(("PR", start, end));
                continue;
            }
            // "CR or PR", "partial response (PR)": a response category, not the progesterone receptor.
            if (values[0] == "PR" && IsResponseAbbreviation(start, end)) continue;
            // "epidermal growth factor receptor (EGFR)": the abbreviation repeats the gene just named.
            if (genes.Count > 0 && genes[^1].Gene == values[0] && _lower.AsSpan(genes[^1].End, Math.Max(0, start - genes[^1].End)).Trim(" (").IsEmpty)
            {
                genes[^1] = (values[0], genes[^1].Start, _lower.IndexOf(')', end) is var close && close >= end && close - end < 3 ? close + 1 : end);
                continue;
            }
            genes.Add((values[0], start, end));
        }
        if (genes.Count == 0) return;
        var calls = new GeneCall?[genes.Count];
        var skipped = new bool[genes.Count];
        for (var k = 0; k < genes.Count; k++)
            calls[k] = ReadGene(genes[k].Gene, genes[k].Start, genes[k].End, k + 1 < genes.Count ? genes[k + 1].Start : int.MaxValue, out skipped[k]);
        // A condition before a list covers the whole list: "if ER and PR negative".
        for (var k = 1; k < genes.Count; k++)
            if (skipped[k - 1] && InGeneList(genes[k - 1].End, genes[k].Start)) { skipped[k] = true; calls[k] = null; }
        // A status after a list of genes applies to each: "EGFR, ALK or ROS1 alterations", "EGFR/ALK/ROS1 (...) mutations".
        for (var k = genes.Count - 2; k >= 0; k--)
            if (calls[k] is null && !skipped[k] && calls[k + 1] is { FromBefore: false } next && InGeneList(genes[k].End, genes[k + 1].Start))
                calls[k] = Inherit(next, genes[k].Gene, genes[k].Start, genes[k].End);
        // A status before a list applies to each: "negative for ER, PR and HER2", "wild-type EGFR and ALK".
        for (var k = 1; k < genes.Count; k++)
            // A name that carries its own call ("ALK rearrangements") still takes the list's status: "negative for EGFR
            // mutations and ALK rearrangements".
            if ((calls[k] is null || calls[k] is { FromSurface: true }) && !skipped[k] && calls[k - 1] is { FromBefore: true } prev && InGeneList(genes[k - 1].End, genes[k].Start))
                calls[k] = Inherit(prev, genes[k].Gene, genes[k].Start, genes[k].End);
        // "RAS wild-type tumour (KRAS and NRAS exons 2-4)": genes without a call of their own, in a bracket opened shortly after
        // a gene's call, name what that call covers.
        var inBracket = new bool[genes.Count];
        for (var k = 1; k < genes.Count; k++)
        {
            if (calls[k] is not null || skipped[k]) continue;
            var h = k - 1;
            while (h > 0 && inBracket[h]) h--;
            if (calls[h] is { } head && BracketAfter(genes[h].End, genes[k].Start))
            {
                calls[k] = Inherit(head, genes[k].Gene, genes[k].Start, genes[k].End);
                inBracket[k] = true;
            }
        }
        // "T790M or any other EGFR mutation", "exon 19 deletion (alone or with other EGFR mutations)": the class written after
        // a named variant of the same gene widens it to one condition on the class; the variant is not a second one.
        for (var k = 0; k < calls.Length; k++)
            if (calls[k] is { Alteration: { } a } v && !IsAlterationClass(a))
                for (var p = k + 1; p < calls.Length; p++)
                    if (calls[p] is { Alteration: "mutation" } w && w.Gene == v.Gene && w.Status == v.Status && w.Polarity == v.Polarity) { calls[k] = null; break; }
        DropBothWays(calls);
        for (var k = 0; k < calls.Length; k++)
        {
            if (calls[k] is not { } c) continue;
            if (prAlternatives.Contains(k) && c.Status == "positive") continue;
            // A relative's mutation is family history, not the patient's tumour: "relative of a known BRCA1 carrier".
            if (InFamilyHistory(c.Start)) continue;
            // A second mention of the same call ("EBV positive ... or the presence of EBV RNA") is one condition; only a
            // distinct kind of alteration ("amplification" next to "mutation") makes a second one.
            var repeat = false;
            for (var p = 0; p < k && !repeat; p++)
                // "BRCA2 mutation (gBRCAm)": the class restates the gene just named.
                repeat = calls[p] is { } q && (q.Gene == c.Gene || (c.Gene == "BRCA" && q.Gene is "BRCA1" or "BRCA2")) && q.Status == c.Status && q.Polarity == c.Polarity
                    && (q.Alteration is null || c.Alteration is null || q.Alteration == c.Alteration || IsExpression(q.Alteration) || IsExpression(c.Alteration)
                        || IsOrigin(q.Alteration) || IsOrigin(c.Alteration));
            if (repeat) continue;
            AddFact(new BiomarkerFact(c.Gene, c.Alteration, c.Status, c.Threshold, c.Polarity, c.Start, c.End - c.Start));
            // "HER2 amplification/mutation": two alterations of one gene are two conditions.
            if (c.SecondAlteration is { } second) AddFact(new BiomarkerFact(c.Gene, second, c.Status, null, c.Polarity, c.Start, c.End - c.Start));
        }
    }

    /// <summary>
    /// "with MYCN amplification (any age) or without MYCN amplification (over 18 months)", "(KRAS-mutant cohort) ... (KRAS
    /// wild-type cohort)": one clause that accepts a gene both ways names alternatives or cohorts, so the gene is no
    /// condition at all. Compared as stated conditions: an excluded positive call is a required negative one. A "low"
    /// level ("HER2-negative, including HER2-low") is a grade inside a status, not its opposite.
    /// </summary>
    private void DropBothWays(GeneCall?[] calls)
    {
        for (var k = 0; k < calls.Length; k++)
        {
            if (calls[k] is not { Polarity: not Polarity.Allowed, Alteration: not ("low" or "ultralow") } a) continue;
            var clause = ClauseOf(a.Start);
            for (var p = k + 1; p < calls.Length; p++)
            {
                if (calls[p] is not { Polarity: not Polarity.Allowed, Alteration: not ("low" or "ultralow") } b || b.Gene != a.Gene || ClauseOf(b.Start) != clause) continue;
                if (StatedStatus(a, AfterOrWithout(a.Start)) == StatedStatus(b, AfterOrWithout(b.Start))) continue;
                // "If the primary is HER2-negative, ... eligible only if the biopsy shows HER2 overexpression": a conditional
                // sequence of tests, not two accepted alternatives.
                if (_lower.AsSpan(clause.Start, b.Start - clause.Start).Contains("if ", StringComparison.Ordinal)) continue;
                for (var q = 0; q < calls.Length; q++) if (calls[q] is { } c && c.Gene == a.Gene && ClauseOf(c.Start) == clause) calls[q] = null;
                break;
            }
        }
    }

    private static string StatedStatus(GeneCall c, bool without) =>
        (c.Polarity == Polarity.Excluded) != without ? (c.Status == "positive" ? "negative" : "positive") : c.Status;

    /// <summary>
    /// "with X or without X": "without" right after "or" is not taken as a negation (see FindCues), so the call after
    /// it reads as required; here it is the other way of the gene.
    /// </summary>
    private bool AfterOrWithout(int start)
    {
        var from = Math.Max(0, start - 24);
        var before = _lower.AsSpan(from, start - from).TrimEnd(" (");
        if (before.EndsWith(" a") || before.EndsWith(" an") || before.EndsWith(" the")) before = before[..before.LastIndexOf(' ')].TrimEnd();
        return before.EndsWith("or without");
    }

    /// <summary>
    /// "No adverse translocations [A, t(1;19) or B, t(9;22); and C rearrangements]": a semicolon inside a bracket list
    /// ends a clause, but the list's items still belong to the words before the bracket. Returns where such a bracket
    /// opened, in an earlier clause and still open at the gene, or -1.
    /// </summary>
    private int OpenBracketBefore(int start, int clauseStart)
    {
        if (clauseStart == 0) return -1;
        var from = Math.Max(0, clauseStart - 200);
        var depth = 0;
        for (var i = clauseStart - 1; i >= from; i--)
        {
            var ch = _lower[i];
            if (ch is ')' or ']') depth++;
            else if (ch is '(' or '[')
            {
                if (depth == 0) return _lower.AsSpan(clauseStart, start - clauseStart).IndexOfAny(')', ']') < 0 ? i : -1;
                depth--;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"\Gt\s?\(\s?(?<a>\d{1,2})\s?;\s?(?<b>\d{1,2})\s?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Translocation();

    private static string? TranslocationGene(string a, string b) => (a, b) switch
    {
        ("9", "22") => "BCR-ABL1",
        ("1", "19") => "TCF3-PBX1",
        ("12", "21") => "ETV6-RUNX1",
        ("4", "11") => "KMT2A",
        ("15", "17") => "PML-RARA",
        ("11", "14") => "CCND1",
        ("4", "14") => "NSD2",
        ("14", "16") => "MAF",
        ("14", "20") => "MAFB",
        ("8", "14") => "MYC",
        ("14", "18") => "BCL2",
        ("2", "5") => "ALK",
        ("8", "21") => "RUNX1-RUNX1T1",
        ("16", "16") => "CBFB-MYH11",
        ("6", "9") => "DEK-NUP214",
        ("9", "11") => "KMT2A",
        _ => null,
    };

    private static readonly string[] FamilyWords = [" relative", " family", " kindred", " sibling", " mother", " father", " sister", " brother", " parent", " offspring"];

    private bool InFamilyHistory(int start)
    {
        var clause = ClauseOf(start);
        var before = _lower.AsSpan(clause.Start, start - clause.Start);
        foreach (var w in FamilyWords) if (before.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsAlterationClass(string alteration) =>
        alteration is "mutation" or "fusion" or "amplification" or "overexpression" or "expression" or "deletion" or "codeletion" or "germline" or "somatic" or "methylation" or "low" or "ultralow" or "MSI-H";

    private static bool IsExpression(string alteration) => alteration is "expression" or "overexpression";

    // "Germline BRCA mutation (gBRCAm)": where a variant arose qualifies it; it is not a second kind of alteration.
    private static bool IsOrigin(string alteration) => alteration is "germline" or "somatic";

    private sealed record GeneCall(string Gene, string? Alteration, string Status, BiomarkerThreshold? Threshold, Polarity Polarity, int Start, int End, bool FromBefore, string? SecondAlteration = null, bool FromSurface = false);

    [GeneratedRegex(@"\G\s*(?:/|or|and/or|and)\s*(?<a>mutations?|amplifications?|fusions?|rearrangements?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SecondAlterationWord();

    private GeneCall Inherit(GeneCall from, string gene, int start, int end)
    {
        // A named variant ("BRAF V600E") belongs to its own gene; a class of alteration ("mutations") is shared.
        var alteration = from.Alteration is { } a && (a is "mutation" or "fusion" or "amplification" or "overexpression" or "expression" or "deletion" or "germline" or "somatic" or "methylation") ? a : null;
        var polarity = PolarityAt(start, end, false);
        if (polarity == Polarity.Required && from.Polarity == Polarity.Allowed) polarity = Polarity.Allowed;
        return new GeneCall(gene, alteration, from.Status, null, polarity, start, end, from.FromBefore);
    }

    // Words that end a list of genes: a verb, a test or a condition stands between them.
    [GeneratedRegex(@"\b(?:status|statuses|test\w*|known|unknown|results?|with|without|is|are|was|were|be|must|should|has|have|had|who|that|which|if|not|no|other|than|except|prior|therapy|treatment|inhibitors?|positive|negative|for|in|of|by)\b|[.;:]", RegexOptions.CultureInvariant)]
    private static partial Regex GeneListBreak();

    private bool InGeneList(int end, int nextStart)
    {
        if (nextStart < end) return true; // two genes named by one phrase ("estrogen and progesterone receptor")
        if (nextStart - end > 70) return false;
        var gap = _lower.AsSpan(end, nextStart - end);
        if (gap.IndexOfAny(',', '/') < 0 && !gap.Contains(" or ", StringComparison.Ordinal) && !gap.Contains(" and ", StringComparison.Ordinal) && !gap.Contains('(')) return false;
        return !GeneListBreak().IsMatch(gap);
    }

    /// <summary>The call before a spelled-out name of up to six words that a bracketed abbreviation at <paramref name="start"/> follows.</summary>
    private Match CallBeforeSpelledName(int start, int clauseStart)
    {
        var open = _lower.LastIndexOf('(', start - 1);
        var at = open;
        for (var words = 0; words < 6 && at > clauseStart; words++)
        {
            var space = _lower.LastIndexOf(' ', Math.Max(clauseStart, at - 2));
            if (space < clauseStart) break;
            var word = _lower.AsSpan(space + 1, at - space - 1).Trim();
            if (word.IndexOfAny(",;:()") >= 0) break;
            at = space;
            var from = Math.Max(clauseStart, at - 30);
            var pre = StatusBefore().Match(_lower.Substring(from, at + 1 - from));
            if (pre.Success) return pre;
        }
        return Match.Empty;
    }

    /// <summary>Whether a bracket opens within a few words after <paramref name="end"/> and is still open at <paramref name="next"/>.</summary>
    private bool BracketAfter(int end, int next)
    {
        if (next - end > 80) return false;
        var gap = _lower.AsSpan(end, next - end);
        var open = gap.IndexOf('(');
        return open >= 0 && open <= 30 && gap[(open + 1)..].IndexOfAny(')', ';') < 0 && gap[..open].IndexOfAny(".;:,)") < 0;
    }

    private bool IsResponseAbbreviation(int start, int end)
    {
        var from = Math.Max(0, start - 30);
        var around = _lower.AsSpan(from, Math.Min(_lower.Length, end + 30) - from);
        return around.Contains("response", StringComparison.Ordinal) || around.Contains("remission", StringComparison.Ordinal) || around.Contains("cr ", StringComparison.Ordinal)
            || around.Contains("cr,", StringComparison.Ordinal) || around.Contains("cr/", StringComparison.Ordinal) || around.Contains(" sd", StringComparison.Ordinal) || around.Contains("stable disease", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:allowed|permitted|also eligible|may (?:also )?be (?:included|enrolled))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AllowedWord();

    private bool OverlapsTherapy(int start, int end)
    {
        foreach (var (s, e) in _therapySpans) if (start < e && end > s) return true;
        // "anti-HER2", "HER2-directed", "PD-L1 inhibitor": the gene names a drug target, not a tumour property.
        var after = _lower.AsSpan(end, Math.Min(40, _lower.Length - end)).TrimStart(" -");
        // "EGFR- or VEGFR-based therapy": the target word is shared by the genes of a short list.
        if (after.StartsWith("or ") || after.StartsWith("and ") || after.StartsWith("/"))
        {
            var rest = after.TrimStart("/").TrimStart(" ");
            if (rest.StartsWith("or ")) rest = rest[3..]; else if (rest.StartsWith("and ")) rest = rest[4..];
            var word = rest.IndexOfAny(' ', '-');
            if (word > 0 && word <= 10) after = rest[word..].TrimStart(" -");
        }
        if (after.StartsWith("inhibitor") || after.StartsWith("directed") || after.StartsWith("targeted") || after.StartsWith("targeting") || after.StartsWith("antibod") || after.StartsWith("blocking") || after.StartsWith("tki") || after.StartsWith("tyrosine kinase inhibitor") || after.StartsWith("based therap") || after.StartsWith("therap") || after.StartsWith("agent") || after.StartsWith("car"))
            return true;
        var before = _lower.AsSpan(Math.Max(0, start - 6), Math.Min(6, start));
        return before.EndsWith("anti-") || before.EndsWith("anti ") || before.EndsWith("anti");
    }

    // A call written before the gene: "positive for EGFR", "negative estrogen receptor", "wild-type KRAS",
    // "overexpression of HER2", "activating mutation in EGFR". "Lack(s/ing) CD25" says the cells do not carry the antigen
    // ("lack of" is a negation cue of its own and is not matched here, so the call is not negated twice). A class of
    // alteration may open a list: "adverse translocations [E2A-PBX1, BCR/ABL]", "driver mutations (EGFR, ALK)".
    [GeneratedRegex(@"(?:(?<neg>\bnegative|\bwild[- ]?type|\bwt|\bnon-?mutated|\bunmutated|\bnon-?amplified|\bun-?methylated|\bnon-?methylated|\black(?:s|ing)?)(?:\s+for)?|(?<pos>\bpositive|\bmutant|\bmutated|\bamplified|\bmethylated|\baltered|\boverexpressing|\bexpressing|\b(?:must|to|co-?)?\s?express(?:es)?|\bactivating|\bsensiti[sz]ing|\bdeleterious|\bpathogenic)(?:\s+for)?|(?<pos>\b(?:over-?)?expression|\bpresence|\bamplification|\b(?:activating |sensiti[sz]ing |driver |deleterious |pathogenic )?(?:mutations?|alterations?|rearrangements?|fusions?|translocations?))(?:\s+(?:of|in)|\s*[\[(:]))(?:\s+(?:the|a|an))?[\s(-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StatusBefore();

    // "HER2 status positive or negative", "ER positive, negative or unknown": any value is accepted, so no condition.
    [GeneratedRegex(@"^(?:positive|negative|\+|-)\s*(?:,|/|or|and/or|and)\s*(?:or\s+)?-?(?:negative|positive|unknown)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnyStatus();

    // "regardless of PD-L1 status", "any HER2 status", "if Ph-negative", "unless proven t(2;5)": no condition on the gene itself. "Low risk of
    // carrying a BRCA mutation": a probability estimate, not the patient's status.
    [GeneratedRegex(@"(?:\b(?:risk|probability|likelihood|chance) of (?:carrying|having|harbou?ring)|\bregardless of|\birrespective of|\bindependent of|\bif|\bwhether|\bunless(?:\s+(?:proven|documented|known|confirmed|shown))?|\b(?:positive|negative)\s*(?:or|/|and/or)\s*(?:negative|positive)(?:\s+for)?)(?:\s+(?:the|their|tumou?r|patient'?s?|is|are|a|an))*[\s(]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NoConditionBefore();

    // "tissue for KRAS mutation analysis", "assay of EGFR expression": the gene is tested, no result is asked for.
    [GeneratedRegex(@"\b(?:assays?|test(?:s|ing|ed)?|analys[ie]s|evaluat\w*|assess\w*|determination|screen(?:ing|ed)?|measurement)\s+(?:of|for)\s+(?:(?:the|tumou?r|their)\s+)*[\s(]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TestBefore();

    // "HER2 status must be known", "EGFR mutation testing", "KRAS mutation analysis": a test named after the gene; a value
    // may still follow ("HER2 status: positive").
    [GeneratedRegex(@"^[\s/-]*(?:neu\s+)?(?:(?:gene|protein)\s+)?(?:(?:mutation(?:al)?|expression|amplification|fusion|rearrangement|receptor)\s+)?(?:status|testing|test|analysis|analyses|assay|assessment|determination|evaluation|typing|genotyping)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TestAfter();

    // A stated result after a test word.
    [GeneratedRegex(@"\b(?:positiv\w*|negative|wild[- ]?type|mutated|mutant|amplified|non-?amplified|high|low|deficient|proficient|unknown)\b|(?<![a-z])[+−-](?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex StatedValue();

    private GeneCall? ReadGene(string gene, int start, int end, int nextGene, out bool skipped)
    {
        skipped = false;
        var clause = ClauseOf(start);
        var windowEnd = Math.Min(clause.End, end + 90);
        var window = _lower.AsSpan(end, Math.Max(0, windowEnd - end));
        var beforeStart = Math.Max(clause.Start, start - 30);
        var before = _lower.AsSpan(beforeStart, start - beforeStart);
        if (NoConditionBefore().IsMatch(before)) { skipped = true; return null; }
        // "any HER2 status" (but "any EGFR mutation" is a condition).
        if (before.TrimEnd(" (").EndsWith("any") && window[..Math.Min(window.Length, 25)].Contains("status", StringComparison.Ordinal)) { skipped = true; return null; }
        // The gene token itself may carry the call: "MSI-H", "dMMR", "MSS", "TMB-high", "BRCA-mutated".
        var surface = _lower.AsSpan(start, end - start);
        string? status = null;
        string? alteration = null;
        string? secondAlteration = null;
        if (gene == "MSI")
        {
            if (surface.Contains("mss", StringComparison.Ordinal) || surface.Contains("stable", StringComparison.Ordinal) || surface.Contains("pmmr", StringComparison.Ordinal) || surface.Contains("proficient", StringComparison.Ordinal)) status = "negative";
            else if (surface.EndsWith("h") || surface.Contains("high", StringComparison.Ordinal) || surface.Contains("dmmr", StringComparison.Ordinal) || surface.Contains("deficien", StringComparison.Ordinal) || surface.Contains("unstable", StringComparison.Ordinal)) status = "positive";
            alteration = status == "positive" ? "MSI-H" : null;
        }
        if (gene == "TMB" && (surface.EndsWith("h") || surface.Contains("high", StringComparison.Ordinal))) status = "positive";
        if (gene == "BCR-ABL1" && surface.SequenceEqual("ph") && !SignPositive().IsMatch(window) && !SignNegative().IsMatch(window)) return null;
        // "MYCN-NA": not amplified (neuroblastoma risk-group shorthand).
        if (gene == "MYCN" && status is null && window.TrimStart(" -").StartsWith("na") && (window.TrimStart(" -").Length == 2 || !char.IsLetter(window.TrimStart(" -")[2]))) { status = "negative"; alteration = "amplification"; }

        if (TestBefore().IsMatch(before)) { skipped = true; return null; }
        var signed = false;
        var fromSurface = false;
        if (status is null)
        {
            if (SignPositive().IsMatch(window)) { status = "positive"; signed = true; }
            else if (SignNegative().IsMatch(window)) { status = "negative"; signed = true; }
        }
        var windowText = window.ToString();
        var scanFrom = 0;
        if (status is null && TestAfter().Match(windowText) is { Success: true } test)
        {
            // Only a value written after the test word counts ("HER2 status: negative"); "positive BRCA status" was read before.
            // The value may sit after a colon, in the next clause: "HER2 status: negative".
            var reach = _lower.Substring(end, Math.Min(_lower.Length - end, test.Length + 45));
            var value = StatedValue().Match(reach, test.Length);
            var valueBefore = StatusBefore().IsMatch(before);
            // No value of its own; a value written before a list may still reach it ("negative ER and PR status").
            if (!valueBefore && (!value.Success || value.Value == "unknown" || reach.AsSpan(test.Length, value.Index - test.Length).IndexOfAny('.', ';') >= 0)) return null;
            scanFrom = windowText.Length;
            if (!valueBefore && AnyStatus().IsMatch(reach.AsSpan(value.Index))) { skipped = true; return null; }
            if (!valueBefore)
                status = value.Value is "negative" or "non-amplified" or "nonamplified" or "low" or "proficient" or "-" or "−" || value.Value.StartsWith("wild", StringComparison.Ordinal) ? "negative" : "positive";
        }
        var statusWord = StatusWords().Match(windowText, scanFrom);
        var statusAt = signed ? 0 : statusWord.Success ? statusWord.Index : -1;
        if (statusAt >= 0 && AnyStatus().IsMatch(windowText.AsSpan(statusAt).TrimStart(" -("))) { skipped = true; return null; }
        var fromBefore = false;
        if (status is null && !signed)
        {
            var pre = StatusBefore().Match(before.ToString());
            // "must express cluster of differentiation antigen 20 (CD20)": the call stands before the name the
            // abbreviation spells out.
            if (!pre.Success && before.TrimEnd().EndsWith("(")) pre = CallBeforeSpelledName(start, clause.Start);
            if (pre.Success) { status = pre.Groups["neg"].Success ? "negative" : "positive"; fromBefore = true; }
        }
        if (status is null && statusWord.Success)
        {
            status = statusWord.Groups["neg"].Success ? "negative" : "positive";
            // "ROS1 fusion", "EGFR mutations": an alteration noun names what is looked for, and a status written before a
            // list of such names still decides it ("negative for ALK rearrangement and ROS1 fusion").
            // So does a location alone ("KRAS and NRAS exon 2, 3, 4" after "RAS wild-type"): it says where, not what was found.
            fromSurface = status == "positive" && (AlterationNoun().IsMatch(statusWord.Value) || statusWord.Value.StartsWith("exon", StringComparison.Ordinal));
        }
        if (status is null)
        {
            var pre = StatusWords().Match(before.ToString());
            if (pre.Success && pre.Groups["pos"].Success && (pre.Value.StartsWith("activat", StringComparison.Ordinal) || pre.Value.StartsWith("sensiti", StringComparison.Ordinal) || pre.Value.StartsWith("mutant", StringComparison.Ordinal) || pre.Value.StartsWith("amplif", StringComparison.Ordinal) || pre.Value.StartsWith("overexpress", StringComparison.Ordinal)))
                status = "positive";
        }
        // "ALK rearrangement", "RET fusion", "MET exon 14", "FLT3-ITD", "gBRCAm": the matched name carries the call itself, so
        // nothing after it need say "positive" (a test named after it, "ALK rearrangement testing", returned above).
        // A translocation in cytogenetic notation ("t(11;14)") is itself the finding.
        if (status is null && (StatusWords().Match(surface.ToString()) is { Success: true } own && own.Groups["pos"].Success || gene == "BRCA" && surface.EndsWith("m") || surface.StartsWith("t(")
            || Alteration().Match(surface.ToString()) is { Success: true } variant && IsSpecificVariantMatch(variant)))
        {
            status = "positive";
            fromSurface = true;
            if (gene == "BRCA" && surface.EndsWith("m")) alteration = "mutation";
        }
        // An HLA type is a genotype the patient has or not: "must be HLA-A2", "patients who are HLA-A*0201" ask for it
        // ("HLA-A2 typing" is a test and returned above).
        if (status is null && gene == "HLA-A*02") { status = "positive"; fromSurface = true; }
        // HER2 scored 0 by IHC, or 2+ (equivocal) without amplification on ISH, is HER2-negative (the "2+" alone read positive).
        var her2NegativeScore = gene == "HER2" && !signed && status != "negative" && Her2NegativeScore().IsMatch(window);
        if (her2NegativeScore) status = "negative";
        // A number after the next gene belongs to it once this gene has its own call: "ER-positive, HER2-negative, Ki-67 ≥ 20%".
        var thresholdEnd = nextGene < windowEnd && (signed || statusWord.Success && end + statusWord.Index < nextGene) ? nextGene : windowEnd;
        var threshold = her2NegativeScore ? null : ReadThreshold(gene, end, thresholdEnd);
        if (status is null && threshold is null) return null;
        // "Ph-negative metaphases", "less than 50% Ph-positive cells in marrow": a count of cells, not the tumour's status.
        if (window.TrimStart().StartsWith("metaphase") || _lower.AsSpan(end, Math.Min(30, _lower.Length - end)).Contains("metaphase", StringComparison.Ordinal)) return null;
        // "PD-L1 TPS < 1%": below the lowest cut-off is a negative result.
        if (status is null && threshold is { Op: "<" or "<=", Value: <= 1 }) status = "negative";
        status ??= "positive";
        // "HER2-low", "HER2-ultralow": a level of expression inside the traditional HER2-negative range, read as that level.
        if (status == "negative" && gene == "HER2" && statusWord.Success && statusWord.Value is "low" or "ultralow" or "ultra-low")
        {
            status = "positive";
            alteration = statusWord.Value == "low" ? "low" : "ultralow";
        }
        if (alteration is null)
        {
            // "RET rearrangement", "ALK fusion": the matched name may already say which alteration.
            var alt = Alteration().Match(surface.ToString());
            var altAt = -1;
            // "activating mutation in EGFR, ALK rearrangement": a call written before the gene brings its own alteration.
            if (!alt.Success && fromBefore) alt = Alteration().Match(before.ToString());
            if (!alt.Success) { alt = Alteration().Match(windowText); altAt = end; }
            if (!alt.Success) { alt = Alteration().Match(before.ToString()); altAt = -1; }
            if (alt.Success)
                foreach (Group g in alt.Groups)
                    if (g.Success && g.Name.Length > 1 && !char.IsDigit(g.Name[0]))
                    {
                        // A variant named after a later gene of a list belongs to that gene: "EGFR, ALK or BRAF V600E".
                        if (altAt >= 0 && altAt + alt.Index >= nextGene && IsSpecificVariant(g.Name)) break;
                        alteration = AlterationName(g.Name);
                        if (altAt >= 0 && alteration is "mutation" or "amplification" or "fusion"
                            && SecondAlterationWord().Match(windowText, alt.Index + alt.Length) is { Success: true } two)
                        {
                            var other = two.Groups["a"].Value.StartsWith("mut", StringComparison.Ordinal) ? "mutation" : two.Groups["a"].Value.StartsWith("ampl", StringComparison.Ordinal) ? "amplification" : "fusion";
                            if (other != alteration && (other == "mutation" || alteration == "mutation")) secondAlteration = other;
                        }
                        break;
                    }
        }
        // "No distant metastasis (M0) HER2 overexpression by IHC": a flattened paragraph where a capitalised gene with its call
        // right after it starts the next item, so the negation before it stays in the previous one.
        var flattened = signed ? StartsFlattenedItem(start)
            : statusWord.Success && statusWord.Groups["pos"].Success && windowText.AsSpan(0, statusWord.Index).Trim(" -").IsEmpty
              && IsAllCaps(start, end) && StartsFlattenedItem(start, adjectiveBefore: true) && NegationAt(start).Negated;
        var polarity = flattened
            ? (_section == CriterionSection.Exclusion ? Polarity.Excluded : Polarity.Required)
            : OpenBracketBefore(start, clause.Start) is var open and >= 0 ? PolarityAt(open, open + 1, false) : PolarityAt(start, end, false);
        // "Ph-negative CML allowed": explicitly permitted, not required ("HER2-positive patients are eligible" stays required).
        if (polarity == Polarity.Required && AllowedWord().IsMatch(window)) polarity = Polarity.Allowed;
        // "patients in remission may be CD45 negative": "may be" before the call permits it, it does not require it.
        if (polarity == Polarity.Required && (before.EndsWith("may be ") || before.EndsWith("can be ") || before.EndsWith("may also be "))) polarity = Polarity.Allowed;
        // "No EGFR mutation" in an inclusion item: the patient must not carry it.
        return new GeneCall(gene, alteration, status, threshold, polarity, start, end, fromBefore, secondAlteration, fromSurface);
    }

    // Words after which a gene continues the phrase ("no HER2-positive", "tumours with EGFR-mutant").
    [GeneratedRegex(@"\b(?:no|not|without|of|with|for|to|and|or|nor|the|a|an|any|than|by|including|except|is|are|be|been|have|has|had|harbou?ring|carrying|carry|having|known|documented|confirmed|proven|presence|evidence|neither|either|if|as|both|were|was|in|on|that|which)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoiningWord();

    /// <summary>
    /// Flattened paragraphs join items without punctuation: "No prior T-cell lymphoma CD20 positive". A capitalised gene
    /// with its own sign ("CD20 positive", "HLA-A2+") right after an ordinary lowercase word starts a new item, so a
    /// negation before it belongs to the previous item.
    /// </summary>
    private bool StartsFlattenedItem(int start, bool adjectiveBefore = false)
    {
        if (start < 2 || !char.IsAsciiLetterUpper(_text[start])) return false;
        var j = start - 1;
        while (j >= 0 && _text[j] == ' ') j--;
        if (j < 0 || j == start - 1) return false;
        // "(M0) HER2 ...": a closed bracket ends the previous item as well as a word does.
        if (_text[j] == ')') return true;
        if (!char.IsAsciiLetterLower(_text[j])) return false;
        var from = Math.Max(0, j - 14);
        if (JoiningWord().IsMatch(_lower.AsSpan(from, j + 1 - from))) return false;
        // Without a sign of its own the gene may be the noun a qualifier describes: "no activating EGFR mutation", "no
        // known germline BRCA mutation".
        return !adjectiveBefore || !QualifierWord().IsMatch(_lower.AsSpan(from, j + 1 - from));
    }

    [GeneratedRegex(@"(?:\b(?:known|other|any|tumou?r|germline|somatic|driver|prior|previous|common|rare|hotspot|co|additional|targetable|actionable)|ing|ed|able|ible|ic|al|ous|ive|ary)$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifierWord();

    private bool IsAllCaps(int start, int end)
    {
        foreach (var ch in _text.AsSpan(start, end - start)) if (char.IsLower(ch)) return false;
        return true;
    }

    private static bool IsSpecificVariantMatch(Match m)
    {
        foreach (Group g in m.Groups) if (g.Success && g.Name.Length > 1 && IsSpecificVariant(g.Name)) return true;
        return false;
    }

    private static bool IsSpecificVariant(string group) => group is "exon19" or "l858r" or "t790m" or "exon20" or "exon14" or "v600e" or "v600k" or "v600" or "g12c" or "g12d" or "itd" or "tkd" or "t315i";

    private static string AlterationName(string group) => group switch
    {
        "exon19" => "exon19del",
        "l858r" => "L858R",
        "t790m" => "T790M",
        "exon20" => "exon20ins",
        "exon14" => "exon14skip",
        "v600e" => "V600E",
        "v600k" => "V600K",
        "v600" => "V600",
        "g12c" => "G12C",
        "g12d" => "G12D",
        "itd" => "ITD",
        "tkd" => "TKD",
        "t315i" => "T315I",
        var g => g,
    };

    private BiomarkerThreshold? ReadThreshold(string gene, int from, int to)
    {
        if (to <= from) return null;
        // Every threshold pattern below ends in a number: a window without a digit has none (most gene mentions).
        if (_lower.AsSpan(from, to - from).IndexOfAnyInRange('0', '9') < 0) return null;
        var window = _lower.Substring(from, to - from);
        if (gene is "HER2" or "ER" or "PR" or "CLDN18.2" or "CD20" or "CD30")
        {
            var ihc = IhcScore().Match(window);
            if (ihc.Success)
            {
                var v = ihc.Groups["v1"].Success ? ihc.Groups["v1"].Value : ihc.Groups["v3"].Success ? ihc.Groups["v3"].Value : ihc.Groups["v4"].Success ? ihc.Groups["v4"].Value : ihc.Groups["v5"].Value;
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) return new BiomarkerThreshold("IHC", ">=", score);
            }
        }
        var m = Threshold().Match(window);
        var after = false;
        if (!m.Success && window.Contains(" or ", StringComparison.Ordinal)) { m = ThresholdAfter().Match(window); after = m.Success; }
        if (!m.Success && gene is "PD-L1" or "Ki-67" && window.Contains('%')) { m = ThresholdBand().Match(window); after = m.Success; }
        if (!m.Success) return null;
        if (!double.TryParse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        var measureWord = m.Groups["measure"].Value;
        var text = (after ? window[..m.Groups["v"].Index] : window[..m.Groups["op"].Index]) + measureWord;
        string measure;
        // The measure's name may sit just before the number without being captured: "combined positive score 10 or more".
        if (measureWord.StartsWith("tps", StringComparison.Ordinal) || text.Contains("proportion score", StringComparison.Ordinal) || text.Contains("tps", StringComparison.Ordinal)) measure = "TPS";
        else if (measureWord.StartsWith("cps", StringComparison.Ordinal) || text.Contains("combined positive", StringComparison.Ordinal) || text.Contains("cps", StringComparison.Ordinal)) measure = "CPS";
        else if (gene == "TMB" || measureWord.StartsWith("tmb", StringComparison.Ordinal) || window.Contains("/mb", StringComparison.Ordinal) || window.Contains("megabase", StringComparison.Ordinal)) measure = "TMB";
        // "HER2/CEP17 ratio ≥ 2.0": the ISH amplification ratio.
        else if (gene == "HER2" && text.Contains("ratio", StringComparison.Ordinal)) measure = "ISH ratio";
        else if (m.Groups["pct"].Success) measure = "percent";
        else if (gene == "PD-L1") measure = "percent";
        else return null;
        var op = after ? ">=" : m.Groups["op"].Value switch
        {
            "≥" or ">=" or "=>" or "at least" or "greater than or equal to" or "of at least" or "no less than" => ">=",
            ">" or "more than" or "greater than" or "higher than" or "above" or "exceeding" => ">",
            "≤" or "<=" or "=<" => "<=",
            "<" or "less than" or "lower than" or "below" => "<",
            _ => ">=",
        };
        return new BiomarkerThreshold(measure, op, value);
    }
}
