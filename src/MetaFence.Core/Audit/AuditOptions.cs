using System.Collections.Immutable;
using MetaFence.Core.Catalog;

namespace MetaFence.Core.Audit;

/// <summary>What <c>audit</c> checks: the chosen catalog endpoints (credential sources and needed services).</summary>
public sealed record AuditOptions(ImmutableArray<Endpoint> Endpoints);
