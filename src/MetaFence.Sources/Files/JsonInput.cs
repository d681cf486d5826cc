using System.Globalization;
using System.Text.Json;
using MetaFence.Sources.Conversion.Streaming;

namespace MetaFence.Sources.Files;

/// <summary>
/// Reads JSON input through a <see cref="JsonWindow"/>: one or more top-level values, each a
/// document. A top-level <c>List</c> (a <c>kubectl get -o json</c> dump) is streamed item by item,
/// so a dump of any size is never held whole; any other value is read whole.
/// </summary>
internal sealed partial class JsonInput
{
    public static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true, MaxDepth = 256 };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    private readonly string _file;
    private readonly JsonWindow _window;
    private readonly IObjectSink _sink;
    private readonly StreamedObjectReader? _streamed;
    private readonly LoadJournal _journal;
    private readonly Func<long, int> _lineAt;
    private readonly JsonSplitSource? _split;
    private int _document;
    private int _delivered;

    private JsonInput(string file, JsonWindow window, IObjectSink sink, StreamedObjectReader? streamed, LoadJournal journal, JsonSplitSource? split)
    {
        (_file, _window, _sink, _streamed, _journal, _split) = (file, window, sink, streamed, journal, split);
        _lineAt = window.LineAt;
    }

    /// <summary>
    /// Hands every object to <paramref name="sink"/> (pods and workloads of a list to
    /// <paramref name="streamed"/> first) and returns the number of documents, or -1 when the
    /// text is not JSON at all and nothing was read (the caller may try YAML instead).
    /// </summary>
    public static int Read(string file, JsonWindow window, DiagnosticList diagnostics, IObjectSink sink, StreamedObjectReader? streamed, LoadJournal journal, bool mayFallBack, JsonSplitSource? split = null)
    {
        var input = new JsonInput(file, window, sink, streamed, journal, split);
        try
        {
            while (input.ReadDocument())
            {
            }
        }
        catch (JsonException) when (mayFallBack && input._delivered == 0)
        {
            window.CheckRest();
            return -1;
        }
        catch (JsonException e)
        {
            window.CheckRest();
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(
                new(file, Math.Max(input._document, 1), "", (int)line),
                string.Create(CultureInfo.InvariantCulture, $"the JSON is malformed at line {line}, column {column}: {Sentence(e.Message)}"),
                "valid JSON; the documents before this point were read");
        }

        return input._document;
    }

    /// <summary>Reads the next top-level value; false at the end of the input.</summary>
    private bool ReadDocument()
    {
        var start = _window.Save();
        while (true)
        {
            var reader = _window.Reader();
            if (reader.Read())
            {
                _document++;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadObject(start, forced: null);
                }
                else
                {
                    ReadWhole(start);
                }

                return true;
            }

            if (_window.IsFinal)
            {
                return false;
            }

            _window.Refill();
        }
    }

    private static string Sentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');
        return text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    private enum Step
    {
        Incomplete,
        Field,
        Items,
        End,
    }
}
