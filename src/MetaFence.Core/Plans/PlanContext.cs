namespace MetaFence.Core.Plans;

/// <summary>What every style planner reads.</summary>
internal sealed record PlanContext(FenceRequest Request, FenceTargets Targets, BlockList Blocks);
