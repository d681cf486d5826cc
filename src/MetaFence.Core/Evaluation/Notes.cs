using System.Collections.Immutable;
namespace MetaFence.Core.Evaluation;

/// <summary>The implementation-defined caveats a verdict can carry, each naming its SEMANTICS rule.</summary>
public static class Notes
{
    public const string HostNetwork =
        "SEMANTICS 15, 36, 46: a host-network pod is not protected by NetworkPolicy, AdminNetworkPolicy or ClusterNetworkPolicy; only a node firewall stops it, and the IMDSv2 hop limit does not";

    public const string NodeLocal =
        "SEMANTICS 28: link-local destination; traffic to the pod's own node and NAT by node-local proxies are plugin-dependent, so enforcement may differ from this verdict";

    public const string IpBlockMatchesPod =
        "SEMANTICS 27: an ipBlock matched a pod IP; most plugins do this, Cilium does not";

    public const string DomainNamesNotEvaluated =
        "SEMANTICS 49: domainNames peers are matched by name, never against an IP address; they did not match here";

    public static string IdentityProxy(IEnumerable<string> proxies) =>
        $"SEMANTICS 28: {string.Join(", ", proxies)} runs here and DNATs metadata traffic on the node; whether policy sees the original or the rewritten address depends on the plugin, so this verdict depends on NAT order";

    /// <summary>
    /// <paramref name="notes"/> after <paramref name="first"/>, each once. A plain loop: nearly every
    /// catalog destination is link-local and gets a note, so this runs for most verdicts.
    /// </summary>
    public static ImmutableArray<string> Append(ImmutableArray<string> first, List<string> notes)
    {
        var all = ImmutableArray.CreateBuilder<string>(first.Length + notes.Count);
        all.AddRange(first);
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes.IndexOf(notes[i], 0, i) < 0)
            {
                all.Add(notes[i]);
            }
        }

        return all.Count == all.Capacity ? all.MoveToImmutable() : all.ToImmutable();
    }
}
