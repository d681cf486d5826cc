using System.Diagnostics;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// What differs between the three cluster-wide kinds: the SEMANTICS rule cited, the action
/// words (v1alpha1 <c>Allow</c> is <see cref="AdminAction.Accept"/>), priority, and whether rules
/// list <c>ports</c> (v1alpha1) or <c>protocols</c> (v1alpha2).
/// </summary>
internal sealed record AdminFlavor(string Rule, IReadOnlyDictionary<string, AdminAction> Actions, string ActionList, bool HasPriority, bool IsV1Alpha2)
{
    private static readonly AdminFlavor Anp = new("44", new Dictionary<string, AdminAction>
    {
        ["Allow"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
        ["Pass"] = AdminAction.Pass,
    }, "Allow, Deny or Pass", HasPriority: true, IsV1Alpha2: false);

    private static readonly AdminFlavor Banp = new("48", new Dictionary<string, AdminAction>
    {
        ["Allow"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
    }, "Allow or Deny", HasPriority: false, IsV1Alpha2: false);

    private static readonly AdminFlavor Cnp = new("52", new Dictionary<string, AdminAction>
    {
        ["Accept"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
        ["Pass"] = AdminAction.Pass,
    }, "Accept, Deny or Pass", HasPriority: true, IsV1Alpha2: true);

    public static AdminFlavor Of(KnownKind kind) => kind switch
    {
        KnownKind.AdminNetworkPolicy => Anp,
        KnownKind.BaselineAdminNetworkPolicy => Banp,
        KnownKind.ClusterNetworkPolicy => Cnp,
        _ => throw new UnreachableException(),
    };

    /// <summary>The action, or null after rejecting the object with a message naming the allowed words.</summary>
    public AdminAction? Action(string? action, string path, ObjectProblems problems)
    {
        if (action is not null && Actions.TryGetValue(action, out var known))
        {
            return known;
        }

        var hint = (action, IsV1Alpha2) switch
        {
            ("Allow", true) => " (v1alpha2 renamed Allow to Accept)",
            ("Accept", false) => " (Accept is the v1alpha2 word; v1alpha1 says Allow)",
            ("Pass", false) => " (the baseline tier cannot pass)",
            _ => "",
        };
        var shown = action is null ? "the action is missing" : $"{ValueText.Quote(action)} is not an action here";
        problems.Reject(path, Rule, $"{shown}; expected {ActionList}{hint}");
        return null;
    }
}
