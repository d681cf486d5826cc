using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;
using MetaFence.Core.Findings;
using static MetaFence.Core.Tests.Cloud.Policies;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>Classification rows: which statements make which capability, each citing its published method or data class.</summary>
public sealed class CapabilityClassifierTests
{
    private const string Rhino = "Rhino Security Labs, AWS privilege escalation methods";
    private const string Named = "arn:aws:iam::111122223333:role/app-reader";

    public sealed record Row(string Source, ImmutableArray<IamStatement> Statements, string Id, bool Present)
    {
        public override string ToString() => $"{Id} {(Present ? "present" : "absent")} [{Source}]";
    }

    public static TheoryData<Row> Rows() =>
    [
        new(Rhino + " 1", Of(Allow("iam:CreatePolicyVersion", "*")), "privesc-create-policy-version", true),
        new(Rhino + " 2", Of(Allow("iam:SetDefaultPolicyVersion", "*")), "privesc-set-default-policy-version", true),
        new(Rhino + " 3", Of(Allow(["iam:PassRole", "ec2:RunInstances"], ["*"])), "privesc-passrole-ec2", true),
        new(Rhino + " 3: PassRole without a launch is not method 3", Of(Allow("iam:PassRole", "*")), "privesc-passrole-ec2", false),
        new(Rhino + " 3: a launch without PassRole is not method 3", Of(Allow("ec2:RunInstances", "*")), "privesc-passrole-ec2", false),
        new(Rhino + " 3: a Deny on PassRole breaks the method", Of(Allow(["iam:PassRole", "ec2:RunInstances"], ["*"]), Deny("iam:PassRole", "*")),
            "privesc-passrole-ec2", false),
        new(Rhino + " 4", Of(Allow("iam:CreateAccessKey", "*")), "privesc-create-access-key", true),
        new(Rhino + " 5", Of(Allow("iam:CreateLoginProfile", "*")), "privesc-create-login-profile", true),
        new(Rhino + " 6", Of(Allow("iam:UpdateLoginProfile", "*")), "privesc-update-login-profile", true),
        new(Rhino + " 7", Of(Allow("iam:AttachUserPolicy", "*")), "privesc-attach-user-policy", true),
        new(Rhino + " 8", Of(Allow("iam:AttachGroupPolicy", "*")), "privesc-attach-group-policy", true),
        new(Rhino + " 9", Of(Allow("iam:AttachRolePolicy", "*")), "privesc-attach-role-policy", true),
        new(Rhino + " 10", Of(Allow("iam:PutUserPolicy", "*")), "privesc-put-user-policy", true),
        new(Rhino + " 11", Of(Allow("iam:PutGroupPolicy", "*")), "privesc-put-group-policy", true),
        new(Rhino + " 12", Of(Allow("iam:Put*Policy", "*")), "privesc-put-role-policy", true),
        new(Rhino + " 13", Of(Allow("iam:AddUserToGroup", "*")), "privesc-add-user-to-group", true),
        new(Rhino + " 14", Of(Allow(["iam:UpdateAssumeRolePolicy", "sts:AssumeRole"], ["*"])), "privesc-update-assume-role-policy", true),
        new(Rhino + " 15", Of(Allow(["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], ["*"])), "privesc-passrole-lambda-invoke", true),
        new(Rhino + " 16", Of(Allow(["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"], ["*"])),
            "privesc-passrole-lambda-event-source", true),
        new(Rhino + " 17", Of(Allow("lambda:UpdateFunctionCode", "*")), "privesc-update-function-code", true),
        new(Rhino + " 18", Of(Allow(["iam:PassRole", "glue:CreateDevEndpoint"], ["*"])), "privesc-passrole-glue-dev-endpoint", true),
        new(Rhino + " 19", Of(Allow("glue:UpdateDevEndpoint", "*")), "privesc-update-glue-dev-endpoint", true),
        new(Rhino + " 20", Of(Allow(["iam:PassRole", "cloudformation:CreateStack"], ["*"])), "privesc-passrole-cloudformation", true),
        new(Rhino + " 21", Of(Allow(["iam:PassRole", "datapipeline:*"], ["*"])), "privesc-passrole-datapipeline", true),
        new("Bishop Fox: PassRole + ECS task", Of(Allow(["iam:PassRole", "ecs:*"], ["*"])), "privesc-passrole-ecs", true),
        new("Bishop Fox: sts:AssumeRole on * (role chaining)", Of(Allow("sts:AssumeRole", "*")), "privesc-assume-any-role", true),
        new("sts:AssumeRole on named roles is lateral movement, not escalation", Of(Allow("sts:AssumeRole", Named)), "privesc-assume-any-role", false),
        new("sts:AssumeRole on named roles", Of(Allow("sts:AssumeRole", Named)), "lateral-assume-named-roles", true),
        new("hackingthe.cloud: ssm:SendCommand runs commands on instances", Of(Allow("ssm:SendCommand", "*")), "lateral-ssm-send-command", true),
        new("EC2 Instance Connect", Of(Allow("ec2-instance-connect:SendSSHPublicKey", "*")), "lateral-instance-connect", true),
        new("S3 authorization reference: s3:GetObject reads objects", Of(Allow("s3:GetObject", "*")), "data-s3-read", true),
        new("Secrets Manager: GetSecretValue", Of(Allow("secretsmanager:Get*", "*")), "data-secrets-manager", true),
        new("SSM: GetParametersByPath", Of(Allow("ssm:GetParametersByPath", "*")), "data-ssm-parameters-by-path", true),
        new("KMS: Decrypt", Of(Allow("kms:Decrypt", "*")), "data-kms-decrypt", true),
        new("DynamoDB: Scan", Of(Allow("dynamodb:Scan", "*")), "data-dynamodb-scan", true),
        new("AdministratorAccess: * on *", Of(Allow("*", "*")), "infra-admin", true),
        new("* on one bucket is not administrator", Of(Allow("*", "arn:aws:s3:::one/*")), "infra-admin", false),
        new("ec2:* is all of EC2", Of(Allow("ec2:*", "*")), "infra-ec2-all", true),
        new("ec2:Describe* is not all of EC2", Of(Allow("ec2:Describe*", "*")), "infra-ec2-all", false),
        new("ec2:Describe* lists instances", Of(Allow("ec2:Describe*", "*")), "read-ec2-instances", true),
        new("NotAction iam:* allows all of EC2", Of(AllowNotAction("iam:*", "*")), "infra-ec2-all", true),
        new("NotAction iam:* allows no IAM escalation", Of(AllowNotAction("iam:*", "*")), "privesc-put-role-policy", false),
        new("eks:* is all of EKS", Of(Allow("eks:*", "*")), "infra-eks-all", true),
        new("EKS access entries: create + associate = cluster-admin", Of(Allow(["eks:CreateAccessEntry", "eks:AssociateAccessPolicy"], ["*"])),
            "k8s-eks-access-entry", true),
        new("ModifyInstanceMetadataOptions can undo IMDS hardening", Of(Allow("ec2:ModifyInstanceMetadataOptions", "*")), "infra-imds-options", true),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_classify_a_capability_When_the_statements_grant_its_actions(Row row)
    {
        var ids = IamEvaluator.Classify(row.Statements).Select(c => c.Id).ToList();

        Assert.True(ids.Contains(row.Id) == row.Present, $"{row}: got [{string.Join(", ", ids)}]");
    }

    [Fact]
    public void Should_lower_the_severity_When_the_grant_is_scoped_or_conditional()
    {
        var everywhere = Single(Of(Allow("s3:GetObject", "*")), "data-s3-read");
        var scoped = Single(Of(Allow("s3:GetObject", "arn:aws:s3:::prod-artifacts/*")), "data-s3-read");
        var conditional = Single(Of(Allow("s3:GetObject", "*").WithCondition()), "data-s3-read");

        Assert.Equal((Severity.High, "*"), (everywhere.Severity, everywhere.Resource));
        Assert.Equal((Severity.Medium, "arn:aws:s3:::prod-artifacts/*"), (scoped.Severity, scoped.Resource));
        Assert.Equal((Severity.Medium, true), (conditional.Severity, conditional.Conditional));
    }

    [Fact]
    public void Should_cite_the_published_method_When_classifying_an_escalation()
    {
        var capability = Single(Of(Allow(["iam:PassRole", "ec2:RunInstances"], ["*"], "inline x on role y (statement 1)")), "privesc-passrole-ec2");

        Assert.Equal(CapabilityClass.PrivilegeEscalation, capability.Class);
        Assert.Equal(Severity.Critical, capability.Severity);
        Assert.Contains("method 3", capability.Source, StringComparison.Ordinal);
        Assert.Contains(CapabilityCatalog.Rhino, capability.Source, StringComparison.Ordinal);
        Assert.Equal<string>(["inline x on role y (statement 1)"], capability.GrantedBy);
    }

    [Fact]
    public void Should_keep_the_grant_with_a_note_When_a_deny_covers_only_part_of_it()
    {
        var capability = Single(Of(Allow("s3:GetObject", "*"), Deny("s3:*", "arn:aws:s3:::prod-audit-logs/*", "deny audit")), "data-s3-read");

        Assert.Equal("*", capability.Resource);
        Assert.Contains("deny audit: denies it on arn:aws:s3:::prod-audit-logs/*", capability.Notes);
    }

    [Fact]
    public void Should_have_unique_ids_and_a_source_When_listing_the_catalog()
    {
        Assert.Equal(CapabilityCatalog.Rules.Length, CapabilityCatalog.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CapabilityCatalog.Rules, r => Assert.Contains("http", r.Source, StringComparison.Ordinal));
        Assert.Equal(21, CapabilityCatalog.Rules.Count(r => r.Source.StartsWith("Rhino Security Labs, AWS privilege escalation method ", StringComparison.Ordinal)));
    }

    private static Capability Single(ImmutableArray<IamStatement> statements, string id) =>
        Assert.Single(IamEvaluator.Classify(statements), c => c.Id == id);
}
