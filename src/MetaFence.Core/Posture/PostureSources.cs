namespace MetaFence.Core.Posture;

/// <summary>The documents the posture verdicts rest on (cited in verdicts, findings and tests).</summary>
public static class PostureSources
{
    public const string ImdsOptions =
        "AWS EC2 User Guide, Configure the instance metadata options (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html)";

    public const string EksInstanceProfile =
        "EKS Best Practices, Restrict access to the instance profile assigned to the worker node (https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html)";

    public const string EksLaunchTemplates =
        "EKS User Guide, Customize managed nodes with launch templates: without a custom launch template the hop limit is set to 2 (https://docs.aws.amazon.com/eks/latest/userguide/launch-templates.html)";

    public const string GkeWorkloadMetadata =
        "GKE API, WorkloadMetadataConfig.Mode (https://cloud.google.com/kubernetes-engine/docs/reference/rest/v1/NodeConfig#workloadmetadataconfig)";

    public const string GkeWorkloadIdentity =
        "GKE, About Workload Identity Federation for GKE: host-network pods are not served by the GKE metadata server (https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity)";

    public const string GkeLegacyEndpoints =
        "GKE, Protect cluster metadata: disable-legacy-endpoints (https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata)";

    /// <summary>ContainerService API, <c>PodLinkLocalAccess</c>: <c>IMDS</c> (the default when unset) lets pods with hostNetwork false reach IMDS, <c>None</c> does not.</summary>
    public const string AksPodLinkLocalAccess =
        "Azure ContainerService API, PodLinkLocalAccess / AgentPoolPodLinkLocalAccess: IMDS (default) or None (https://learn.microsoft.com/en-us/dotnet/api/azure.resourcemanager.containerservice.models.agentpoolpodlinklocalaccess)";

    /// <summary>AKS, Block pod access to IMDS (preview): host-network pods keep access; without it any pod gets kubelet identity tokens.</summary>
    public const string AksImdsRestriction =
        "AKS, Block pod access to the Azure Instance Metadata Service (IMDS) endpoint (preview): host-network pods keep access (https://learn.microsoft.com/en-us/azure/aks/imds-restriction)";

    public const string Semantics36 = "SEMANTICS 15, 36: host-network pods are not protected by NetworkPolicy";
}
