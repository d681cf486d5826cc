using System.Text;
using MetaFence.Sources.Conversion;

namespace MetaFence.Sources.Files;

/// <summary>One load: reads inputs into a shared snapshot and diagnostic list, then builds the result.</summary>
internal sealed class LoadSession
{
    private readonly DiagnosticList _diagnostics = new();
    private readonly SnapshotAccumulator _snapshot;
    private readonly ObjectDispatcher _dispatcher;

    public LoadSession(LoadOptions options)
    {
        _snapshot = new SnapshotAccumulator(_diagnostics);
        _dispatcher = new ObjectDispatcher(options, _snapshot, _diagnostics);
    }

    public void ReadPath(string path)
    {
        foreach (var file in InputPaths.Expand(path, _diagnostics))
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Fatal(InputPaths.Whole(file), $"the file cannot be read ({e.Message.TrimEnd('.')})", "a readable file");
                continue;
            }

            ReadBytes(file, bytes);
        }
    }

    /// <summary>Reads one input: JSON by extension or by its first character, YAML otherwise.</summary>
    public void ReadBytes(string name, byte[] bytes)
    {
        var utf8 = InputDecoder.ToUtf8(bytes, out var problem);
        if (utf8 is null)
        {
            _diagnostics.Fatal(InputPaths.Whole(name), problem ?? "the file is not text", "a YAML or JSON text file");
            return;
        }

        var format = InputPaths.FormatOf(name);
        if (format == InputFormat.Json || (format == InputFormat.Sniff && StartsLikeJson(utf8)))
        {
            var documents = JsonInput.Read(name, utf8, _diagnostics, _dispatcher, mayFallBack: format == InputFormat.Sniff);
            if (documents >= 0)
            {
                WarnIfEmpty(name, utf8, documents);
                return;
            }
        }

        WarnIfEmpty(name, utf8, YamlInput.Read(name, Encoding.UTF8.GetString(utf8), _diagnostics, _dispatcher));
    }

    public LoadResult Finish() => new(_snapshot.Build(), _diagnostics.ToImmutable());

    private static bool StartsLikeJson(byte[] utf8)
    {
        var text = utf8.AsSpan().TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] is (byte)'{' or (byte)'[';
    }

    private void WarnIfEmpty(string name, byte[] utf8, int documents)
    {
        if (documents > 0)
        {
            return;
        }

        var blank = utf8.AsSpan().Trim(" \t\r\n"u8).IsEmpty;
        _diagnostics.Warning(
            InputPaths.Whole(name),
            blank ? "the file is empty" : "the file holds only comments and empty documents",
            "Kubernetes objects in YAML or JSON");
    }
}
