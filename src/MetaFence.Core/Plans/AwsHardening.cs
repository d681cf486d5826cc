using System.Text.RegularExpressions;
using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Plans;

/// <summary>
/// AWS: IMDSv2 only (<c>--http-tokens required</c>) and a PUT response hop limit of 1, so a
/// token never reaches a pod behind the node's network namespace; one command per EC2 instance
/// named by a node's <c>spec.providerID</c> (<c>aws:///us-east-1a/i-0123…</c>).
/// </summary>
internal static partial class AwsHardening
{
    public const string CliDocs = "https://docs.aws.amazon.com/cli/latest/reference/ec2/modify-instance-metadata-options.html";
    public const string ImdsDocs = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html";
    public const string EksctlDocs = "https://docs.aws.amazon.com/eks/latest/eksctl/security.html";
    public const string TerraformDocs = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/launch_template#metadata-options";

    public static CloudSection Section(IEnumerable<NodeInfo> nodes)
    {
        var commands = nodes
            .OrderBy(n => n.Name, StringComparer.Ordinal)
            .Select(n => Parse(n.ProviderId) is { } instance ? $"{Command(instance.Instance, instance.Region)}   # node {n.Name}" : null)
            .OfType<string>()
            .DefaultIfEmpty(Command("INSTANCE_ID", null) + "   # one line per node; the input has no nodes with an aws:/// providerID")
            .ToArray();
        return new CloudSection("AWS (EC2, EKS): IMDSv2 only, hop limit 1", [CliDocs, ImdsDocs, EksctlDocs, TerraformDocs],
        [
            CloudBlock.Text(
                "Require IMDSv2 tokens and limit the token reply to one hop: a pod on the pod network is one hop further and never gets a token.",
                "Host-network pods still do. Pods that need AWS credentials should use IRSA or EKS Pod Identity (169.254.170.23, kept reachable by the fence)."),
            CloudBlock.Code("sh", commands),
            CloudBlock.Text("Launch template (new nodes), in the LaunchTemplateData of create-launch-template-version:"),
            CloudBlock.Code("json", "\"MetadataOptions\": {\"HttpTokens\": \"required\", \"HttpPutResponseHopLimit\": 1, \"HttpEndpoint\": \"enabled\"}"),
            CloudBlock.Text("eksctl ClusterConfig, per node group (disablePodIMDS cannot be combined with iam.withAddonPolicies):"),
            CloudBlock.Code("yaml", "managedNodeGroups:", "  - name: NODEGROUP", "    disableIMDSv1: true", "    disablePodIMDS: true"),
            CloudBlock.Text("Terraform, in the aws_launch_template of the node group:"),
            CloudBlock.Code("hcl", "metadata_options {", "  http_endpoint               = \"enabled\"", "  http_tokens                 = \"required\"",
                "  http_put_response_hop_limit = 1", "}"),
        ]);
    }

    private static string Command(string instance, string? region) =>
        $"aws ec2 modify-instance-metadata-options --instance-id {instance} --http-tokens required --http-put-response-hop-limit 1 --http-endpoint enabled"
        + (region is null ? string.Empty : $" --region {region}");

    /// <summary><c>aws:///us-east-1a/i-0abc</c>: the instance id and, for a regular zone, its region.</summary>
    private static (string Instance, string? Region)? Parse(string? providerId)
    {
        if (providerId is null || !providerId.StartsWith("aws://", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = providerId["aws://".Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !InstanceId().IsMatch(parts[^1]))
        {
            return null;
        }

        var zone = parts.Length >= 2 ? ZoneForm().Match(parts[^2]) : Match.Empty;
        return (parts[^1], zone.Success ? zone.Groups["region"].Value : null);
    }

    [GeneratedRegex("^i-[0-9a-f]{8,17}$")]
    private static partial Regex InstanceId();

    [GeneratedRegex("^(?<region>[a-z]{2}(-[a-z]+)+-[0-9]+)[a-z]$")]
    private static partial Regex ZoneForm();
}
