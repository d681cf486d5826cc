using k8s.Models;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>Nodes to <see cref="NodeInfo"/>: labels (for <c>nodes</c> peers), IP addresses, provider id.</summary>
internal static class NodeConverter
{
    public static NodeInfo Convert(V1Node node, ObjectIdentity id, ObjectSite site, DiagnosticList diagnostics)
    {
        var addresses = new List<IpAddress>();
        var listed = node.Status?.Addresses ?? [];
        for (var i = 0; i < listed.Count; i++)
        {
            var entry = listed[i];
            if (entry?.Address is not { Length: > 0 } text)
            {
                continue;
            }

            if (IpAddress.TryParse(text, out var ip))
            {
                if (!addresses.Contains(ip))
                {
                    addresses.Add(ip);
                }
            }
            else if (entry.Type is "InternalIP" or "ExternalIP")
            {
                diagnostics.Warning(site.At(FieldPath.Index("status.addresses", i) + ".address"),
                    $"{ValueText.Quote(text)} is not an IP address", "an IPv4 or IPv6 address; the address is ignored");
            }
        }

        static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
        var providerId = string.IsNullOrEmpty(node.Spec?.ProviderID) ? null : node.Spec.ProviderID;
        return new NodeInfo(id.Name, ObjectIdentity.Labels(node.Metadata?.Labels), [.. addresses], providerId)
        {
            Location = site.At(),
            ReportedOs = Blank(node.Status?.NodeInfo?.OperatingSystem),
            KubeletVersion = Blank(node.Status?.NodeInfo?.KubeletVersion),
        };
    }
}
