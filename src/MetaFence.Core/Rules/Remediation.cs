using System.Globalization;
using System.Text;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Rules;

/// <summary>
/// The NetworkPolicy a finding suggests: all egress allowed except the credential endpoints'
/// addresses, IPv4 and IPv6, with in-cluster traffic allowed by selector (ipBlock does not
/// match pods on every plugin, SEMANTICS 27) and DNS kept where it shares a blocked address.
/// </summary>
public static class Remediation
{
    public const string PolicyName = "metafence-deny-metadata";

    public static string NamespaceFence(string ns, IEnumerable<Endpoint> credentialEndpoints, IEnumerable<Endpoint> neededServices)
    {
        var blocked = credentialEndpoints.SelectMany(e => e.Addresses).Distinct().Order().ToList();
        var yaml = new StringBuilder();
        Line(yaml, 0, "apiVersion: networking.k8s.io/v1");
        Line(yaml, 0, "kind: NetworkPolicy");
        Line(yaml, 0, "metadata:");
        Line(yaml, 1, $"name: {PolicyName}");
        Line(yaml, 1, $"namespace: {ns}");
        Line(yaml, 0, "spec:");
        Line(yaml, 1, "podSelector: {}");
        Line(yaml, 1, "policyTypes: [Egress]");
        Line(yaml, 1, "egress:");
        Line(yaml, 1, "- to:");
        Line(yaml, 2, "- namespaceSelector: {}   # in-cluster traffic, DNS to kube-dns included");
        AppendFamily(yaml, "0.0.0.0/0", blocked.Where(a => a.Family == IpFamily.V4));
        AppendFamily(yaml, "::/0", blocked.Where(a => a.Family == IpFamily.V6));
        foreach (var service in neededServices.Where(s => s.Addresses.Any(blocked.Contains)))
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
