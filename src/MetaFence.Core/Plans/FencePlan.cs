using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>What <c>generate</c> will write, before rendering: one <see cref="StylePlan"/> per requested style.</summary>
public sealed record FencePlan(FenceRequest Request, FenceTargets Targets, BlockList Blocks, ImmutableArray<StylePlan> Styles)
{
    /// <summary>Things people should know that are not errors (stderr), e.g. hostNetwork workloads Pod Security will refuse.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
