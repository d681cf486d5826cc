namespace MetaFence.Testing.FakeApi;

/// <summary>
/// What a fake user may do, as one RBAC rule: <paramref name="Verbs"/> on <paramref name="Resource"/> (a plural, or
/// <c>pods/log</c> for a subresource) in <paramref name="ApiGroup"/> (<c>""</c> for core), everywhere when
/// <paramref name="Namespace"/> is null (a ClusterRoleBinding) or only in that namespace (a RoleBinding).
/// <c>"*"</c> matches any verb, group or resource.
/// </summary>
public sealed record FakeRbacRule(IReadOnlyList<string> Verbs, string ApiGroup, string Resource, string? Namespace = null)
{
    /// <summary>Whether the rule allows <paramref name="verb"/> on the resource; <paramref name="ns"/> null means cluster scope.</summary>
    public bool Allows(string verb, string group, string resource, string? ns) =>
        (Verbs.Contains("*") || Verbs.Contains(verb))
        && (ApiGroup == "*" || ApiGroup == group)
        && (Resource == "*" || Resource == resource)
        && (Namespace is null || Namespace == ns);
}
