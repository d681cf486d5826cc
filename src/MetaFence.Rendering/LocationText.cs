using System.Globalization;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering;

/// <summary><c>file: document n: path (line l)</c>: the diagnostic prefix plus the line when known.</summary>
internal static class LocationText
{
    public static string Format(SourceLocation location) =>
        location.Line is int line
            ? string.Create(CultureInfo.InvariantCulture, $"{location} (line {line})")
            : location.ToString();
}
