namespace TrialMatcher.Index;

/// <summary>The files that make up one index: the database, the copy kept by the last swap, the one being built, the writers' lock.</summary>
public sealed record IndexPaths(string Database)
{
    public const string DefaultPath = "index/trials.db";

    public string Previous => Database + ".prev";
    public string Building => Database + ".building";
    public string Lock => Database + ".lock";
    public string Journal => Database + "-journal";
    public string Directory => Path.GetDirectoryName(Path.GetFullPath(Database))!;
}
