using MetaFence.Core.Evaluation;

namespace MetaFence.Core.Rules;

/// <summary>One-line explanations of verdicts for finding messages.</summary>
public static class Explain
{
    public static string Summary(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Decision switch
        {
            Decision.HostNetwork => "the pod uses the host network, which no policy layer covers",
            Decision.NotEnforced => $"the network plugin does not enforce NetworkPolicy for this pod: {string.Join("; ", verdict.Notes)}",
            Decision.DefaultAllow => "no NetworkPolicy isolates its egress and no cluster-wide rule decided, so Kubernetes allows all",
            _ => string.Join("; ", verdict.DecidedBy.Select(Rule)),
        };
    }

    public static string Rule(RuleRef rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var where = rule.Rule is { } index
            ? $"{rule.Policy} egress rule {index}{(rule.RuleName is null ? string.Empty : $" ({rule.RuleName})")}"
            : rule.Policy.ToString();
        return $"{where}: {rule.Description}";
    }
}
