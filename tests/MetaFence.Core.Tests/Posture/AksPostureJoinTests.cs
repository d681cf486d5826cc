using MetaFence.Core.Cloud;
using MetaFence.Core.Posture;
using MetaFence.Testing.Loading;

namespace MetaFence.Core.Tests.Posture;

public sealed class AksPostureJoinTests
{
    private const string AksNodes = """
        apiVersion: v1
        kind: Node
        metadata: {name: aks-system-0, labels: {kubernetes.azure.com/agentpool: system}}
        spec: {providerID: "azure:///subscriptions/s/resourceGroups/mc/providers/Microsoft.Compute/virtualMachineScaleSets/aks-system-vmss/virtualMachines/0"}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: aks-apps-0, labels: {agentpool: apps}}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: aks-gone-0, labels: {kubernetes.azure.com/agentpool: gone}}
        """;

    /// <summary>The cluster's and the pool's podLinkLocalAccess, and whether pods are kept from IMDS.</summary>
    public sealed record AccessRow(string? Cluster, string? Pool, bool Blocked, string Source)
    {
        public override string ToString() => $"cluster={Cluster ?? "unset"} pool={Pool ?? "unset"} → blocked={Blocked}";
    }

    private const string Api = PostureSources.AksPodLinkLocalAccess;

    public static TheoryData<AccessRow> Access() =>
    [
        new(null, null, false, Api + ": unset defaults to IMDS"),
        new("None", null, true, Api + ": the cluster's networkProfile.podLinkLocalAccess (az aks update --enable-imds-restriction)"),
        new("None", "IMDS", false, Api + ": the agent pool's own value wins"),
        new("IMDS", "None", true, Api + ": the agent pool's own value wins"),
    ];

    [Theory]
    [MemberData(nameof(Access))]
    public void Should_block_pod_imds_per_pool_with_the_pool_winning_When_an_aks_export_is_given(AccessRow row)
    {
        var posture = NodePostureJoin.Build(Yaml.Load(AksNodes), Input(row.Cluster, row.Pool));

        Assert.Equal(row.Blocked, posture.Node("aks-system-0")?.AksPodImdsBlocked);
    }

    [Fact]
    public void Should_join_by_the_agentpool_label_and_hand_out_the_kubelet_identity_When_an_aks_export_is_given()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(AksNodes), Input(null, null));

        var legacy = posture.Node("aks-apps-0");
        Assert.Equal((NodeCloud.Azure, "apps", "shop-aks", "shop-rg"), (legacy?.Cloud, legacy?.Group, legacy?.Cluster, legacy?.ResourceGroup));
        Assert.Equal(("azure", "kubelet", "oid"), (legacy?.Identity?.Provider, legacy?.Identity?.ShortName, legacy?.Identity?.Via));
        Assert.Equal(["permissions unknown: az role assignment list --assignee oid --all -o json is not read yet"], posture.GrantOf(legacy!)?.Notes);
        var gone = posture.Node("aks-gone-0");
        Assert.Equal(NodeCloud.Unknown, gone?.Cloud);
        Assert.Equal(["agent pool gone is not in the AKS export"], gone?.Notes);
    }

    [Fact]
    public void Should_leave_aks_nodes_as_before_When_no_aks_export_is_given()
    {
        var posture = NodePostureJoin.Build(Yaml.Load(AksNodes), new PostureInput());

        Assert.All(posture.Nodes, n => Assert.Equal(NodeCloud.Unknown, n.Cloud));
    }

    private static PostureInput Input(string? cluster, string? pool) => new()
    {
        AksClusters =
        [
            new AksCluster
            {
                Name = "shop-aks",
                ResourceGroup = "shop-rg",
                KubeletObjectId = "oid",
                KubeletResourceId = "/subscriptions/s/resourceGroups/mc/providers/Microsoft.ManagedIdentity/userAssignedIdentities/kubelet",
                PodLinkLocalAccess = cluster,
                AgentPools = [new AksAgentPool { Name = "apps" }, new AksAgentPool { Name = "system", PodLinkLocalAccess = pool }],
            },
        ],
    };
}
