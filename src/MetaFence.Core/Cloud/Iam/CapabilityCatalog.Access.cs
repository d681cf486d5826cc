using MetaFence.Core.Findings;
using static MetaFence.Core.Cloud.Iam.CapabilityClass;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>Lateral movement and data access.</summary>
public static partial class CapabilityCatalog
{
    private static IEnumerable<CapabilityRule> Lateral()
    {
        yield return new CapabilityRule
        {
            Id = "lateral-assume-named-roles",
            Class = LateralMovement,
            Severity = Severity.High,
            Title = "assume the named roles (their permissions add to this one's)",
            Source = "sts:AssumeRole: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html",
            Actions = ["sts:AssumeRole"],
            Scope = ResourceScope.Named,
        };
        yield return Rule("lateral-ssm-send-command", LateralMovement, Severity.High,
            "run shell commands on managed instances (as root, with their roles)",
            "hackingthe.cloud, run shell commands on EC2: https://hackingthe.cloud/aws/post_exploitation/run_shell_commands_on_ec2/", "ssm:SendCommand");
        yield return Rule("lateral-ssm-start-session", LateralMovement, Severity.High,
            "open Session Manager shells on managed instances",
            "hackingthe.cloud, run shell commands on EC2: https://hackingthe.cloud/aws/post_exploitation/run_shell_commands_on_ec2/", "ssm:StartSession");
        yield return Rule("lateral-instance-connect", LateralMovement, Severity.High,
            "push an SSH key to instances through EC2 Instance Connect and log in",
            "EC2 Instance Connect: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/connect-linux-inst-eic.html", "ec2-instance-connect:SendSSHPublicKey");
        yield return Rule("lateral-serial-console", LateralMovement, Severity.High,
            "push an SSH key to an instance's serial console",
            "EC2 serial console: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-serial-console.html", "ec2-instance-connect:SendSerialConsoleSSHPublicKey");
        yield return Rule("lateral-eks-pod-identity", LateralMovement, Severity.Medium,
            "exchange a pod's service-account token for its EKS Pod Identity role credentials",
            "EKS Pod Identity, how it works: https://docs.aws.amazon.com/eks/latest/userguide/pod-id-how-it-works.html", "eks-auth:AssumeRoleForPodIdentity");
    }

    private static IEnumerable<CapabilityRule> Data()
    {
        const string MitreCloudStorage = "MITRE ATT&CK T1530 https://attack.mitre.org/techniques/T1530/";
        const string MitreSecretStores = "MITRE ATT&CK T1555.006 https://attack.mitre.org/techniques/T1555/006/";
        yield return Rule("data-s3-read", DataAccess, Severity.High, "read S3 objects",
            $"{ServiceAuthorization}list_amazons3.html; {MitreCloudStorage}", "s3:GetObject");
        yield return Rule("data-s3-list", DataAccess, Severity.Medium, "list S3 bucket contents",
            $"{ServiceAuthorization}list_amazons3.html; {MitreCloudStorage}", "s3:ListBucket");
        yield return Rule("data-s3-write", DataAccess, Severity.High, "write or overwrite S3 objects",
            $"{ServiceAuthorization}list_amazons3.html", "s3:PutObject");
        yield return Rule("data-secrets-manager", DataAccess, Severity.Critical, "read Secrets Manager secrets",
            $"{ServiceAuthorization}list_awssecretsmanager.html; {MitreSecretStores}", "secretsmanager:GetSecretValue");
        yield return Rule("data-ssm-parameter", DataAccess, Severity.High, "read SSM parameters (SecureString ones too, with kms:Decrypt)",
            $"{ServiceAuthorization}list_awssystemsmanager.html; {MitreSecretStores}", "ssm:GetParameter");
        yield return Rule("data-ssm-parameters", DataAccess, Severity.High, "read SSM parameters in batches",
            $"{ServiceAuthorization}list_awssystemsmanager.html; {MitreSecretStores}", "ssm:GetParameters");
        yield return Rule("data-ssm-parameters-by-path", DataAccess, Severity.High, "read whole SSM parameter trees",
            $"{ServiceAuthorization}list_awssystemsmanager.html; {MitreSecretStores}", "ssm:GetParametersByPath");
        yield return Rule("data-kms-decrypt", DataAccess, Severity.High, "decrypt with KMS keys (encrypted secrets, parameters, objects)",
            $"{ServiceAuthorization}list_awskeymanagementservice.html", "kms:Decrypt");
        yield return Rule("data-dynamodb-get", DataAccess, Severity.High, "read DynamoDB items",
            $"{ServiceAuthorization}list_amazondynamodb.html", "dynamodb:GetItem");
        yield return Rule("data-dynamodb-query", DataAccess, Severity.High, "query DynamoDB tables",
            $"{ServiceAuthorization}list_amazondynamodb.html", "dynamodb:Query");
        yield return Rule("data-dynamodb-scan", DataAccess, Severity.High, "scan whole DynamoDB tables",
            $"{ServiceAuthorization}list_amazondynamodb.html", "dynamodb:Scan");
        yield return Rule("data-ecr-pull", DataAccess, Severity.Medium, "pull private container images (images often carry secrets)",
            $"{ServiceAuthorization}list_amazonelasticcontainerregistry.html",
            "ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
        yield return Rule("data-ec2-user-data", DataAccess, Severity.Medium, "read instances' user data (bootstrap scripts often hold secrets)",
            "EC2 user data (\"we recommend that you don't store sensitive data\"): https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html",
            "ec2:DescribeInstanceAttribute");
    }
}
