using System.Globalization;

namespace MetaFence.Bench.Generation;

/// <summary>RFC 3339 times in UTC counted from a fixed day, so the dump never depends on the clock.</summary>
internal static class Timestamps
{
    private static readonly DateTime Origin = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string At(int second) =>
        Origin.AddSeconds(second).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
