using System.Text.Json;

namespace MetaFence.Sources.Cloud;

/// <summary>
/// Names what a JSON export looks like, so a file fed to the wrong reader gets a message saying
/// what it is rather than a list of missing fields.
/// </summary>
internal static class ExportKind
{
    public const string IamAuthorizationDetails = "aws iam get-account-authorization-details output";
    public const string Ec2Instances = "aws ec2 describe-instances output";
    public const string GkeNodePools = "gcloud container node-pools output";

    public static string Describe(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            var first = root.EnumerateArray().FirstOrDefault();
            return first.ValueKind == JsonValueKind.Object ? $"an array of {Describe(first)}" : $"a JSON array of {JsonFields.Kind(first)}s";
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"a JSON {JsonFields.Kind(root)}";
        }

        return Has(root, "RoleDetailList") || Has(root, "UserDetailList") || Has(root, "GroupDetailList") || HasPolicyVersions(root)
            ? IamAuthorizationDetails
            : Has(root, "Reservations") ? Ec2Instances
            : Has(root, "InstanceId") ? "one EC2 instance"
            : Has(root, "nodePools") && Has(root, "endpoint") ? "gcloud container clusters describe output"
            : Has(root, "config") && Has(root, "name") ? GkeNodePools
            : Has(root, "apiVersion") && Has(root, "kind") ? $"a Kubernetes {root.GetProperty("kind")} object"
            : Has(root, "Roles") ? "aws iam list-roles output (it has no policies)"
            : Has(root, "Role") ? "aws iam get-role output (it has no policies)"
            : Has(root, "Policies") ? "aws iam list-policies output (it has no policy documents)"
            : Has(root, "PolicyVersion") ? "aws iam get-policy-version output"
            : Has(root, "accessEntry") ? "aws eks describe-access-entry output"
            : Has(root, "cluster") ? "aws eks describe-cluster output"
            : Has(root, "Statement") ? "a single IAM policy document"
            : "an unrecognised JSON object";
    }

    private static bool Has(JsonElement obj, string name) => obj.TryGetProperty(name, out _);

    private static bool HasPolicyVersions(JsonElement root) =>
        root.TryGetProperty("Policies", out var policies) && policies.ValueKind == JsonValueKind.Array
        && policies.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.Object && Has(p, "PolicyVersionList"));
}
