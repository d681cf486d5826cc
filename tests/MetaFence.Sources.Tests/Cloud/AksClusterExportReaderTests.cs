using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary><c>az aks show -o json</c> (testdata/cloud/aks-show.json): the kubelet identity IMDS hands out and per-pool pod IMDS access.</summary>
public sealed class AksClusterExportReaderTests
{
    [Fact]
    public void Should_read_the_kubelet_identity_and_pools_When_given_az_aks_show()
    {
        var export = AksClusterExportReader.Read(CloudTestData.Path("aks-show.json"));

        Assert.Empty(export.Diagnostics);
        var cluster = Assert.Single(export.Value);
        Assert.Equal(("prod", "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", "1e2d3c4b-5a69-4788-9e0f-a1b2c3d4e5f6"),
            (cluster.Name, cluster.KubeletClientId, cluster.KubeletObjectId));
        Assert.Equal((true, true, "cilium", "azure"), (cluster.WorkloadIdentityEnabled, cluster.OidcIssuerEnabled, cluster.NetworkPolicy, cluster.NetworkPlugin));
        Assert.Equal(["apps", "system"], cluster.AgentPools.Select(p => p.Name));
        Assert.Equal((true, false), (cluster.AgentPools[0].BlocksPodImds, cluster.AgentPools[1].BlocksPodImds));
        Assert.Null(cluster.AgentPools[1].PodLinkLocalAccess);
    }

    [Fact]
    public void Should_say_what_the_file_looks_like_When_given_a_gke_export()
    {
        var export = AksClusterExportReader.Read(CloudTestData.Open("gke-node-pool-describe.json"), "pool.json");

        Assert.Equal(
            "pool.json: document 1: .: this looks like gcloud container node-pools output, not az aks show output; expected the JSON output of az aks show or az aks list -o json",
            Assert.Single(export.Diagnostics).ToString());
    }
}
