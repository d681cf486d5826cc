using System.Globalization;
using System.Text;

namespace MetaFence.Imds.Http;

/// <summary>Writes a <see cref="MetadataResponse"/> as HTTP/1.1 bytes, with <c>Date</c> and <c>Content-Length</c>.</summary>
internal static class ResponseWriter
{
    public static byte[] Format(MetadataResponse response, string server, DateTimeOffset now, bool close)
    {
        var body = Encoding.UTF8.GetBytes(response.Body);
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {response.Status} {HttpStatusText.Reason(response.Status)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Server: {server}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {response.ContentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in response.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(close ? "Connection: close\r\n\r\n" : "\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }
}
