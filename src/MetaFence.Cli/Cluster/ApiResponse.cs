namespace MetaFence.Cli.Cluster;

/// <summary>An API server's answer: HTTP status and body (JSON, or text for logs).</summary>
internal sealed record ApiResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The <c>message</c> of a Status body, or the status code when there is none.</summary>
    public string Message
    {
        get
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(Body);
                if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    && json.RootElement.TryGetProperty("message", out var message) && message.ValueKind == System.Text.Json.JsonValueKind.String)
                {
                    return $"{message.GetString()} ({Status})";
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // not a Status object: the code says enough
            }

            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"HTTP {Status}");
        }
    }
}
