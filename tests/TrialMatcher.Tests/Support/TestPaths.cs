namespace TrialMatcher.Tests.Support;

/// <summary>Locations the tests read: the repository's own fixtures, and throwaway folders.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixtures => Path.Combine(RepoRoot, "fixtures");
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TrialMatcher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("TrialMatcher.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted at dispose; each test gets its own so tests can run in parallel.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "trialmatcher-tests", Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
