namespace MetaFence.Core.Plans;

/// <summary>Computes <see cref="ChartValues"/> from a <see cref="FencePlan"/>: <c>generate --layout helm</c>'s data.</summary>
public static class ChartValuesPlanner
{
    public static ChartValues Plan(FencePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var request = plan.Request;
        var settings = request.NodeFirewall;
        var guessed = settings.PodCidrs.IsEmpty;
        return new ChartValues
        {
            Styles = [.. plan.Styles.Select(s => s.Style).Where(ChartValues.IsChartStyle)],
            Targets = plan.Targets,
            Blocks = plan.Blocks,
            Allows = request.Allows,
            PodSelectors = [.. plan.Targets.Namespaces
                .Select(ns => (Namespace: ns, Allows: request.Allows.Where(a => a.Namespace == ns).ToList()))
                .Where(n => n.Allows.Count > 0)
                .Select(n => KeyValuePair.Create(n.Namespace, FenceSelectors.For(n.Allows)))],
            Api = request.Api,
            Priority = request.Priority,
            Level = request.Level,
            NodeFirewall = settings,
            FirewallRules = new FirewallRuleSet
            {
                PodCidrs = guessed ? NodeFirewallPlanner.GuessedPodCidrs : [.. settings.PodCidrs.Distinct().OrderBy(c => c.Network).ThenBy(c => c.PrefixLength)],
                Rules = NodeFirewallPlanner.RulesFor(plan.Blocks),
                IsGuessed = guessed,
            },
        };
    }
}
