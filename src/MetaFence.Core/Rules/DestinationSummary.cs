using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;

namespace MetaFence.Core.Rules;

/// <summary>
/// Compact text for many (destination, endpoint) pairs: one entry per address with its ports
/// and endpoint ids, since many providers share 169.254.169.254.
/// </summary>
public static class DestinationSummary
{
    private const int MaxIds = 3;

    public static string Describe(IEnumerable<(Destination Destination, string EndpointId)> pairs)
    {
        var byAddress = pairs
            .GroupBy(p => p.Destination.Address)
            .OrderBy(g => g.Key.Family)
            .ThenBy(g => g.Key);
        return string.Join(", ", byAddress.Select(Entry));
    }

    private static string Entry(IGrouping<IpAddress, (Destination Destination, string EndpointId)> group)
    {
        var ports = group.Select(p => p.Destination).Distinct()
            .OrderBy(d => d.Port).ThenBy(d => d.Protocol)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Port}/{d.Protocol}"));
        var ids = group.Select(p => p.EndpointId).Distinct().Order(StringComparer.Ordinal).ToList();
        var named = ids.Count <= MaxIds
            ? string.Join(", ", ids)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", ids.Take(MaxIds))} and {ids.Count - MaxIds} more");
        return $"{group.Key} ({string.Join(", ", ports)}: {named})";
    }
}
