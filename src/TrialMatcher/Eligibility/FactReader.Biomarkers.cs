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
        Add("BRAF", "braf", "b raf");
        Add("KRAS", "kras", "k ras");
        Add("NRAS", "nras", "n ras");
        Add("RAS", "=RAS", "ras");
        Add("HER2", "her2", "her 2", "her2 neu", "her 2 neu", "erbb2", "erbb 2", "c erbb2", "c erbb 2", "=neu", "human epidermal growth factor receptor 2", "her2neu");
        Add("ER", "=ER", "estrogen receptor", "oestrogen receptor", "er alpha");
        Add("PR", "=PR", "=PgR", "=PGR", "progesterone receptor");
        Add("PD-L1", "pd l1", "pdl1", "cd274", "programmed death ligand 1", "programmed cell death ligand 1", "programmed death-ligand 1");
        Add("BRCA", "brca", "brca1 2", "brca1 or brca2", "brca1 and or brca2", "brca1 and brca2", "brca 1 2");
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
        Add("EBV", "=EBV");
        return m;
    }

    [GeneratedRegex(@"^[\s(]*(?:\+|\(\+\)|positive|pos\b|\+ve)", RegexOptions.CultureInvariant)]
    private static partial Regex SignPositive();

    [GeneratedRegex(@"^[\s(]*(?:-(?![a-z0-9])|−|\(-\)|-negative|negative|neg\b|-ve)", RegexOptions.CultureInvariant)]
    private static partial Regex SignNegative();

    [GeneratedRegex(@"(?<neg>\bnegative\b|\bwild[- ]?type\b|\bwt\b|\bnon-?mutated\b|\bunmutated\b|\bnon-?amplified\b|\bnot amplified\b|\bnot (?:over)?express\w*|\bno (?:\w+ )?(?:mutation|amplification|rearrangement|fusion|overexpression)|\bstable\b|\bproficient\b|\blow\b|\b0 or 1\+|\bnormal\b)|(?<pos>\bpositiv\w*|\bmutation\w*|\bmutated\b|\bmutant\b|\bamplif\w*|\boverexpress\w*|\bfusions?\b|\brearrange\w*|\btranslocation\w*|\bexpress\w*|\balteration\w*|\baberration\w*|\bvariants?\b|\bdeletions?\b|\binsertions?\b|\bactivating\b|\bsensiti[sz]ing\b|\bv600[ek]?\b|\bg12[cdv]\b|\bl858r\b|\bt790m\b|\bexon\s*\d+|\bitd\b|\btkd\b|\bhigh\b|\bdeficien\w*|\bmethylat\w*|\bunstable\b|\bpositivity\b|\b[1-3]\+|\bstaining\b|\bgain\b|\bloss\b|\bskipping\b|\brearranged\b|\binstability\b)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusWords();

    [GeneratedRegex(@"(?<exon19>exon\s*19\s*(?:deletion|del\w*)|ex19del|del\s*19|19del)|(?<l858r>l858r)|(?<t790m>t790m)|(?<exon20>exon\s*20\s*(?:insertion|ins\w*)|ex20ins|20ins)|(?<exon14>exon\s*14|met14|metex14)|(?<v600e>v600e)|(?<v600k>v600k)|(?<v600>v600)|(?<g12c>g12c)|(?<g12d>g12d)|(?<itd>\bitd\b|internal tandem)|(?<tkd>\btkd\b|tyrosine kinase domain|d835)|(?<t315i>t315i)|(?<fusion>fusion|rearrange\w*|translocation|\bt\(\d+;\d+\))|(?<amplification>amplif\w*|\bish\s*\+|ish[- ]positive|fish[- ]positive|copy number gain)|(?<overexpression>overexpress\w*)|(?<germline>germline)|(?<somatic>somatic)|(?<methylation>methylat\w*)|(?<deletion>deletion|\bdel\b)|(?<mutation>mutation\w*|mutated|mutant|variant|alteration|activating|sensiti[sz]ing)|(?<expression>express\w*|staining)|(?<low>\blow\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Alteration();

    [GeneratedRegex(@"(?<measure>tps|tumor proportion score|tumour proportion score|cps|combined positive score|tmb|tumor mutational burden|ihc|immunohistochemistry|expression)?[^0-9<>≥≤]{0,25}?(?<op>≥|>=|=>|≤|<=|=<|>|<|at least|greater than or equal to|more than|greater than|less than|of at least|no less than)\s*(?<v>\d+(?:\.\d+)?)\s*(?<pct>%)?", RegexOptions.CultureInvariant)]
    private static partial Regex Threshold();

    [GeneratedRegex(@"\b(?<v1>[0-3])\s*\+?\s*(?:or|-|–|to|/)\s*(?<v2>[0-3])\s*\+|\b(?:ihc|immunohistochemistry)\s*(?:score\s*)?(?:of\s*)?(?<v3>[0-3])\s*\+|\((?<v4>[0-3])\s*\+\)|\b(?<v5>[0-3])\+\s*(?:by|on|with)?\s*(?:ihc|immunohisto)", RegexOptions.CultureInvariant)]
    private static partial Regex IhcScore();

    [GeneratedRegex(@"\btriple[- ]negative\b|\btnbc\b|\ber\s*/\s*pr\s*/\s*her-?2\s*[- ]?negative|\ber-?,?\s*pr-?,?\s*(?:and\s*)?her-?2-?\s*negative", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TripleNegative();

    [GeneratedRegex(@"\bhormone[- ]receptor[- ](?<s>positive|negative)|\bhr\s*(?<s>\+|-(?![a-z])|positive|negative)|\bhr-(?<s>positive|negative)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HormoneReceptor();

    [GeneratedRegex(@"\bdel\s*\(?\s*17p\s*\)?|\b17p\s*(?:deletion|del|-)|\bdeletion (?:of )?(?:chromosome )?17p|\b17p13", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Del17p();

    private void ReadBiomarkers()
    {
        if (TripleNegative().Match(_text) is { Success: true } tn)
        {
            var polarity = PolarityAt(tn.Index, tn.Index + tn.Length, false);
            foreach (var g in new[] { "ER", "PR", "HER2" }) AddFact(new BiomarkerFact(g, null, "negative", null, polarity, tn.Index, tn.Length));
        }
        if (HormoneReceptor().Match(_text) is { Success: true } hr)
        {
            var status = hr.Groups["s"].Value is "+" or "positive" or "Positive" or "POSITIVE" ? "positive" : "negative";
            var polarity = PolarityAt(hr.Index, hr.Index + hr.Length, false);
            AddFact(new BiomarkerFact("ER", null, status, null, polarity, hr.Index, hr.Length));
            if (status == "negative") AddFact(new BiomarkerFact("PR", null, status, null, polarity, hr.Index, hr.Length));
        }
        if (Contains("17p") && Del17p().Match(_text) is { Success: true } d17)
            AddFact(new BiomarkerFact("17p", "deletion", "positive", null, PolarityAt(d17.Index, d17.Index + d17.Length, false), d17.Index, d17.Length));

        var matcher = Genes.Value;
        var genes = new List<(string Gene, int Start, int End)>();
        for (var i = 0; i < _tokens.Length;)
        {
            var (values, count) = matcher.Match(_text, _lower, _tokens, i);
            if (values is null) { i++; continue; }
            var start = _tokens[i].Start;
            var end = _tokens[i + count - 1].End;
            i += count;
            if (OverlapsTherapy(start, end)) continue;
            genes.Add((values[0], start, end));
        }
        for (var k = 0; k < genes.Count; k++)
            ReadGene(genes[k].Gene, genes[k].Start, genes[k].End, k + 1 < genes.Count ? genes[k + 1].Start : int.MaxValue);
    }

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:allowed|permitted|also eligible|may (?:also )?be (?:included|enrolled))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AllowedWord();

    private bool OverlapsTherapy(int start, int end)
    {
        foreach (var (s, e) in _therapySpans) if (start < e && end > s) return true;
        // "anti-HER2", "HER2-directed", "PD-L1 inhibitor": the gene names a drug target, not a tumour property.
        var after = _lower.AsSpan(end, Math.Min(25, _lower.Length - end)).TrimStart(" -");
        if (after.StartsWith("inhibitor") || after.StartsWith("directed") || after.StartsWith("targeted") || after.StartsWith("targeting") || after.StartsWith("antibod") || after.StartsWith("blocking") || after.StartsWith("tki") || after.StartsWith("tyrosine kinase inhibitor") || after.StartsWith("based therap") || after.StartsWith("therap") || after.StartsWith("agent") || after.StartsWith("car"))
            return true;
        var before = _lower.AsSpan(Math.Max(0, start - 6), Math.Min(6, start));
        return before.EndsWith("anti-") || before.EndsWith("anti ") || before.EndsWith("anti");
    }

    private void ReadGene(string gene, int start, int end, int nextGene)
    {
        var clause = ClauseOf(start);
        var windowEnd = Math.Min(clause.End, end + 90);
        var window = _lower.AsSpan(end, Math.Max(0, windowEnd - end));
        var beforeStart = Math.Max(clause.Start, start - 30);
        var before = _lower.AsSpan(beforeStart, start - beforeStart);
        // The gene token itself may carry the call: "MSI-H", "dMMR", "MSS", "TMB-high", "BRCA-mutated".
        var surface = _lower.AsSpan(start, end - start);
        string? status = null;
        string? alteration = null;
        if (gene == "MSI")
        {
            if (surface.Contains("mss", StringComparison.Ordinal) || surface.Contains("stable", StringComparison.Ordinal) || surface.Contains("pmmr", StringComparison.Ordinal) || surface.Contains("proficient", StringComparison.Ordinal)) status = "negative";
            else if (surface.EndsWith("h") || surface.Contains("high", StringComparison.Ordinal) || surface.Contains("dmmr", StringComparison.Ordinal) || surface.Contains("deficien", StringComparison.Ordinal) || surface.Contains("unstable", StringComparison.Ordinal)) status = "positive";
            alteration = status == "positive" ? "MSI-H" : null;
        }
        if (gene == "TMB" && (surface.EndsWith("h") || surface.Contains("high", StringComparison.Ordinal))) status = "positive";
        if (gene == "BCR-ABL1" && surface.SequenceEqual("ph") && !SignPositive().IsMatch(window) && !SignNegative().IsMatch(window)) return;

        if (status is null)
        {
            if (SignPositive().IsMatch(window)) status = "positive";
            else if (SignNegative().IsMatch(window)) status = "negative";
        }
        var statusWord = StatusWords().Match(window.ToString());
        if (status is null && statusWord.Success) status = statusWord.Groups["neg"].Success ? "negative" : "positive";
        if (status is null)
        {
            var pre = StatusWords().Match(before.ToString());
            if (pre.Success && pre.Groups["pos"].Success && (pre.Value.StartsWith("activat", StringComparison.Ordinal) || pre.Value.StartsWith("sensiti", StringComparison.Ordinal) || pre.Value.StartsWith("mutant", StringComparison.Ordinal) || pre.Value.StartsWith("amplif", StringComparison.Ordinal) || pre.Value.StartsWith("overexpress", StringComparison.Ordinal)))
                status = "positive";
        }
        var threshold = ReadThreshold(gene, end, windowEnd);
        if (status is null && threshold is null) return;
        // "Ph-negative metaphases", "less than 50% Ph-positive cells in marrow": a count of cells, not the tumour's status.
        if (window.TrimStart().StartsWith("metaphase") || _lower.AsSpan(end, Math.Min(30, _lower.Length - end)).Contains("metaphase", StringComparison.Ordinal)) return;
        status ??= "positive";
        if (status == "negative" && gene == "HER2" && statusWord.Success && statusWord.Value == "low") { status = "positive"; alteration = "low"; }
        if (alteration is null)
        {
            var alt = Alteration().Match(window.ToString());
            var altAt = end;
            if (!alt.Success) { alt = Alteration().Match(before.ToString()); altAt = -1; }
            if (alt.Success)
                foreach (Group g in alt.Groups)
                    if (g.Success && g.Name.Length > 1 && !char.IsDigit(g.Name[0]))
                    {
                        // A variant named after a later gene of a list belongs to that gene: "EGFR, ALK or BRAF V600E".
                        if (altAt >= 0 && altAt + alt.Index >= nextGene && IsSpecificVariant(g.Name)) break;
                        alteration = AlterationName(g.Name);
                        break;
                    }
        }
        var polarity = PolarityAt(start, end, false);
        // "Ph-negative CML allowed": explicitly permitted, not required ("HER2-positive patients are eligible" stays required).
        if (polarity == Polarity.Required && AllowedWord().IsMatch(window)) polarity = Polarity.Allowed;
        // "No EGFR mutation" in an inclusion item: the patient must not carry it.
        AddFact(new BiomarkerFact(gene, alteration, status, threshold, polarity, start, end - start));
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
        if (!m.Success) return null;
        if (!double.TryParse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        var measureWord = m.Groups["measure"].Value;
        var text = window[..m.Groups["op"].Index] + measureWord;
        string measure;
        if (measureWord.StartsWith("tps", StringComparison.Ordinal) || measureWord.Contains("proportion") || text.Contains("tps", StringComparison.Ordinal)) measure = "TPS";
        else if (measureWord.StartsWith("cps", StringComparison.Ordinal) || measureWord.Contains("combined") || text.Contains("cps", StringComparison.Ordinal)) measure = "CPS";
        else if (gene == "TMB" || measureWord.StartsWith("tmb", StringComparison.Ordinal) || window.Contains("/mb", StringComparison.Ordinal) || window.Contains("megabase", StringComparison.Ordinal)) measure = "TMB";
        else if (m.Groups["pct"].Success) measure = "percent";
        else if (gene == "PD-L1") measure = "percent";
        else return null;
        var op = m.Groups["op"].Value switch
        {
            "≥" or ">=" or "=>" or "at least" or "greater than or equal to" or "of at least" or "no less than" => ">=",
            ">" or "more than" or "greater than" => ">",
            "≤" or "<=" or "=<" => "<=",
            "<" or "less than" => "<",
            _ => ">=",
        };
        return new BiomarkerThreshold(measure, op, value);
    }
}
