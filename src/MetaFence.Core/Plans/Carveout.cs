using System.Collections.Immutable;
using MetaFence.Core.Catalog;
using MetaFence.Core.Net;

namespace MetaFence.Core.Plans;

/// <summary>
/// A needed service whose address the fence blocks (GKE Cloud DNS on 169.254.169.254:53, NodeLocal
/// DNS under <c>--scope link-local</c>): re-allowed by address and port, never the credential ports.
/// </summary>
public sealed record Carveout(Endpoint Service, ImmutableArray<Cidr> Cidrs, ImmutableArray<ServicePort> Ports);
