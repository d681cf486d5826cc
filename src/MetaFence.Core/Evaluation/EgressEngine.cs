using System.Collections.Frozen;
using System.Collections.Immutable;
using MetaFence.Core.Dataplane;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Evaluation;

/// <summary>
/// Answers "may this pod send to this destination, and which rules decided?" for one snapshot,
/// following SEMANTICS sections A–L. Pure: no I/O. Policies are indexed once at construction.
/// </summary>
public sealed partial class EgressEngine
{
    private static readonly IpSet LinkLocal = IpSet.Of([
        new IpRange(IpFamily.V4, 0xA9FE0000u, 0xA9FEFFFFu),
        IpRange.FromPrefix(new IpAddress(IpFamily.V6, (UInt128)0xFE80 << 112), 10),
    ]);

    /// <summary>The addresses identity proxies intercept: 169.254.169.254 and fd00:ec2::254.</summary>
    private static readonly IpSet MetadataAddresses = IpSet.Of([
        new IpRange(IpFamily.V4, 0xA9FEA9FEu, 0xA9FEA9FEu),
        new IpRange(IpFamily.V6, ((UInt128)0xFD00_0EC2 << 96) | 0x254, ((UInt128)0xFD00_0EC2 << 96) | 0x254),
    ]);

    private readonly FrozenDictionary<string, LabelSet> _namespaceLabels;
    private readonly Dictionary<IpAddress, PodInfo> _podsByAddress; // read-only after construction
    private readonly FrozenDictionary<string, ImmutableArray<NetworkPolicyInfo>> _egressPoliciesByNamespace;
    private readonly ImmutableArray<AdminPolicyInfo> _adminTier;
    private readonly ImmutableArray<AdminPolicyInfo> _baselineTier;
    private readonly string? _identityProxyNote;
    private readonly ImmutableArray<CalicoTierInfo> _calicoTiers;
    private readonly ImmutableArray<CalicoPolicyInfo> _calicoPolicies;
    private readonly FrozenSet<IpAddress> _nodeAddresses;
    private readonly UnknownSources _unknown;
    private readonly Protection _protection;
    private readonly DataplaneQuirks _quirks;

    public EgressEngine(ClusterSnapshot snapshot)
        : this(snapshot, DataplaneProfile.Standard)
    {
    }

    /// <summary>An engine that applies <paramref name="dataplane"/>'s deviations (unenforced pods, quirks) to its verdicts.</summary>
    public EgressEngine(ClusterSnapshot snapshot, DataplaneProfile dataplane)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(dataplane);
        Dataplane = dataplane;
        _protection = new Protection(snapshot, dataplane);
        _quirks = dataplane.Quirks;
        Snapshot = snapshot;
        _namespaceLabels = snapshot.Namespaces
            .GroupBy(n => n.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Labels, StringComparer.Ordinal);
        _podsByAddress = IndexPodsByAddress(snapshot.Pods);
        _egressPoliciesByNamespace = snapshot.NetworkPolicies
            .Where(p => p.AppliesToEgress)
            .GroupBy(p => p.Namespace, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _adminTier = OrderTier(snapshot.AdminPolicies, AdminTier.Admin);
        _baselineTier = OrderTier(snapshot.AdminPolicies, AdminTier.Baseline);
        _calicoTiers = OrderCalicoTiers(snapshot);
        _calicoPolicies = OrderCalicoPolicies(snapshot.CalicoPolicies, _calicoTiers);
        _nodeAddresses = snapshot.Nodes.SelectMany(n => n.Addresses).Select(a => a.Normalized)
            .Concat(_quirks.CidrSkipsNodeServed is null ? [] : DataplaneQuirks.NodeServedAddresses).ToFrozenSet();
        var proxies = IdentityProxies.Detect(snapshot);
        _identityProxyNote = proxies.IsEmpty ? null : Notes.IdentityProxy(proxies);
        _unknown = new UnknownSources(snapshot);
    }

    public ClusterSnapshot Snapshot { get; }

    /// <summary>The dataplane whose deviations the verdicts include (<see cref="DataplaneProfile.Standard"/>: none).</summary>
    public DataplaneProfile Dataplane { get; }

    /// <summary>Whether NetworkPolicy can protect a pod here at all.</summary>
    public Protection Protection => _protection;

