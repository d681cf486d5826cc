namespace MetaFence.Core.Dataplane;

/// <summary>The documentation each detection and enforcement claim rests on (checked 2026-11, see DataplaneDetectorTests).</summary>
public static class PluginSources
{
    public const string AwsNetworkPolicy = "https://docs.aws.amazon.com/eks/latest/userguide/cni-network-policy.html";
    public const string AwsExceptBug = "https://github.com/aws/aws-network-policy-agent/issues/92";
    public const string Calico = "https://docs.tigera.io/calico/latest/network-policy/get-started/kubernetes-policy/kubernetes-network-policy";
    public const string Canal = "https://docs.tigera.io/calico/latest/getting-started/kubernetes/flannel/install-for-flannel";
    public const string Cilium = "https://docs.cilium.io/en/latest/security/policy/layer3/";
    public const string CiliumNodeLocal = "https://github.com/cilium/cilium/issues/16308";
    public const string AzureCilium = "https://github.com/Azure/azure-container-networking/blob/master/docs/cilium.md";
    public const string AzureNpm = "https://github.com/Azure/azure-container-networking/blob/master/docs/npm.md";
    public const string GkeDataplaneV2 = "https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2";
    public const string Flannel = "https://github.com/flannel-io/flannel/issues/558";
    public const string KubeRouter = "https://www.kube-router.io/docs/user-guide/";
    public const string Weave = "https://kubernetes.io/docs/tasks/administer-cluster/network-policy-provider/weave-network-policy/";
    public const string Antrea = "https://antrea.io/docs/main/docs/design/architecture/";
    public const string OvnKubernetes = "https://docs.openshift.com/container-platform/4.12/networking/ovn_kubernetes_network_provider/about-ovn-kubernetes.html";
    public const string OpenShiftSdn = "https://docs.openshift.com/container-platform/4.7/networking/openshift_sdn/about-openshift-sdn.html";
    public const string OpenShiftSdnIpBlock = "https://docs.redhat.com/en/documentation/openshift_container_platform/4.5/html/post-installation_configuration/post-install-network-configuration";
}
