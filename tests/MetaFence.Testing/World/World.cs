using System.Collections.Immutable;
using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>
/// A tiny named cluster, built fluently and immutably so a test can take a default world and
/// add deltas: <c>World.Create().Namespace("x", "team=a").Pod("x/a", "10.0.1.1", "pod=a")
/// .EgressPolicy("x/deny-all", "")</c>. Pods are <c>namespace/name</c>; labels and selectors
/// are text (<see cref="Labels"/>, <see cref="Sel"/>).
/// </summary>
public sealed record World
{
    public const string CnpApiVersion = "policy.networking.k8s.io/v1alpha2";
    public const string AnpApiVersion = "policy.networking.k8s.io/v1alpha1";

    private World()
    {
    }

    public ImmutableArray<NamespaceInfo> Namespaces { get; private init; } = [];

    public ImmutableArray<PodInfo> Pods { get; private init; } = [];

    public ImmutableArray<NodeInfo> Nodes { get; private init; } = [];

    public ImmutableArray<NetworkPolicyInfo> NetworkPolicies { get; private init; } = [];

    public ImmutableArray<AdminPolicyInfo> AdminPolicies { get; private init; } = [];

    /// <summary>Whether <see cref="Build"/> adds the namespaces only named by pods and policies (rule 16).</summary>
    public bool AddsImpliedNamespaces { get; private init; } = true;

    public static World Create() => new();

    /// <summary>Leaves undeclared namespaces out of the snapshot, so the engine must imply them itself (rule 16).</summary>
    public World WithoutImpliedNamespaces() => this with { AddsImpliedNamespaces = false };

    /// <summary>
    /// The e2e netpol world: namespaces x, y, z labelled <c>ns=&lt;name&gt;</c>, pods a, b, c in
    /// each labelled <c>pod=&lt;name&gt;</c>, at 10.0.{1,2,3}.{1,2,3} (x/a = 10.0.1.1, z/c = 10.0.3.3).
    /// </summary>
    public static World Standard()
    {
        var world = Create();
        string[] namespaces = ["x", "y", "z"];
        string[] pods = ["a", "b", "c"];
        for (var n = 0; n < namespaces.Length; n++)
        {
            world = world.Namespace(namespaces[n], $"ns={namespaces[n]}");
            for (var p = 0; p < pods.Length; p++)
            {
                world = world.Pod($"{namespaces[n]}/{pods[p]}", $"10.0.{n + 1}.{p + 1}", $"pod={pods[p]}");
            }
        }

        return world;
    }

    /// <summary>The pods of <see cref="Standard"/>, row order of its truth tables.</summary>
    public static IReadOnlyList<string> StandardPods { get; } =
        ["x/a", "x/b", "x/c", "y/a", "y/b", "y/c", "z/a", "z/b", "z/c"];

    /// <summary>A Namespace object; <c>kubernetes.io/metadata.name</c> is added (rule 16).</summary>
    public World Namespace(string name, string labels = "") =>
        this with { Namespaces = [.. Namespaces.Where(n => n.Name != name), NamespaceInfo.Create(name, Labels.Parse(labels))] };

    /// <summary>
    /// A pod <c>namespace/name</c> with comma-separated <paramref name="ips"/>, labels, container
    /// ports (<c>http=80/TCP,dns=53/UDP</c>) and phase. Replaces a pod of the same id.
    /// </summary>
    public World Pod(
        string id, string ips = "", string labels = "", bool hostNetwork = false, string ports = "",
        PodPhase phase = PodPhase.Running, string? node = null)
    {
        var (ns, name) = Split(id);
        var pod = new PodInfo
        {
            Namespace = ns,
            Name = name,
            Labels = Labels.Parse(labels),
            HostNetwork = hostNetwork,
            Phase = phase,
            Ips = Addresses.Ips(ips),
            Ports = Ports.ParseContainerPorts(ports),
            NodeName = node,
        };
        return this with { Pods = [.. Pods.Where(p => $"{p.Namespace}/{p.Name}" != id), pod] };
    }

    /// <summary>A node with comma-separated addresses (what <c>nodes</c> peers match, rule 49).</summary>
    public World Node(string name, string addresses, string labels = "") =>
        this with { Nodes = [.. Nodes, new NodeInfo(name, Labels.Parse(labels), Addresses.Ips(addresses), null)] };