    /// <summary>The verdict for <paramref name="subject"/> sending to <paramref name="destination"/>.</summary>
    public Verdict Evaluate(PodInfo subject, Destination destination)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Evaluate(subject, Applicable(subject), destination);
    }

    /// <summary>Verdicts for many destinations of one subject, in order; policies are selected once.</summary>
    public ImmutableArray<Verdict> Evaluate(PodInfo subject, IReadOnlyList<Destination> destinations)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(destinations);
        var applicable = Applicable(subject);
        var verdicts = ImmutableArray.CreateBuilder<Verdict>(destinations.Count);
        foreach (var destination in destinations)
        {
            verdicts.Add(Evaluate(subject, applicable, destination));
        }

        return verdicts.MoveToImmutable();
    }

    /// <summary>The pod that owns <paramref name="address"/>, if the snapshot has one (rule 27).</summary>
    public PodInfo? FindPod(IpAddress address) => _podsByAddress.GetValueOrDefault(address);

    /// <summary>
    /// Rule 6: some NetworkPolicy selects the pod and applies to egress. False for host-network
    /// pods: whatever selects them, nothing enforces it (rules 15, 36).
    /// </summary>
    public bool IsIsolatedForEgress(PodInfo subject) => !subject.HostNetwork && !SelectingPolicies(subject).IsEmpty;

    /// <summary>The labels of a namespace; one not in the snapshot has only its name label (rule 16).</summary>
    public LabelSet NamespaceLabels(string name) =>
        _namespaceLabels.TryGetValue(name, out var labels) ? labels : NamespaceInfo.Create(name).Labels;

    private Verdict Evaluate(PodInfo subject, ApplicablePolicies applicable, Destination destination)
    {
        destination = destination with { Address = destination.Address.Normalized }; // SEMANTICS 25
        List<string>? notes = null;
        var verdict = subject.HostNetwork ? HostNetworkVerdict
            : !_protection.IsStandard && _protection.Unprotected(subject) is { } unprotected
                ? new Verdict(true, Decision.NotEnforced, []) { Notes = [unprotected] }
                : EvaluatePipeline(subject, applicable, destination, ref notes);
        if (LinkLocal.Contains(destination.Address))
        {
            (notes ??= []).Add(Notes.NodeLocal);
        }

        if (_identityProxyNote is not null && MetadataAddresses.Contains(destination.Address))
        {
            (notes ??= []).Add(_identityProxyNote);
        }

        verdict = notes is null ? verdict : verdict with { Notes = Notes.Append(verdict.Notes, notes) };
        return _unknown.IsEmpty ? verdict : WithUnknown(subject, applicable, destination, verdict);
    }


    /// <summary>Rules 1, 2, 6, 46: what applies to the subject; nothing does to a host-network pod.</summary>
    private ApplicablePolicies Applicable(PodInfo subject) =>
        subject.HostNetwork
            ? new ApplicablePolicies([], [], [])
            : new ApplicablePolicies(
                [.. _adminTier.Where(p => SubjectSelects(p.Subject, subject))],
                SelectingPolicies(subject),
                [.. _baselineTier.Where(p => SubjectSelects(p.Subject, subject))])
            {
                Calico = [.. _calicoPolicies.Where(p => CalicoSelects(p, subject))],
                Cilium = [.. Snapshot.CiliumPolicies.Where(p => CiliumSelects(p, subject))],
            };

    private Verdict EvaluatePipeline(PodInfo subject, ApplicablePolicies applicable, Destination destination, ref List<string>? notes)
    {
        var target = FindPod(destination.Address);
        var toSelf = subject.Ips.Contains(destination.Address) || ReferenceEquals(target, subject);
        // Rule 57: a Cilium egressDeny beats every allow.
        if (!applicable.Cilium.IsEmpty && EvaluateCiliumDeny(applicable.Cilium, destination, target) is { } ciliumDeny)
        {
            return ciliumDeny;
        }

        // Rules 53, 54: with Calico policies, every layer is a Calico tier (docs/decisions/0003).
        if (!_calicoPolicies.IsEmpty)
        {
            return EvaluateCalicoPipeline(applicable, destination, target, toSelf, ref notes);
        }

        List<RuleRef>? trail = null;

        // Rule 52: a pod reaching its own IP is not subject to ClusterNetworkPolicy.
        if (!toSelf && EvaluateTier(applicable.Admin, destination, target, ref trail, ref notes) is { } admin)
        {
            return WithTrail(admin, trail);
        }

        var networkPolicy = applicable.Cilium.IsEmpty
            ? EvaluateNetworkPolicies(applicable.NetworkPolicies, destination, target, ref notes)
            : EvaluateWithCilium(applicable, destination, target, ref notes);
        if (networkPolicy is not null)
        {
            return WithTrail(networkPolicy, trail);
        }

        if (!toSelf && EvaluateTier(applicable.Baseline, destination, target, ref trail, ref notes) is { } baseline)
        {
            return WithTrail(baseline, trail);
        }

        // Rules 6 and 47: nothing isolates the pod and no cluster-wide rule decided.
        return WithTrail(DefaultAllowVerdict, trail);
    }

    private static Verdict WithTrail(Verdict verdict, List<RuleRef>? trail) =>
        trail is null ? verdict : verdict with { Trail = [.. trail] };

    private static readonly Verdict HostNetworkVerdict = new(true, Decision.HostNetwork, []) { Notes = [Notes.HostNetwork] };

    private static readonly Verdict DefaultAllowVerdict = new(true, Decision.DefaultAllow, []);

    private readonly RuleRefCache _refs = new();
}
