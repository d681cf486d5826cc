using System.Text.Json;
using MetaFence.Sources.Conversion;
using MetaFence.Sources.Conversion.Streaming;

namespace MetaFence.Sources.Files;

/// <summary>The items of a List, one at a time: streamed kinds straight into the snapshot, the rest as documents.</summary>
internal sealed partial class JsonInput
{
    // The text offset of an item the streamed reader gave up on, read as a document when it comes round again.
    private long _documentAt = -1;

    /// <summary>Reads items up to the list's <c>]</c>; returns the number the next item would have.</summary>
    private int ReadItems(ListItemHint? hint, JsonListScan scan, int index = 0, JsonListSplit? running = null)
    {
        var split = running is null ? StartSplit(hint) : null;
        try
        {
            while (true)
            {
                var reader = _window.Reader();
                var step = NextItem(ref reader, index, hint, scan);
                if (step == Step.Incomplete)
                {
                    _window.Refill();
                    continue;
                }

                _window.Commit(ref reader);
                if (step == Step.End)
                {
                    return index;
                }

                index++;
                if (running?.IsCancelled == true)
                {
                    throw new OperationCanceledException();
                }

                if (split is not null && _window.Offset(0) >= split.ItemEnd)
                {
                    index = Join(split, index, scan);
                    split = null;
                }
            }
        }
        finally
        {
            split?.Cancel();
            split?.Wait();
        }
    }

    private Step NextItem(ref Utf8JsonReader reader, int index, ListItemHint? hint, JsonListScan scan)
    {
        if (!reader.Read())
        {
            return Step.Incomplete;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return Step.End;
        }

        var begin = reader.TokenStartIndex;
        var offset = _window.Offset(begin);
        if (_streamed is not null && reader.TokenType == JsonTokenType.StartObject && offset != _documentAt)
        {
            var item = reader;
            var site = new StreamedSite(_file, _document, index, _window.LineAt(begin), _lineAt);
            switch (_streamed.TryRead(ref item, hint, site, out var leansOnHint))
            {
                case StreamedRead.Read:
                    reader = item;
                    scan.UsedHint |= leansOnHint;
                    _delivered++;
                    return Step.Field;
                case StreamedRead.Incomplete:
                    return Step.Incomplete;
                default:
                    _documentAt = offset;
                    break;
            }
        }

        if (!reader.TrySkip())
        {
            return Step.Incomplete;
        }

        scan.UsedHint |= Deliver(ref reader, begin, FieldPath.Index("items", index), hint);
        return Step.Field;
    }

    /// <summary>
    /// Hands the value from <paramref name="begin"/> to the reader's position to the sink as a
    /// document; true when it is an object lacking its own kind or apiVersion. The value's bytes
    /// are copied out of the buffer, which the next refill overwrites, so that its site can
    /// still find lines whenever it is asked.
    /// </summary>
    private bool Deliver(ref Utf8JsonReader reader, long begin, string path, ListItemHint? hint)
    {
        var index = _window.IndexOf(begin);
        var bytes = _window.Buffer.AsSpan(index, _window.IndexOf(reader.BytesConsumed) - index).ToArray();
        var locator = new JsonLineLocator(bytes, 0, bytes.Length, _window.LineAt(begin));
        using var document = JsonDocument.Parse(bytes, DocumentOptions);
        _sink.Accept(document.RootElement, new ObjectSite(_file, _document, path, locator), hint);
        _delivered++;
        return TypeFields.LeansOnHint(document.RootElement);
    }
}
