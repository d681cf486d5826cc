using System.CommandLine;
using MetaFence.Core.Posture;

namespace MetaFence.Cli.Input;

/// <summary>
/// The cloud export options <c>audit</c> and <c>trace</c> share: EC2 instances, the IAM account,
/// GKE node pools, AKS clusters, and how far pods are from the node (the CNI, or hops).
/// </summary>
internal sealed class CloudOptions
{
    public Option<string> AwsInstances { get; } = new("--aws-instances")
    {
        Description = "JSON of `aws ec2 describe-instances --output json`: metadata options and instance profile per node (matched by spec.providerID). Default: none.",
        HelpName = "FILE",
    };

    public Option<string> AwsIam { get; } = new("--aws-iam")
    {
        Description = "JSON of `aws iam get-account-authorization-details --output json`: what each node role can do. Default: none.",
        HelpName = "FILE",
    };

    public Option<string> GcpNodePools { get; } = new("--gcp-node-pools")
    {
        Description = "JSON of `gcloud container node-pools list --cluster C --format=json` (or describe): workload metadata mode, service account, scopes. Default: none.",
        HelpName = "FILE",
    };

    public Option<string> AzureAks { get; } = new("--azure-aks")
    {
        Description = "JSON of `az aks show -g RG -n CLUSTER -o json` (or `az aks list -o json`): kubelet identity and whether pods reach IMDS (podLinkLocalAccess), per agent pool. Default: none.",
        HelpName = "FILE",
    };

    public Option<string> Cni { get; } = new("--cni")
    {
        Description = $"The cluster's CNI, for how many hops an IMDSv2 token reply travels to a pod: {string.Join(", ", PodNetworkHops.KnownCnis)} (2 hops). Default: unknown, 2 hops assumed and said so.",
        HelpName = "NAME",
    };

    public Option<int?> PodHops { get; } = new("--pod-hops")
    {
        Description = "Hops from the node to a pod-network pod, when the CNI differs (some overlay, proxy or Docker-in-Docker setups need 3). Overrides --cni. Default: none.",
        HelpName = "N",
    };

    public CloudOptions() => Cni.AcceptOnlyFromAmong([.. PodNetworkHops.KnownCnis]);

    /// <summary>Adds every cloud export option to <paramref name="command"/>, in help order.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { AwsInstances, AwsIam, GcpNodePools, AzureAks, Cni, PodHops })
        {
            command.Options.Add(option);
        }
    }
}
