using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// The NetworkPolicy a finding suggests: all egress allowed except the credential endpoints'
/// addresses, IPv4 and IPv6, with in-cluster traffic allowed by selector (ipBlock does not
/// match pods on every plugin, SEMANTICS 27) and DNS kept where it shares a blocked address.
/// </summary>
public static class Remediation
{
    public const string PolicyName = "metafence-deny-metadata";

    public static string NamespaceFence(string ns, IEnumerable<Endpoint> credentialEndpoints, IEnumerable<Endpoint> neededServices) =>
        Fence(PolicyName, ns, null, FixTargets.Of(credentialEndpoints, neededServices));

    public static string NamespaceFence(string ns, FixTargets targets) => Fence(PolicyName, ns, null, targets);

    /// <summary>
    /// The fence for the pods <paramref name="podLabels"/> selects (all pods of the namespace when
    /// null): allow everything but the credential addresses, and keep DNS where it shares one.
    /// </summary>
    public static string Fence(string name, string ns, LabelSet? podLabels, FixTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var blocked = targets.Blocked;
        var yaml = new StringBuilder(1024);
        Line(yaml, 0, "apiVersion: networking.k8s.io/v1");
        Line(yaml, 0, "kind: NetworkPolicy");
        Line(yaml, 0, "metadata:");
        Line(yaml, 1, $"name: {name}");
        Line(yaml, 1, $"namespace: {ns}");
        Line(yaml, 0, "spec:");
        AppendSelector(yaml, 1, "podSelector", podLabels);
        Line(yaml, 1, "policyTypes: [Egress]");
        Line(yaml, 1, "egress:");
        Line(yaml, 1, "- to:");
        Line(yaml, 2, "- namespaceSelector: {}   # in-cluster traffic, DNS to kube-dns included");
        AppendFamily(yaml, "0.0.0.0/0", blocked.Where(a => a.Family == IpFamily.V4));
        AppendFamily(yaml, "::/0", blocked.Where(a => a.Family == IpFamily.V6));
        foreach (var service in targets.Kept)
        {
            Line(yaml, 1, $"# keep {service.Id}: {service.Description}");
            Line(yaml, 1, "- to:");
            foreach (var address in service.Addresses.Where(blocked.Contains))
            {
                Line(yaml, 2, "- ipBlock:");
                Line(yaml, 4, $"cidr: {address}/{address.Bits}");
            }

            Line(yaml, 2, "ports:");
            foreach (var port in service.Ports)
            {
                Line(yaml, 2, $"- protocol: {port.Protocol}");
                Line(yaml, 3, string.Create(CultureInfo.InvariantCulture, $"port: {port.Number}"));
            }
        }

        return yaml.ToString();
    }

    /// <summary>
    /// An Admin-tier ClusterNetworkPolicy (v1alpha2) that denies the credential addresses before any
    /// NetworkPolicy or lower-precedence admin rule can allow them (SEMANTICS 43, 44, 52); DNS on a
    /// blocked address is passed on to the NetworkPolicy tier.
    /// </summary>
    /// <remarks><paramref name="header"/> (comment lines) comes first, in the same buffer: one fix per finding, tens of thousands on a big cluster.</remarks>
    public static string AdminDeny(string name, int priority, string ns, LabelSet? podLabels, FixTargets targets, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var blocked = targets.Blocked;
        var yaml = new StringBuilder(2048).Append(header);
        Line(yaml, 0, "apiVersion: policy.networking.k8s.io/v1alpha2");
        Line(yaml, 0, "kind: ClusterNetworkPolicy");
        Line(yaml, 0, "metadata:");
        Line(yaml, 1, $"name: {name}");
        Line(yaml, 0, "spec:");
        Line(yaml, 1, "tier: Admin");
        Line(yaml, 1, string.Create(CultureInfo.InvariantCulture, $"priority: {priority}"));
        Line(yaml, 1, "subject:");
        Line(yaml, 2, "pods:");
        Line(yaml, 3, "namespaceSelector:");
        Line(yaml, 4, "matchLabels:");
        Line(yaml, 5, $"{NamespaceInfo.NameLabel}: {ns}");
        AppendSelector(yaml, 3, "podSelector", podLabels);
        Line(yaml, 1, "egress:");
        foreach (var service in targets.Kept)
        {
            Line(yaml, 1, $"- name: keep-{service.Id}   # {service.Description}");
            Line(yaml, 2, "action: Pass");
            Line(yaml, 2, $"to: [{{networks: [{string.Join(", ", service.Addresses.Where(blocked.Contains).Select(a => $"{a}/{a.Bits}"))}]}}]");
            Line(yaml, 2, "protocols:");
            foreach (var port in service.Ports)
            {
                Line(yaml, 2, string.Create(CultureInfo.InvariantCulture,
                    $"- {port.Protocol.ToString().ToLowerInvariant()}: {{destinationPort: {{number: {port.Number}}}}}"));
            }
        }

        Line(yaml, 1, "- name: deny-cloud-metadata");
        Line(yaml, 2, "action: Deny");
        Line(yaml, 2, "to:");
        Line(yaml, 2, "- networks:");
        foreach (var address in blocked)
        {
            Line(yaml, 3, $"- {address}/{address.Bits}");
        }

        return yaml.ToString();
    }

    private static void AppendSelector(StringBuilder yaml, int depth, string key, LabelSet? labels)
    {
        if (labels is null || labels.Count == 0)
        {
            Line(yaml, depth, $"{key}: {{}}");
            return;
        }

        Line(yaml, depth, $"{key}:");
        Line(yaml, depth + 1, "matchLabels:");
        foreach (var (label, value) in labels.Pairs)
        {
            Line(yaml, depth + 2, $"{label}: \"{value}\"");
        }
    }

    private static void AppendFamily(StringBuilder yaml, string all, IEnumerable<IpAddress> blocked)
    {
        Line(yaml, 2, "- ipBlock:");
        Line(yaml, 4, $"cidr: {all}");
        var list = blocked.ToList();
        if (list.Count > 0)
        {
            Line(yaml, 4, "except:");
            foreach (var address in list)
            {
                Line(yaml, 4, $"- {address}/{address.Bits}");
            }
        }
    }

    private static void Line(StringBuilder yaml, int depth, string text) =>
        yaml.Append(' ', depth * 2).Append(text).Append('\n');
}
