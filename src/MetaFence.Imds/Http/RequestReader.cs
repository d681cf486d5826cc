using System.Globalization;
using System.Text;

namespace MetaFence.Imds.Http;

/// <summary>
/// Reads HTTP/1.1 requests off one connection: the head up to <see cref="MaxHeadBytes"/>, then a
/// <c>Content-Length</c> body, which is skipped (no metadata request needs one). Pipelined bytes
/// stay buffered for the next request. Chunked bodies are refused (501).
/// </summary>
internal sealed class RequestReader(Stream stream)
{
    public const int MaxHeadBytes = 16 * 1024;

    public const long MaxBodyBytes = 64 * 1024;

    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private readonly byte[] _buffer = new byte[MaxHeadBytes];
    private int _count;

    /// <summary>The next request, or null when the client closed the connection between requests.</summary>
    public async Task<MetadataRequest?> ReadAsync(CancellationToken cancellationToken)
    {
        int end;
        while ((end = _buffer.AsSpan(0, _count).IndexOf(HeadEnd)) < 0)
        {
            if (_count == _buffer.Length)
            {
                throw new MalformedRequestException(431, $"request head over {MaxHeadBytes} bytes");
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_count), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return _count == 0 ? null : throw new MalformedRequestException(400, "connection closed inside the request head");
            }

            _count += read;
        }

        var head = Encoding.Latin1.GetString(_buffer, 0, end);
        Consume(end + HeadEnd.Length);
        var request = Parse(head);
        await SkipBodyAsync(BodyLength(request), cancellationToken).ConfigureAwait(false);
        return request;
    }

    private static MetadataRequest Parse(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0
            || (!parts[1].StartsWith('/') && !parts[1].StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            || parts[2] is not ("HTTP/1.1" or "HTTP/1.0"))
        {
            throw new MalformedRequestException(400, $"bad request line \"{lines[0]}\"");
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line[..colon].Any(c => c is ' ' or '\t'))
            {
                throw new MalformedRequestException(400, $"bad header line \"{line}\"");
            }

            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        try
        {
            return MetadataRequest.Create(parts[0], parts[1], headers, parts[2]);
        }
        catch (UriFormatException e)
        {
            throw new MalformedRequestException(400, $"bad request target: {e.Message}");
        }
    }

    private static long BodyLength(MetadataRequest request)
    {
        if (request.HasHeader("Transfer-Encoding"))
        {
            throw new MalformedRequestException(501, "chunked request bodies are not supported");
        }

        var text = request.Header("Content-Length");
        if (text is null)
        {
            return 0;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new MalformedRequestException(400, $"bad Content-Length \"{text}\"");
        }

        return length <= MaxBodyBytes ? length : throw new MalformedRequestException(413, $"body over {MaxBodyBytes} bytes");
    }

    private async Task SkipBodyAsync(long length, CancellationToken cancellationToken)
    {
        var buffered = (int)Math.Min(length, _count);
        Consume(buffered);
        var left = length - buffered;
        var scratch = new byte[4096];
        while (left > 0)
        {
            var read = await stream.ReadAsync(scratch.AsMemory(0, (int)Math.Min(left, scratch.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new MalformedRequestException(400, "connection closed inside the request body");
            }

            left -= read;
        }
    }

    private void Consume(int bytes)
    {
        Buffer.BlockCopy(_buffer, bytes, _buffer, 0, _count - bytes);
        _count -= bytes;
    }
}
