using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;
using MetaFence.Core.Net;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF005: a block meant for metadata also cuts needed link-local services (a blanket
/// 169.254.0.0/16 except) or, where the input uses IPv6, all IPv6 egress, while ordinary IPv4
/// egress is allowed.
/// A service counts when the input shows it is used: NodeLocal DNS when it runs, a
/// provider's services when that provider was named or detected (a wrong warning is noise).
/// </summary>
public sealed class NeededServiceBlockedRule : AuditRule
{
    public override string Id => "MF005";

    public override string Title => "Block cuts needed services";

    public override IEnumerable<Finding> Evaluate(AuditContext context)
    {
        var nodeLocalDns = context.Snapshot.Pods.Any(p => p.Labels.TryGetValue("k8s-app", out var app) && app == "node-local-dns");
        // IPv6 egress matters only where the input shows IPv6 in use (a wrong warning is noise).
        var usesIpv6 = context.Snapshot.Pods.Any(p => p.Ips.Any(ip => ip.Family == IpFamily.V6))
            || context.Snapshot.Nodes.Any(n => n.Addresses.Any(ip => ip.Family == IpFamily.V6));
        foreach (var result in context.PodNetworkResults)
        {
            var pod = result.Subject.Representative;
            if (!context.Evaluate(pod, AuditContext.OrdinaryIpv4).Allowed)
            {
                continue; // A default-deny pod blocks everything on purpose; MF004 speaks for DNS.
            }

            var cut = result.Endpoints
                .Where(e => e.Endpoint.Role == EndpointRole.NeededService && e.Endpoint.UsedByPods && !e.Reachable
                    && (e.Endpoint.Id == "node-local-dns" ? nodeLocalDns : e.Endpoint.Providers.Any(context.RelevantProviders.Contains)))
                .Select(e => $"{e.Endpoint.Id} ({string.Join(", ", e.Destinations.Select(d => d.Destination))}: {e.Endpoint.Description})")
                .ToList();
            var ipv6Cut = usesIpv6 && context.Evaluate(pod, AuditContext.OrdinaryIpv6) is { Allowed: false, IsUnknown: false };
            if (ipv6Cut)
            {
                cut.Add("all IPv6 egress (the policy allows IPv4 but no IPv6 block: dual-stack needs two ipBlocks, SEMANTICS 22)");
            }

            if (cut.Count == 0)
            {
                continue;
            }

            yield return Create(Severity.Low,
                    $"{CredentialEndpointReachableRule.Describe(result.Subject)} may reach the internet but not: {string.Join("; ", cut)}. Block the metadata addresses exactly (a /32 and a /128), not 169.254.0.0/16{(ipv6Cut ? ", and add an ::/0 ipBlock for IPv6" : string.Empty)}.")
                with
            {
                Namespace = result.Subject.Namespace,
                Subject = result.Subject.Object,
                Location = pod.Location,
                Remediation = context.Fence(result.Subject.Namespace),
            };
        }
    }
}
