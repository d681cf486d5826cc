using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>Port and protocol matching shared by every policy tier.</summary>
public static class PortMatcher
{
    /// <summary>Rules 30–35: empty means all; protocol must equal; named ports need a destination pod.</summary>
    public static bool Matches(ImmutableArray<PortMatch> ports, Destination destination, PodInfo? target)
    {
        if (ports.IsEmpty)
        {
            return true;
        }

        foreach (var entry in ports)
        {
            if (entry.Protocol != destination.Protocol)
            {
                continue;
            }

            if (entry.NamedPort is not null)
            {
                if (target is not null && HasNamedPort(target, entry, destination.Port))
                {
                    return true;
                }

                continue;
            }

            if (entry.Port is null
                || destination.Port == entry.Port
                || (entry.EndPort is { } end && destination.Port >= entry.Port && destination.Port <= end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A loop, not a lambda: this runs for every rule of every verdict, and a capturing lambda allocates on each call.</summary>
    private static bool HasNamedPort(PodInfo target, PortMatch entry, int port)
    {
        foreach (var p in target.Ports)
        {
            if (p.Name == entry.NamedPort && p.Protocol == entry.Protocol && p.Number == port)
            {
                return true;
            }
        }

        return false;
    }
}
