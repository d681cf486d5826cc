using System.Globalization;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>Finds pods and spells destinations by name in a snapshot, for readable test rows.</summary>
public static class SnapshotQueries
{
    /// <summary>The pod <c>namespace/name</c>; throws when the world has none.</summary>
    public static PodInfo Pod(this ClusterSnapshot snapshot, string id) =>
        snapshot.Pods.FirstOrDefault(p => $"{p.Namespace}/{p.Name}" == id)
        ?? throw new ArgumentException($"the world has no pod '{id}'", nameof(id));

    /// <summary>
    /// A destination from text: <c>169.254.169.254:80/TCP</c>, <c>[fd00:ec2::254]:80/TCP</c>,
    /// <c>y/b:53/UDP</c> (the first IP of pod y/b), or without port/protocol (defaults 80, TCP,
    /// as DESIGN's <c>explain</c> does): <c>169.254.169.254</c>, <c>y/b</c>.
    /// </summary>
    public static Destination Destination(this ClusterSnapshot snapshot, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var protocol = Protocol.TCP;
        var rest = text.Trim();
        var slash = rest.LastIndexOf('/');
        if (slash > 0 && rest[(slash + 1)..].All(char.IsAsciiLetter) && Enum.TryParse<Protocol>(rest[(slash + 1)..], ignoreCase: true, out var parsed))
        {
            protocol = parsed;
            rest = rest[..slash];
        }

        var (host, port) = SplitPort(rest);
        var address = host.Contains('/', StringComparison.Ordinal) ? FirstIp(snapshot.Pod(host)) : Addresses.Ip(host);
        return new Destination(address, port, protocol);
    }

    private static IpAddress FirstIp(PodInfo pod) =>
        pod.Ips.IsEmpty ? throw new ArgumentException($"pod '{pod}' has no IP") : pod.Ips[0];

    private static (string Host, int Port) SplitPort(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var port = close + 1 < text.Length && text[close + 1] == ':' ? ParsePort(text[(close + 2)..]) : 80;
            return (text[1..close], port);
        }

        var colons = text.Count(c => c == ':');
        if (colons == 1)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return (text[..colon], ParsePort(text[(colon + 1)..]));
        }

        return (text, 80);
    }

    private static int ParsePort(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
