using MetaFence.Core.Catalog;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Rules;

/// <summary>
/// MF002: a host-network subject bypasses every policy layer (SEMANTICS 15, 36, 46). In
/// kube-system that is how node agents run, so it is information there, not a warning.
/// </summary>
public sealed class HostNetworkRule : AuditRule
{
    public override string Id => "MF002";

    public override string Title => "hostNetwork bypasses NetworkPolicy";

    public override IEnumerable<Finding> Evaluate(AuditContext context) =>
        context.Results.Where(r => r.Subject.HostNetwork).Select(r => Create(
                r.Subject.Namespace == "kube-system" ? Severity.Info : Severity.High,
                $"{CredentialEndpointReachableRule.Describe(r.Subject)} uses the host network: NetworkPolicy, AdminNetworkPolicy and ClusterNetworkPolicy do not apply to it and the IMDSv2 hop limit does not stop it, so it reaches {Ids.Describe(r.Endpoints.Where(e => e.Endpoint.Role == EndpointRole.CredentialSource).Select(e => e.Endpoint.Id))} unless a node firewall drops the traffic.")
            with
        {
            Namespace = r.Subject.Namespace,
            Subject = r.Subject.Object,
            Location = r.Subject.Representative.Location,
            Remediation = "Remove `hostNetwork: true` unless the pod must own node ports, and enforce it with Pod Security Admission:\n"
                    + $"kubectl label namespace {r.Subject.Namespace} pod-security.kubernetes.io/enforce=baseline\n"
                    + "Where it must stay, drop its metadata traffic with a node firewall (iptables rule on the host for its UID or cgroup).",
        });
}
