using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>
/// Cluster-wide egress rules by action; <see cref="World"/> numbers them by position. Add ports
/// with <see cref="RuleExtensions.On(AdminRule, string[])"/> and a name with
/// <see cref="RuleExtensions.Named"/>.
/// </summary>
public static class Admin
{
    /// <summary><c>Accept</c> (v1alpha1 <c>Allow</c>).</summary>
    public static AdminRule Accept(params AdminPeer[] to) => new(0, null, AdminAction.Accept, [.. to], []);

    public static AdminRule Deny(params AdminPeer[] to) => new(0, null, AdminAction.Deny, [.. to], []);

    public static AdminRule Pass(params AdminPeer[] to) => new(0, null, AdminAction.Pass, [.. to], []);

    /// <summary>Every pod of every namespace selected by <paramref name="namespaceSelector"/>.</summary>
    public static AdminSubject Namespaces(string namespaceSelector) => AdminSubject.OfNamespaces(Sel.Parse(namespaceSelector));

    /// <summary>Pods matching <paramref name="podSelector"/> in namespaces matching <paramref name="namespaceSelector"/>.</summary>
    public static AdminSubject Pods(string namespaceSelector, string podSelector) =>
        AdminSubject.OfPods(Sel.Parse(namespaceSelector), Sel.Parse(podSelector));

    /// <summary><c>subject: {namespaces: {}}</c>: every pod that is not host-network.</summary>
    public static AdminSubject Everyone => Namespaces("");
}
