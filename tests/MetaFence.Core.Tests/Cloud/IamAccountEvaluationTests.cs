using MetaFence.Core.Cloud.Iam;
using static MetaFence.Core.Tests.Cloud.Policies;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>A role's policies together: inline and managed both count, a Deny anywhere wins, missing policies are said.</summary>
public sealed class IamAccountEvaluationTests
{
    private const string ManagedArn = "arn:aws:iam::111122223333:policy/queue-writer";
    private const string Queue = "arn:aws:sqs:us-east-1:111122223333:jobs";

    private static readonly IamAccount Account = new()
    {
        Roles =
        [
            new IamRole
            {
                Name = "worker",
                Arn = RoleArn("worker"),
                AttachedPolicyArns = [ManagedArn, "arn:aws:iam::aws:policy/NotExported"],
                InlinePolicies = [new IamInlinePolicy("reads", Document("inline policy reads on role worker", Allow("s3:GetObject", "*", "inline reads")))],
            },
            new IamRole
            {
                Name = "guarded",
                Arn = RoleArn("guarded"),
                AttachedPolicyArns = [ManagedArn],
                InlinePolicies = [new IamInlinePolicy("no-queues", Document("inline policy no-queues on role guarded", Deny("sqs:*", "*", "inline deny")))],
                PermissionsBoundaryArn = "arn:aws:iam::111122223333:policy/boundary",
            },
        ],
        Policies =
        [
            new IamManagedPolicy
            {
                Arn = ManagedArn,
                Name = "queue-writer",
                DefaultVersionId = "v2",
                DefaultDocument = Document($"{ManagedArn} v2", Allow("sqs:SendMessage", Queue, "managed queue-writer")),
                OtherVersionIds = ["v1"],
            },
        ],
    };

    [Theory]
    [InlineData("s3:GetObject", "arn:aws:s3:::b/k", true, "inline policy counts (identity-based policies: inline and managed)")]
    [InlineData("sqs:SendMessage", Queue, true, "managed policy counts (identity-based policies: inline and managed)")]
    [InlineData("sqs:DeleteQueue", Queue, false, "neither grants it: implicit deny")]
    public void Should_count_inline_and_managed_policies_When_deciding(string action, string resource, bool allowed, string source)
    {
        Assert.True(IamEvaluator.IsAllowed(Account, "worker", action, resource) == allowed, source);
    }

    [Fact]
    public void Should_deny_When_an_inline_deny_meets_a_managed_allow()
    {
        var decision = IamEvaluator.Decide(Account, RoleArn("guarded"), "sqs:SendMessage", Queue);

        Assert.Equal((false, true), (decision.Allowed, decision.ExplicitlyDenied));
        Assert.Equal<string>(["inline deny"], decision.DeniedBy);
    }

    [Fact]
    public void Should_name_the_policies_and_the_scope_When_evaluating_a_role()
    {
        var permissions = IamEvaluator.Evaluate(Account, RoleArn("worker"));

        Assert.True(permissions.RoleFound);
        Assert.Equal<string>(["inline policy reads on role worker", $"{ManagedArn} v2 (default version)"], permissions.PolicySources);
        Assert.Contains(permissions.Notes, n => n.StartsWith("identity-based policies only", StringComparison.Ordinal) && n.Contains("service control policies", StringComparison.Ordinal));
        Assert.Contains("attached managed policy arn:aws:iam::aws:policy/NotExported is not in the export: its permissions are unknown (export without --filter)", permissions.Notes);
    }

    [Fact]
    public void Should_say_the_boundary_is_not_evaluated_When_a_role_has_one()
    {
        var permissions = IamEvaluator.Evaluate(Account, "guarded");

        Assert.Contains("role guarded has the permissions boundary arn:aws:iam::111122223333:policy/boundary: not evaluated, real permissions are at most what it allows", permissions.Notes);
    }

    [Theory]
    [InlineData("worker")]
    [InlineData("arn:aws:iam::111122223333:role/worker")]
    [InlineData("arn:aws:sts::111122223333:assumed-role/worker/i-0a1b2c3d4e5f60001")]
    public void Should_find_the_role_When_given_a_name_an_arn_or_an_assumed_role_arn(string role)
    {
        Assert.Equal(RoleArn("worker"), IamEvaluator.Evaluate(Account, role).Role);
    }

    [Fact]
    public void Should_report_an_unknown_role_When_it_is_not_in_the_export()
    {
        var permissions = IamEvaluator.Evaluate(Account, "ghost");

        Assert.False(permissions.RoleFound);
        Assert.Empty(permissions.Capabilities);
        Assert.Equal<string>(["role ghost is not in the IAM export: its permissions are unknown"], permissions.Notes);
        Assert.False(IamEvaluator.IsAllowed(Account, "ghost", "s3:GetObject", "*"));
    }
}
