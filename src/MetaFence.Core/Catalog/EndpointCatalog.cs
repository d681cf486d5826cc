using System.Collections.Immutable;

namespace MetaFence.Core.Catalog;

/// <summary>The endpoint catalog of DESIGN.md, every entry with its source.</summary>
public static class EndpointCatalog
{
    public static ImmutableArray<Endpoint> All { get; } = [];

    /// <summary>Every provider name <c>--provider</c> accepts, sorted.</summary>
    public static ImmutableArray<string> Providers { get; } = [];

    /// <summary>The endpoints of the given providers (all when none are given).</summary>
    public static ImmutableArray<Endpoint> ForProviders(IReadOnlyCollection<string> providers) => throw new NotImplementedException();
}
