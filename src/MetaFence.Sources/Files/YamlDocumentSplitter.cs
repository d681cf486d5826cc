using System.Text;

namespace MetaFence.Sources.Files;

/// <summary>
/// Splits a YAML stream at its document markers so that one malformed document does not
/// hide the others. A line starting with <c>---</c> or <c>...</c> at column 0 always ends a
/// document (YAML 1.2 §9.1), so the split is exact.
/// </summary>
internal static class YamlDocumentSplitter
{
    public static IReadOnlyList<YamlChunk> Split(string text)
    {
        var chunks = new List<YamlChunk>();
        var current = new StringBuilder();
        var startLine = 1;
        var explicitStart = false;
        var hasContent = false;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var isStart = IsMarker(line, "---");
            if (isStart || IsMarker(line, "..."))
            {
                Close();
                startLine = isStart ? lineNumber : lineNumber + 1;
                explicitStart = isStart;
                if (isStart)
                {
                    // Keep what follows the marker ("--- !tag", "--- |") at its column.
                    var rest = "   " + line[3..];
                    hasContent = IsContent(rest);
                    current.Append(rest).Append('\n');
                }

                continue;
            }

            // A directive (%YAML) belongs to the document marker that follows it.
            current.Append(line.StartsWith('%') ? "" : rawLine).Append('\n');
            hasContent |= !line.StartsWith('%') && IsContent(line);
        }

        Close();
        return chunks;

        void Close()
        {
            // A document exists when "---" opened it or when it holds content (YAML 1.2 §9.2).
            if (explicitStart || hasContent)
            {
                chunks.Add(new YamlChunk(chunks.Count + 1, startLine, current.ToString(), hasContent));
            }

            current.Clear();
            hasContent = false;
        }
    }

    private static bool IsMarker(string line, string marker) =>
        line.StartsWith(marker, StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t');

    private static bool IsContent(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length > 0 && trimmed[0] != '#';
    }
}
