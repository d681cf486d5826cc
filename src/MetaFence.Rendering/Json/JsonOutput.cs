using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetaFence.Rendering.Json;

/// <summary>
/// Writes one JSON document to a <see cref="TextWriter"/>: indented by two spaces, <c>\n</c> line
/// ends on every platform, no needless escaping (<c>'</c>, <c>+</c>, <c>&lt;</c> stay readable), trailing newline.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        writer.Write('\n');
        writer.Flush();
    }
}
