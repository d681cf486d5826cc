using System.Collections.Immutable;

namespace MetaFence.Sources.Live;

/// <summary>
/// What listing one resource gave: its pages (raw JSON list bodies, in order), or the reason RBAC
/// refused it, or nothing because the server no longer serves it.
/// </summary>
internal sealed record ResourceListing(LiveResource Resource, ImmutableArray<byte[]> Pages, string? RefusedBecause, bool Vanished)
{
    public int Items { get; init; }
}
