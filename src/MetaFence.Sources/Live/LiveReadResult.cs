using System.Collections.Immutable;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Live;

/// <summary>
/// What a live read gave: the snapshot and load diagnostics (as from files), the resources listed,
/// the ones RBAC refused, and the optional policy resources the cluster does not serve.
/// </summary>
public sealed record LiveReadResult(
    LoadResult Load,
    ImmutableArray<LiveResource> Listed,
    ImmutableArray<LiveRefusal> Refused,
    ImmutableArray<LiveResource> NotServed)
{
    /// <summary>Every page read, in resource order, for <see cref="LiveDump"/>.</summary>
    internal ImmutableArray<ResourceListing> Listings { get; init; } = [];

    /// <summary>How many objects were read in all.</summary>
    public int Items => Listings.Sum(l => l.Items);

    /// <summary>Writes what was read as one <c>v1 List</c> that <c>audit -f</c> replays (see <see cref="LiveDump"/>).</summary>
    public void WriteDump(Stream stream) => LiveDump.Write(stream, Listings, Load.Snapshot.Unreadable);
}
