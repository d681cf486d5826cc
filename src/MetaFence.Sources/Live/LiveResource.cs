namespace MetaFence.Sources.Live;

/// <summary>
/// One resource the live reader lists: API group (<c>""</c> for the core group), version, plural
/// resource name, kind, scope, and what stays unknown when it cannot be read.
/// </summary>
public sealed record LiveResource(string Group, string Version, string Resource, string Kind, bool Namespaced, string UnknownWithout)
{
    /// <summary><c>v1</c>, <c>apps/v1</c>, <c>cilium.io/v2</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>kubectl's name: <c>pods</c>, <c>deployments.apps</c>, <c>tiers.crd.projectcalico.org</c>.</summary>
    public string Name => Group.Length == 0 ? Resource : $"{Resource}.{Group}";

    /// <summary>The path that lists it across all namespaces: <c>api/v1/pods</c>, <c>apis/apps/v1/deployments</c>.</summary>
    public string ListPath => Group.Length == 0 ? $"api/{Version}/{Resource}" : $"apis/{Group}/{Version}/{Resource}";

    /// <summary>
    /// The name <c>ClusterSnapshot.Unreadable</c> uses (<c>UnreadableResources</c>): plural alone
    /// for the built-in groups and the policy API, with its group for CRDs of other groups.
    /// </summary>
    public string UnreadableName => Group is "" or "apps" or "batch" or "networking.k8s.io" or "policy.networking.k8s.io" ? Resource : Name;
}
