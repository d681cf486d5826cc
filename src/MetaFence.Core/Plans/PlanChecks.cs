using System.Globalization;

namespace MetaFence.Core.Plans;

/// <summary>Requests that cannot be planned as asked: each becomes a <see cref="PlanProblem"/> (exit 2).</summary>
internal static class PlanChecks
{
    public static void Allows(FenceRequest request, FenceTargets targets, List<PlanProblem> problems)
    {
        var fenced = targets.IsExplicit || request.Cluster is not null ? targets.Namespaces : (IReadOnlyCollection<string>?)null;
        foreach (var allow in request.Allows)
        {
            if (targets.Exempt.Contains(allow.Namespace))
            {
                problems.Add(new("--allow", $"{allow.Text}: namespace {allow.Namespace} is exempt, so nothing there is fenced", "a workload in a fenced namespace"));
            }
            else if (fenced is not null && !fenced.Contains(allow.Namespace))
            {
                problems.Add(new("--allow", $"{allow.Text}: namespace {allow.Namespace} is not fenced", $"a workload in {string.Join(", ", fenced)}"));
            }
        }

        foreach (var group in request.Allows.GroupBy(a => a.Namespace, StringComparer.Ordinal))
        {
            if (FenceSelectors.Count(group) > FenceSelectors.Limit)
            {
                problems.Add(new("--allow", string.Create(CultureInfo.InvariantCulture,
                    $"the --allow selectors for {group.Key} need more than {FenceSelectors.Limit} NetworkPolicies to leave out"),
                    "fewer requirements per selector, e.g. one shared label such as metafence.io/metadata=allow"));
            }
        }
    }

    public static void Styles(FenceRequest request, FenceTargets targets, List<PlanProblem> problems)
    {
        var namespaced = request.Styles.Where(FenceStyles.IsNamespaced).Select(FenceStyles.Name).Distinct().ToList();
        if (namespaced.Count > 0 && targets.Namespaces.IsEmpty && !targets.IsExplicit)
        {
            var why = request.Cluster is null ? "no namespace to fence"
                : TargetResolver.NamespacesOf(request.Cluster).IsEmpty ? "the input names no namespace"
                : "every namespace of the input is exempt";
            problems.Add(new("--namespace", $"{why}: --style {string.Join(", ", namespaced)} writes objects per namespace",
                "--namespace NAME, or -f with the cluster whose namespaces to fence"));
        }

        var clusterWide = request.Styles.Contains(FenceStyle.Admin) || request.Styles.Contains(FenceStyle.Baseline);
        if (request.Styles.Contains(FenceStyle.Baseline) && request.Api == AdminApi.V1Alpha1 && !request.Allows.IsEmpty)
        {
            problems.Add(new("--allow", "the BaselineAdminNetworkPolicy is a singleton with one subject, so it cannot leave single workloads out",
                "--api v1alpha2 (Baseline-tier ClusterNetworkPolicies) or --style networkpolicy"));
        }

        if (clusterWide && request.Priority < request.Allows.Length)
        {
            problems.Add(new("--priority", string.Create(CultureInfo.InvariantCulture,
                $"{request.Priority} leaves no room for the {request.Allows.Length} --allow policies that come before the Deny"),
                string.Create(CultureInfo.InvariantCulture, $"at least {request.Allows.Length}")));
        }
    }

    /// <summary>An --allow that matches nothing in the input is likely a typo; the self-check then uses a stand-in pod.</summary>
    public static IEnumerable<string> UnmatchedAllows(FenceRequest request) =>
        request.Cluster is not { } cluster ? []
        : request.Allows.Where(a => !cluster.Pods.Any(a.Matches))
            .Select(a => $"--allow {a.Text} matches no pod or pod template in the input; checked with a stand-in pod carrying those labels");
}
