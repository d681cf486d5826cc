using System.Collections.Immutable;
using MetaFence.Core.Net;

namespace MetaFence.Core.Catalog;

/// <summary>
/// The endpoint catalog of DESIGN.md, every entry with its source. Entries of provider
/// <see cref="AnyProvider"/> (NodeLocal DNSCache) apply whichever providers are chosen.
/// </summary>
public static partial class EndpointCatalog
{
    public const string AnyProvider = "kubernetes";

    public static ImmutableArray<Endpoint> All { get; } = [.. CredentialSources(), .. NeededServices()];

    /// <summary>Every provider name <c>--provider</c> accepts, sorted.</summary>
    public static ImmutableArray<string> Providers { get; } =
        [.. All.SelectMany(e => e.Providers).Where(p => p != AnyProvider).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The endpoints of the given providers (all when none are given), in catalog order.</summary>
    public static ImmutableArray<Endpoint> ForProviders(IReadOnlyCollection<string> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        if (providers.Count == 0)
        {
            return All;
        }

        var chosen = providers.Select(p => p.ToLowerInvariant()).Append(AnyProvider).ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(e => e.Providers.Any(chosen.Contains))];
    }

    /// <summary>True when <paramref name="provider"/> is a known provider name (case-insensitive).</summary>
    public static bool IsKnownProvider(string provider) =>
        Providers.Contains(provider.ToLowerInvariant(), StringComparer.Ordinal);

    private static Endpoint Make(
        string id, string providers, EndpointRole role, string description, string addresses, string ports, string source, string? needs = null) =>
        new()
        {
            Id = id,
            Providers = [.. providers.Split(' ')],
            Role = role,
            Description = description,
            Addresses = [.. addresses.Split(' ').Select(ParseAddress)],
            Ports = [.. ports.Split(' ').Select(ParsePort)],
            Source = source,
            Needs = needs,
        };

    private static IpAddress ParseAddress(string text) =>
        IpAddress.TryParse(text, out var address) ? address : throw new InvalidOperationException($"bad catalog address {text}");

    private static ServicePort ParsePort(string text)
    {
        var parts = text.Split('/');
        return new ServicePort(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<Protocol>(parts[1]));
    }
}
