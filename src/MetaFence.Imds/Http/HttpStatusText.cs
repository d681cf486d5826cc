namespace MetaFence.Imds.Http;

/// <summary>Reason phrases for the status codes the emulator sends (RFC 9110 section 15).</summary>
internal static class HttpStatusText
{
    public static string Reason(int status) => status switch
    {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        501 => "Not Implemented",
        _ => "Unknown",
    };
}
