using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Cilium;

/// <summary>egress / egressDeny rules: toEndpoints, toCIDR, toCIDRSet, toEntities and toPorts (rules 57–59).</summary>
internal static class CiliumRules
{
    private const string Rule = "59";

    public static ImmutableArray<CiliumRule> Convert(IList<CiliumRuleSpec?>? rules, bool deny, string path, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<CiliumRule>();
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            result.Add(One(rules?[i] ?? new CiliumRuleSpec(), i, deny, $"{path}[{i}]", problems));
        }

        return result.ToImmutable();
    }

    private static CiliumRule One(CiliumRuleSpec spec, int index, bool deny, string path, ObjectProblems problems)
    {
        foreach (var (field, value) in new[] { ("toFQDNs", spec.ToFqdns), ("toServices", spec.ToServices), ("toGroups", spec.ToGroups), ("toRequires", spec.ToRequires), ("toNodes", spec.ToNodes), ("icmps", spec.Icmps) })
        {
            if (value is { ValueKind: not JsonValueKind.Null })
            {
                problems.Reject($"{path}.{field}", Rule, $"{field} is not evaluated by MetaFence; expected toEndpoints, toCIDR, toCIDRSet, toEntities or toPorts");
            }
        }

        var text = new List<string>();
        var endpoints = ImmutableArray.CreateBuilder<Core.Selectors.LabelSelector>();
        for (var i = 0; i < (spec.ToEndpoints?.Count ?? 0); i++)
        {
            endpoints.Add(CiliumPolicyConverter.Selector(spec.ToEndpoints?[i], $"{path}.toEndpoints[{i}]", problems));
            text.Add($"endpoints {endpoints[^1]}");
        }

        return new CiliumRule(index, deny)
        {
            ToEndpoints = endpoints.ToImmutable(),
            ToCidr = Cidrs(spec, path, text, problems),
            ToEntities = Entities(spec.ToEntities, path + ".toEntities", text, problems),
            Ports = CiliumPorts.Convert(spec.ToPorts, deny, path + ".toPorts", problems),
            Text = text.Count == 0 ? (spec.ToPorts is { Count: > 0 } ? "any destination" : "nothing (an empty rule)") : string.Join("; ", text),
            Location = problems.Site.At(path),
        };
    }

    private static IpSet? Cidrs(CiliumRuleSpec spec, string path, List<string> text, ObjectProblems problems)
    {
        if (spec.ToCidr is null && spec.ToCidrSet is null)
        {
            return null;
        }

        var set = IpSet.Empty;
        for (var i = 0; i < (spec.ToCidr?.Count ?? 0); i++)
        {
            if (CidrReader.Read(spec.ToCidr?[i], $"{path}.toCIDR[{i}]", Rule, problems) is { } cidr)
            {
                set = set.Union(IpSet.Of(cidr));
                text.Add($"toCIDR {cidr}");
            }
        }

        for (var i = 0; i < (spec.ToCidrSet?.Count ?? 0); i++)
        {
            var at = $"{path}.toCIDRSet[{i}]";
            var entry = spec.ToCidrSet?[i] ?? new CiliumCidrSetSpec();
            if (entry.CidrGroupRef is { ValueKind: not JsonValueKind.Null })
            {
                problems.Reject(at + ".cidrGroupRef", Rule, "cidrGroupRef is not evaluated by MetaFence; expected cidr");
                continue;
            }

            if (CidrReader.Read(entry.Cidr, at + ".cidr", Rule, problems) is not { } cidr)
            {
                continue;
            }

            var except = IpSet.Empty;
            for (var e = 0; e < (entry.Except?.Count ?? 0); e++)
            {
                if (CidrReader.Read(entry.Except?[e], $"{at}.except[{e}]", Rule, problems) is { } excluded)
                {
                    except = except.Union(IpSet.Of(excluded));
                }
            }

            set = set.Union(IpSet.Of(cidr).Except(except));
            text.Add(entry.Except is { Count: > 0 } ? $"toCIDRSet {cidr} except {string.Join(", ", entry.Except)}" : $"toCIDRSet {cidr}");
        }

        return set;
    }

    private static ImmutableArray<CiliumEntity> Entities(IList<string?>? entities, string path, List<string> text, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<CiliumEntity>();
        for (var i = 0; i < (entities?.Count ?? 0); i++)
        {
            CiliumEntity? entity = entities?[i] switch
            {
                "all" => CiliumEntity.All,
                "world" => CiliumEntity.World,
                "world-ipv4" => CiliumEntity.WorldIpv4,
                "world-ipv6" => CiliumEntity.WorldIpv6,
                "cluster" => CiliumEntity.Cluster,
                "host" => CiliumEntity.Host,
                "remote-node" => CiliumEntity.RemoteNode,
                _ => null,
            };
            if (entity is { } known)
            {
                result.Add(known);
                text.Add($"entity {entities?[i]}");
            }
            else
            {
                var shown = entities?[i] is { } name ? ValueText.Quote(name) : "nothing";
                problems.Reject($"{path}[{i}]", Rule, $"{shown} is not an entity MetaFence evaluates; expected all, world, world-ipv4, world-ipv6, cluster, host or remote-node");
            }
        }

        return result.ToImmutable();
    }
}
