namespace TrialMatcher.Index;

/// <summary>
/// An exclusive, advisory lock held by the one process allowed to write an index. It is an open file with
/// <see cref="FileShare.None"/> (flock on Unix), so the kernel releases it when the holder dies: a killed
/// re-index never leaves a stale lock behind.
/// </summary>
public sealed class IndexLock : IDisposable
{
    private readonly FileStream _stream;

    private IndexLock(FileStream stream) => _stream = stream;

    public static IndexLock? TryAcquire(IndexPaths paths)
    {
        System.IO.Directory.CreateDirectory(paths.Directory);
        try
        {
            var stream = new FileStream(paths.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true)) writer.Write(Environment.ProcessId);
            return new IndexLock(stream);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The process id written by the holder, for the message a second writer prints.</summary>
    public static string? Holder(IndexPaths paths)
    {
        try
        {
            using var stream = new FileStream(paths.Lock, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd().Trim() is { Length: > 0 } pid ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
