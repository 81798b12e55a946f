using System.Text;

namespace TrialMatcher.Reporting;

/// <summary>
/// Profiles, shortlists and reports are health data: every file we write for a patient is created readable and
/// writable by its owner only (mode 600 on Unix; folders 700). An existing file is narrowed to that mode before it is
/// overwritten. On Windows the files inherit the folder's ACL.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates (or truncates) a file for writing, owner-only.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
            if (File.Exists(path)) File.SetUnixFileMode(path, FileMode);
        }
        return new FileStream(path, options);
    }

    public static void WriteAllText(string path, string text)
    {
        using var stream = Create(path);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(text);
    }

    /// <summary>Creates a folder (and its parents) owner-only; an existing folder is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, FolderMode);
    }
}
