using MetaFence.Core.Catalog;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// The <c>cloud</c> style: node-side settings (DESIGN layer 2) for the chosen providers, or, with
/// <c>--provider all</c>, for the providers the input's nodes show (all three known ones when it
/// shows none). Commands name real instances and node pools when the input has the nodes.
/// </summary>
internal static class CloudPlanner
{
    public static StylePlan Plan(PlanContext context)
    {
        var cluster = context.Request.Cluster ?? ClusterSnapshot.Empty;
        var detected = ProviderDetection.Detect(cluster);
        var providers = !context.Request.Providers.IsEmpty ? context.Request.Providers
            : !detected.IsEmpty ? detected
            : ["aws", "azure", "gcp"];
        var sections = new List<CloudSection>();
        foreach (var provider in providers.Order(StringComparer.Ordinal))
        {
            sections.Add(provider switch
            {
                "aws" => AwsHardening.Section(cluster.Nodes),
                "gcp" => GcpHardening.Section(cluster.Nodes),
                "azure" => AzureHardening.Section(),
                _ => Unknown(provider),
            });
        }

        var plan = new CloudHardeningPlan
        {
            Style = FenceStyle.Cloud,
            Name = "cloud-hardening",
            Comments =
            [
                "Node-side metadata settings (layer 2). They stop pod-network pods from using the node's credentials even where no policy applies,",
                "but not host-network pods: keep the network fence and Pod Security for those.",
            ],
            Sections = [.. sections],
        };
        return new StylePlan(FenceStyle.Cloud, [plan]);
    }

    private static CloudSection Unknown(string provider) => new(
        $"{provider}: no node-side setting known",
        [],
        [CloudBlock.Text($"MetaFence knows no {provider} setting that keeps pods from the metadata service; rely on the network fence (--style networkpolicy or admin) and Pod Security.")]);
}
