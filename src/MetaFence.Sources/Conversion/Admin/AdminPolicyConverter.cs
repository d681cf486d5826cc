using System.Globalization;
using MetaFence.Core.Snapshot;

namespace MetaFence.Sources.Conversion.Admin;

/// <summary>
/// A cluster-wide policy to <see cref="AdminPolicyInfo"/> (rules 43–52). What the CRD schema or
/// its CEL rules would refuse, in ingress rules too, rejects the object; a peer of unknown type
/// fails closed (rule 51).
/// </summary>
internal static class AdminPolicyConverter
{
    public static AdminPolicyInfo? Convert(AdminFlavor flavor, string apiVersion, AdminPolicySpec? spec, ObjectIdentity id, ObjectProblems problems)
    {
        if (spec is null)
        {
            problems.Reject("spec", flavor.Rule, "the field is missing; expected the policy's subject and rules");
            return null;
        }

        // Rule 48: the BANP is a singleton named "default".
        if (!flavor.HasPriority && id.Name != "default")
        {
            problems.Reject("metadata.name", "48", $"{ValueText.Quote(id.Name)} is not allowed; expected default (there is one BaselineAdminNetworkPolicy per cluster)");
        }

        var tier = Tier(flavor, spec.Tier, problems);
        var priority = Priority(flavor, spec.Priority, problems);
        var subject = AdminSubjects.Convert(spec.Subject, flavor, problems);
        AdminRules.Ingress(spec.Ingress, flavor, problems);
        var egress = AdminRules.Egress(spec.Egress, flavor, problems);
        return problems.IsRejected || subject is null ? null : new AdminPolicyInfo
        {
            Kind = id.Kind,
            ApiVersion = apiVersion,
            Name = id.Name,
            Tier = tier,
            Priority = priority,
            Subject = subject,
            Egress = egress,
            Location = problems.Site.At(),
        };
    }

    /// <summary>Rule 52: v1alpha2 names its tier; v1alpha1 ANPs are Admin, the BANP Baseline.</summary>
    private static AdminTier Tier(AdminFlavor flavor, string? tier, ObjectProblems problems)
    {
        if (!flavor.IsV1Alpha2)
        {
            return flavor.HasPriority ? AdminTier.Admin : AdminTier.Baseline;
        }

        switch (tier)
        {
            case "Admin":
                return AdminTier.Admin;
            case "Baseline":
                return AdminTier.Baseline;
            default:
                var shown = tier is null ? "the tier is missing" : $"{ValueText.Quote(tier)} is not a tier";
                problems.Reject("spec.tier", "52", $"{shown}; expected Admin or Baseline");
                return AdminTier.Admin;
        }
    }

    /// <summary>Rules 44 and 52: priority 0–1000, required; the BANP has none (0).</summary>
    private static int Priority(AdminFlavor flavor, int? priority, ObjectProblems problems)
    {
        if (!flavor.HasPriority)
        {
            return 0;
        }

        if (priority is { } inRange and >= 0 and <= 1000)
        {
            return inRange;
        }

        var shown = priority is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value} is out of range") : "the priority is missing";
        problems.Reject("spec.priority", flavor.Rule, $"{shown}; expected a number from 0 to 1000");
        return 0;
    }
}
