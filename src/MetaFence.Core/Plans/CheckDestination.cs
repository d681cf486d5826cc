using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Plans;

/// <summary>
/// A destination the self-check evaluates: a credential endpoint (must be blocked unless the
/// subject is kept) or something that must stay reachable (DNS, in-cluster, ordinary egress,
/// a needed service). <see cref="What"/> names it in messages.
/// </summary>
public sealed record CheckDestination(string What, Destination Destination, bool IsCredential);
