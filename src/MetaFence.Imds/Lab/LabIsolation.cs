using System.Text.RegularExpressions;
using static MetaFence.Imds.Lab.LabAddresses;

namespace MetaFence.Imds.Lab;

/// <summary>
/// Proves the lab is closed before any metadata traffic (DESIGN "Safety while developing"):
/// each namespace holds only <c>lo</c> and its own veth ends, each veth's peer is in a lab
/// namespace, no namespace has a default route or a route through any other device, and the
/// metadata addresses route to the imds namespace. Any doubt throws <see cref="LabException"/>.
/// </summary>
public static partial class LabIsolation
{
    public static void Verify(NetworkLab lab)
    {
        var links = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [lab.Pod] = [PodLink],
            [lab.Node] = [NodePodLink, NodeImdsLink, NodeHostLink],
            [lab.Imds] = [ImdsLink],
            [lab.Host] = [HostLink],
        };
        foreach (var (ns, own) in links)
        {
            VerifyLinks(lab, ns, own);
            VerifyRoutes(ns, ["lo", .. own]);
        }

        ExpectRoute(lab.Pod, MetadataV4, PodLink);
        ExpectRoute(lab.Pod, MetadataV6, PodLink);
        ExpectRoute(lab.Node, MetadataV4, NodeImdsLink);
        ExpectRoute(lab.Node, MetadataV6, NodeImdsLink);
        ExpectRoute(lab.Pod, HostV4, PodLink);
        ExpectRoute(lab.Node, HostV4, NodeHostLink);
    }

    private static void VerifyLinks(NetworkLab lab, string ns, string[] own)
    {
        foreach (var line in NetworkLab.Ip("-n", ns, "-o", "link", "show").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = LinkName().Match(line) is { Success: true } m ? m.Groups[1].Value : throw Refuse(ns, $"unreadable link line \"{line}\"");
            if (name == "lo")
            {
                continue;
            }

            if (!own.Contains(name, StringComparer.Ordinal))
            {
                throw Refuse(ns, $"it has interface {name}, which the lab did not make");
            }

            var peer = PeerNamespace().Match(line);
            if (!peer.Success || !lab.Namespaces.Contains(peer.Groups[1].Value, StringComparer.Ordinal))
            {
                throw Refuse(ns, $"the peer of {name} is not in a lab namespace (\"{line.Trim()}\")");
            }
        }
    }

    private static void VerifyRoutes(string ns, string[] devices)
    {
        foreach (var family in new[] { "-4", "-6" })
        {
            foreach (var route in NetworkLab.Ip("-n", ns, family, "route", "show", "table", "all").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (route.StartsWith("default", StringComparison.Ordinal) || route.Contains(" default ", StringComparison.Ordinal))
                {
                    throw Refuse(ns, $"it has a default route (\"{route}\")");
                }

                var device = Device().Match(route);
                if (device.Success && !devices.Contains(device.Groups[1].Value, StringComparer.Ordinal))
                {
                    throw Refuse(ns, $"a route leaves through {device.Groups[1].Value} (\"{route}\")");
                }
            }
        }
    }

    private static void ExpectRoute(string ns, string address, string device)
    {
        var route = NetworkLab.Ip("-n", ns, "route", "get", address);
        if (!route.Contains($" dev {device} ", StringComparison.Ordinal))
        {
            throw Refuse(ns, $"{address} does not route through {device}: \"{route.Trim()}\"");
        }
    }

    private static LabException Refuse(string ns, string why) =>
        new($"refusing to start: cannot show that lab namespace {ns} is isolated: {why}");

    [GeneratedRegex(@"^\d+:\s+([^:@\s]+)")]
    private static partial Regex LinkName();

    [GeneratedRegex(@"link-netns (\S+)")]
    private static partial Regex PeerNamespace();

    [GeneratedRegex(@"\bdev (\S+)")]
    private static partial Regex Device();
}
