using System.Buffers;
using System.Globalization;

namespace MetaFence.Sources.Files;

/// <summary>
/// Field paths written as System.Text.Json writes <c>JsonException.Path</c> (without the leading
/// <c>$</c>): <c>spec.containers[0].ports[1]</c>, <c>metadata.labels['app.kubernetes.io/name']</c>.
/// The empty path is the object itself.
/// </summary>
internal static class FieldPath
{
    // The characters for which System.Text.Json switches to the ['name'] form.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    public static string Property(string parent, string name)
    {
        var segment = name.Length == 0 || name.AsSpan().ContainsAny(Special) ? $"['{name}']" : name;
        return Join(parent, segment);
    }

    public static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>Appends a relative path to <paramref name="parent"/>.</summary>
    public static string Join(string parent, string child) =>
        child.Length == 0 ? parent
        : parent.Length == 0 ? child
        : child[0] == '[' ? parent + child
        : parent + "." + child;

    /// <summary>Turns <c>$.spec.replicas</c> into <c>spec.replicas</c>.</summary>
    public static string FromJsonPath(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var path = jsonPath.StartsWith('$') ? jsonPath[1..] : jsonPath;
        return path.StartsWith('.') ? path[1..] : path;
    }

    public static IReadOnlyList<PathSegment> Parse(string path)
    {
        var segments = new List<PathSegment>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(new PathSegment(path[(i + 2)..end], 0));
                i = end + 2;
                continue;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                var number = int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
                segments.Add(new PathSegment(null, number));
                i = end + 1;
                continue;
            }

            var stop = path.IndexOfAny(['.', '['], i);
            stop = stop < 0 ? path.Length : stop;
            if (stop > i)
            {
                segments.Add(new PathSegment(path[i..stop], 0));
            }

            i = stop;
        }

        return segments;
    }
}
