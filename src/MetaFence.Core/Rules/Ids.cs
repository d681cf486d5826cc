using System.Globalization;

namespace MetaFence.Core.Rules;

/// <summary>Short lists of endpoint ids: "aws-imds, gcp-metadata and 15 more".</summary>
public static class Ids
{
    public static string Describe(IEnumerable<string> ids, int shown = 3)
    {
        var list = ids.Distinct().ToList();
        var head = string.Join(", ", list.Take(shown));
        return list.Count <= shown
            ? head
            : string.Create(CultureInfo.InvariantCulture, $"{list.Count} credential endpoints ({head} and {list.Count - shown} more)");
    }
}
