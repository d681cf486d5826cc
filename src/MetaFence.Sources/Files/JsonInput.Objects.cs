using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>Top-level values: a <c>List</c> object streamed field by field, anything else read whole.</summary>
internal sealed partial class JsonInput
{
    /// <summary>
    /// Streams a top-level object's fields, reading the items of a List as they come. With
    /// <paramref name="forced"/> null the verdict comes at the end of the object (or at malformed
    /// JSON); when it refutes the assumption the items were read under, what they did is undone
    /// through the journal and the object is read again under the verdict. The old loader looked
    /// ahead over the whole object instead, which a stream cannot do.
    /// </summary>
    private void ReadObject(JsonCheckpoint start, JsonListVerdict? forced)
    {
        var scan = new JsonListScan();
        var (mark, delivered) = (_journal.Mark, _delivered);
        try
        {
            _window.Rewind(start);
            ReadFields(scan, forced);
        }
        catch (JsonException) when (forced is null && scan.IsRefutedBy(scan.Verdict(malformed: true)))
        {
            Undo(mark, delivered);
            if (scan.Verdict(malformed: true) is { IsList: true } verdict)
            {
                // Reads the items again, up to the same error.
                ReadObject(start, verdict);
            }

            throw;
        }

        var final = forced ?? scan.Verdict(malformed: false);
        if (forced is null && scan.IsRefutedBy(final))
        {
            Undo(mark, delivered);
        }

        if (!final.IsList)
        {
            ReadWhole(start);
        }
        else if (forced is null && scan.IsRefutedBy(final))
        {
            ReadObject(start, final);
        }
    }

    private void Undo(int mark, int delivered)
    {
        _journal.RollBack(mark);
        _delivered = delivered;
    }

    private void ReadFields(JsonListScan scan, JsonListVerdict? forced)
    {
        var opened = false;
        while (true)
        {
            var reader = _window.Reader();
            var step = opened ? NextField(ref reader, scan) : reader.Read() ? Step.Field : Step.Incomplete;
            if (step == Step.Incomplete)
            {
                _window.Refill();
                continue;
            }

            _window.Commit(ref reader);
            opened = true;
            if (step == Step.End)
            {
                return;
            }

            if (step == Step.Items)
            {
                ReadItems(forced is { } verdict ? verdict.Hint : scan.Assumed?.Hint, scan);
            }
        }

        Step NextField(ref Utf8JsonReader reader, JsonListScan scan)
        {
            if (!reader.Read())
            {
                return Step.Incomplete;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return Step.End;
            }

            var name = reader.ValueTextEquals("items"u8) ? "items" : reader.ValueTextEquals("kind"u8) ? "kind"
                : reader.ValueTextEquals("apiVersion"u8) ? "apiVersion" : null;
            if (!reader.Read())
            {
                return Step.Incomplete;
            }

            var isItems = scan.See(name, ref reader);
            if (isItems && (forced ?? scan.Assumed)?.IsList == true)
            {
                return Step.Items;
            }

            return reader.TrySkip() ? Step.Field : Step.Incomplete;
        }
    }

    /// <summary>Reads a value that is not a list whole, as one document.</summary>
    private void ReadWhole(JsonCheckpoint start)
    {
        _window.Rewind(start);
        while (true)
        {
            var reader = _window.Reader();
            var begin = reader.Read() ? reader.TokenStartIndex : -1;
            if (begin < 0 || !reader.TrySkip())
            {
                _window.Refill();
                continue;
            }

            Deliver(ref reader, begin, "", null);
            _window.Commit(ref reader);
            return;
        }
    }
}
