using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// Node-local metadata proxies that DNAT metadata traffic before policy sees it (DESIGN
/// "Identity proxies"; SEMANTICS 28 choice): kube2iam, kiam, aad-pod-identity's NMI and the
/// GKE metadata server. Detected by the names of the workloads that run them.
/// </summary>
public static class IdentityProxies
{
    private static readonly ImmutableArray<(string Marker, string Name)> Known =
    [
        ("kube2iam", "kube2iam"),
        ("kiam-agent", "kiam"),
        ("kiam", "kiam"),
        ("gke-metadata-server", "the GKE metadata server"),
        ("nmi", "aad-pod-identity (NMI)"),
    ];

    /// <summary>The proxies the snapshot runs, by display name, sorted.</summary>
    public static ImmutableArray<string> Detect(ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return [.. snapshot.Pods
            .SelectMany(p => new[] { p.Owner?.Name ?? p.Name }.Concat(p.Labels.Pairs.Where(l => l.Key is "app" or "k8s-app" or "app.kubernetes.io/name").Select(l => l.Value)))
            .Select(name => Known.FirstOrDefault(k => name == k.Marker || name.StartsWith(k.Marker + "-", StringComparison.Ordinal)).Name)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }
}
