using System.Collections.Concurrent;
using System.Collections.Immutable;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Posture;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Rules;

/// <summary>
/// What every audit rule may look at: the engine, the chosen endpoints and the per-subject
/// verdicts. Rules run in parallel, so everything it caches is safe to share between threads.
/// </summary>
public sealed class AuditContext(VerdictSharing sharing, AuditOptions options, ImmutableArray<SubjectResult> results)
{
    /// <summary>A documentation address (RFC 5737) standing for "the internet" over IPv4.</summary>
    public static readonly Destination OrdinaryIpv4 = new(IpAddress.V4(0xC000020A), 443, Protocol.TCP);

    /// <summary>A documentation address (RFC 3849) standing for "the internet" over IPv6.</summary>
    public static readonly Destination OrdinaryIpv6 =
        new(new IpAddress(IpFamily.V6, ((UInt128)0x20010DB8 << 96) | 0x10), 443, Protocol.TCP);

    public EgressEngine Engine { get; } = sharing.Engine;

    public ClusterSnapshot Snapshot => Engine.Snapshot;

    public ImmutableArray<Endpoint> Endpoints { get; } = options.Endpoints;

    /// <summary>The providers named on the command line plus those the snapshot shows it runs on.</summary>
    public ImmutableHashSet<string> RelevantProviders { get; } =
        [.. options.ChosenProviders, .. ProviderDetection.Detect(sharing.Engine.Snapshot)];

    public ImmutableArray<SubjectResult> Results { get; } = results;

    /// <summary>Node posture from cloud exports; null when none was given (the node rules then say nothing).</summary>
    public ClusterPosture? Posture { get; } = options.Posture;

    /// <summary>Where each subject's pods run.</summary>
    public SubjectPlacement Placement => LazyInitializer.EnsureInitialized(ref _placement, () => new SubjectPlacement(Snapshot));

    /// <summary>The non-terminated pods and templates of a namespace (indexed once: rules ask per namespace).</summary>
    public IEnumerable<PodInfo> PodsIn(string ns) => _podsByNamespace.Value[ns];

    /// <summary>Chooses the fixes findings suggest.</summary>
    public FixPlanner Fixes => LazyInitializer.EnsureInitialized(ref _fixPlanner, () => new FixPlanner(this));

    public IEnumerable<Endpoint> CredentialEndpoints => Endpoints.Where(e => e.Role == EndpointRole.CredentialSource);

    /// <summary>What the fences findings suggest block and keep.</summary>
    public FixTargets FixTargets => LazyInitializer.EnsureInitialized(ref _fixTargets,
        () => FixTargets.Of(CredentialEndpoints, Endpoints.Where(e => e.Role == EndpointRole.NeededService)));

    private readonly ConcurrentDictionary<string, string> _fences = new(StringComparer.Ordinal);
    private readonly Lazy<ILookup<string, PodInfo>> _podsByNamespace = new(() =>
        sharing.Engine.Snapshot.Pods.Where(p => !p.IsTerminated).ToLookup(p => p.Namespace, StringComparer.Ordinal));

    private FixPlanner? _fixPlanner;
    private FixTargets? _fixTargets;
    private SubjectPlacement? _placement;

    /// <summary>
    /// A verdict for a rule's own question (DNS, ordinary egress), shared by subjects to which
    /// the same policies apply (<see cref="VerdictSharing"/>).
    /// </summary>
    public Verdict Evaluate(PodInfo pod, Destination destination) => sharing.Evaluate(pod, destination);

    /// <summary>The namespace fence a finding suggests, built once per namespace.</summary>
    public string Fence(string ns) =>
        _fences.GetOrAdd(ns, static (name, context) => Remediation.NamespaceFence(name, context.FixTargets), this);

    /// <summary>Subjects on the pod network: the ones NetworkPolicy can protect.</summary>
    public IEnumerable<SubjectResult> PodNetworkResults => Results.Where(r => !r.Subject.HostNetwork);
}
