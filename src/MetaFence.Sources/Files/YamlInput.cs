using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>Reads a YAML stream document by document; a malformed document is reported and skipped.</summary>
internal static class YamlInput
{
    /// <summary>Hands every document to <paramref name="sink"/>; returns how many held content.</summary>
    public static int Read(string file, string text, DiagnosticList diagnostics, IObjectSink sink)
    {
        var withContent = 0;
        foreach (var chunk in YamlDocumentSplitter.Split(text))
        {
            if (!chunk.HasContent)
            {
                continue;
            }

            withContent++;
            var offset = chunk.StartLine - 1;
            YamlNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(chunk.Text));
                root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            }
            catch (YamlException e)
            {
                var line = (int)e.Start.Line + offset;
                diagnostics.Error(
                    new(file, chunk.Document, "", line),
                    $"the YAML is malformed at line {line}, column {e.Start.Column}: {Sentence(e.Message)}",
                    "valid YAML (check the indentation and quoting on that line and the one before)");
                continue;
            }

            if (root is null)
            {
                continue;
            }

            ReadDocument(file, chunk.Document, offset, root, diagnostics, sink);
        }

        return withContent;
    }

    private static void ReadDocument(string file, int document, int offset, YamlNode root, DiagnosticList diagnostics, IObjectSink sink)
    {
        try
        {
            using var json = YamlJsonWriter.Convert(root);
            sink.Accept(json.RootElement, new ObjectSite(file, document, "", new YamlLineLocator(root, offset)), null);
        }
        catch (YamlConversionException e)
        {
            diagnostics.Error(new(file, document, "", e.Line + offset), e.Message, "a YAML document that maps to JSON (plain keys, no alias bombs)");
        }
    }

    /// <summary>YamlDotNet's message as part of a sentence: "While scanning…" becomes "while scanning…", no final period.</summary>
    private static string Sentence(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }
}
