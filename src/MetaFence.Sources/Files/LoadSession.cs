using System.Text;
using MetaFence.Sources.Conversion;
using MetaFence.Sources.Conversion.Streaming;

namespace MetaFence.Sources.Files;

/// <summary>
/// One load: reads inputs into a shared snapshot and diagnostic list, then builds the result.
/// JSON is streamed (from its file when it has one); YAML and UTF-16 text are read whole.
/// </summary>
internal sealed class LoadSession
{
    private readonly LoadOptions _options;
    private readonly LoadJournal _journal = new();
    private readonly DiagnosticList _diagnostics;
    private readonly ObjectDispatcher _dispatcher;
    private readonly SnapshotAccumulator _snapshot;
    private readonly StreamedObjectReader? _streamed;

    public LoadSession(LoadOptions options)
    {
        _options = options;
        _diagnostics = new DiagnosticList(_journal);
        _snapshot = new SnapshotAccumulator(_diagnostics, _journal);
        _dispatcher = new ObjectDispatcher(options, _snapshot, _diagnostics);
        _streamed = options.StreamKnownKinds ? new StreamedObjectReader(options.DefaultNamespace, _snapshot) : null;
    }

    public void ReadPath(string path)
    {
        foreach (var file in InputPaths.Expand(path, _diagnostics))
        {
            try
            {
                if (InputPaths.FormatOf(file) == InputFormat.Yaml)
                {
                    ReadDecoded(file, File.ReadAllBytes(file), yamlOnly: true);
                    continue;
                }

                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                ReadStream(file, stream, () => File.ReadAllBytes(file), () => new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Fatal(InputPaths.Whole(file), $"the file cannot be read ({e.Message.TrimEnd('.')})", "a readable file");
            }
        }
    }

    /// <summary>Reads one input held in memory (standard input, tests).</summary>
    public void ReadBytes(string name, byte[] bytes)
    {
        if (InputPaths.FormatOf(name) == InputFormat.Yaml)
        {
            ReadDecoded(name, bytes, yamlOnly: true);
            return;
        }

        using var stream = new MemoryStream(bytes, writable: false);
        ReadStream(name, stream, () => bytes, () => new MemoryStream(bytes, writable: false));
    }

    public LoadResult Finish() => new(_snapshot.Build(), _diagnostics.ToImmutable());

    /// <summary>Streams UTF-8 JSON; UTF-16 text and streams that cannot be read twice are read whole.</summary>
    private void ReadStream(string name, Stream stream, Func<byte[]> whole, Func<Stream> reopen)
    {
        if (!stream.CanSeek)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            ReadBytes(name, copy.ToArray());
            return;
        }

        Span<byte> start = stackalloc byte[2];
        var isUtf16 = InputDecoder.IsUtf16(start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)]);
        stream.Position = 0;
        if (isUtf16)
        {
            ReadDecoded(name, whole(), yamlOnly: false);
            return;
        }

        StreamJson(name, stream, whole, reopen);
    }

    /// <summary>
    /// Reads JSON as it streams, its effects held in the journal until the end, so that a file
    /// found to be binary (or not JSON at all, when sniffed) loads nothing from the JSON reading.
    /// </summary>
    private void StreamJson(string name, Stream stream, Func<byte[]> whole, Func<Stream> reopen)
    {
        var sniffed = InputPaths.FormatOf(name) == InputFormat.Sniff;
        _journal.Begin();
        try
        {
            var window = new JsonWindow(stream, _options.JsonBufferSize);
            var documents = sniffed && !window.StartsLikeJson() ? -1
                : JsonInput.Read(name, window, _diagnostics, _dispatcher, _streamed, _journal, mayFallBack: sniffed,
                    new JsonSplitSource(reopen, _options.SplitListBytes, _options.JsonBufferSize));
            if (documents < 0)
            {
                _journal.Discard();
                ReadDecoded(name, whole(), yamlOnly: true);
                return;
            }

            _journal.Commit();
            WarnIfEmpty(name, !window.HasContent, documents);
        }
        catch (BinaryInputException e)
        {
            _journal.Discard();
            _diagnostics.Fatal(InputPaths.Whole(name), e.Message, "a YAML or JSON text file");
        }
        finally
        {
            // After an I/O error nothing from this input is kept (the caller reports it).
            _journal.Discard();
        }
    }

    /// <summary>Reads one input held whole: decoded, then JSON when it looks like JSON, YAML otherwise.</summary>
    private void ReadDecoded(string name, byte[] bytes, bool yamlOnly)
    {
        var utf8 = InputDecoder.ToUtf8(bytes, out var problem);
        if (utf8 is null)
        {
            _diagnostics.Fatal(InputPaths.Whole(name), problem ?? "the file is not text", "a YAML or JSON text file");
            return;
        }

        if (!yamlOnly)
        {
            using var stream = new MemoryStream(utf8, writable: false);
            StreamJson(name, stream, () => utf8, () => new MemoryStream(utf8, writable: false));
            return;
        }

        var blank = utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty;
        WarnIfEmpty(name, blank, YamlInput.Read(name, Encoding.UTF8.GetString(utf8), _diagnostics, _dispatcher));
    }

    private void WarnIfEmpty(string name, bool blank, int documents)
    {
        if (documents > 0)
        {
            return;
        }

        _diagnostics.Warning(
            InputPaths.Whole(name),
            blank ? "the file is empty" : "the file holds only comments and empty documents",
            "Kubernetes objects in YAML or JSON");
    }
}
