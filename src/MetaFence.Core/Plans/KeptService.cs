using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Plans;

/// <summary>
/// A needed service of the chosen providers that every style keeps reachable, the destinations
/// the self-check proves, and whether it needs a carve-out (its address is blocked) or is simply
/// never blocked.
/// </summary>
public sealed record KeptService(Endpoint Service, ImmutableArray<Destination> Destinations, bool IsCarvedOut);
