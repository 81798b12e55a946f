using System.IO.Compression;

namespace TrialMatcher.Ingest;

/// <summary>
/// Turns the paths a user names (files, folder trees, zip archives, AACT export folders) into a stream of read
/// outcomes. The format of each file or zip entry is chosen by its content, not its name: JSON starts with
/// <c>{</c> or <c>[</c>, legacy XML with <c>&lt;</c>. Files that are neither (READMEs, checksums) are counted as
/// ignored, not as errors. Folders are walked in ordinal order so runs are repeatable.
/// </summary>
public sealed class TrialSourceReader
{
    /// <summary>Files or zip entries looked at that held no trial data (by content).</summary>
    public int IgnoredFiles { get; private set; }

    /// <summary>Files or zip entries read as trial data.</summary>
    public int FilesRead { get; private set; }

    /// <summary>Bytes of trial data read, for throughput figures.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Raised with the path of each file as it is opened, for progress displays.</summary>
    public event Action<string>? FileOpened;

    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var outcome in ReadDirectory(path)) yield return outcome;
            }
            else if (File.Exists(path))
            {
                foreach (var outcome in ReadFile(path)) yield return outcome;
            }
            else
            {
                yield return new RecordRejected(new IngestProblem(path, null, null, null, "no such file or folder"));
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadDirectory(string directory)
    {
        if (AactFlatFileReader.IsAactFolder(directory))
        {
            FileOpened?.Invoke(directory);
            FilesRead++;
            foreach (var outcome in AactFlatFileReader.Read(directory)) yield return outcome;
            yield break;
        }
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            foreach (var outcome in ReadFile(file)) yield return outcome;
        }
        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            foreach (var outcome in ReadDirectory(sub)) yield return outcome;
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path)
    {
        FileOpened?.Invoke(path);
        using var stream = File.OpenRead(path);
        var kind = Sniff(stream);
        if (kind == ContentKind.Zip)
        {
            foreach (var outcome in ReadZip(stream, path)) yield return outcome;
            yield break;
        }
        foreach (var outcome in ReadContent(stream, kind, path)) yield return outcome;
    }

    private IEnumerable<ReadOutcome> ReadZip(Stream stream, string path)
    {
        ZipArchive zip;
        string? error = null;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            zip = null!;
            error = $"not a readable zip archive: {ex.Message}";
        }
        if (error is not null)
        {
            yield return new RecordRejected(new IngestProblem(path, null, null, null, error));
            yield break;
        }
        using (zip)
        {
            foreach (var entry in zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var source = $"{path}!{entry.FullName}";
                using var raw = entry.Open();
                var head = new byte[512];
                var n = raw.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                var kind = Classify(head.AsSpan(0, n));
                using var replay = new PrefixedStream(head.AsMemory(0, n), raw);
                foreach (var outcome in ReadContent(replay, kind, source)) yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadContent(Stream stream, ContentKind kind, string source)
    {
        var counting = new CountingStream(stream);
        IEnumerable<ReadOutcome> outcomes = kind switch
        {
            ContentKind.Json => ApiV2StudyReader.Read(counting, source),
            ContentKind.Xml => LegacyXmlStudyReader.Read(counting, source),
            _ => [],
        };
        if (kind is ContentKind.Json or ContentKind.Xml) FilesRead++;
        else IgnoredFiles++;
        foreach (var outcome in outcomes) yield return outcome;
        BytesRead += counting.Count;
    }

    private enum ContentKind { Other, Json, Xml, Zip }

    /// <summary>Looks at the first significant bytes of a file and rewinds.</summary>
    private static ContentKind Sniff(FileStream stream)
    {
        Span<byte> head = stackalloc byte[512];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Seek(0, SeekOrigin.Begin);
        return Classify(head[..n]);
    }

    private static ContentKind Classify(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return ContentKind.Zip;
        foreach (var b in head)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b switch
            {
                (byte)'{' or (byte)'[' => ContentKind.Json,
                (byte)'<' => ContentKind.Xml,
                _ => ContentKind.Other,
            };
        }
        return ContentKind.Other;
    }
}
