using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetaFence.Imds.Probe;

/// <summary>
/// One JSON object per line, fields in a fixed order:
/// <c>{"check","endpoint","address","port","outcome","detail","ms"}</c>, outcome one of
/// reachable, blocked, timeout, refused, error. The generated script prints the same shape.
/// </summary>
public static class ProbeJson
{
    public static string Line(ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("check", result.Check.Name);
            json.WriteString("endpoint", result.Check.Endpoint);
            json.WriteString("address", result.Check.Address);
            json.WriteNumber("port", result.Check.Port);
            json.WriteString("outcome", Outcome(result.Outcome));
            json.WriteString("detail", result.Detail);
            json.WriteNumber("ms", result.Milliseconds);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Outcome(ProbeOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
