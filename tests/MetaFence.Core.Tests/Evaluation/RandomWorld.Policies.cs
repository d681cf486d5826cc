using System.Collections.Immutable;
using CsCheck;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>Random NetworkPolicies and cluster-wide policies.</summary>
internal sealed partial class RandomWorld
{
    private ImmutableArray<NetworkPolicyInfo> NetworkPolicies()
    {
        var result = ImmutableArray.CreateBuilder<NetworkPolicyInfo>();
        var count = Int(0, 5);
        for (var i = 0; i < count; i++)
        {
            // Rules 3–5: already defaulted; an Ingress-only policy may still carry an egress list.
            var types = Int(0, 3);
            var rules = ImmutableArray.CreateBuilder<EgressRule>();
            var ruleCount = Draw(Gen.Frequency((15, Gen.Const(0)), (40, Gen.Const(1)), (30, Gen.Const(2)), (15, Gen.Const(3))));
            for (var r = 0; r < ruleCount; r++)
            {
                var to = Chance(30) ? [] : Many(1, 3, NetworkPolicyPeer);
                var ports = Chance(35) ? [] : Many(1, 3, () => PortMatch(namedAllowed: true));
                rules.Add(new EgressRule(r, to, ports));
            }

            result.Add(new NetworkPolicyInfo
            {
                Namespace = Pick(_namespaces),
                Name = $"np{i}",
                PodSelector = Chance(40) ? LabelSelector.Everything : Selector(PodKeys),
                AppliesToIngress = types != 1,
                AppliesToEgress = types != 2,
                Egress = rules.ToImmutable(),
            });
        }

        return result.ToImmutable();
    }

    private NetworkPolicyPeer NetworkPolicyPeer()
    {
        var kind = Int(0, 99);
        if (kind < 45)
        {
            var (set, text) = IpBlock();
            return new NetworkPolicyPeer { IpBlock = set, IpBlockText = text };
        }

        if (kind < 65)
        {
            return new NetworkPolicyPeer { PodSelector = Selector(PodKeys) };
        }

        if (kind < 85)
        {
            return new NetworkPolicyPeer { NamespaceSelector = NamespaceSelector() };
        }

        return new NetworkPolicyPeer { NamespaceSelector = NamespaceSelector(), PodSelector = Selector(PodKeys) };
    }

    private ImmutableArray<AdminPolicyInfo> AdminPolicies()
    {
        var result = ImmutableArray.CreateBuilder<AdminPolicyInfo>();
        var count = Int(0, 4);
        var haveBanp = false;
        for (var i = 0; i < count; i++)
        {
            var tier = Chance(55) ? AdminTier.Admin : AdminTier.Baseline;
            var isBanp = tier == AdminTier.Baseline && !haveBanp && Chance(60);
            haveBanp |= isBanp;
            var isAnp = tier == AdminTier.Admin && Chance(40);
            var rules = ImmutableArray.CreateBuilder<AdminRule>();
            for (var r = 0; r < Int(0, 3); r++)
            {
                rules.Add(AdminRule(r, allowPass: !isBanp));
            }

            result.Add(new AdminPolicyInfo
            {
                Kind = isBanp ? "BaselineAdminNetworkPolicy" : isAnp ? "AdminNetworkPolicy" : "ClusterNetworkPolicy",
                ApiVersion = isBanp || isAnp ? "policy.networking.k8s.io/v1alpha1" : "policy.networking.k8s.io/v1alpha2",
                Name = isBanp ? "default" : $"ap{i}",
                Tier = tier,
                Priority = isBanp ? 0 : Pick([0, 0, 5, 10, 10, 1000]),
                Subject = Chance(60)
                    ? AdminSubject.OfNamespaces(NamespaceSelector())
                    : AdminSubject.OfPods(NamespaceSelector(), Selector(PodKeys)),
                Egress = rules.ToImmutable(),
            });
        }

        return result.ToImmutable();
    }

    private AdminRule AdminRule(int index, bool allowPass)
    {
        // Rule 48: the BANP has Allow and Deny only.
        var action = allowPass ? Pick([AdminAction.Accept, AdminAction.Deny, AdminAction.Pass]) : Pick([AdminAction.Accept, AdminAction.Deny]);
        var to = Many(1, 2, AdminPeer);

        // Rule 50: CEL forbids namedPort with networks, nodes and domainNames peers.
        var namedAllowed = to.All(p => p.Kind is AdminPeerKind.Namespaces or AdminPeerKind.Pods or AdminPeerKind.Unknown);
        var ports = Chance(50) ? [] : Many(1, 2, () => PortMatch(namedAllowed));
        return new AdminRule(index, Chance(50) ? $"rule-{index}" : null, action, to, ports);
    }

    private AdminPeer AdminPeer()
    {
        var kind = Draw(Gen.Frequency(
            (20, Gen.Const(AdminPeerKind.Namespaces)), (20, Gen.Const(AdminPeerKind.Pods)), (10, Gen.Const(AdminPeerKind.Nodes)),
            (35, Gen.Const(AdminPeerKind.Networks)), (7, Gen.Const(AdminPeerKind.DomainNames)), (8, Gen.Const(AdminPeerKind.Unknown))));
        switch (kind)
        {
            case AdminPeerKind.Namespaces:
                return new AdminPeer(kind) { NamespaceSelector = NamespaceSelector() };
            case AdminPeerKind.Pods:
                return new AdminPeer(kind) { NamespaceSelector = NamespaceSelector(), PodSelector = Selector(PodKeys) };
            case AdminPeerKind.Nodes:
                return new AdminPeer(kind) { NodeSelector = Chance(30) ? LabelSelector.Everything : Selector(["role"], ["worker", "infra"]) };
            case AdminPeerKind.Networks:
                var cidrs = Many(1, 3, Cidr);
                var set = cidrs.Aggregate(IpSet.Empty, (s, c) => s.Union(IpSet.Of(c)));
                return new AdminPeer(kind) { Networks = set, Texts = [.. cidrs.Select(c => c.ToString())] };
            case AdminPeerKind.DomainNames:
                return new AdminPeer(kind) { Texts = ["metadata.google.internal"] };
            default:
                return new AdminPeer(AdminPeerKind.Unknown);
        }
    }
}
