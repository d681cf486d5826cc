using System.Globalization;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>Writes a NetworkPolicy of one of the <see cref="PolicyKind"/>s, applied with kubectl.</summary>
internal sealed partial class PolicyWriter(ClusterPlan plan, LastApplied lastApplied)
{
    private static readonly string[][] MetadataExcepts =
    [
        ["169.254.169.254/32"],
        ["169.254.169.254/32", "169.254.170.2/32"],
        ["100.100.100.200/32", "168.63.129.16/32", "169.254.169.254/32", "169.254.170.2/32"],
    ];

    public void Write(Utf8JsonWriter w, PolicyPlan policy)
    {
        var rng = Rng.For(plan.Seed, ClusterPlan.PolicyStream, (ulong)policy.Index);
        var variant = rng.Next(100);
        var created = Timestamps.At(rng.Next(0, 200 * 86_400));
        w.WriteStartObject();
        w.WriteString("apiVersion", "networking.k8s.io/v1");
        w.WriteString("kind", "NetworkPolicy");
        w.WriteStartObject("metadata");
        w.WriteStartObject("annotations");
        var applied = lastApplied.Begin("networking.k8s.io/v1", "NetworkPolicy");
        LastApplied.Metadata(applied, [], [], policy.Name, policy.Namespace.Name);
        WriteSpec(applied, policy, variant);
        lastApplied.End(w);
        w.WriteEndObject();
        w.WriteString("creationTimestamp", created);
        w.WriteNumber("generation", 1);
        w.WriteStartArray("managedFields");
        ManagedFieldsWriter.Begin(w, "networking.k8s.io/v1");
        w.WriteStartObject("f:metadata");
        ManagedFieldsWriter.Map(w, "f:annotations", [LastApplied.Annotation]);
        w.WriteEndObject();
        w.WriteStartObject("f:spec");
        w.Leaves(IsEgress(policy.Kind) ? ["f:egress", "f:podSelector", "f:policyTypes"] : ["f:ingress", "f:podSelector", "f:policyTypes"]);
        w.WriteEndObject();
        ManagedFieldsWriter.End(w, "kubectl-client-side-apply", null, created);
        w.WriteEndArray();
        w.WriteString("name", policy.Name);
        w.WriteString("namespace", policy.Namespace.Name);
        w.WriteString("resourceVersion", rng.Next(100_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
        w.WriteString("uid", rng.Uid());
        w.WriteEndObject();
        WriteSpec(w, policy, variant);
        w.WriteEndObject();
    }

    private static bool IsEgress(PolicyKind kind) => kind is not (PolicyKind.AllowFromMonitoring or PolicyKind.AllowSameNamespace);

    private static void WriteSpec(Utf8JsonWriter w, PolicyPlan policy, int variant)
    {
        w.WriteStartObject("spec");
        WriteRules(w, policy, variant);
        WritePodSelector(w, policy, variant);
        w.StringArray("policyTypes", policy.Kind switch
        {
            PolicyKind.DefaultDenyAll => ["Ingress", "Egress"],
            _ when IsEgress(policy.Kind) => ["Egress"],
            _ => ["Ingress"],
        });
        w.WriteEndObject();
    }

    /// <summary>The <c>egress</c> or <c>ingress</c> rules, which sort before <c>podSelector</c>.</summary>
    private static void WriteRules(Utf8JsonWriter w, PolicyPlan policy, int variant)
    {
        switch (policy.Kind)
        {
            case PolicyKind.AllowDns:
                Rule(w, "egress", "to", [53, 53], ["UDP", "TCP"], () => Peer(w, ("kubernetes.io/metadata.name", "kube-system"), ("k8s-app", "kube-dns")));
                break;
            case PolicyKind.MetadataFence:
                Rule(w, "egress", "to", [], [], () =>
                {
                    IpBlock(w, "0.0.0.0/0", MetadataExcepts[variant % MetadataExcepts.Length]);
                    if (variant < 50)
                    {
                        IpBlock(w, "::/0", ["fd00:ec2::254/128"]);
                    }
                });
                break;
            case PolicyKind.LinkLocalFence:
                Rule(w, "egress", "to", [], [], () => IpBlock(w, "0.0.0.0/0", ["169.254.0.0/16"]));
                break;
            case PolicyKind.AllowToPeerApp:
                Rule(w, "egress", "to", [Port(policy.PeerApp)], ["TCP"], () =>
                {
                    Peer(w, null, ("app", policy.PeerApp));
                    if (variant < 30)
                    {
                        Peer(w, ("team", policy.Namespace.Team), ("app", policy.PeerApp));
                    }
                });
                break;
            case PolicyKind.AllowFromMonitoring:
                Rule(w, "ingress", "from", [9090], ["TCP"], () => Peer(w, ("kubernetes.io/metadata.name", "monitoring"), ("app.kubernetes.io/name", "prometheus")));
                break;
            case PolicyKind.AllowSameNamespace:
                Rule(w, "ingress", "from", [], [], () => Peer(w, null, null));
                break;
            case PolicyKind.DefaultDenyEgress or PolicyKind.DefaultDenyAll:
                break;
            default:
                throw new System.Diagnostics.UnreachableException();
        }
    }
}
