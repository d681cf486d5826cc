using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// A big pretty-printed list read by two threads: a second one reads from a likely item boundary
/// near the middle to the <c>]</c> while this one reads up to it (see <see cref="JsonListSplit"/>).
/// What comes out is exactly what one thread would have read: the second half is taken over only
/// when this thread confirms the boundary and the item number, and was read with the same file,
/// document, item numbers and lines; anything unusual there throws it away.
/// </summary>
internal sealed partial class JsonInput
{
    private static readonly byte[] SplicePrefix = "{\"items\":["u8.ToArray();

    /// <summary>Starts the second thread when the list starting here is in a big enough seekable input.</summary>
    private JsonListSplit? StartSplit(ListItemHint? hint)
    {
        var itemsStart = _window.Offset(0);
        if (_split is null || _window.Length - itemsStart < _split.MinimumBytes || Environment.ProcessorCount < 2)
        {
            return null;
        }

        Stream? stream = null;
        try
        {
            stream = _split.Open();
            if (JsonSplitPoint.Find(stream, itemsStart + _window.Bom) is not { } point || point.ItemEnd - _window.Bom <= itemsStart)
            {
                stream.Dispose();
                return null;
            }

            var split = new JsonListSplit(point, _window.Bom);
            var owned = stream;
            split.Work = Task.Factory.StartNew(() => ReadSecondHalf(split, owned, itemsStart, hint), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return split;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The input cannot be opened a second time: this thread reads it alone, as it always did.
            stream?.Dispose();
            return null;
        }
    }

    /// <summary>On the second thread: counts the items before the point, then reads from it to the <c>]</c>.</summary>
    private bool ReadSecondHalf(JsonListSplit split, Stream stream, long itemsStart, ListItemHint? hint)
    {
        using (stream)
        {
            var bom = _window.Bom;
            (split.Index, var line) = split.Point.CountBefore(stream, itemsStart + bom, () => split.IsCancelled);
            if (split.IsCancelled)
            {
                return false;
            }

            stream.Position = split.Point.ItemStart;
            var window = new JsonWindow(new SpliceStream(SplicePrefix, stream), _split!.BufferSize);
            window.Place(split.Point.ItemStart - bom - SplicePrefix.Length, line);
            var side = new JsonInput(_file, window, _sink, _streamed?.Fork(), split.Journal, split: null) { _document = _document };
            split.Journal.Begin();
            LoadJournal.RedirectThread(split.Journal);
            try
            {
                side.OpenSplice();
                var scan = new JsonListScan();
                split.EndIndex = side.ReadItems(hint, scan, split.Index, split);
                (split.Delivered, split.UsedHint) = (side._delivered, scan.UsedHint);
                split.Bracket = (window.Offset(-1), window.LineAt(-1));
                return true;
            }
            finally
            {
                LoadJournal.RedirectThread(null);
            }
        }
    }

    /// <summary>Reads the made-up <c>{"items":[</c> before the second half, so items sit as deep as in the real list.</summary>
    private void OpenSplice()
    {
        while (true)
        {
            var reader = _window.Reader();
            if (reader.Read() && reader.Read() && reader.Read() && reader.TokenType == JsonTokenType.StartArray)
            {
                _window.Commit(ref reader);
                return;
            }

            _window.Refill();
        }
    }

    /// <summary>
    /// Past the point: takes the second half over when the item just read ended exactly there and
    /// the second thread read to the <c>]</c> from the right item number; returns the item number reached.
    /// </summary>
    private int Join(JsonListSplit split, int index, JsonListScan scan)
    {
        if (_window.Offset(0) != split.ItemEnd || !split.Wait() || split.Index != index)
        {
            return index;
        }

        _journal.Append(split.Journal);
        _delivered += split.Delivered;
        scan.UsedHint |= split.UsedHint;
        _window.JumpTo(split.Bracket.Offset, split.Bracket.Line);
        return split.EndIndex;
    }
}
