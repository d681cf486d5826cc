using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;
using MetaFence.Imds.Net;

namespace MetaFence.Imds.Probe;

/// <summary>
/// The check list, built once from the endpoint catalog and shared by the prober and the
/// generated script: for each distinct address and port of the chosen credential endpoints a
/// TCP connect, then the HTTP checks of the endpoints that listen there (on port 80, or on an
/// overridden port), then DNS and egress. Problems (an unknown override id, a target nothing
/// listens at) come back as values, one message each.
/// </summary>
public static class ProbePlan
{
    /// <summary>The HTTP checks each endpoint gets, by catalog id.</summary>
    private static readonly ImmutableDictionary<string, ImmutableArray<CheckKind>> HttpChecks =
        new Dictionary<string, ImmutableArray<CheckKind>>(StringComparer.Ordinal)
        {
            ["aws-imds"] = [CheckKind.Imdsv1Credentials, CheckKind.Imdsv2Credentials],
            ["gcp-metadata"] = [CheckKind.ServiceAccountToken],
            ["azure-imds"] = [CheckKind.ManagedIdentityToken],
        }.ToImmutableDictionary(StringComparer.Ordinal);

    public static ImmutableArray<ProbeCheck> Build(ProbeSettings settings, out ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var found = ImmutableArray.CreateBuilder<string>();
        var endpoints = EndpointCatalog.ForProviders(settings.Providers)
            .Where(e => e.Role == EndpointRole.CredentialSource)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var unknown in settings.Overrides.Where(o => endpoints.All(e => e.Id != o.EndpointId)))
        {
            found.Add($"--endpoint-override {unknown.EndpointId}: not a credential endpoint of the chosen providers; expected one of "
                + string.Join(", ", endpoints.Select(e => e.Id)));
        }

        var destinations = endpoints.SelectMany(e => Destinations(e, settings)).ToList();
        if (!settings.Targets.IsEmpty)
        {
            foreach (var target in settings.Targets.Where(t => !destinations.Any(d => Matches(t, d.Address, d.Port))))
            {
                found.Add($"--target {target}: none of the chosen endpoints listens there");
            }

            destinations = [.. destinations.Where(d => settings.Targets.Any(t => Matches(t, d.Address, d.Port)))];
        }

        var checks = ImmutableArray.CreateBuilder<ProbeCheck>();
        foreach (var place in destinations.GroupBy(d => (d.Address, d.Port)))
        {
            var address = place.Key.Address.ToString();
            checks.Add(new ProbeCheck(CheckKind.TcpConnect, string.Join(",", place.Select(d => d.Endpoint.Id)), address, place.Key.Port));
            foreach (var (endpoint, _, port, overridden) in place)
            {
                if (HttpChecks.TryGetValue(endpoint.Id, out var kinds) && (overridden || port == 80))
                {
                    checks.AddRange(kinds.Select(kind => new ProbeCheck(kind, endpoint.Id, address, port)));
                }
            }
        }

        if (settings.DnsName is { } name)
        {
            checks.Add(new ProbeCheck(CheckKind.Dns, "dns", name, 53));
        }

        if (settings.Egress is { } egress)
        {
            checks.Add(new ProbeCheck(CheckKind.Egress, "egress", egress.Address?.ToString() ?? egress.Host, egress.Port ?? 443));
        }

        problems = found.ToImmutable();
        return checks.ToImmutable();
    }

    private static IEnumerable<(Endpoint Endpoint, IPAddress Address, int Port, bool Overridden)> Destinations(Endpoint endpoint, ProbeSettings settings)
    {
        var overrides = settings.Overrides.Where(o => o.EndpointId == endpoint.Id).ToList();
        if (overrides.Count > 0)
        {
            return overrides.Select(o => (endpoint, o.Address, o.Port, true));
        }

        return endpoint.Addresses
            .Select(a => IPAddress.Parse(a.ToString()))
            .Where(a => !settings.Providers.IsEmpty || StaysOnTheNode(a))
            .SelectMany(a => endpoint.Ports.Where(p => p.Protocol == Protocol.TCP).Select(p => (endpoint, a, p.Number, false)));
    }

    /// <summary>
    /// Link-local (169.254.0.0/16, fe80::/10) and unique-local (fc00::/7) addresses: probing them
    /// sends nothing to the internet. <c>--provider all</c> probes only these; naming a provider
    /// adds its other addresses (Alibaba 100.100.100.200, Azure WireServer 168.63.129.16, …).
    /// </summary>
    private static bool StaysOnTheNode(IPAddress address) => address.AddressFamily == AddressFamily.InterNetwork
        ? address.GetAddressBytes() is [169, 254, _, _]
        : address.IsIPv6LinkLocal || address.IsIPv6UniqueLocal;

    private static bool Matches(HostPort target, IPAddress address, int port) =>
        target.Address is { } wanted && wanted.Equals(address) && (target.Port is null || target.Port == port);
}
