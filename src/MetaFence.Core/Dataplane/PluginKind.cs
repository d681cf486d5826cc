namespace MetaFence.Core.Dataplane;

/// <summary>The network plugins (CNIs) and policy engines <see cref="DataplaneDetector"/> recognises.</summary>
public enum PluginKind
{
    Calico,
    Canal,
    Cilium,
    AzureCniCilium,
    GkeDataplaneV2,
    AwsVpcCni,
    AzureNpm,
    Flannel,
    KubeRouter,
    Weave,
    Antrea,
    OvnKubernetes,
    OpenShiftSdn,
}
