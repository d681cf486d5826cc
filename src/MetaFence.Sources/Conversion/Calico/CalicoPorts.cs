using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Calico;

/// <summary>Destination ports: numbers, <c>"first:last"</c> ranges and named ports; Calico needs a protocol for them.</summary>
internal static class CalicoPorts
{
    private const string Rule = "53";

    public static ImmutableArray<PortMatch> Convert(IList<JsonElement>? ports, Protocol? protocol, string path, ObjectProblems problems)
    {
        if (ports is null || ports.Count == 0)
        {
            return [];
        }

        if (protocol is not { } known)
        {
            problems.Reject(path, Rule, "ports need the rule's protocol; expected protocol TCP, UDP or SCTP on the rule");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PortMatch>();
        for (var i = 0; i < ports.Count; i++)
        {
            if (Port(ports[i], known, $"{path}[{i}]", problems) is { } match)
            {
                result.Add(match);
            }
        }

        return result.ToImmutable();
    }

    private static PortMatch? Port(JsonElement value, Protocol protocol, string path, ObjectProblems problems)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number is >= 0 and <= 65535)
        {
            return new PortMatch(protocol, number);
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
        var parts = text.Split(':');
        if (parts.Length == 2 && Parse(parts[0]) is { } first && Parse(parts[1]) is { } last && first <= last)
        {
            return new PortMatch(protocol, first, last);
        }

        if (parts.Length == 1 && Parse(text) is { } single)
        {
            return new PortMatch(protocol, single);
        }

        if (text.Length > 0 && char.IsLetter(text[0]) && parts.Length == 1)
        {
            return new PortMatch(protocol, NamedPort: text);
        }

        problems.Reject(path, Rule, $"{ValueText.Describe(value)} is not a port; expected a number 0-65535, a range such as \"8000:9000\" or a port name");
        return null;
    }

    private static int? Parse(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port : null;
}
