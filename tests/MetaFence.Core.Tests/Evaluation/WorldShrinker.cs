using System.Collections.Immutable;
using MetaFence.Core.Evaluation;
using MetaFence.Core.Net;
using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// Greedy delta debugging for a <see cref="Disagreement"/>: drops policies, rules, peers, ports,
/// CIDRs, pods, IPs, nodes, namespaces and labels, and widens selectors to <c>{}</c>, one step at a
/// time while a disagreement of the same kind remains, so the report shows a minimal world.
/// </summary>
internal static class WorldShrinker
{
    public static Disagreement Shrink(Disagreement found)
    {
        var current = found;
        for (var round = 0; round < 50; round++)
        {
            var smaller = Candidates(current.Snapshot, current.Subject)
                .Select(s => Retry(s, current))
                .FirstOrDefault(d => d is not null);
            if (smaller is null)
            {
                return current;
            }

            current = smaller;
        }

        return current;
    }

    private static Disagreement? Retry(ClusterSnapshot snapshot, Disagreement previous)
    {
        var subject = snapshot.Pods.FirstOrDefault(p => p.Namespace == previous.Subject.Namespace && p.Name == previous.Subject.Name);
        if (subject is null)
        {
            return null;
        }

        var found = Disagreement.Between(new EgressEngine(snapshot), new ReferenceEvaluator(snapshot), subject, previous.Destination);
        return found is not null && found.Kind == previous.Kind ? found : null;
    }

    private static IEnumerable<ClusterSnapshot> Candidates(ClusterSnapshot s, PodInfo subject)
    {
        foreach (var i in Indexes(s.AdminPolicies))
        {
            yield return s with { AdminPolicies = s.AdminPolicies.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.NetworkPolicies))
        {
            yield return s with { NetworkPolicies = s.NetworkPolicies.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Pods).Where(i => s.Pods[i].Namespace != subject.Namespace || s.Pods[i].Name != subject.Name))
        {
            yield return s with { Pods = s.Pods.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Nodes))
        {
            yield return s with { Nodes = s.Nodes.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.Namespaces))
        {
            yield return s with { Namespaces = s.Namespaces.RemoveAt(i) };
        }

        foreach (var i in Indexes(s.AdminPolicies))
        {
            foreach (var policy in Smaller(s.AdminPolicies[i]))
            {
                yield return s with { AdminPolicies = s.AdminPolicies.SetItem(i, policy) };
            }
        }

        foreach (var i in Indexes(s.NetworkPolicies))
        {
            foreach (var policy in Smaller(s.NetworkPolicies[i]))
            {
                yield return s with { NetworkPolicies = s.NetworkPolicies.SetItem(i, policy) };
            }
        }

        foreach (var i in Indexes(s.Pods))
        {
            foreach (var pod in Smaller(s.Pods[i]))
            {
                yield return s with { Pods = s.Pods.SetItem(i, pod) };
            }
        }
    }

    private static IEnumerable<AdminPolicyInfo> Smaller(AdminPolicyInfo policy)
    {
        var subject = policy.Subject;
        if (subject.Namespaces is { IsEverything: false } || subject.PodNamespaceSelector is not null)
        {
            yield return policy with { Subject = AdminSubject.OfNamespaces(LabelSelector.Everything) };
        }

        foreach (var r in Indexes(policy.Egress))
        {
            yield return policy with { Egress = Renumber(policy.Egress.RemoveAt(r)) };
        }

        foreach (var r in Indexes(policy.Egress))
        {
            var rule = policy.Egress[r];
            foreach (var p in Indexes(rule.To).Where(_ => rule.To.Length > 1))
            {
                yield return policy with { Egress = policy.Egress.SetItem(r, rule with { To = rule.To.RemoveAt(p) }) };
            }

            foreach (var p in Indexes(rule.Ports))
            {
                yield return policy with { Egress = policy.Egress.SetItem(r, rule with { Ports = rule.Ports.RemoveAt(p) }) };
            }

            foreach (var p in Indexes(rule.To))
            {
                foreach (var peer in Smaller(rule.To[p]))
                {
                    yield return policy with { Egress = policy.Egress.SetItem(r, rule with { To = rule.To.SetItem(p, peer) }) };
                }
            }
        }
    }

    /// <summary>A networks peer with one CIDR fewer (rebuilt from its texts), or selectors that select everything.</summary>
    private static IEnumerable<AdminPeer> Smaller(AdminPeer peer)
    {
        if (peer.Kind == AdminPeerKind.Networks && peer.Texts.Length > 1)
        {
            foreach (var t in Indexes(peer.Texts))
            {
                var texts = peer.Texts.RemoveAt(t);
                var set = IpSet.Empty;
                foreach (var text in texts)
                {
                    set = Cidr.TryParse(text, out var cidr, out _) ? set.Union(IpSet.Of(cidr)) : set;
                }

                yield return peer with { Texts = texts, Networks = set };
            }
        }

        if (peer.NamespaceSelector is { IsEverything: false })
        {
            yield return peer with { NamespaceSelector = LabelSelector.Everything };
        }

        if (peer.PodSelector is { IsEverything: false })
        {
            yield return peer with { PodSelector = LabelSelector.Everything };
        }
    }

    private static IEnumerable<NetworkPolicyInfo> Smaller(NetworkPolicyInfo policy)
    {
        if (!policy.PodSelector.IsEverything)
        {
            yield return policy with { PodSelector = LabelSelector.Everything };
        }

        foreach (var r in Indexes(policy.Egress))
        {
            yield return policy with { Egress = [.. policy.Egress.RemoveAt(r).Select((e, i) => e with { Index = i })] };
        }

        foreach (var r in Indexes(policy.Egress))
        {
            var rule = policy.Egress[r];
            foreach (var p in Indexes(rule.To))
            {
                yield return policy with { Egress = policy.Egress.SetItem(r, rule with { To = rule.To.RemoveAt(p) }) };
            }

            foreach (var p in Indexes(rule.Ports))
            {
                yield return policy with { Egress = policy.Egress.SetItem(r, rule with { Ports = rule.Ports.RemoveAt(p) }) };
            }
        }
    }

    private static IEnumerable<PodInfo> Smaller(PodInfo pod)
    {
        foreach (var label in pod.Labels.Pairs)
        {
            yield return pod with { Labels = LabelSet.Of(pod.Labels.Pairs.Where(p => p.Key != label.Key)) };
        }

        foreach (var p in Indexes(pod.Ports))
        {
            yield return pod with { Ports = pod.Ports.RemoveAt(p) };
        }

        foreach (var ip in Indexes(pod.Ips).Where(_ => pod.Ips.Length > 1))
        {
            yield return pod with { Ips = pod.Ips.RemoveAt(ip) };
        }
    }

    private static ImmutableArray<AdminRule> Renumber(ImmutableArray<AdminRule> rules) => [.. rules.Select((r, i) => r with { Index = i })];

    private static IEnumerable<int> Indexes<T>(ImmutableArray<T> items) => Enumerable.Range(0, items.Length);
}
