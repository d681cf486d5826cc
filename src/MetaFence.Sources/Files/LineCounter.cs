namespace MetaFence.Sources.Files;

/// <summary>
/// Turns byte offsets into 1-based lines for offsets asked in increasing order (as a stream
/// reader asks them), counting each newline once.
/// </summary>
internal sealed class LineCounter(byte[] buffer)
{
    private int _offset;
    private int _line = 1;

    public int LineAt(int offset)
    {
        if (offset < _offset)
        {
            _offset = 0;
            _line = 1;
        }

        _line += buffer.AsSpan(_offset, offset - _offset).Count((byte)'\n');
        _offset = offset;
        return _line;
    }
}
