using MetaFence.Core.Cloud;
using MetaFence.Core.Cloud.Gcp;
using MetaFence.Sources.Cloud;

namespace MetaFence.Sources.Tests.Cloud;

/// <summary>GKE node pools from gcloud (testdata/cloud/gke-node-pools-list.json and gke-node-pool-describe.json).</summary>
public sealed class GkeNodePoolExportReaderTests
{
    [Fact]
    public void Should_read_every_pool_When_given_the_list_output()
    {
        var export = GkeNodePoolExportReader.Read(CloudTestData.Path("gke-node-pools-list.json"));

        Assert.Empty(export.Diagnostics);
        Assert.Equal<string>(["batch-legacy", "default-pool"], export.Value.Select(p => p.Name));
        var hardened = export.Value[1];
        Assert.Equal((GkeWorkloadMetadataMode.GkeMetadata, "GKE_METADATA"), (hardened.WorkloadMetadataMode, hardened.WorkloadMetadataModeText));
        Assert.Equal("gke-nodes@shop-prod-4711.iam.gserviceaccount.com", hardened.ServiceAccount);
        Assert.Equal(6, hardened.OAuthScopes.Length);
        Assert.False(hardened.UsesDefaultServiceAccount);
        Assert.True(hardened.DisableLegacyEndpoints);
    }

    [Fact]
    public void Should_read_the_exposed_pool_When_given_the_describe_output()
    {
        var export = GkeNodePoolExportReader.Read(CloudTestData.Path("gke-node-pool-describe.json"));

        var pool = Assert.Single(export.Value);
        Assert.Equal((GkeWorkloadMetadataMode.GceMetadata, "default", true), (pool.WorkloadMetadataMode, pool.ServiceAccount, pool.UsesDefaultServiceAccount));
        Assert.Equal<string>([GcpScopes.CloudPlatform], pool.OAuthScopes);
        Assert.Equal("1.32.9-gke.1108000", pool.Version);
        var grant = GcpScopes.Grant(pool.ServiceAccount, pool.OAuthScopes);
        Assert.Equal("everything the default compute service account can do: Editor on the project by default", grant.Summary);
    }

    [Theory]
    [InlineData("{\"name\":\"p\",\"config\":{}}", GkeWorkloadMetadataMode.Unset, "NodeConfig: workloadMetadataConfig unset")]
    [InlineData("{\"name\":\"p\",\"config\":{\"workloadMetadataConfig\":{\"mode\":\"MODE_UNSPECIFIED\"}}}", GkeWorkloadMetadataMode.Unset, "WorkloadMetadataConfig.Mode: MODE_UNSPECIFIED is not set")]
    [InlineData("{\"name\":\"p\",\"config\":{\"workloadMetadataConfig\":{\"nodeMetadata\":\"GKE_METADATA_SERVER\"}}}", GkeWorkloadMetadataMode.GkeMetadata, "v1beta1 nodeMetadata GKE_METADATA_SERVER")]
    [InlineData("{\"name\":\"p\",\"config\":{\"workloadMetadataConfig\":{\"nodeMetadata\":\"SECURE\"}}}", GkeWorkloadMetadataMode.Secure, "v1beta1 nodeMetadata SECURE (concealment)")]
    public void Should_read_the_workload_metadata_mode_When_written_in_any_api_version(string json, GkeWorkloadMetadataMode mode, string source)
    {
        var export = GkeNodePoolExportReader.Read(CloudTestData.Text(json), "pool.json");

        Assert.True(Assert.Single(export.Value).WorkloadMetadataMode == mode, source);
        Assert.Equal("default", export.Value[0].ServiceAccount);
    }

    [Fact]
    public void Should_read_the_node_pools_When_given_a_cluster_describe()
    {
        var json = "{\"name\":\"prod\",\"endpoint\":\"34.0.0.1\",\"nodePools\":[{\"name\":\"a\",\"config\":{\"serviceAccount\":\"default\"}}]}";

        var export = GkeNodePoolExportReader.Read(CloudTestData.Text(json), "cluster.json");

        Assert.Equal("a", Assert.Single(export.Value).Name);
    }

    [Fact]
    public void Should_report_nothing_usable_When_the_list_is_empty()
    {
        var export = GkeNodePoolExportReader.Read(CloudTestData.Text("[]"), "none.json");

        Assert.False(export.IsUsable);
        Assert.Equal("none.json: document 1: .: no node pools could be read; expected the JSON output of gcloud container node-pools describe or list --format=json",
            Assert.Single(export.Diagnostics).ToString());
    }
}
