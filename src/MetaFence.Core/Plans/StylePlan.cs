using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>The objects one style writes, in output order.</summary>
public sealed record StylePlan(FenceStyle Style, ImmutableArray<PlannedObject> Objects);
