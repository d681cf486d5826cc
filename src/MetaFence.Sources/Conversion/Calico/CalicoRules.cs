using System.Collections.Immutable;
using System.Text.Json;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Calico;

/// <summary>Egress rules (rule 53): action, protocol, destination nets/notNets/selectors/ports.</summary>
internal static class CalicoRules
{
    private const string Rule = "53";

    public static ImmutableArray<CalicoRule> Convert(IList<CalicoRuleSpec?>? rules, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<CalicoRule>();
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            if (Rule1(rules?[i] ?? new CalicoRuleSpec(), i, $"spec.egress[{i}]", problems) is { } rule)
            {
                result.Add(rule);
            }
        }

        return result.ToImmutable();
    }

    private static CalicoRule? Rule1(CalicoRuleSpec spec, int index, string path, ObjectProblems problems)
    {
        CalicoAction? action = spec.Action switch
        {
            "Allow" => CalicoAction.Allow,
            "Deny" => CalicoAction.Deny,
            "Log" => CalicoAction.Log,
            "Pass" => CalicoAction.Pass,
            _ => null,
        };
        if (action is null)
        {
            var shown = spec.Action is null ? "the action is missing" : $"{ValueText.Quote(spec.Action)} is not an action";
            problems.Reject(path + ".action", Rule, $"{shown}; expected Allow, Deny, Log or Pass");
            return null;
        }

        Unsupported(path, problems, ("notProtocol", spec.NotProtocol), ("icmp", spec.Icmp), ("notICMP", spec.NotICMP), ("http", spec.Http));
        if (spec.Source is not null)
        {
            problems.Reject(path + ".source", Rule, "egress source matching is not evaluated by MetaFence; expected no source in egress rules");
        }

        var protocol = Protocol(spec.Protocol, path + ".protocol", problems);
        var destination = spec.Destination ?? new CalicoEntitySpec();
        var at = path + ".destination";
        Unsupported(at, problems, ("notPorts", Present(destination.NotPorts)), ("serviceAccounts", destination.ServiceAccounts), ("services", destination.Services));
        if (destination.NotSelector is not null)
        {
            problems.Reject(at + ".notSelector", Rule, "notSelector is not evaluated by MetaFence; expected selector with ! instead");
        }

        var ports = CalicoPorts.Convert(destination.Ports, protocol, at + ".ports", problems);
        var text = new List<string>();
        var rule = new CalicoRule(index, action.Value)
        {
            Protocol = protocol,
            Nets = Nets(destination.Nets, at + ".nets", "nets", text, problems),
            NotNets = Nets(destination.NotNets, at + ".notNets", "notNets", text, problems),
            Selector = destination.Selector is null ? null : CalicoPolicyConverter.Selector(destination.Selector, at + ".selector", problems),
            NamespaceSelector = destination.NamespaceSelector is null ? null : CalicoPolicyConverter.Selector(destination.NamespaceSelector, at + ".namespaceSelector", problems),
            Ports = ports,
            Location = problems.Site.At(path),
        };
        if (rule.Selector is not null)
        {
            text.Add($"selector {rule.Selector}");
        }

        if (rule.NamespaceSelector is not null)
        {
            text.Add($"namespaceSelector {rule.NamespaceSelector}");
        }

        return rule with { Text = text.Count == 0 ? "any destination" : string.Join(" and ", text) };
    }

    private static IpSet? Nets(IList<string?>? nets, string path, string name, List<string> text, ObjectProblems problems)
    {
        if (nets is null)
        {
            return null;
        }

        var ranges = new List<IpRange>();
        for (var i = 0; i < nets.Count; i++)
        {
            if (CidrReader.Read(nets[i], $"{path}[{i}]", Rule, problems) is { } cidr)
            {
                ranges.Add(cidr.Range);
            }
        }

        text.Add($"{name} {string.Join(", ", nets)}");
        return IpSet.Of(ranges);
    }

    /// <summary>Names (TCP, UDP, SCTP) or numbers (6, 17, 132); others (ICMP…) never match TCP/UDP/SCTP questions and are refused.</summary>
    private static Protocol? Protocol(JsonElement? value, string path, ObjectProblems problems)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = element.ValueKind == JsonValueKind.Number ? element.GetRawText() : element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        switch (text?.ToUpperInvariant())
        {
            case "TCP" or "6":
                return Core.Net.Protocol.TCP;
            case "UDP" or "17":
                return Core.Net.Protocol.UDP;
            case "SCTP" or "132":
                return Core.Net.Protocol.SCTP;
            default:
                problems.Reject(path, Rule, $"{ValueText.Describe(element)} is not a protocol MetaFence evaluates; expected TCP, UDP or SCTP");
                return null;
        }
    }

    private static JsonElement? Present<T>(IList<T>? list) => list is null ? null : default(JsonElement);

    private static void Unsupported(string path, ObjectProblems problems, params (string Field, JsonElement? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (value is { ValueKind: not JsonValueKind.Null })
            {
                problems.Reject($"{path}.{field}", Rule, $"{field} is not evaluated by MetaFence; expected a rule without {field}");
            }
        }
    }
}
