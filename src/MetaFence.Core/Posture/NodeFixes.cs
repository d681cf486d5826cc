using System.Globalization;
using System.Text;

namespace MetaFence.Core.Posture;

/// <summary>
/// The commands that harden a group of nodes: per EC2 instance, for the launch template or eksctl
/// node group that makes new nodes, and per GKE node pool. Command shapes: AWS CLI
/// <c>ec2 modify-instance-metadata-options</c>, <c>ec2 create-launch-template-version</c>; EKS Best
/// Practices ("Restrict access to the instance profile …"); gcloud <c>container node-pools update</c>.
/// </summary>
public static class NodeFixes
{
    /// <summary>At most this many per-instance commands; the rest are counted.</summary>
    public const int ShownInstances = 5;

    /// <summary>IMDSv2 only, hop limit 1, for every instance of <paramref name="nodes"/>, then for new nodes.</summary>
    public static string AwsImds(IReadOnlyList<NodePosture> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var text = new StringBuilder();
        text.Append("Require IMDSv2 and a hop limit of 1 on the running instances (pods on the pod network then never get a token; host-network pods still do):\n");
        foreach (var node in nodes.Where(n => n.Instance is not null).Take(ShownInstances))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"aws ec2 modify-instance-metadata-options --instance-id {node.Instance} --http-tokens required --http-put-response-hop-limit 1{(node.Region is null ? string.Empty : $" --region {node.Region}")}   # node {node.NodeName}\n");
        }

        var more = nodes.Count(n => n.Instance is not null) - ShownInstances;
        if (more > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"# … and {more} more instance(s) of this group, the same way\n");
        }

        var group = nodes[0].Group;
        text.Append("and for the nodes to come, in the launch template (a new version; managed node groups recycle their nodes onto it):\n");
        text.Append("aws ec2 create-launch-template-version --launch-template-id LAUNCH_TEMPLATE --source-version '$Latest' ")
            .Append("--launch-template-data '{\"MetadataOptions\":{\"HttpTokens\":\"required\",\"HttpPutResponseHopLimit\":1,\"HttpEndpoint\":\"enabled\"}}'\n");
        text.Append(CultureInfo.InvariantCulture,
            $"or with eksctl, on node group {group ?? "NODEGROUP"}: disableIMDSv1: true and disablePodIMDS: true (a managed node group made without a custom launch template cannot be changed in place: create a new one)");
        return text.ToString();
    }

    /// <summary>The GKE metadata server on the node pool (needs Workload Identity Federation on the cluster).</summary>
    public static string GkeMetadata(string pool) =>
        $"gcloud container node-pools update {pool} --cluster=CLUSTER --location=LOCATION --workload-metadata=GKE_METADATA\n"
        + "(Workload Identity Federation must be on for the cluster first: gcloud container clusters update CLUSTER --location=LOCATION --workload-pool=PROJECT_ID.svc.id.goog; the update recreates the pool's nodes)";

    /// <summary>
    /// AKS IMDS restriction (preview, https://learn.microsoft.com/en-us/azure/aks/imds-restriction):
    /// enable it for the cluster, then reimage the nodes so the node rules apply; Windows pools are
    /// not supported and some add-ons keep it from being enabled.
    /// </summary>
    public static string AksImds(string cluster, string? resourceGroup) =>
        $"az aks update -g {resourceGroup ?? "RESOURCE_GROUP"} -n {cluster} --enable-imds-restriction\n"
        + $"then reimage the nodes: az aks upgrade -g {resourceGroup ?? "RESOURCE_GROUP"} -n {cluster} --node-image-only "
        + "(preview, needs the aks-preview extension; Windows node pools are not supported and some add-ons keep it from being enabled; pods that need Azure access move to Microsoft Entra Workload ID)";

    /// <summary>Legacy endpoints are a node-pool creation setting: replace the pool.</summary>
    public static string GkeLegacyEndpoints(string pool) =>
        $"gcloud container node-pools create {pool}-v2 --cluster=CLUSTER --location=LOCATION --metadata=disable-legacy-endpoints=true --workload-metadata=GKE_METADATA\n"
        + $"then move the workloads over and delete {pool} (the metadata of an existing node pool cannot be changed)";

    /// <summary>
    /// GCP: a stolen token is the service account within its scopes; the fix is a least-privilege
    /// account without <c>cloud-platform</c> (GKE hardening guide, "Use least privilege Google service accounts").
    /// </summary>
    public static string GcpServiceAccount(string account) =>
        $"give the node pool a least-privilege service account (roles/container.defaultNodeServiceAccount) in place of {account}, and only the scopes it needs (not cloud-platform on the default account): "
        + "gcloud container node-pools create POOL-v2 --cluster=CLUSTER --location=LOCATION --service-account=NODE_SA_EMAIL --workload-metadata=GKE_METADATA, then move the workloads";

    /// <summary>"general (2 nodes)" or "ip-10-0-1-23… (1 node)": for table cells.</summary>
    public static string Short(IReadOnlyList<NodePosture> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return string.Create(CultureInfo.InvariantCulture, $"{nodes[0].Group ?? nodes[0].NodeName} ({nodes.Count} node{(nodes.Count == 1 ? string.Empty : "s")})");
    }

    /// <summary>"node group ng-1 (2 nodes: a, b)" (GKE: node pool) or "2 nodes (a, b)".</summary>
    public static string Describe(IReadOnlyList<NodePosture> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var names = string.Join(", ", nodes.Take(3).Select(n => n.NodeName)) + (nodes.Count > 3 ? $" and {nodes.Count - 3} more" : string.Empty);
        var count = string.Create(CultureInfo.InvariantCulture, $"{nodes.Count} node{(nodes.Count == 1 ? string.Empty : "s")}");
        var noun = nodes[0].Cloud is NodeCloud.Gcp or NodeCloud.Azure ? "node pool" : "node group";
        return nodes[0].Group is { } group ? $"{noun} {group} ({count}: {names})" : $"{count} ({names})";
    }
}
