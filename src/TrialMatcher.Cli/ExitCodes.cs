namespace TrialMatcher.Cli;

/// <summary>Every exit code the tool returns, in one place; the README lists them for cron and scripts.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;
    /// <summary>An unexpected error (a bug or an environment problem); the message says what happened.</summary>
    public const int Failure = 1;
    /// <summary>The command line was wrong: unknown option, missing argument, bad value.</summary>
    public const int Usage = 2;
    /// <summary>No index at the path, or the file is not a readable index.</summary>
    public const int NoIndex = 3;
    /// <summary>The run finished but skipped some records (see the listed reasons); use --allow-skips to return 0.</summary>
    public const int Partial = 4;
    /// <summary>A requested trial or file was not found.</summary>
    public const int NotFound = 5;
    /// <summary>ClinicalTrials.gov (or the mirror at --base-url) could not be reached after retries; the index is unchanged.</summary>
    public const int UpstreamUnavailable = 6;
    /// <summary>Another run holds the index's write lock.</summary>
    public const int Locked = 7;
    /// <summary>A newly built index failed validation and was not swapped in; the previous index still serves.</summary>
    public const int ValidationFailed = 8;
    /// <summary>Input data (a profile, a cohort) could not be read.</summary>
    public const int BadInput = 9;
    /// <summary><c>alerts</c>: there are new or changed matching trials (0 means nothing new).</summary>
    public const int NewMatches = 10;
}
