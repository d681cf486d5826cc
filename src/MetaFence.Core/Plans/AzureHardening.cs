namespace MetaFence.Core.Plans;

/// <summary>
/// AKS: IMDS restriction (preview) drops metadata traffic from non-host-network pods with node
/// iptables rules; pods then authenticate with Microsoft Entra Workload ID.
/// </summary>
internal static class AzureHardening
{
    public const string ImdsRestrictionDocs = "https://learn.microsoft.com/azure/aks/imds-restriction";
    public const string WorkloadIdentityDocs = "https://learn.microsoft.com/azure/aks/workload-identity-deploy-cluster";

    public static CloudSection Section() => new("Azure (AKS): IMDS restriction", [ImdsRestrictionDocs, WorkloadIdentityDocs],
    [
        CloudBlock.Text(
            "A preview feature: it needs the aks-preview Azure CLI extension and the preview feature registered as the docs say,",
            "and several add-ons do not support it yet. The nodes must be reimaged for the rules to apply."),
        CloudBlock.Code("sh",
            "az aks update --resource-group RESOURCE_GROUP --name CLUSTER --enable-oidc-issuer --enable-workload-identity",
            "az aks update --resource-group RESOURCE_GROUP --name CLUSTER --enable-imds-restriction",
            "az aks upgrade --resource-group RESOURCE_GROUP --name CLUSTER --node-image-only"),
        CloudBlock.Text(
            "The WireServer (168.63.129.16, ports 80 and 32526) is not covered by IMDS restriction: keep the network fence for it",
            "(its port 53 is Azure DNS, which the fence keeps)."),
    ]);
}
