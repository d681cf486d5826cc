using System.Globalization;
using System.Text.Json;

namespace MetaFence.Sources.Files;

/// <summary>
/// Reads JSON input: one or more top-level values, each a document. A top-level <c>List</c>
/// (a <c>kubectl get -o json</c> dump) is streamed item by item, so a large dump never becomes
/// one document tree.
/// </summary>
internal static class JsonInput
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true, MaxDepth = 256 };

    /// <summary>
    /// Hands every object to <paramref name="sink"/> and returns the number of documents, or -1
    /// when the text is not JSON at all and nothing was read (the caller may try YAML instead).
    /// </summary>
    public static int Read(string file, byte[] utf8, DiagnosticList diagnostics, IObjectSink sink, bool mayFallBack)
    {
        var lines = new LineCounter(utf8);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var document = 0;
        var delivered = 0;
        try
        {
            while (reader.Read())
            {
                document++;
                var scan = JsonListScan.Of(reader);
                if (scan.IsList)
                {
                    delivered += StreamItems(ref reader, new JsonItemContext(file, document, utf8, lines, scan), sink);
                }
                else
                {
                    var start = (int)reader.TokenStartIndex;
                    using var value = JsonDocument.ParseValue(ref reader);
                    var locator = new JsonLineLocator(utf8, start, (int)reader.BytesConsumed - start, lines.LineAt(start));
                    sink.Accept(value.RootElement, new ObjectSite(file, document, "", locator), null);
                    delivered++;
                }
            }
        }
        catch (JsonException) when (mayFallBack && delivered == 0)
        {
            return -1;
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(
                new(file, Math.Max(document, 1), "", (int)line),
                string.Create(CultureInfo.InvariantCulture, $"the JSON is malformed at line {line}, column {column}: {Sentence(e.Message)}"),
                "valid JSON; the documents before this point were read");
        }

        return document;
    }

    private static int StreamItems(ref Utf8JsonReader reader, JsonItemContext context, IObjectSink sink)
    {
        var delivered = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals("items");
            reader.Read();
            if (!isItems || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                var start = (int)reader.TokenStartIndex;
                using var item = JsonDocument.ParseValue(ref reader);
                var length = (int)reader.BytesConsumed - start;
                var site = new ObjectSite(context.File, context.Document, FieldPath.Index("items", index),
                    new JsonLineLocator(context.Buffer, start, length, context.Lines.LineAt(start)));
                sink.Accept(item.RootElement, site, context.Scan.ItemHint);
                delivered++;
            }
        }

        return delivered;
    }

    private static string Sentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }
}
