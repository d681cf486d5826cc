using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using k8s.Models;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// NetworkPolicy <c>ports</c> to <see cref="PortMatch"/> (rules 30–34), validated as
/// <c>ValidateNetworkPolicyPort</c> does: protocol, port number or name, endPort.
/// </summary>
internal static class NetworkPolicyPorts
{
    public const string PortExpected = "expected a number 1-65535 or a port name";

    /// <summary>Reads the raw value of <c>port</c> too: the model cannot tell <c>80</c> from <c>"80"</c>.</summary>
    public static ImmutableArray<PortMatch> Convert(IList<V1NetworkPolicyPort>? ports, JsonElement raw, string path, ObjectProblems problems)
    {
        var result = ImmutableArray.CreateBuilder<PortMatch>();
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var portPath = FieldPath.Index(path, i);
            if (Convert(ports?[i] ?? new V1NetworkPolicyPort(), raw, portPath, problems) is { } match)
            {
                result.Add(match);
            }
        }

        return result.ToImmutable();
    }

    private static PortMatch? Convert(V1NetworkPolicyPort port, JsonElement raw, string path, ObjectProblems problems)
    {
        // Rules 31 and 35: protocol defaults to TCP; only TCP, UDP and SCTP exist.
        if (!ContainerPorts.TryProtocol(port.Protocol, out var protocol))
        {
            problems.Reject(path + ".protocol", "35", $"{ValueText.Quote(port.Protocol ?? "")} is not a supported protocol; expected TCP, UDP or SCTP");
            return null;
        }

        JsonNavigator.TryGet(raw, path + ".port", out var value);
        var (number, name) = Port(value, path + ".port", problems);
        var end = EndPort(port.EndPort, number, name is not null, path, problems);
        return problems.IsRejected ? null : new PortMatch(protocol, number, end, name);
    }

    /// <summary>Rule 32: no port is every port; a number must be 1–65535 (rule 33); a string is a name (rule 34).</summary>
    private static (int? Number, string? Name) Port(JsonElement value, string path, ObjectProblems problems)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (value.TryGetInt32(out var number) && number is >= 1 and <= 65535)
            {
                return (number, null);
            }

            problems.Reject(path, "33", $"{value.GetRawText()} is not a valid port; {PortExpected}");
        }
        else if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text)
        {
            if (PortNames.IsValid(text))
            {
                return (null, text);
            }

            var hint = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $" (write {text} without quotes)" : "";
            problems.Reject(path, "34", $"{ValueText.Quote(text)} is not a valid port; {PortExpected}{hint}");
        }

        return (null, null);
    }

    /// <summary>Rule 33: endPort needs a numeric port, at least that port, at most 65535.</summary>
    private static int? EndPort(int? endPort, int? port, bool named, string path, ObjectProblems problems)
    {
        if (endPort is not { } end)
        {
            return null;
        }

        var at = path + ".endPort";
        var problem = named ? "endPort cannot follow a named port; expected a numeric port with endPort"
            : port is not { } start ? "endPort needs a port; expected port to be set to the first port of the range"
            : end is < 1 or > 65535 ? string.Create(CultureInfo.InvariantCulture, $"{end} is not a valid port; expected a number 1-65535")
            : end < start ? string.Create(CultureInfo.InvariantCulture, $"{end} is less than port {start}; expected a number from {start} to 65535")
            : null;
        if (problem is not null)
        {
            problems.Reject(at, "33", problem);
            return null;
        }

        return end;
    }
}
