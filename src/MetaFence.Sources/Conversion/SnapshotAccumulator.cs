using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// Collects converted objects across all inputs and builds the snapshot: owners resolved,
/// stand-ins added, implied namespaces created, everything sorted ordinally. While
/// <paramref name="journal"/> records, additions wait in it (see <see cref="LoadJournal"/>).
/// </summary>
internal sealed class SnapshotAccumulator(DiagnosticList diagnostics, LoadJournal journal)
{
    private readonly Dictionary<ObjectRef, SourceLocation> _seen = [];
    private readonly Dictionary<string, NamespaceInfo> _namespaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namedNamespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<ObjectRef, PodDraft> _pods = [];
    private readonly Dictionary<ObjectRef, WorkloadDraft> _workloads = [];
    private readonly Dictionary<ObjectRef, NetworkPolicyInfo> _policies = [];
    private readonly Dictionary<ObjectRef, AdminPolicyInfo> _adminPolicies = [];
    private readonly Dictionary<ObjectRef, NodeInfo> _nodes = [];
    private readonly Dictionary<ObjectRef, CalicoPolicyInfo> _calicoPolicies = [];
    private readonly Dictionary<ObjectRef, CalicoTierInfo> _calicoTiers = [];
    private readonly Dictionary<ObjectRef, CiliumPolicyInfo> _ciliumPolicies = [];
    private readonly Dictionary<(string, string), ServiceInfo> _services = [];
    private readonly Dictionary<(string, string), IngressInfo> _ingresses = [];
    private readonly List<ObjectProblem> _problems = [];
    private readonly List<UnreadableResource> _unreadable = [];
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private int _terminated;

    /// <summary>A namespace some object lives in: it exists even without a Namespace object (rule 16 choice).</summary>
    public void NameNamespace(string? ns) => journal.Run(() => NameNamespaceNow(ns));

    public void Skip(string key) => journal.Run(() => _skipped[key] = _skipped.GetValueOrDefault(key) + 1);

    public void AddUnreadable(UnreadableResource resource) => journal.Run(() => _unreadable.Add(resource));

    public void AddProblems(ImmutableArray<ObjectProblem> problems) => journal.Run(() => _problems.AddRange(problems));

    public void AddNamespace(NamespaceInfo ns, SourceLocation location) =>
        journal.Run(() => Put(_namespaces, new ObjectRef("Namespace", null, ns.Name), ns.Name, ns, location));

    /// <summary>Rule 37: Succeeded and Failed pods are counted, not kept.</summary>
    public void AddPod(PodDraft pod) => journal.Run(() => AddPodNow(pod));

    public void AddWorkload(WorkloadDraft workload) => journal.Run(() =>
    {
        NameNamespaceNow(workload.Ref.Namespace);
        Put(_workloads, workload.Ref, workload.Ref, workload, workload.Location);
    });

    public void AddNetworkPolicy(NetworkPolicyInfo policy) => journal.Run(() => Put(_policies, policy.Ref, policy.Ref, policy, policy.Location));

    public void AddAdminPolicy(AdminPolicyInfo policy) => journal.Run(() => Put(_adminPolicies, policy.Ref, policy.Ref, policy, policy.Location));

    public void AddNode(NodeInfo node) =>
        journal.Run(() => Put(_nodes, new ObjectRef("Node", null, node.Name), new ObjectRef("Node", null, node.Name), node, node.Location));

    public void AddCalicoPolicy(CalicoPolicyInfo policy) => journal.Run(() => Put(_calicoPolicies, policy.Ref, policy.Ref, policy, policy.Location));

    public void AddCalicoTier(CalicoTierInfo tier) =>
        journal.Run(() => Put(_calicoTiers, new ObjectRef("Tier", null, tier.Name), new ObjectRef("Tier", null, tier.Name), tier, tier.Location));

    public void AddCiliumPolicy(CiliumPolicyInfo policy) => journal.Run(() => Put(_ciliumPolicies, policy.Ref, policy.Ref, policy, policy.Location));

    /// <summary>An exposure hint for <c>trace</c>; the caller still counts the object as skipped.</summary>
    public void AddService(ServiceInfo service) => journal.Run(() => _services[(service.Namespace, service.Name)] = service);

    /// <summary>An exposure hint for <c>trace</c>; the caller still counts the object as skipped.</summary>
    public void AddIngress(IngressInfo ingress) => journal.Run(() => _ingresses[(ingress.Namespace, ingress.Name)] = ingress);

