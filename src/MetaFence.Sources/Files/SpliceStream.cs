namespace MetaFence.Sources.Files;

/// <summary>A read-only stream of a few bytes of its own followed by the rest of another stream.</summary>
internal sealed class SpliceStream(byte[] prefix, Stream rest) : Stream
{
    private int _given;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_given < prefix.Length)
        {
            var n = Math.Min(count, prefix.Length - _given);
            prefix.AsSpan(_given, n).CopyTo(buffer.AsSpan(offset, n));
            _given += n;
            return n;
        }

        return rest.Read(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
