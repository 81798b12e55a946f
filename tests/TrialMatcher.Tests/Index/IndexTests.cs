using System.Text;
using TrialMatcher.Eligibility;
using TrialMatcher.Index;
using TrialMatcher.Ingest;
using TrialMatcher.Matching;
using TrialMatcher.Tests.Support;

namespace TrialMatcher.Tests.Index;

/// <summary>The index on a real SQLite file in a temp folder: upsert, search, build-aside swap, lock, damage.</summary>
public sealed class IndexTests
{
    private static IEnumerable<ReadOutcome> Studies(params string[] json) =>
        json.SelectMany(j => ApiV2StudyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(j)), "inline.json"));

    private static IngestSummary Ingest(string index, bool replace, params string[] json) =>
        IngestPipeline.Run(Studies(json), new IngestOptions { IndexPath = index, Replace = replace });

    private static List<string> Search(string index, string text, SearchQuery? query = null)
    {
        var (trials, error) = TrialIndex.Open(index);
        Assert.That(error, Is.Null);
        using (trials) return trials!.Search((query ?? new SearchQuery()) with { Text = text }).Select(h => h.NctId).ToList();
    }

    [Test]
    public void Ingest_SameRecordsTwice_SecondRunFindsThemUnchanged()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        var first = Ingest(db, false, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"));
        var second = Ingest(db, false, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"));
        Assert.That((first.Added, first.Updated, first.Unchanged), Is.EqualTo((2L, 0L, 0L)));
        Assert.That((second.Added, second.Updated, second.Unchanged), Is.EqualTo((0L, 0L, 2L)));
        Assert.That(second.TrialsInIndex, Is.EqualTo(2));
    }

    [Test]
    public void Ingest_ChangedRecord_ReplacesItsTextInTheSearchIndex()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001", title: "Encorafenib in melanoma"));
        var update = Ingest(db, false, StudyJson.Study("NCT09990001", title: "Dabrafenib in melanoma"));
        Assert.That(update.Updated, Is.EqualTo(1));
        Assert.That(Search(db, "encorafenib dabrafenib"), Is.EqualTo(new[] { "NCT09990001" }), "one row, found once");
        Assert.That(Search(db, "dabrafenib"), Is.EqualTo(new[] { "NCT09990001" }));
        var (trials, _) = TrialIndex.Open(db);
        using (trials) Assert.That(trials!.Get("NCT09990001")!.BriefTitle, Is.EqualTo("Dabrafenib in melanoma"));
    }

    [Test]
    public void Search_Filters_ApplyStatusAgeAndSex()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false,
            StudyJson.Study("NCT09990001", status: "RECRUITING"),
            StudyJson.Study("NCT09990002", status: "COMPLETED"),
            StudyJson.Study("NCT09990003", status: "RECRUITING", minimumAge: "70 Years"));
        Assert.That(Search(db, "melanoma", new SearchQuery { Statuses = ["RECRUITING"] }), Is.EquivalentTo(new[] { "NCT09990001", "NCT09990003" }));
        Assert.That(Search(db, "melanoma", new SearchQuery { AgeYears = 50 }), Is.EquivalentTo(new[] { "NCT09990001", "NCT09990002" }));
        Assert.That(Search(db, "melanoma", new SearchQuery { Sex = "FEMALE", Phases = ["PHASE2"] }), Has.Count.EqualTo(3));
        Assert.That(Search(db, "melanoma", new SearchQuery { Phases = ["PHASE3"] }), Is.Empty);
    }

    [Test]
    public void Search_WordsInConditions_RankAboveARareWordInCriteriaOnly()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false,
            StudyJson.Study("NCT09990001", title: "Cetuximab response markers", conditions: "\"Colorectal Cancer\"", criteria: "BRAF mutation testing available"),
            StudyJson.Study("NCT09990002", title: "Vaccine after resection", conditions: "\"Melanoma\"", criteria: "Resected melanoma"),
            StudyJson.Study("NCT09990003", title: "Interleukin-2 therapy", conditions: "\"Melanoma\"", criteria: "Metastatic melanoma"),
            StudyJson.Study("NCT09990004", title: "Adjuvant interferon", conditions: "\"Melanoma\"", criteria: "Stage III melanoma"));
        var hits = Search(db, "melanoma BRAF-positive", new SearchQuery { Limit = 4 });
        Assert.That(hits.Take(3), Is.All.Not.EqualTo("NCT09990001"));
    }

    [Test]
    public void Replace_FailureInTheMiddle_LeavesTheOldIndexAnsweringTheSameQueries()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"));
        var before = Search(db, "melanoma");

        IEnumerable<ReadOutcome> Failing()
        {
            foreach (var o in Studies(StudyJson.Study("NCT09990003", title: "Completely new title"))) yield return o;
            throw new IOException("disk went away in the middle of the ingest");
        }
        Assert.Throws<IOException>(() => IngestPipeline.Run(Failing(), new IngestOptions { IndexPath = db, Replace = true }));

        Assert.That(Search(db, "melanoma"), Is.EqualTo(before));
        Assert.That(File.Exists(db + ".building"), Is.False, "the half-built database is removed");
        Assert.That(File.Exists(db + ".prev"), Is.False, "no swap happened");
    }

    [Test]
    public void Upsert_FailureInTheMiddle_RollsBackTheWholeRun()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001"));

        IEnumerable<ReadOutcome> Failing()
        {
            foreach (var o in Studies(StudyJson.Study("NCT09990002"), StudyJson.Study("NCT09990001", title: "Changed title"))) yield return o;
            throw new IOException("interrupted");
        }
        Assert.Throws<IOException>(() => IngestPipeline.Run(Failing(), new IngestOptions { IndexPath = db }));
        var (trials, _) = TrialIndex.Open(db);
        using (trials)
        {
            Assert.That(trials!.Count(), Is.EqualTo(1));
            Assert.That(trials.Get("NCT09990001")!.BriefTitle, Does.Not.Contain("Changed"));
        }
    }

    [Test]
    public void Replace_Success_SwapsAndKeepsPreviousThenRollbackRestoresIt()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002"));
        var replaced = Ingest(db, true, StudyJson.Study("NCT09990003"));
        Assert.That(replaced.Replaced, Is.True);
        Assert.That(Search(db, "melanoma"), Is.EqualTo(new[] { "NCT09990003" }));
        Assert.That(File.Exists(db + ".prev"), Is.True);

        Assert.That(IndexSwap.Rollback(new IndexPaths(db)), Is.True);
        Assert.That(Search(db, "melanoma"), Is.EquivalentTo(new[] { "NCT09990001", "NCT09990002" }));
    }

    [Test]
    public void Replace_OpenReaderDuringSwap_KeepsReadingTheOldState()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001"));
        var (reader, _) = TrialIndex.Open(db);
        using (reader)
        {
            Ingest(db, true, StudyJson.Study("NCT09990002"));
            Assert.That(reader!.Search(new SearchQuery { Text = "melanoma" }).Select(h => h.NctId), Is.EqualTo(new[] { "NCT09990001" }));
        }
        Assert.That(Search(db, "melanoma"), Is.EqualTo(new[] { "NCT09990002" }));
    }

    [Test]
    public void Ingest_WhileAnotherWriterHoldsTheLock_ReturnsLockedWithoutWriting()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        using var held = IndexLock.TryAcquire(new IndexPaths(db));
        var summary = Ingest(db, false, StudyJson.Study("NCT09990001"));
        Assert.That(summary.FailureKind, Is.EqualTo(IngestFailureKind.Locked));
        Assert.That(summary.Failure, Does.Contain("another run"));
        Assert.That(File.Exists(db), Is.False);
    }

    [Test]
    public void Open_MissingIndex_SaysHowToBuildOne()
    {
        using var temp = new TempFolder();
        var (index, error) = TrialIndex.Open(temp.File("none.db"));
        Assert.That(index, Is.Null);
        Assert.That(error!.Message, Does.Contain("No index at").And.Contain("trialmatcher ingest"));
    }

    [Test]
    public void Open_CorruptIndex_SaysHowToRebuildOrRollBack()
    {
        using var temp = new TempFolder();
        var path = temp.Write("trials.db", "this is not a database, just text that happens to be here " + new string('x', 4096));
        var (index, error) = TrialIndex.Open(path);
        Assert.That(index, Is.Null);
        Assert.That(error!.Message, Does.Contain("not a readable TrialMatcher index").And.Contain("rollback"));
    }

    [Test]
    public void Validate_WrongCount_RefusesTheSwap()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        Ingest(db, false, StudyJson.Study("NCT09990001"));
        var validation = IndexSwap.Validate(db, expectedTrials: 5);
        Assert.That(validation.Ok, Is.False);
        Assert.That(validation.Message, Does.Contain("expected 5"));
        Assert.That(IndexSwap.Validate(db, expectedTrials: 1).Ok, Is.True);
    }

    /// <summary>Ingest with criteria parsing and cancer-type links, as the CLI does.</summary>
    private static IngestSummary IngestParsed(string index, params string[] json) =>
        IngestPipeline.Run(Studies(json), new IngestOptions { IndexPath = index, Derive = TrialMatcher.Eligibility.CriteriaDeriver.Derive });

    private static List<string> CandidateIds(string index, params string[] statuses)
    {
        var (trials, error) = TrialIndex.Open(index);
        Assert.That(error, Is.Null, error?.Message);
        using (trials) return trials!.Candidates(new CandidateQuery { CancerCodes = ["MEL"], Statuses = statuses }).Select(c => c.NctId).Order().ToList();
    }

    [Test]
    public void Candidates_StatusChange_MovesTheTrialBetweenOpenAndClosed()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        IngestParsed(db, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002", status: "COMPLETED"));
        Assert.That(CandidateIds(db, "RECRUITING"), Is.EqualTo(new[] { "NCT09990001" }));
        // The link table repeats the status: an update must move the links too.
        IngestParsed(db, StudyJson.Study("NCT09990001", status: "COMPLETED"), StudyJson.Study("NCT09990002", status: "RECRUITING"));
        Assert.Multiple(() =>
        {
            Assert.That(CandidateIds(db, "RECRUITING"), Is.EqualTo(new[] { "NCT09990002" }));
            Assert.That(CandidateIds(db), Is.EqualTo(new[] { "NCT09990001", "NCT09990002" }));
        });
    }

    [Test]
    public void Open_Version1Index_SaysHowToUpgrade_AndAnIngestUpgradesItInPlace()
    {
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        IngestParsed(db, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002", status: "COMPLETED"));
        // Turn it into what version 1 wrote: a link table without status, no covering index.
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                DROP INDEX trials_match;
                CREATE TABLE v1(code TEXT NOT NULL, trial_id INTEGER NOT NULL, PRIMARY KEY(code, trial_id)) WITHOUT ROWID;
                INSERT INTO v1 SELECT code, trial_id FROM trial_cancer_types;
                DROP TABLE trial_cancer_types;
                ALTER TABLE v1 RENAME TO trial_cancer_types;
                CREATE INDEX trial_cancer_types_trial ON trial_cancer_types(trial_id);
                UPDATE meta SET value = '1' WHERE key = 'schema_version';
                """;
            cmd.ExecuteNonQuery();
        }
        var (old, error) = TrialIndex.Open(db);
        Assert.Multiple(() =>
        {
            Assert.That(old, Is.Null);
            Assert.That(error!.Message, Does.Contain("index schema 1").And.Contain("upgrades it in place"));
        });
        var upgrade = IngestParsed(db, StudyJson.Study("NCT09990003"));
        Assert.That(upgrade.FailureKind, Is.EqualTo(IngestFailureKind.None));
        Assert.That(CandidateIds(db, "RECRUITING"), Is.EqualTo(new[] { "NCT09990001", "NCT09990003" }));
    }

    [Test]
    public void Candidates_OpenReader_SeesAnotherWritersCommit()
    {
        // The reader remembers candidate rows between queries; a commit by another connection must not leave it stale.
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        IngestParsed(db, StudyJson.Study("NCT09990001"), StudyJson.Study("NCT09990002", minimumAge: "70 Years"));
        var (index, error) = TrialIndex.Open(db);
        Assert.That(error, Is.Null);
        using (index)
        {
            var query = new CandidateQuery { CancerCodes = ["MEL"], Statuses = ["RECRUITING"], AgeYears = 50 };
            var before = index!.Candidates(query).Select(c => c.NctId).ToList();
            IngestParsed(db, StudyJson.Study("NCT09990001", status: "COMPLETED"), StudyJson.Study("NCT09990002", minimumAge: "40 Years"));
            var after = index.Candidates(query).Select(c => c.NctId).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(before, Is.EqualTo(new[] { "NCT09990001" }));
                Assert.That(after, Is.EqualTo(new[] { "NCT09990002" }));
            });
        }
    }

    /// <summary>All fixture trials, ingested with criteria parsing and cancer-type links as the CLI does, opened for reading.</summary>
    private static TrialIndex FixtureIndex(string db)
    {
        var summary = IngestPipeline.Run([TestPaths.Fixture("trials")], new IngestOptions { IndexPath = db, Derive = CriteriaDeriver.Derive });
        Assert.That(summary.Skipped, Is.Zero);
        var (index, error) = TrialIndex.Open(db);
        Assert.That(error, Is.Null);
        return index!;
    }

    [Test]
    public void Candidates_FromRememberedLinks_EqualTheCandidateSql()
    {
        // The reader keeps each code's link rows in memory; the candidates must be those the SQL selection gives:
        // the same trials, in trial id order, with the same codes, for every status filter.
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        using (var index = FixtureIndex(db))
        {
            var queries = new List<CandidateQuery>();
            string[][] codeSets = [["NSCLC", "LUAD", "LUNG", "GROUP:SOLID", "GROUP:ANY"], ["MM", "GROUP:HEME", "GROUP:ANY"], ["BRCA", "GROUP:SOLID"], ["GROUP:SOLID"], ["NOSUCHCODE"]];
            foreach (var codes in codeSets)
                foreach (var statuses in new IReadOnlyList<string>[] { Matcher.DefaultStatuses, [], ["COMPLETED"] })
                    queries.Add(new CandidateQuery { CancerCodes = codes, Statuses = statuses });
            var compared = 0;
            foreach (var query in queries)
                for (var round = 0; round < 2; round++) // the second round is served from memory
                {
                    var remembered = index.Candidates(query).Select(c => (c.Id, Codes: string.Join('|', c.MatchedCodes.Order(StringComparer.Ordinal)))).ToList();
                    using var command = index.CandidateCommand(query);
                    var sql = new List<(long Id, string Codes)>();
                    using (var reader = command.ExecuteReader())
                        while (reader.Read()) sql.Add((reader.GetInt64(0), string.Join('|', reader.GetString(6).Split('|').Order(StringComparer.Ordinal))));
                    Assert.That(remembered, Is.EqualTo(sql.OrderBy(r => r.Id).ToList()), string.Join(',', query.CancerCodes) + " / " + string.Join(',', query.Statuses));
                    compared += sql.Count;
                }
            Assert.That(compared, Is.GreaterThan(100));
        }
    }

    [Test]
    public void Candidates_RememberedTermScores_EqualTheBm25OfTheWholeQuery_AndFollowWrites()
    {
        // The reader remembers each rank term's BM25 and sums them: the candidates' text scores must be exactly what
        // the FTS5 "A OR B OR ..." query gives, from memory too, and a commit by another connection must be seen.
        using var temp = new TempFolder();
        var db = temp.File("trials.db");
        using (var index = FixtureIndex(db))
        {
            string[] texts = ["EGFR L858R", "KRAS G12C PD-L1 TPS", "MSI-H ", "ER  PR HER2", "egfr T790M", "CD20"];
            string[] codes = ["GROUP:ANY", "GROUP:SOLID", "GROUP:HEME", "GROUP:LYMPHOMA", "NSCLC", "LUAD", "BRCA", "COADREAD", "STAD", "MM", "AML", "CLL", "DLBCLNOS", "MEL", "PAAD"];
            var scored = 0;
            void Compare()
            {
                foreach (var text in texts)
                {
                    var expected = index.TextScores(text);
                    var candidates = index.Candidates(new CandidateQuery { CancerCodes = codes, RankText = text });
                    Assert.That(candidates, Is.Not.Empty);
                    foreach (var c in candidates)
                        Assert.That(c.TextScore, Is.EqualTo(expected.GetValueOrDefault(c.Id)), $"{text}: {c.NctId}");
                    scored += candidates.Count(c => c.TextScore > 0);
                }
            }
            Compare();
            Compare(); // from memory
            Assert.That(scored, Is.GreaterThan(20));
            var before = index.Candidates(new CandidateQuery { CancerCodes = codes, RankText = "EGFR L858R" }).Count(c => c.TextScore > 0);
            IngestParsed(db, StudyJson.Study("NCT09990077", title: "EGFR L858R positive lung cancer after osimertinib", conditions: "\"Non-small Cell Lung Cancer\""));
            Compare();
            var after = index.Candidates(new CandidateQuery { CancerCodes = codes, RankText = "EGFR L858R" }).Count(c => c.TextScore > 0);
            Assert.That(after, Is.EqualTo(before + 1), "the new EGFR trial is scored after the other connection's commit");
        }
    }
}
