using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Findings;
using MetaFence.Core.Posture;

namespace MetaFence.Core.Trace;

/// <summary>
/// A path's severity and order. Severity is what the stolen identity can do (the IAM evaluator's
/// capability severity; High when the IAM export does not say, Low when it can do nothing
/// classified), one level higher when the subject is internet-facing (an SSRF bug is then one
/// request away). Ties go to internet-facing subjects, then the worse capability class, then
/// host-network subjects (nothing but the identity stops them), then names. Subjects in system
/// namespaces rank two levels lower: their agents are meant to use the node identity.
/// </summary>
internal static class TraceRanking
{
    public static Severity SeverityOf(IdentityGrant? grant, Exposure exposure, bool systemNamespace)
    {
        var severity = grant is not { Known: true } ? Severity.High : grant.Highest ?? Severity.Low;
        severity = exposure.InternetFacing && severity < Severity.Critical ? severity + 1 : severity;

        // Node agents in system namespaces are expected to hold the node identity (MF002 calls them information).
        return systemNamespace ? (Severity)Math.Max((int)Severity.Info, (int)severity - 2) : severity;
    }

    public static IOrderedEnumerable<TracePath> Order(IEnumerable<TracePath> paths) => paths
        .OrderByDescending(p => p.Severity)
        .ThenByDescending(p => p.Exposure.InternetFacing)
        .ThenBy(p => ClassRank(p))
        .ThenByDescending(p => p.Subject.HostNetwork)
        .ThenBy(p => p.Subject.Namespace, StringComparer.Ordinal)
        .ThenBy(p => p.Subject.Object.Name, StringComparer.Ordinal)
        .ThenBy(p => p.Subject.Object.Kind, StringComparer.Ordinal)
        .ThenBy(p => p.EndpointId, StringComparer.Ordinal)
        .ThenBy(p => p.NodeGroup, StringComparer.Ordinal)
        .ThenBy(p => p.GroupKey, StringComparer.Ordinal);

    /// <summary>Escalation first: it turns any foothold into everything; read-only last.</summary>
    private static int ClassRank(TracePath path) => path.Capabilities.IsEmpty ? 9 : path.Capabilities.Min(c => c.Class switch
    {
        CapabilityClass.PrivilegeEscalation => 0,
        CapabilityClass.InfrastructureControl => 1,
        CapabilityClass.DataAccess => 2,
        CapabilityClass.KubernetesIdentity => 3,
        CapabilityClass.LateralMovement => 4,
        CapabilityClass.ReadOnly => 5,
        _ => throw new System.Diagnostics.UnreachableException(),
    });
}
