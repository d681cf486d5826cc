using MetaFence.Core.Audit;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>
/// Decision 0004 through the real auditor: namespace x's NetworkPolicies could not be read (x/a
/// unknown, not blocked), y has a readable deny-all (y/a blocked), z has none (z/a reachable),
/// and DaemonSets could not be read either (no verdict changes, a finding says so).
/// </summary>
internal static class UnknownReport
{
    public static AuditReport Create()
    {
        var snapshot = World.Create()
            .Namespace("x").Namespace("y").Namespace("z")
            .Pod("x/a", "10.0.1.1", "pod=a")
            .Pod("y/a", "10.0.2.1", "pod=a")
            .Pod("z/a", "10.0.3.1", "pod=a")
            .EgressPolicy("y/deny-all", "")
            .Build() with
        {
            Unreadable =
            [
                new(UnreadableResources.DaemonSets, null, "daemonsets.apps is forbidden: User \"auditor\" cannot list resource \"daemonsets\" in API group \"apps\" at the cluster scope"),
                new(UnreadableResources.NetworkPolicies, "x", "networkpolicies.networking.k8s.io is forbidden: User \"auditor\" cannot list resource \"networkpolicies\" in API group \"networking.k8s.io\" in the namespace \"x\""),
            ],
        };
        return Auditor.Run(snapshot, new AuditOptions([Endpoints.AwsImds, Endpoints.GcpMetadata, Endpoints.NodeLocalDns]));
    }
}
