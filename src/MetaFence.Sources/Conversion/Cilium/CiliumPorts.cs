using System.Collections.Immutable;
using System.Globalization;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Cilium;

/// <summary><c>toPorts[].ports[]</c>: port (number, name, or 0 = all), endPort, protocol (TCP, UDP, SCTP or ANY).</summary>
internal static class CiliumPorts
{
    private const string Rule = "59";

    public static ImmutableArray<PortMatch> Convert(IList<CiliumPortRuleSpec?>? toPorts, bool deny, string path, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<PortMatch>();
        for (var i = 0; i < (toPorts?.Count ?? 0); i++)
        {
            var entry = toPorts?[i] ?? new CiliumPortRuleSpec();
            if (entry.Rules is { ValueKind: not System.Text.Json.JsonValueKind.Null })
            {
                var problem = deny ? "L7 rules are not allowed in egressDeny; expected ports only" : "L7 rules are not evaluated by MetaFence; the ports are read as an L4 allow";
                if (deny)
                {
                    problems.Reject($"{path}[{i}].rules", Rule, problem);
                }
                else
                {
                    problems.Warn($"{path}[{i}].rules", Rule, problem);
                }
            }

            for (var p = 0; p < (entry.Ports?.Count ?? 0); p++)
            {
                result.AddRange(Port(entry.Ports?[p] ?? new CiliumPortSpec(), $"{path}[{i}].ports[{p}]", problems));
            }
        }

        return result.ToImmutable();
    }

    private static IEnumerable<PortMatch> Port(CiliumPortSpec spec, string path, ObjectProblems problems)
    {
        Protocol[] protocols = spec.Protocol?.ToUpperInvariant() switch
        {
            null or "" or "ANY" => [Protocol.TCP, Protocol.UDP, Protocol.SCTP],
            "TCP" => [Protocol.TCP],
            "UDP" => [Protocol.UDP],
            "SCTP" => [Protocol.SCTP],
            _ => [],
        };
        if (protocols.Length == 0)
        {
            problems.Reject(path + ".protocol", Rule, $"{ValueText.Quote(spec.Protocol ?? "")} is not a protocol MetaFence evaluates; expected TCP, UDP, SCTP or ANY");
            return [];
        }

        var text = spec.Port ?? "0";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535)
        {
            if (spec.EndPort is { } end && (end < number || end > 65535))
            {
                problems.Reject(path + ".endPort", Rule, string.Create(CultureInfo.InvariantCulture, $"{end} is not a port at or after {number}; expected a number up to 65535"));
                return [];
            }

            return protocols.Select(p => number == 0 ? new PortMatch(p) : new PortMatch(p, number, spec.EndPort));
        }

        if (text.Length > 0 && char.IsLetter(text[0]))
        {
            return protocols.Select(p => new PortMatch(p, NamedPort: text));
        }

        problems.Reject(path + ".port", Rule, $"{ValueText.Quote(text)} is not a port; expected a number 0-65535 or a port name");
        return [];
    }
}
