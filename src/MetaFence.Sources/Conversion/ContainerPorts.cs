using System.Collections.Immutable;
using System.Globalization;
using k8s.Models;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// The container ports of a pod spec, from every container including init and sidecar
/// containers: what named NetworkPolicy ports refer to (rule 34).
/// </summary>
internal static class ContainerPorts
{
    public static ImmutableArray<ContainerPort> Of(V1PodSpec? spec, string specPath, ObjectSite site, DiagnosticList diagnostics)
    {
        var ports = ImmutableArray.CreateBuilder<ContainerPort>();
        Add(spec?.Containers, FieldPath.Join(specPath, "containers"), ports, site, diagnostics);
        Add(spec?.InitContainers, FieldPath.Join(specPath, "initContainers"), ports, site, diagnostics);
        return ports.ToImmutable();
    }

    private static void Add(IList<V1Container>? containers, string path, ImmutableArray<ContainerPort>.Builder ports, ObjectSite site, DiagnosticList diagnostics)
    {
        for (var c = 0; c < (containers?.Count ?? 0); c++)
        {
            var declared = containers?[c]?.Ports ?? [];
            for (var p = 0; p < declared.Count; p++)
            {
                var port = declared[p];
                var portPath = FieldPath.Index(FieldPath.Index(path, c) + ".ports", p);
                if (port is null)
                {
                    continue;
                }

                if (!TryProtocol(port.Protocol, out var protocol))
                {
                    diagnostics.Warning(site.At(portPath + ".protocol"), $"{ValueText.Quote(port.Protocol ?? "")} is not a protocol", "TCP, UDP or SCTP; the port is ignored");
                }
                else if (port.ContainerPort is < 1 or > 65535)
                {
                    diagnostics.Warning(site.At(portPath + ".containerPort"),
                        string.Create(CultureInfo.InvariantCulture, $"{port.ContainerPort} is not a valid port"), "a number 1-65535; the port is ignored");
                }
                else
                {
                    ports.Add(new ContainerPort(string.IsNullOrEmpty(port.Name) ? null : port.Name, port.ContainerPort, protocol));
                }
            }
        }
    }

    /// <summary>Rule 31 and 35: absent means TCP; TCP, UDP and SCTP are the only protocols, case-sensitive.</summary>
    public static bool TryProtocol(string? text, out Protocol protocol)
    {
        protocol = text switch
        {
            null or "TCP" => Protocol.TCP,
            "UDP" => Protocol.UDP,
            "SCTP" => Protocol.SCTP,
            _ => Protocol.TCP,
        };
        return text is null or "TCP" or "UDP" or "SCTP";
    }
}
