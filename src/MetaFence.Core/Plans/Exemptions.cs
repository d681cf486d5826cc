using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>
/// Namespaces never fenced unless asked: the control plane's own, and those the providers'
/// managed add-ons create, whose agents use the node identity (DESIGN "common mistakes":
/// blocking kube-system breaks cloud controllers, the autoscaler and CSI drivers).
/// <c>--exempt-namespace</c> adds more.
/// </summary>
public static class Exemptions
{
    public static ImmutableArray<string> Defaults { get; } =
    [
        "kube-system", "kube-public", "kube-node-lease",

        // GKE: Managed Service for Prometheus, metrics collection, managed CSI and system agents.
        "gke-gmp-system", "gke-managed-cim", "gke-managed-filestorecsi", "gke-managed-system", "gmp-public", "gmp-system",

        // EKS add-ons: the CloudWatch Observability agent and the GuardDuty runtime agent read IMDS.
        "amazon-cloudwatch", "amazon-guardduty",

        // AKS: `az aks command invoke` runs its pods here.
        "aks-command",
    ];

    /// <summary>The defaults plus <paramref name="extra"/>, sorted.</summary>
    public static ImmutableArray<string> With(IEnumerable<string> extra) =>
        [.. Defaults.Concat(extra).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
