namespace MetaFence.Core.Snapshot;

/// <summary>
/// A resource the source could not read (RBAC refused it, the API timed out on it, …): what it
/// would have held is unknown, so verdicts that depend on it are unknown, never blocked
/// (docs/decisions/0004-unknown-verdicts.md). <paramref name="Resource"/> is the API resource
/// as kubectl names it (<c>networkpolicies</c>, <c>adminnetworkpolicies</c>, <c>namespaces</c>,
/// <c>pods</c>, <c>nodes</c>, <c>globalnetworkpolicies.crd.projectcalico.org</c>, …; see
/// <see cref="UnreadableResources"/>); <paramref name="Namespace"/> is null when the list was
/// cluster-wide; <paramref name="Reason"/> is the API's message (e.g. the 403 text).
/// </summary>
public sealed record UnreadableResource(string Resource, string? Namespace, string Reason)
{
    /// <summary><c>networkpolicies in shop</c> or <c>nodes (cluster-wide)</c>.</summary>
    public string Scope => Namespace is null ? "cluster-wide" : $"in {Namespace}";

    public override string ToString() => Namespace is null ? $"{Resource} (cluster-wide)" : $"{Resource} in {Namespace}";
}
