using System.Buffers;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>
/// Builds the <c>kubectl.kubernetes.io/last-applied-configuration</c> annotation: the object as it
/// was applied, compact JSON with a trailing newline, embedded as one escaped string. One reusable
/// buffer; not thread-safe.
/// </summary>
internal sealed class LastApplied : IDisposable
{
    public const string Annotation = "kubectl.kubernetes.io/last-applied-configuration";

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;

    public LastApplied(JsonWriterOptions options)
    {
        _writer = new Utf8JsonWriter(_buffer, options with { Indented = false });
    }

    /// <summary>The compact writer, emptied, positioned before the applied object.</summary>
    public Utf8JsonWriter Begin(string apiVersion, string kind)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
        _writer.WriteString("apiVersion", apiVersion);
        _writer.WriteString("kind", kind);
        return _writer;
    }

    /// <summary>Closes the applied object and writes it into <paramref name="target"/> as the annotation.</summary>
    public void End(Utf8JsonWriter target)
    {
        _writer.WriteEndObject();
        _writer.Flush();
        _buffer.Write("\n"u8);
        target.WriteString(Annotation, _buffer.WrittenSpan);
    }

    /// <summary>The applied metadata: annotations and labels (when any), name and namespace (for objects, not templates).</summary>
    public static void Metadata(Utf8JsonWriter w, IReadOnlyList<KeyValuePair<string, string>> annotations,
        IReadOnlyList<KeyValuePair<string, string>> labels, string? name, string? ns)
    {
        w.WriteStartObject("metadata");
        if (annotations.Count > 0)
        {
            w.StringMap("annotations", annotations);
        }

        if (labels.Count > 0)
        {
            w.StringMap("labels", labels);
        }

        if (name is not null)
        {
            w.WriteString("name", name);
        }

        if (ns is not null)
        {
            w.WriteString("namespace", ns);
        }

        w.WriteEndObject();
    }

    public void Dispose() => _writer.Dispose();
}
