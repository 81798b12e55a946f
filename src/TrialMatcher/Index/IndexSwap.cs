using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace TrialMatcher.Index;

/// <summary>
/// Build-aside support: check a freshly built database, then move it over the live one in one rename, keeping
/// the replaced one as <c>.prev</c>. Searches that opened the old file keep reading it until they close; new
/// searches open the new one; at no moment is there no index at the path.
/// </summary>
public static partial class IndexSwap
{
    public sealed record Validation(bool Ok, string Message);

    /// <summary>Record count, SQLite's integrity check and a test query, on the database at <paramref name="path"/>.</summary>
    public static Validation Validate(string path, long expectedTrials)
    {
        try
        {
            using var c = IndexConnection.Open(path, write: false);
            var count = IndexConnection.Scalar<long>(c, "SELECT count(*) FROM trials");
            if (count != expectedTrials)
                return new(false, $"the new index holds {count} trials, expected {expectedTrials}");
            var integrity = IndexConnection.Scalar<string>(c, "PRAGMA integrity_check");
            if (integrity != "ok") return new(false, $"SQLite integrity check failed: {integrity}");
            if (count > 0)
            {
                // A real query through the full-text index: the title words of some trial must find that trial.
                var (nct, title) = First(c);
                var words = TrialIndex.MatchExpression(title);
                if (words.Length > 0)
                {
                    using var q = c.CreateCommand();
                    q.CommandText = "SELECT count(*) FROM trials_fts CROSS JOIN trials t ON t.id = trials_fts.rowid WHERE trials_fts MATCH $m AND t.nct_id = $nct";
                    q.Parameters.AddWithValue("$m", words);
                    q.Parameters.AddWithValue("$nct", nct);
                    if (Convert.ToInt64(q.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 1)
                        return new(false, $"test query for {nct} by its title did not find it");
                }
            }
            return new(true, $"{count} trials, integrity ok, test query ok");
        }
        catch (SqliteException ex)
        {
            return new(false, $"the new index cannot be read: {ex.Message}");
        }
    }

    private static (string Nct, string Title) First(SqliteConnection c)
    {
        using var q = c.CreateCommand();
        q.CommandText = "SELECT nct_id, title FROM trials ORDER BY id LIMIT 1";
        using var r = q.ExecuteReader();
        r.Read();
        return (r.GetString(0), r.GetString(1));
    }

    /// <summary>Moves <paramref name="built"/> over the live database; the live one becomes <c>.prev</c>.</summary>
    public static void SwapIn(IndexPaths paths, string built)
    {
        SqliteConnection.ClearAllPools();
        if (File.Exists(paths.Database))
        {
            // .prev is a hard link to the live file, made before the rename, so the live path never disappears.
            LinkOrCopy(paths.Database, paths.Previous);
        }
        File.Move(built, paths.Database, overwrite: true);
    }

    /// <summary>Puts <c>.prev</c> back in service and keeps the current one as <c>.prev</c> (a second rollback undoes the first).</summary>
    public static bool Rollback(IndexPaths paths)
    {
        if (!File.Exists(paths.Previous)) return false;
        SqliteConnection.ClearAllPools();
        var swap = paths.Database + ".swap";
        if (File.Exists(paths.Database)) LinkOrCopy(paths.Database, swap);
        File.Move(paths.Previous, paths.Database, overwrite: true);
        if (File.Exists(swap)) File.Move(swap, paths.Previous, overwrite: true);
        return true;
    }

    private static void LinkOrCopy(string from, string to)
    {
        var temp = to + ".tmp";
        if (File.Exists(temp)) File.Delete(temp);
        if (!OperatingSystem.IsWindows() && Link(from, temp) == 0)
        {
            File.Move(temp, to, overwrite: true);
            return;
        }
        File.Copy(from, temp, overwrite: true);
        File.Move(temp, to, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string oldPath, string newPath);
}
