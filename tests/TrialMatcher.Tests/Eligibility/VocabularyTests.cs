using NUnit.Framework;
using TrialMatcher.Eligibility;

namespace TrialMatcher.Tests.Eligibility;

public sealed class CancerTypeVocabularyTests
{
    private static readonly CancerTypeVocabulary Vocab = CancerTypeVocabulary.Default;

    private static readonly object[] NormaliseCases =
    [
        new object[] { "non-small cell lung cancer, adenocarcinoma", "LUAD" },
        new object[] { "clear cell renal cell carcinoma", "CCRCC" },
        new object[] { "high-grade serous ovarian cancer", "HGSOC" },
        new object[] { "classical Hodgkin lymphoma", "CHL" },
        new object[] { "chronic myeloid leukemia, chronic phase", "CML" },
        new object[] { "colorectal cancer", "COADREAD" },
        new object[] { "breast cancer", "BRCA" },
        new object[] { "DLBCL", "DLBCLNOS" },
        new object[] { "NSCLC", "NSCLC" },
        new object[] { "mCRPC", "PRAD" },
        new object[] { "TNBC", "BRCA" },
        new object[] { "CLL/SLL", "CLLSLL" },
        new object[] { "GBM", "GB" },
        new object[] { "HNSCC", "HNSC" },
        new object[] { "GEJ adenocarcinoma", "GEJ" },
        new object[] { "hepatocellular carcinoma", "HCC" },
        new object[] { "Acute Myeloid Leukaemia", "AML" },
        new object[] { "multiple myeloma", "PCM" },
        new object[] { "advanced solid tumours", "GROUP:SOLID" },
        new object[] { "hematologic malignancies", "GROUP:HEME" },
        new object[] { "B-cell non-Hodgkin lymphoma", "GROUP:NHL" },
        new object[] { "luad", "LUAD" },
        new object[] { "Hodgkin's disease", "HL" },
    ];

