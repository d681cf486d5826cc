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
        // A plain loop: this looks at every pod of the cluster, twice per audit (engine and dataplane).
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var pod in snapshot.Pods)
        {
            Match(pod.Owner?.Name ?? pod.Name, found);
            foreach (var (key, value) in pod.Labels.Pairs)
            {
                if (key is "app" or "k8s-app" or "app.kubernetes.io/name")
                {
                    Match(value, found);
                }
            }
        }

        return [.. found];
    }

    private static void Match(string name, SortedSet<string> found)
    {
        foreach (var (marker, display) in Known)
        {
            if (name.StartsWith(marker, StringComparison.Ordinal)
                && (name.Length == marker.Length || name[marker.Length] == '-'))
            {
                found.Add(display);
                return; // the first marker that matches names it, as the catalog orders them
            }
        }
    }
}
