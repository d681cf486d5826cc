using System.Globalization;
using System.Text.Json;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Opens an export as one JSON document. Unreadable files, empty input and JSON that is cut off
/// or malformed become a fatal diagnostic with the line where the reader stopped.
/// </summary>
internal static class ExportDocument
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static JsonDocument? Open(string path, ExportProblems problems, string expected)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return Parse(stream, problems, expected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Fatal("", $"cannot read the file ({e.Message})", "a readable file");
            return null;
        }
    }

    public static JsonDocument? Parse(Stream stream, ExportProblems problems, string expected)
    {
        try
        {
            return JsonDocument.Parse(stream, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var where = line is null ? "" : string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {(e.BytePositionInLine ?? 0) + 1}");
            var problem = IsTruncation(e) ? $"the JSON ends early{where} (truncated file?)" : $"not valid JSON{where}";
            problems.Fatal(Paths.FromJsonPath(e.Path), problem, expected, line);
            return null;
        }
    }

    private static bool IsTruncation(JsonException e) =>
        e.Message.Contains("end of the JSON", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("any JSON tokens", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("incomplete", StringComparison.OrdinalIgnoreCase);
}
