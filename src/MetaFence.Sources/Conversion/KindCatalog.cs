namespace MetaFence.Sources.Conversion;

/// <summary>Which (API group, kind) pairs MetaFence reads, and the key a skipped object is counted under.</summary>
internal static class KindCatalog
{
    private const string PolicyGroup = "policy.networking.k8s.io";

    private static readonly Dictionary<(string Group, string Kind), KnownKind> Known = new()
    {
        [("", "Pod")] = KnownKind.Pod,
        [("", "Namespace")] = KnownKind.Namespace,
        [("", "Node")] = KnownKind.Node,
        [("apps", "Deployment")] = KnownKind.Deployment,
        [("apps", "StatefulSet")] = KnownKind.StatefulSet,
        [("apps", "DaemonSet")] = KnownKind.DaemonSet,
        [("apps", "ReplicaSet")] = KnownKind.ReplicaSet,
        [("batch", "Job")] = KnownKind.Job,
        [("batch", "CronJob")] = KnownKind.CronJob,
        [("networking.k8s.io", "NetworkPolicy")] = KnownKind.NetworkPolicy,
        [(PolicyGroup, "AdminNetworkPolicy")] = KnownKind.AdminNetworkPolicy,
        [(PolicyGroup, "BaselineAdminNetworkPolicy")] = KnownKind.BaselineAdminNetworkPolicy,
        [(PolicyGroup, "ClusterNetworkPolicy")] = KnownKind.ClusterNetworkPolicy,
        [("projectcalico.org", "GlobalNetworkPolicy")] = KnownKind.CalicoGlobalNetworkPolicy,
        [("projectcalico.org", "Tier")] = KnownKind.CalicoTier,

        // Calico's storage CRDs hold the same spec; a cluster without the Calico API server serves only these.
        [("crd.projectcalico.org", "GlobalNetworkPolicy")] = KnownKind.CalicoGlobalNetworkPolicy,
        [("crd.projectcalico.org", "Tier")] = KnownKind.CalicoTier,
        [("cilium.io", "CiliumClusterwideNetworkPolicy")] = KnownKind.CiliumClusterwideNetworkPolicy,
        [("cilium.io", "CiliumNetworkPolicy")] = KnownKind.CiliumNetworkPolicy,
        [(UnreadableRecord.Group, UnreadableRecord.Kind)] = KnownKind.UnreadableResource,
    };

    public static KnownKind? Find(string apiVersion, string kind) =>
        Known.TryGetValue((GroupOf(apiVersion), kind), out var known) ? known : null;

    /// <summary>The kind; a kind MetaFence knows but from another group also names its apiVersion.</summary>
    public static string SkipKey(string apiVersion, string kind) =>
        Known.Keys.Any(k => k.Kind == kind) ? $"{kind} ({apiVersion})" : kind;

    /// <summary><c>v1</c> is the core group <c>""</c>; <c>apps/v1</c> is <c>apps</c>.</summary>
    public static string GroupOf(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : apiVersion[..slash];
    }
}