    [TestCaseSource(nameof(NormaliseCases))]
    public void Normalise_KnownDiagnosis_ReturnsExpectedCode(string text, string code) =>
        Assert.That(Vocab.Normalise(text)?.Code, Is.EqualTo(code));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("broken ankle")]
    public void Normalise_NotACancer_ReturnsNull(string text) => Assert.That(Vocab.Normalise(text), Is.Null);

    [Test]
    public void AncestorsAndSelf_Luad_ClimbsToGroups() =>
        Assert.That(Vocab.AncestorsAndSelf("LUAD"), Is.EqualTo(new[] { "LUAD", "NSCLC", "LUNG", "GROUP:SOLID", "GROUP:ANY" }));

    [TestCase("DLBCLNOS", "GROUP:NHL")]
    [TestCase("DLBCLNOS", "GROUP:LYMPHOMA")]
    [TestCase("DLBCLNOS", "GROUP:HEME")]
    [TestCase("CLLSLL", "GROUP:LEUKEMIA")]
    [TestCase("CLLSLL", "GROUP:NHL")]
    [TestCase("AML", "GROUP:LEUKEMIA")]
    [TestCase("CHL", "GROUP:LYMPHOMA")]
    [TestCase("HGSOC", "GROUP:SOLID")]
    // OncoTree: high-grade serous sits within serous ovarian cancer, so a trial for serous ovarian cancer takes it.
    [TestCase("HGSOC", "SOC")]
    [TestCase("HGSOC", "OVT")]
    public void AncestorsAndSelf_Code_IncludesGroup(string code, string group) =>
        Assert.That(Vocab.AncestorsAndSelf(code), Does.Contain(group));

    [Test]
    public void AncestorsAndSelf_HodgkinLymphoma_IsNotNonHodgkin() =>
        Assert.That(Vocab.AncestorsAndSelf("CHL"), Does.Not.Contain("GROUP:NHL"));

    [Test]
    public void Descendants_Nsclc_IncludesSubtypesNotSiblings()
    {
        var d = Vocab.Descendants("NSCLC");
        Assert.That(d, Does.Contain("LUAD").And.Contain("LUSC"));
        Assert.That(d, Does.Not.Contain("SCLC").And.Not.Contain("NSCLC"));
    }

    [Test]
    public void Vocabulary_EveryRealCode_SitsUnderSolidOrHeme()
    {
        foreach (var t in Vocab.All.Where(t => !t.IsGroup))
        {
            var a = Vocab.AncestorsAndSelf(t.Code);
            Assert.That(a.Contains("GROUP:SOLID") || a.Contains("GROUP:HEME"), Is.True, t.Code);
            Assert.That(a[^1], Is.EqualTo("GROUP:ANY"), t.Code);
        }
    }

    // OncoTree 2025-10-03 has 897 codes below its root; the file names every one that text can name unambiguously, plus
    // the GROUP:* groupings. Fewer would mean rows were lost; more would mean codes that are not OncoTree's.
    [Test]
    public void Vocabulary_Size_CoversOncoTree() => Assert.That(Vocab.All.Count(), Is.InRange(700, 910));

    [TestCase("Monoclonal gammopathy of undetermined significance (MGUS)", "MGUS", "MBN")]
    [TestCase("Acute myelomonocytic leukemia (FAB type M4)", "AMML", "AML")]
    [TestCase("Dermatofibrosarcoma protuberans", "DFSP", "SKIN")]
    [TestCase("Large cell neuroendocrine carcinoma of the lung", "LUNE", "LUNG")]
    [TestCase("carcinosarcoma (mixed mesodermal tumors) of the uterus", "UCS", "UTERUS")]
    [TestCase("Malignant peripheral nerve sheath tumor", "MPNST", "GROUP:SOLID")]
    [TestCase("Clear cell sarcoma of the kidney", "CCSK", "KIDNEY")]
    [TestCase("Malignant Brenner tumor", "BTMOV", "OVT")]
    public void Find_OncoTreeName_GivesItsCodeUnderItsAncestor(string text, string code, string ancestor)
    {
        var found = Vocab.Find(text);
        Assert.That(found.Select(m => m.Type.Code), Does.Contain(code));
        Assert.That(Vocab.IsWithin(code, ancestor), Is.True, $"{code} within {ancestor}");
    }

    // A name OncoTree gives to several sites' codes ("yolk sac tumor" in ovary, testis and brain) names none of them,
    // and intermediate OncoTree nodes sit between old rows and their parents: FL is a mature B-cell neoplasm.
    [Test]
    public void Vocabulary_SharedNamesAndIntermediateNodes()
    {
        Assert.That(Vocab.Find("yolk sac tumor").Select(m => m.Type.Code), Has.None.StartsWith("BYST").And.None.EqualTo("OYST").And.None.EqualTo("TYST"));
        Assert.That(Vocab.IsWithin("FL", "MBN") && Vocab.IsWithin("MBN", "LYMPH"), Is.True);
        Assert.That(Vocab.IsWithin("SCLC", "LNET") && Vocab.IsWithin("LNET", "LUNG"), Is.True);
    }

    [Test]
    public void Find_Text_ReturnsLongestMatchesWithSpans()
    {
        const string text = "Patients with non-small cell lung cancer or small cell lung cancer";
        var found = Vocab.Find(text);
        Assert.That(found.Select(m => m.Type.Code), Is.EqualTo(new[] { "NSCLC", "SCLC" }));
        Assert.That(text.Substring(found[0].Start, found[0].Length), Is.EqualTo("non-small cell lung cancer"));
    }

    [Test]
    public void Find_OrganAfterCarcinomaOf_CountsAsSite()
    {
        var found = Vocab.Find("adenocarcinoma of the stomach; prior stomach surgery");
        Assert.That(found.Select(m => m.Type.Code), Is.EqualTo(new[] { "STAD" }));
    }

    [Test]
    public void Find_AcronymThatIsAWord_NeedsExactCase()
    {
        Assert.That(Vocab.Find("all patients must sign consent"), Is.Empty);
        Assert.That(Vocab.Find("relapsed ALL").Single().Type.Code, Is.EqualTo("BLL"));
        Assert.That(Vocab.Find("tumor size 10 mm"), Is.Empty);
    }

    [TestCase("melanom", "MEL")]
    [TestCase("glioblastom", "GB")]
    [TestCase("mesotheliomma", "PLMESO")]
    [TestCase("nsclc", "NSCLC")]
    public void Suggest_Misspelling_OffersCode(string text, string code) =>
        Assert.That(Vocab.Suggest(text), Does.Contain(code));

    [Test]
    public void Suggest_Max_IsHonoured() => Assert.That(Vocab.Suggest("lymphoma", 3), Has.Count.LessThanOrEqualTo(3));
}

