namespace MetaFence.Sources.Files;

/// <summary>
/// The second half of a big list read by a second thread, from a <see cref="JsonSplitPoint"/> to
/// the list's <c>]</c>, into a journal of its own. The first thread takes it over only when it
/// ends an item exactly at the point with the same item number; otherwise it is thrown away.
/// </summary>
internal sealed class JsonListSplit(JsonSplitPoint point, int bom)
{
    private volatile bool _cancelled;

    /// <summary>Where the item before the point ends, as a text offset.</summary>
    public long ItemEnd { get; } = point.ItemEnd - bom;

    public JsonSplitPoint Point => point;

    /// <summary>What reading the second half did, in order.</summary>
    public LoadJournal Journal { get; } = new();

    public bool IsCancelled => _cancelled;

    /// <summary>The number of the first item of the second half (as the line count suggests).</summary>
    public int Index { get; set; }

    /// <summary>The number the item after the last one would have.</summary>
    public int EndIndex { get; set; }

    public int Delivered { get; set; }

    public bool UsedHint { get; set; }

    /// <summary>The text offset and line of the list's <c>]</c>.</summary>
    public (long Offset, int Line) Bracket { get; set; }

    public Task<bool>? Work { get; set; }

    public void Cancel() => _cancelled = true;

    /// <summary>Waits for the second thread: true when it read to the <c>]</c> with nothing unusual.</summary>
    public bool Wait()
    {
        try
        {
            return Work?.GetAwaiter().GetResult() == true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything unusual (malformed JSON, binary bytes, cancelled): the first thread reads it itself.
            return false;
        }
    }
}
