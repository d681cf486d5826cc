using System.Net;

namespace MetaFence.Sources.Live;

/// <summary>One answer of the API server: status, body and the wait a 429 asked for.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, byte[] Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The <c>message</c> of a <c>Status</c> body, or the status code's name.</summary>
    public string Reason()
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(Body);
            if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                return message.GetString() ?? Status.ToString();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not a Status object: the code says enough.
        }

        return $"{(int)Status} {Status}";
    }
}
