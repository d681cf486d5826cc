using MetaFence.Core.Plans;
using MetaFence.Core.Snapshot;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Plans;

/// <summary>The cloud style names real instances, node pools and projects when the input's nodes show them.</summary>
public sealed class CloudPlannerTests
{
    [Fact]
    public void Should_write_one_aws_command_per_instance_with_its_region_When_nodes_have_aws_provider_ids()
    {
        var commands = Commands(Node("b", "aws:///us-west-2-lax-1a/i-0fedcba9876543210"), Node("a", "aws:///eu-central-1b/i-0123456789abcdef0"), Node("c", null));

        Assert.Equal(
        [
            "aws ec2 modify-instance-metadata-options --instance-id i-0123456789abcdef0 --http-tokens required --http-put-response-hop-limit 1 --http-endpoint enabled --region eu-central-1   # node a",
            "aws ec2 modify-instance-metadata-options --instance-id i-0fedcba9876543210 --http-tokens required --http-put-response-hop-limit 1 --http-endpoint enabled   # node b",
        ], commands);
    }

    [Fact]
    public void Should_name_node_pools_and_the_project_When_nodes_are_gke_nodes()
    {
        var commands = Commands(
            Node("gke-prod-default-1", "gce://acme-prod/europe-west1-b/gke-prod-default-1", "cloud.google.com/gke-nodepool=default-pool"),
            Node("gke-prod-batch-1", "gce://acme-prod/europe-west1-c/gke-prod-batch-1", "cloud.google.com/gke-nodepool=batch"));

        Assert.Equal(
        [
            "gcloud container clusters update CLUSTER --location=LOCATION --workload-pool=acme-prod.svc.id.goog",
            "gcloud container node-pools update batch --cluster=CLUSTER --location=LOCATION --workload-metadata=GKE_METADATA",
            "gcloud container node-pools update default-pool --cluster=CLUSTER --location=LOCATION --workload-metadata=GKE_METADATA",
        ], commands);
    }

    private static NodeInfo Node(string name, string? providerId, string labels = "") =>
        new(name, Labels.Parse(labels), [], providerId);

    /// <summary>The shell lines of the providers the nodes show (ProviderDetection picks the section).</summary>
    private static List<string> Commands(params NodeInfo[] nodes)
    {
        var plan = FencePlannerTests.Plan(new FenceRequest { Styles = [FenceStyle.Cloud], Cluster = new ClusterSnapshot { Nodes = [.. nodes] } });
        var cloud = (CloudHardeningPlan)plan.Styles[0].Objects[0];
        return [.. cloud.Sections.SelectMany(s => s.Blocks).Where(b => b.Language == "sh").SelectMany(b => b.Lines)];
    }
}
