using MetaFence.Core.Selectors;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>admin</c> and <c>baseline</c> styles: one cluster-wide policy that denies the blocked
/// networks after carve-outs for needed services, preceded (lower priority number, rule 44) by one
/// policy per <c>--allow</c> that takes the kept workloads out of the fence. In the Admin tier the
/// fence steps aside with Pass, so the namespaces' own NetworkPolicies still decide (Accept would
/// override them, rule 44); the Baseline tier has nothing below it but the default allow, so it
/// accepts (v1alpha1: Allow, the only word a BANP has, rule 48).
/// </summary>
internal static class AdminPolicyPlanner
{
    public const string NameLabel = NamespaceInfo.NameLabel;

    public static StylePlan Plan(PlanContext context, AdminTier tier)
    {
        var request = context.Request;
        var style = tier == AdminTier.Admin ? FenceStyle.Admin : FenceStyle.Baseline;
        var keep = tier == AdminTier.Admin ? AdminAction.Pass : AdminAction.Accept;
        var objects = new List<PlannedObject>();
        for (var i = 0; i < request.Allows.Length; i++)
        {
            var allow = request.Allows[i];
            objects.Add(new AdminPolicyPlan
            {
                Style = style,
                Tier = tier,
                Api = request.Api,
                Name = $"{Prefix(tier)}keep-metadata-{i + 1}",
                Priority = request.Priority - request.Allows.Length + i,
                Subject = AdminSubject.OfPods(Names(SelectorOperator.In, [allow.Namespace]), allow.Selector),
                Comments = [$"Keeps metadata access for --allow {allow.Text}: evaluated before {DenyName(request.Api, tier)} (lower priority number first, SEMANTICS 44)."],
                Egress = [new AdminRulePlan("keep-metadata-access", keep, context.Blocks.Blocked, [], KeepWhy(keep))],
            });
        }

        objects.Add(Deny(context, tier, style, keep));
        return new StylePlan(style, [.. objects]);
    }

    private static AdminPolicyPlan Deny(PlanContext context, AdminTier tier, FenceStyle style, AdminAction keep)
    {
        var targets = context.Targets;
        var rules = context.Blocks.Carveouts.Select(c => new AdminRulePlan($"keep-{c.Service.Id}", keep,
                [.. c.Cidrs.Select(cidr => new BlockedRange(cidr, c.Service.Id))], c.Ports,
                $"Keeps {c.Service.Id} ({c.Service.Description}) on its own ports; {KeepWhy(keep)}"))
            .Append(new AdminRulePlan("deny-credential-endpoints", AdminAction.Deny, context.Blocks.Blocked, [],
                "Denies every port of the blocked networks, IPv4 and IPv6"));
        var header = tier == AdminTier.Admin
            ? "Admin tier: decides before any NetworkPolicy, so no namespace can re-allow metadata (SEMANTICS 43, 44)."
            : "Baseline tier: a default for pods no NetworkPolicy isolates for egress; a namespace's own egress policies take precedence (SEMANTICS 47).";
        return new AdminPolicyPlan
        {
            Style = style,
            Tier = tier,
            Api = context.Request.Api,
            Name = DenyName(context.Request.Api, tier),
            Priority = context.Request.Priority,
            Subject = AdminSubject.OfNamespaces(targets.IsExplicit ? Names(SelectorOperator.In, targets.Namespaces) : Names(SelectorOperator.NotIn, targets.Exempt)),
            SubjectComment = targets.IsExplicit
                ? "The namespaces given with --namespace."
                : $"Every namespace but the exempt ones, namespaces created later included; exempt: {string.Join(", ", targets.Exempt)}.",
            Comments =
            [
                $"Fences pods against cloud metadata cluster-wide: {FenceComments.Blocks(context.Blocks)}",
                header,
                .. FenceComments.Kept(context.Blocks, k => k.IsCarvedOut ? "its address is denied, so a rule before the Deny keeps its ports" : "never denied"),
            ],
            Egress = [.. rules],
        };
    }

    public static string DenyName(AdminApi api, AdminTier tier) =>
        api == AdminApi.V1Alpha1 && tier == AdminTier.Baseline ? "default" : $"{Prefix(tier)}deny-metadata";

    private static string Prefix(AdminTier tier) => tier == AdminTier.Admin ? "metafence-" : "metafence-baseline-";

    private static string KeepWhy(AdminAction keep) => keep == AdminAction.Pass
        ? "Pass skips the rest of the Admin tier, so NetworkPolicies decide as if the fence were not there"
        : "accepted ahead of the Deny";

    private static LabelSelector Names(SelectorOperator op, IEnumerable<string> names) =>
        new([new Requirement(NameLabel, op, [.. names.Order(StringComparer.Ordinal)])]);
}
