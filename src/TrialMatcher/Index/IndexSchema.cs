namespace TrialMatcher.Index;

/// <summary>
/// The SQLite layout. <c>trials</c> holds the structured columns used for filtering and the full record for
/// display; <c>trials_fts</c> is a contentless FTS5 table (rowid = trials.id) with the weighted text fields;
/// <c>trial_cancer_types</c> lets the matcher select candidates by cancer type through an index, not by text; it
/// repeats each trial's status so that the usual "open trials of these types" question reads only open trials' rows.
/// <c>trials_match</c> covers every column candidate selection reads, so a candidate costs an index lookup, not a
/// read of the wide row (record and criteria blobs fill most of a page each).
/// Version 2 added the status column of the link table and the covering index (<see cref="MigrateFrom1"/>).
/// </summary>
internal static class IndexSchema
{
    public const int Version = 2;

    /// <summary>BM25 column weights, in the order of the FTS columns: a term in the conditions or title says far
    /// more about what a trial is for than the same term in its criteria (which name many other diseases).</summary>
    public const string Bm25Weights = "6.0, 10.0, 4.0, 2.0, 0.6, 1.0";

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS trials(
            id INTEGER PRIMARY KEY,
            nct_id TEXT NOT NULL UNIQUE,
            status TEXT,
            phases TEXT NOT NULL DEFAULT '',
            study_type TEXT,
            sex TEXT,
            min_age_days REAL,
            max_age_days REAL,
            last_update TEXT,
            title TEXT NOT NULL,
            conditions TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL,
            record BLOB NOT NULL,
            criteria BLOB,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS trials_status ON trials(status);
        CREATE INDEX IF NOT EXISTS trials_last_update ON trials(last_update);
        CREATE INDEX IF NOT EXISTS trials_match ON trials(id, status, min_age_days, max_age_days, sex, content_hash, nct_id, last_update, phases, title);
        CREATE TABLE IF NOT EXISTS trial_cancer_types(
            code TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '',
            trial_id INTEGER NOT NULL,
            PRIMARY KEY(code, status, trial_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS trial_cancer_types_trial ON trial_cancer_types(trial_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS trials_fts USING fts5(
            title, conditions, keywords, interventions, criteria, summary,
            content='', contentless_delete=1,
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TABLE IF NOT EXISTS places(
            city TEXT NOT NULL,
            region TEXT NOT NULL,
            lat REAL NOT NULL,
            lon REAL NOT NULL,
            sites INTEGER NOT NULL,
            PRIMARY KEY(city, region)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS runs(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            outcome TEXT NOT NULL,
            summary TEXT NOT NULL
        );
        """;

    /// <summary>
    /// Upgrades a version-1 index in place, in the writer's transaction: the link table gains the trial's status
    /// (copied from <c>trials</c>) and <see cref="Ddl"/> then adds the covering index.
    /// </summary>
    public const string MigrateFrom1 = """
        CREATE TABLE trial_cancer_types_v2(
            code TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '',
            trial_id INTEGER NOT NULL,
            PRIMARY KEY(code, status, trial_id)
        ) WITHOUT ROWID;
        INSERT INTO trial_cancer_types_v2(code, status, trial_id)
            SELECT l.code, coalesce(t.status, ''), l.trial_id FROM trial_cancer_types l JOIN trials t ON t.id = l.trial_id;
        DROP TABLE trial_cancer_types;
        ALTER TABLE trial_cancer_types_v2 RENAME TO trial_cancer_types;
        """;
}
