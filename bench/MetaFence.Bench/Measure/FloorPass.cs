using System.Diagnostics;
using System.Text.Json;

namespace MetaFence.Bench.Measure;

/// <summary>
/// The floor: one <see cref="Utf8JsonReader"/> pass over the file, every token read, nothing kept.
/// No loader can be faster than this, so the audit's time is reported as a multiple of it.
/// </summary>
internal static class FloorPass
{
    private const int BufferSize = 1 << 20;

    /// <summary>Child mode <c>floor FILE</c>: prints its figures as <c>key=value</c> lines.</summary>
    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (tokens, valueBytes, fileBytes) = Read(path);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        ChildResult.Print(new()
        {
            ["seconds"] = seconds,
            ["cpu_seconds"] = cpuSeconds,
            ["peak_bytes"] = ProcessMemory.PeakBytes(),
            ["tokens"] = tokens,
            ["value_bytes"] = valueBytes,
            ["file_bytes"] = fileBytes,
        });
        return 0;
    }

    /// <summary>
    /// Streams the file through one reusable buffer. A token cut by the buffer's end stays
    /// unconsumed: it is moved to the front and completed by the next read (the buffer doubles if
    /// a single token is larger than it). Token count and value lengths are returned so the work
    /// cannot be optimised away.
    /// </summary>
    public static (long Tokens, long ValueBytes, long FileBytes) Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var buffer = new byte[BufferSize];
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 256 });
        long tokens = 0, valueBytes = 0, fileBytes = 0;
        var filled = 0;
        while (true)
        {
            var read = file.Read(buffer, filled, buffer.Length - filled);
            fileBytes += read;
            filled += read;
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
            while (reader.Read())
            {
                tokens++;
                valueBytes += reader.ValueSpan.Length;
            }

            if (final)
            {
                return (tokens, valueBytes, fileBytes);
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            var left = filled - consumed;
            if (consumed == 0 && left == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer.AsSpan(consumed, left).CopyTo(buffer);
            filled = left;
        }
    }
}