    /// <summary>A NetworkPolicy <c>namespace/name</c> with already-defaulted policy types.</summary>
    public World NetworkPolicy(string id, string podSelector, PolicyTypes types, params EgressRule[] egress)
    {
        var (ns, name) = Split(id);
        return NetworkPolicy(new NetworkPolicyInfo
        {
            Namespace = ns,
            Name = name,
            PodSelector = Sel.Parse(podSelector),
            AppliesToIngress = types.HasFlag(PolicyTypes.Ingress),
            AppliesToEgress = types.HasFlag(PolicyTypes.Egress),
            Egress = Numbered(egress),
        });
    }

    /// <summary><c>policyTypes: [Egress]</c>; no rules = deny all egress of the selected pods (rule 8).</summary>
    public World EgressPolicy(string id, string podSelector, params EgressRule[] egress) =>
        NetworkPolicy(id, podSelector, PolicyTypes.Egress, egress);

    public World NetworkPolicy(NetworkPolicyInfo policy) =>
        this with { NetworkPolicies = [.. NetworkPolicies.Where(p => p.Namespace != policy.Namespace || p.Name != policy.Name), policy] };

    /// <summary>A v1alpha2 ClusterNetworkPolicy in the Admin tier.</summary>
    public World AdminCnp(string name, int priority, AdminSubject subject, params AdminRule[] egress) =>
        AdminPolicy(Policy("ClusterNetworkPolicy", CnpApiVersion, name, AdminTier.Admin, priority, subject, egress));

    /// <summary>A v1alpha2 ClusterNetworkPolicy in the Baseline tier.</summary>
    public World BaselineCnp(string name, int priority, AdminSubject subject, params AdminRule[] egress) =>
        AdminPolicy(Policy("ClusterNetworkPolicy", CnpApiVersion, name, AdminTier.Baseline, priority, subject, egress));

    /// <summary>A v1alpha1 AdminNetworkPolicy (admin tier; <c>Allow</c> read as Accept).</summary>
    public World Anp(string name, int priority, AdminSubject subject, params AdminRule[] egress) =>
        AdminPolicy(Policy("AdminNetworkPolicy", AnpApiVersion, name, AdminTier.Admin, priority, subject, egress));

    /// <summary>The v1alpha1 BaselineAdminNetworkPolicy singleton <c>default</c> (rule 48).</summary>
    public World Banp(AdminSubject subject, params AdminRule[] egress) =>
        AdminPolicy(Policy("BaselineAdminNetworkPolicy", AnpApiVersion, "default", AdminTier.Baseline, 0, subject, egress));

    public World AdminPolicy(AdminPolicyInfo policy) =>
        this with { AdminPolicies = [.. AdminPolicies.Where(p => p.Kind != policy.Kind || p.Name != policy.Name), policy] };

    /// <summary>
    /// The snapshot. As the loader does (rule 16), every namespace a pod or policy names but no
    /// <see cref="Namespace"/> call declared is added with only its name label, unless
    /// <see cref="WithoutImpliedNamespaces"/> was called.
    /// </summary>
    public ClusterSnapshot Build()
    {
        var namespaces = Namespaces;
        if (AddsImpliedNamespaces)
        {
            var named = Pods.Select(p => p.Namespace).Concat(NetworkPolicies.Select(p => p.Namespace))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            namespaces = namespaces.AddRange(named
                .Where(n => !Namespaces.Any(d => d.Name == n))
                .Select(n => NamespaceInfo.Create(n, implied: true)));
        }

        return new ClusterSnapshot
        {
            Namespaces = namespaces,
            Pods = Pods,
            Nodes = Nodes,
            NetworkPolicies = NetworkPolicies,
            AdminPolicies = AdminPolicies,
        };
    }

    private static AdminPolicyInfo Policy(
        string kind, string apiVersion, string name, AdminTier tier, int priority, AdminSubject subject, AdminRule[] egress) => new()
        {
            Kind = kind,
            ApiVersion = apiVersion,
            Name = name,
            Tier = tier,
            Priority = priority,
            Subject = subject,
            Egress = [.. egress.Select((r, i) => r with { Index = i })],
        };

    private static ImmutableArray<EgressRule> Numbered(EgressRule[] egress) => [.. egress.Select((r, i) => r with { Index = i })];

    private static (string Namespace, string Name) Split(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new FormatException($"expected namespace/name, got '{id}'") : (id[..slash], id[(slash + 1)..]);
    }
}