public sealed class TherapyVocabularyTests
{
    private static readonly TherapyVocabulary Vocab = TherapyVocabulary.Default;

    private static readonly object[] BrandCases =
    [
        new object[] { "Keytruda", "pembrolizumab" }, new object[] { "Tagrisso", "osimertinib" },
        new object[] { "Enhertu", "trastuzumab deruxtecan" }, new object[] { "Kadcyla", "trastuzumab emtansine" },
        new object[] { "Revlimid", "lenalidomide" }, new object[] { "Velcade", "bortezomib" },
        new object[] { "Darzalex", "daratumumab" }, new object[] { "Imbruvica", "ibrutinib" },
        new object[] { "MK-3475", "pembrolizumab" }, new object[] { "AZD9291", "osimertinib" }, new object[] { "DS-8201", "trastuzumab deruxtecan" },
        new object[] { "carboplatin", "carboplatin" },
    ];

    [TestCaseSource(nameof(BrandCases))]
    public void FindDrug_BrandOrCode_ReturnsGeneric(string name, string generic) => Assert.That(Vocab.FindDrug(name)?.Id, Is.EqualTo(generic));

    [TestCase("platinum")]
    [TestCase("not a drug")]
    public void FindDrug_ClassOrUnknown_ReturnsNull(string name) => Assert.That(Vocab.FindDrug(name), Is.Null);

    private static readonly object[] ClassCases =
    [
        new object[] { "carboplatin", new[] { "platinum", "chemotherapy" } },
        new object[] { "pemetrexed", new[] { "chemotherapy" } },
        new object[] { "pembrolizumab", new[] { "anti_pd1_pdl1", "immunotherapy" } },
        new object[] { "osimertinib", new[] { "egfr_tki", "targeted_therapy" } },
        new object[] { "trastuzumab deruxtecan", new[] { "her2_directed", "adc" } },
        new object[] { "lenalidomide", new[] { "imid" } },
        new object[] { "daratumumab", new[] { "anti_cd38" } },
        new object[] { "rituximab", new[] { "anti_cd20" } },
        new object[] { "venetoclax", new[] { "bcl2_inhibitor" } },
        new object[] { "olaparib", new[] { "parp_inhibitor" } },
        new object[] { "palbociclib", new[] { "cdk46_inhibitor" } },
        new object[] { "Keytruda", new[] { "anti_pd1_pdl1" } },
    ];

    [TestCaseSource(nameof(ClassCases))]
    public void ClassesOf_Drug_IncludesHierarchy(string drug, string[] classes) =>
        Assert.That(Vocab.ClassesOf(drug), Is.SupersetOf(classes));

    [Test]
    public void ClassesOf_Class_IncludesItselfAndAncestors() =>
        Assert.That(Vocab.ClassesOf("platinum"), Is.EqualTo(new[] { "platinum", "chemotherapy", "systemic_therapy" }));

    [TestCase("anti_pd1_pdl1", true)]
    [TestCase("stem_cell_transplant", true)]
    [TestCase("car_t", true)]
    [TestCase("pembrolizumab", false)]
    public void IsClass_Id_Answers(string id, bool expected) => Assert.That(Vocab.IsClass(id), Is.EqualTo(expected));

    [Test]
    public void Find_Regimen_ReturnsEachDrug() =>
        Assert.That(Vocab.Find("carboplatin + pemetrexed + pembrolizumab").Select(m => m.Therapy.Id),
            Is.EqualTo(new[] { "carboplatin", "pemetrexed", "pembrolizumab" }));
}
