namespace MetaFence.Testing.FakeApi;

/// <summary>
/// The resources the fake serves: the built-in groups MetaFence reads and writes, plus every CRD a test adds.
/// Thread-safe; discovery reads a sorted snapshot.
/// </summary>
internal sealed class ResourceCatalog
{
    private readonly Lock _gate = new();
    private readonly List<ResourceType> _types =
    [
        new("", "v1", "Pod", "pods", true),
        new("", "v1", "Namespace", "namespaces", false),
        new("", "v1", "Node", "nodes", false),
        new("", "v1", "Service", "services", true),
        new("", "v1", "ConfigMap", "configmaps", true),
        new("", "v1", "Secret", "secrets", true),
        new("", "v1", "ServiceAccount", "serviceaccounts", true),
        new("apps", "v1", "Deployment", "deployments", true),
        new("apps", "v1", "StatefulSet", "statefulsets", true),
        new("apps", "v1", "DaemonSet", "daemonsets", true),
        new("apps", "v1", "ReplicaSet", "replicasets", true),
        new("batch", "v1", "Job", "jobs", true),
        new("batch", "v1", "CronJob", "cronjobs", true),
        new("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", true),
        new("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
        new("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
        new("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false),
        new("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false),
        new("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false),
    ];

    public IReadOnlyList<ResourceType> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _types];
            }
        }
    }

    public void Add(ResourceType type)
    {
        lock (_gate)
        {
            if (!_types.Contains(type))
            {
                _types.Add(type);
            }
        }
    }

    /// <summary>The type served at <c>group/version/plural</c>, or null.</summary>
    public ResourceType? ByPlural(string group, string version, string plural)
    {
        lock (_gate)
        {
            return _types.Find(t => t.Group == group && t.Version == version && t.Plural == plural);
        }
    }

    /// <summary>The type of an object with <paramref name="apiVersion"/> and <paramref name="kind"/>, or null.</summary>
    public ResourceType? ByKind(string apiVersion, string kind)
    {
        lock (_gate)
        {
            return _types.Find(t => t.ApiVersion == apiVersion && t.Kind == kind);
        }
    }

    /// <summary>Group name to its versions, ordinal order, core group excluded (it lives under /api).</summary>
    public SortedDictionary<string, SortedSet<string>> Groups()
    {
        var groups = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in All.Where(t => t.Group.Length > 0))
        {
            if (!groups.TryGetValue(type.Group, out var versions))
            {
                groups[type.Group] = versions = new SortedSet<string>(StringComparer.Ordinal);
            }

            versions.Add(type.Version);
        }

        return groups;
    }
}
