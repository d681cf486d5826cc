using System.Collections.Immutable;
using System.Diagnostics;
using MetaFence.Core.Catalog;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// <c>generate</c>'s pure half: validates a <see cref="FenceRequest"/> against the input cluster,
/// resolves targets, computes the <see cref="BlockList"/> once and asks each style's planner for
/// its objects. Rendering and the engine's proof come after (Rendering, <see cref="FenceCheck"/>).
/// </summary>
public static class FencePlanner
{
    public static PlanResult Plan(FenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<PlanProblem>();
        var targets = TargetResolver.Resolve(request, problems);
        PlanChecks.Allows(request, targets, problems);
        PlanChecks.Styles(request, targets, problems);
        if (problems.Count > 0)
        {
            return new PlanResult(null, [.. problems]);
        }

        var endpoints = EndpointCatalog.ForProviders(request.Providers);
        var blocks = BlockListBuilder.Build(endpoints, request.Scope, UsesNodeLocalDns(request));
        var context = new PlanContext(request, targets, blocks);
        var notes = ImmutableArray.CreateBuilder<string>();
        var styles = ImmutableArray.CreateBuilder<StylePlan>();
        foreach (var style in request.Styles.Distinct().Order())
        {
            styles.Add(style switch
            {
                FenceStyle.NetworkPolicy => NetworkPolicyPlanner.Plan(context, pair: false),
                FenceStyle.TwoPolicy => NetworkPolicyPlanner.Plan(context, pair: true),
                FenceStyle.Admin => AdminPolicyPlanner.Plan(context, AdminTier.Admin),
                FenceStyle.Baseline => AdminPolicyPlanner.Plan(context, AdminTier.Baseline),
                FenceStyle.Calico => CalicoPlanner.Plan(context),
                FenceStyle.Cilium => CiliumPlanner.Plan(context),
                FenceStyle.NodeFirewall => NodeFirewallPlanner.Plan(context, notes),
                FenceStyle.PodSecurity => PodSecurity(context, notes),
                FenceStyle.Cloud => CloudPlanner.Plan(context),
                _ => throw new UnreachableException(),
            });
        }

        notes.AddRange(PlanChecks.UnmatchedAllows(request));
        return new PlanResult(new FencePlan(request, targets, blocks, styles.ToImmutable()) { Notes = notes.ToImmutable() }, []);
    }

    /// <summary>SEMANTICS 42: NodeLocal DNSCache is reached by address, so the fence names it when it runs or is asked for.</summary>
    public static bool UsesNodeLocalDns(FenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Dns switch
        {
            DnsMode.NodeLocal => true,
            DnsMode.KubeDns => false,
            DnsMode.Auto => request.Cluster?.Pods.Any(p => p.Labels.TryGetValue("k8s-app", out var app) && app == "node-local-dns") ?? false,
            _ => throw new UnreachableException(),
        };
    }

    private static StylePlan PodSecurity(PlanContext context, ImmutableArray<string>.Builder notes)
    {
        var plan = PodSecurityPlanner.Plan(context, out var podSecurityNotes);
        notes.AddRange(podSecurityNotes);
        return plan;
    }
}
