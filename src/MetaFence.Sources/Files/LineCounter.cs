namespace MetaFence.Sources.Files;

/// <summary>
/// Turns offsets in a streamed text into 1-based lines, counting only the newlines between the
/// offset asked now and the one asked before, so a long input is counted once as it passes.
/// </summary>
internal sealed class LineCounter
{
    private long _offset;
    private int _line = 1;

    /// <summary>
    /// The line at <paramref name="offset"/>. <paramref name="text"/> holds the text from offset
    /// <paramref name="textStart"/> on, at least every byte between this offset and the last one asked.
    /// </summary>
    public int LineAt(long offset, ReadOnlySpan<byte> text, long textStart)
    {
        if (offset > _offset)
        {
            _line += text[(int)(_offset - textStart)..(int)(offset - textStart)].Count((byte)'\n');
        }
        else if (offset < _offset)
        {
            _line -= text[(int)(offset - textStart)..(int)(_offset - textStart)].Count((byte)'\n');
        }

        _offset = offset;
        return _line;
    }

    /// <summary>Starts counting again at a known place (after reading back to an earlier point).</summary>
    public void Reset(long offset, int line)
    {
        _offset = offset;
        _line = line;
    }
}
