using Microsoft.Data.Sqlite;

namespace TrialMatcher.Index;

internal static class IndexConnection
{
    /// <summary>Opens a connection with the settings every user of the index shares. Pooling is off so that
    /// no handle outlives its user: a swap must not leave a pooled connection on the replaced file.</summary>
    public static SqliteConnection Open(string path, bool write, bool bulk = false, bool mapped = false)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // Readers open read-write (never create) so that the first one after a crashed writer can roll its hot
            // journal back; they issue no writes of their own.
            Mode = write ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        // Rollback-journal mode: one file per index, so a build-aside database can be renamed over the live one
        // without a write-ahead log that belongs to the old file. Readers wait out a commit instead of failing.
        Execute(connection, "PRAGMA busy_timeout = 15000;");
        if (write)
        {
            // A build-aside database (bulk) needs no rollback journal: it is validated before the swap and deleted
            // when a run fails, so the journal's extra write of every changed page buys nothing there.
            Execute(connection, bulk ? "PRAGMA journal_mode = OFF;" : "PRAGMA journal_mode = DELETE;");
            // A large page cache keeps a long transaction from spilling to the database file early, which would
            // take the exclusive lock and block readers for the rest of the run.
            Execute(connection, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
            if (bulk) Execute(connection, "PRAGMA synchronous = OFF;");
        }
        else if (mapped)
        {
            // Search and match readers map the file (rollback-journal mode makes this safe) and keep a larger page
            // cache: a match touches thousands of rows of a large index, and page reads through read() dominated.
            // Not for one-pass readers such as validation: mapped pages count in the process's RSS.
            Execute(connection, "PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -65536;");
        }
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
