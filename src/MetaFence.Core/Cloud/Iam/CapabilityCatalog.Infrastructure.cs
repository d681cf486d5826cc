using MetaFence.Core.Findings;
using static MetaFence.Core.Cloud.Iam.CapabilityClass;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>Infrastructure control, the Kubernetes side of EKS, and read-only reconnaissance.</summary>
public static partial class CapabilityCatalog
{
    private const string AdministratorAccess = "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html";

    private static IEnumerable<CapabilityRule> Infrastructure()
    {
        yield return new CapabilityRule
        {
            Id = "infra-admin",
            Class = InfrastructureControl,
            Severity = Severity.Critical,
            Title = "every action on every resource (administrator)",
            Source = $"AdministratorAccess (\"Action\": \"*\", \"Resource\": \"*\"): {AdministratorAccess}",
            Actions = ["*"],
            Scope = ResourceScope.Everything,
        };
        yield return Rule("infra-iam-all", InfrastructureControl, Severity.Critical, "all of IAM (users, roles, policies)",
            $"{ServiceAuthorization}list_awsidentityandaccessmanagementiam.html", "iam:*");
        yield return Rule("infra-ec2-all", InfrastructureControl, Severity.High, "all of EC2 (instances, networks, security groups)",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:*");
        yield return Rule("infra-eks-all", InfrastructureControl, Severity.High, "all of EKS (clusters, node groups, access entries)",
            $"{ServiceAuthorization}list_amazonelastickubernetesservice.html", "eks:*");
        yield return Rule("infra-s3-all", InfrastructureControl, Severity.High, "all of S3 (bucket policies, deletion)",
            $"{ServiceAuthorization}list_amazons3.html", "s3:*");
        yield return Rule("infra-lambda-all", InfrastructureControl, Severity.High, "all of Lambda",
            $"{ServiceAuthorization}list_awslambda.html", "lambda:*");
        yield return Rule("infra-kms-all", InfrastructureControl, Severity.High, "all of KMS (key policies, deletion)",
            $"{ServiceAuthorization}list_awskeymanagementservice.html", "kms:*");
        yield return Rule("infra-imds-options", InfrastructureControl, Severity.High,
            "change instances' metadata options (turn IMDSv1 back on, raise the hop limit)",
            "ModifyInstanceMetadataOptions: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceMetadataOptions.html",
            "ec2:ModifyInstanceMetadataOptions");
        yield return Rule("infra-ec2-terminate", InfrastructureControl, Severity.High, "terminate instances",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:TerminateInstances");
        yield return Rule("infra-security-group-ingress", InfrastructureControl, Severity.High, "open security groups to new traffic",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:AuthorizeSecurityGroupIngress");
        yield return Rule("infra-network-interfaces", InfrastructureControl, Severity.Medium,
            "create and attach network interfaces and private addresses in the VPC",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:CreateNetworkInterface", "ec2:AttachNetworkInterface");
        yield return Rule("infra-ecr-push", InfrastructureControl, Severity.High, "push container images the cluster will run",
            "MITRE ATT&CK T1525 Implant Internal Image: https://attack.mitre.org/techniques/T1525/", "ecr:PutImage");
        yield return Rule("k8s-eks-access-entry", KubernetesIdentity, Severity.Critical,
            "create EKS access entries and grant them cluster access policies (cluster-admin)",
            "EKS access entries: https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html", "eks:CreateAccessEntry", "eks:AssociateAccessPolicy");
        yield return Rule("k8s-eks-describe-cluster", KubernetesIdentity, Severity.Low,
            "find EKS clusters' API endpoints (aws eks get-token itself needs no permission; the Kubernetes identity comes from aws-auth or access entries)",
            "aws eks get-token: https://docs.aws.amazon.com/cli/latest/reference/eks/get-token.html", "eks:DescribeCluster");
    }

    private static IEnumerable<CapabilityRule> ReadOnly()
    {
        yield return Rule("read-iam-account", CapabilityClass.ReadOnly, Severity.Medium, "read the account's whole IAM configuration (plans the next step)",
            $"{ServiceAuthorization}list_awsidentityandaccessmanagementiam.html", "iam:GetAccountAuthorizationDetails");
        yield return Rule("read-ec2-instances", CapabilityClass.ReadOnly, Severity.Low, "list instances, their profiles and metadata options",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:DescribeInstances");
        yield return Rule("read-ec2-network", CapabilityClass.ReadOnly, Severity.Low, "map the VPC (subnets, security groups, route tables)",
            $"{ServiceAuthorization}list_amazonec2.html", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups");
    }
}