    public ClusterSnapshot Build()
    {
        var resolver = new OwnerResolver(_workloads);
        var represented = new HashSet<ObjectRef>();
        var pods = new List<PodInfo>();
        foreach (var draft in _pods.Values)
        {
            var owner = resolver.TopOf(draft);
            if (owner is not null)
            {
                represented.Add(owner);
            }

            pods.Add(draft.Info with { Owner = owner });
        }

        pods.AddRange(resolver.StandIns(represented));
        var implied = _namedNamespaces.Where(n => !_namespaces.ContainsKey(n)).Select(n => NamespaceInfo.Create(n, implied: true));
        return new ClusterSnapshot
        {
            Namespaces = [.. _namespaces.Values.Concat(implied).OrderBy(n => n.Name, StringComparer.Ordinal)],
            Pods = SortPods(pods),
            NetworkPolicies = [.. _policies.Values.OrderBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)],
            AdminPolicies = [.. _adminPolicies.Values.OrderBy(p => p.Kind, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)],
            Nodes = [.. _nodes.Values.OrderBy(n => n.Name, StringComparer.Ordinal)],
            CalicoPolicies = [.. _calicoPolicies.Values.OrderBy(p => p.Name, StringComparer.Ordinal)],
            CalicoTiers = [.. _calicoTiers.Values.OrderBy(t => t.Name, StringComparer.Ordinal)],
            CiliumPolicies = [.. _ciliumPolicies.Values.OrderBy(p => p.Kind, StringComparer.Ordinal)
                .ThenBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)],
            Services = [.. _services.Values.OrderBy(x => x.Namespace, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)],
            Ingresses = [.. _ingresses.Values.OrderBy(x => x.Namespace, StringComparer.Ordinal).ThenBy(x => x.Name, StringComparer.Ordinal)],
            Problems = [.. _problems],
            Unreadable = [.. _unreadable.OrderBy(u => u.Resource, StringComparer.Ordinal).ThenBy(u => u.Namespace, StringComparer.Ordinal)],
            SkippedTerminatedPods = _terminated,
            SkippedKinds = _skipped.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// Pods by namespace, name, then pods before templates; equal ones keep their order. One sort
    /// with one comparison: LINQ's three-key OrderBy cost a third of a second on 150,000 pods.
    /// </summary>
    private static ImmutableArray<PodInfo> SortPods(List<PodInfo> pods)
    {
        var order = new (PodInfo Pod, int Index)[pods.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (pods[i], i);
        }

        Array.Sort(order, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Pod.Namespace, b.Pod.Namespace);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Pod.Name, b.Pod.Name);
            }

            if (c == 0)
            {
                c = a.Pod.IsTemplate.CompareTo(b.Pod.IsTemplate);
            }

            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        var sorted = ImmutableArray.CreateBuilder<PodInfo>(order.Length);
        foreach (var (pod, _) in order)
        {
            sorted.Add(pod);
        }

        return sorted.MoveToImmutable();
    }

    private void NameNamespaceNow(string? ns)
    {
        if (!string.IsNullOrEmpty(ns))
        {
            _namedNamespaces.Add(ns);
        }
    }

    private void AddPodNow(PodDraft pod)
    {
        NameNamespaceNow(pod.Info.Namespace);
        if (pod.Info.IsTerminated)
        {
            _terminated++;
            return;
        }

        // One lookup, not three: a pod's earlier copy carries its own location (the common path, 150,000 times on a big dump).
        var key = new ObjectRef("Pod", pod.Info.Namespace, pod.Info.Name);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_pods, key, out var exists);
        if (exists && pod.Info.Location is { } location && slot!.Info.Location is { } first)
        {
            Replaced(location, key, first);
        }

        slot = pod;
    }

    /// <summary>Keeps the later of two copies of one object and says so.</summary>
    private void Put<TKey, TValue>(Dictionary<TKey, TValue> map, ObjectRef identity, TKey key, TValue value, SourceLocation? location)
        where TKey : notnull
    {
        if (location is not null && _seen.TryGetValue(identity, out var first))
        {
            Replaced(location, identity, first);
        }

        if (location is not null)
        {
            _seen[identity] = location;
        }

        map[key] = value;
    }

    private void Replaced(SourceLocation location, ObjectRef identity, SourceLocation first) =>
        diagnostics.Warning(location, $"{identity} was already read from {first.File} document {first.Document}; this later copy replaces it", "each object once");
}
