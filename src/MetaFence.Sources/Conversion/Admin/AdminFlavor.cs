using System.Diagnostics;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// What differs between the three cluster-wide kinds: the SEMANTICS rule cited, the action
/// words (v1alpha1 <c>Allow</c> is <see cref="AdminAction.Accept"/>), priority, whether rules
/// list <c>ports</c> (v1alpha1) or <c>protocols</c> (v1alpha2), list limits and egress peer fields.
/// </summary>
internal sealed record AdminFlavor(string Kind, string Rule, IReadOnlyDictionary<string, AdminAction> Actions, string ActionList, bool HasPriority, bool IsV1Alpha2)
{
    /// <summary>The most CIDRs in <c>networks</c> and names in <c>domainNames</c>, every version (<c>MaxItems=25</c>).</summary>
    public const int MaxNetworks = 25;

    private static readonly string[] IngressPeerFields = ["namespaces", "pods"];

    private static readonly AdminFlavor Anp = new("AdminNetworkPolicy", "44", new Dictionary<string, AdminAction>
    {
        ["Allow"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
        ["Pass"] = AdminAction.Pass,
    }, "Allow, Deny or Pass", HasPriority: true, IsV1Alpha2: false);

    private static readonly AdminFlavor Banp = new("BaselineAdminNetworkPolicy", "48", new Dictionary<string, AdminAction>
    {
        ["Allow"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
    }, "Allow or Deny", HasPriority: false, IsV1Alpha2: false);

    private static readonly AdminFlavor Cnp = new("ClusterNetworkPolicy", "52", new Dictionary<string, AdminAction>
    {
        ["Accept"] = AdminAction.Accept,
        ["Deny"] = AdminAction.Deny,
        ["Pass"] = AdminAction.Pass,
    }, "Accept, Deny or Pass", HasPriority: true, IsV1Alpha2: true);

    /// <summary>
    /// The most rules per direction, peers per rule and ports (or protocols) per rule: <c>MaxItems=100</c>
    /// in v1alpha1 (<c>apis/v1alpha1/adminnetworkpolicy_types.go</c>, <c>baselineadminnetworkpolicy_types.go</c>),
    /// 25 in v1alpha2 (<c>apis/v1alpha2/clusternetworkpolicy_types.go</c>), kubernetes-sigs/network-policy-api.
    /// </summary>
    public int MaxItems => IsV1Alpha2 ? 25 : 100;

    /// <summary>The words rules and messages use for the port list.</summary>
    public string PortList => IsV1Alpha2 ? "protocols" : "ports";

    public static AdminFlavor Of(KnownKind kind) => kind switch
    {
        KnownKind.AdminNetworkPolicy => Anp,
        KnownKind.BaselineAdminNetworkPolicy => Banp,
        KnownKind.ClusterNetworkPolicy => Cnp,
        _ => throw new UnreachableException(),
    };

    /// <summary>
    /// The peer fields the CRD schema has (rule 49): ingress peers select pods only; the v1alpha1
    /// BaselineAdminNetworkPolicyEgressPeer has no <c>domainNames</c>.
    /// </summary>
    public IReadOnlyList<string> PeerFields(AdminDirection direction) => direction == AdminDirection.Ingress
        ? IngressPeerFields
        : HasPriority || IsV1Alpha2 ? AdminPeerFields.All : AdminPeerFields.WithoutDomainNames;

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
