using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Tests.Plans;

/// <summary>
/// The --allow exclusion (SEMANTICS 7, 18): a pod is selected by some fence selector exactly when
/// no --allow matches it, over every label combination of a tiny universe.
/// </summary>
public sealed class FenceSelectorsTests
{
    private static readonly string[][] Universe =
    [
        [], ["app=agent"], ["app=web"], ["tier=ops"], ["app=agent", "tier=ops"], ["app=web", "tier=ops"], ["app=agent", "tier=dev"],
    ];

    [Theory]
    [InlineData("app=agent")]
    [InlineData("app!=web")]
    [InlineData("app=agent,tier=ops")]
    [InlineData("app in (agent,web); !tier")]
    [InlineData("app=agent,tier; app=web")]
    public void Should_select_exactly_the_pods_no_allow_matches_When_workloads_are_allowed(string selectors)
    {
        // One --allow per ';'.
        var allows = selectors.Split(';').Select(s => Allow(s.Trim())).ToList();

        var fence = FenceSelectors.For(allows);

        foreach (var labels in Universe)
        {
            var pod = new PodInfo { Namespace = "x", Name = "p", Labels = LabelSet.Of(labels.Select(l => (l.Split('=')[0], l.Split('=')[1])).ToArray()) };
            var kept = allows.Any(a => a.Matches(pod));
            var fenced = fence.Any(s => s.Matches(pod.Labels));
            Assert.True(kept != fenced, $"pod {{{pod.Labels}}}: kept={kept}, fenced={fenced} by {string.Join(" | ", fence)}");
        }
    }

    [Fact]
    public void Should_need_one_policy_per_negated_requirement_When_an_allow_has_two()
    {
        var fence = FenceSelectors.For([Allow("app=agent,tier=ops")]);

        Assert.Equal(["app notin (agent)", "tier notin (ops)"], fence.Select(s => s.ToString()));
    }

    private static AllowedWorkload Allow(string selector)
    {
        Assert.True(SelectorText.TryParse(selector, out var parsed, out var problem), problem);
        return new AllowedWorkload("x", parsed, $"x/{selector}");
    }
}
