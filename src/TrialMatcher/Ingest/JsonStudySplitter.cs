using System.Buffers;

namespace TrialMatcher.Ingest;

/// <summary>
/// Splits a ClinicalTrials.gov JSON stream into one byte buffer per study without loading the whole stream:
/// a single study object, an array of studies, or a page <c>{"studies":[...],"nextPageToken":...}</c>.
/// It only tracks strings and bracket depth, so each study is parsed separately and a broken study
/// costs that study alone.
/// </summary>
internal static class JsonStudySplitter
{
    internal readonly record struct Piece(int Index, byte[]? Json, string? Error);

    public static IEnumerable<Piece> Split(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var current = new ArrayBufferWriter<byte>();
        var depth = 0;
        var inString = false;
        var escape = false;
        var started = false;
        var mode = Mode.Unknown;       // decided by the first significant byte
        var captureDepth = -1;         // depth at which study objects sit (their '{' raises depth to this)
        var capturing = false;
        var index = 0;
        // Key tracking at depth 1 of a top-level object, to find "studies".
        var keyBytes = new List<byte>();
        var collectingKey = false;
        string? lastKey = null;
        var expectStudiesArray = false;
        var sawStudiesArray = false;

        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var segmentStart = capturing ? 0 : -1;
            for (var i = 0; i < read; i++)
            {
                var b = buffer[i];
                if (!started)
                {
                    if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
                    started = true;
                    if (b == (byte)'[') { mode = Mode.Array; captureDepth = 2; depth = 1; continue; }
                    if (b == (byte)'{')
                    {
                        // Until we see "studies", the whole object may be the single study: capture from here.
                        mode = Mode.Object; depth = 1; capturing = true; segmentStart = i; captureDepth = 1;
                        continue;
                    }
                    yield return new Piece(0, null, $"expected a JSON object or array, found '{(char)b}'");
                    yield break;
                }

                if (inString)
                {
                    if (escape) { escape = false; }
                    else if (b == (byte)'\\') { escape = true; }
                    else if (b == (byte)'"')
                    {
                        inString = false;
                        if (collectingKey) { collectingKey = false; lastKey = System.Text.Encoding.UTF8.GetString(keyBytes.ToArray()); }
                    }
                    if (collectingKey && inString && !escape && b != (byte)'\\') keyBytes.Add(b);
                    continue;
                }

                switch (b)
                {
                    case (byte)'"':
                        inString = true;
                        if (mode == Mode.Object && depth == 1 && !sawStudiesArray) { collectingKey = true; keyBytes.Clear(); }
                        break;
                    case (byte)':':
                        if (mode == Mode.Object && depth == 1 && lastKey == "studies") expectStudiesArray = true;
                        break;
                    case (byte)'{':
                    case (byte)'[':
                        if (expectStudiesArray && b == (byte)'[' && depth == 1)
                        {
                            // It is a page: drop what was captured so far and split the array's elements.
                            expectStudiesArray = false;
                            sawStudiesArray = true;
                            capturing = false;
                            current.Clear();
                            segmentStart = -1;
                            captureDepth = 3;
                            depth++;
                            break;
                        }
                        expectStudiesArray = false;
                        depth++;
                        if (!capturing && depth == captureDepth)
                        {
                            capturing = true;
                            segmentStart = i;
                        }
                        break;
                    case (byte)'}':
                    case (byte)']':
                        depth--;
                        if (capturing && depth == captureDepth - 1)
                        {
                            current.Write(buffer.AsSpan(segmentStart, i - segmentStart + 1));
                            yield return new Piece(index++, current.WrittenSpan.ToArray(), null);
                            current.Clear();
                            capturing = false;
                            segmentStart = -1;
                        }
                        if (depth == 0)
                        {
                            yield break;
                        }
                        break;
                    default:
                        if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)','))
                            expectStudiesArray = false;
                        break;
                }
            }
            if (capturing && segmentStart >= 0)
            {
                current.Write(buffer.AsSpan(segmentStart, read - segmentStart));
            }
        }

        if (!started)
        {
            yield return new Piece(0, null, "file is empty");
        }
        else if (depth > 0)
        {
            yield return new Piece(index, null, index == 0 && mode == Mode.Object && !sawStudiesArray
                ? "JSON ends before the study object is closed (truncated file?)"
                : $"JSON ends inside study #{index + 1} (truncated file?); {index} studies before it were read");
        }
    }

    private enum Mode { Unknown, Array, Object }
}
