using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>IAM wildcards: <c>*</c> any run (also empty), <c>?</c> exactly one character; actions ignore case, ARNs do not.</summary>
public sealed class IamPatternTests
{
    private const string ActionDocs = "IAM Action element: prefix and action name are case insensitive; * and ? wildcards";
    private const string ResourceDocs = "IAM Resource element: wildcards * and ? in ARNs, ARNs are case sensitive";

    public sealed record Row(string Pattern, string Text, bool IsAction, bool Matches, string Source)
    {
        public override string ToString() => $"{Pattern} ~ {Text} = {Matches} ({Source})";
    }

    public static TheoryData<Row> Rows() =>
    [
        new("s3:GetObject", "s3:GetObject", true, true, ActionDocs),
        new("S3:getobject", "s3:GetObject", true, true, ActionDocs + " (iam:ListAccessKeys = IAM:listaccesskeys)"),
        new("s3:*", "s3:GetObject", true, true, ActionDocs + " (\"s3:*\" applies to all S3 actions)"),
        new("s3:*", "s3express:CreateSession", true, false, ActionDocs + ": the service prefix ends at the colon"),
        new("iam:*AccessKey*", "iam:CreateAccessKey", true, true, ActionDocs + " (*AccessKey* example)"),
        new("iam:*AccessKey*", "iam:ListAccessKeys", true, true, ActionDocs + " (*AccessKey* example)"),
        new("iam:?etRole", "iam:GetRole", true, true, ActionDocs + ": ? is one character"),
        new("iam:?etRole", "iam:GetRolePolicy", true, false, ActionDocs + ": ? is not a run"),
        new("iam:??GetRole", "iam:GetRole", true, false, ActionDocs + ": ? is exactly one, never none"),
        new("*", "sts:AssumeRole", true, true, ActionDocs + ": * alone is every action"),
        new("ec2:Describe*", "ec2:RunInstances", true, false, ActionDocs),
        new("arn:aws:s3:::prod-*/*", "arn:aws:s3:::prod-artifacts/build.tar", false, true, ResourceDocs),
        new("arn:aws:s3:::Prod-*/*", "arn:aws:s3:::prod-artifacts/build.tar", false, false, ResourceDocs + ": case-sensitive"),
        new("arn:aws:iam::*:role/*", "arn:aws:iam::111122223333:role/ci/deployer", false, true, ResourceDocs + ": * spans path segments"),
        new("arn:aws:ec2:us-east-1:111122223333:instance/i-0?", "arn:aws:ec2:us-east-1:111122223333:instance/i-01", false, true, ResourceDocs),
        new("*", "arn:aws:s3:::anything", false, true, ResourceDocs + ": * is every resource"),
        new("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false, false, ResourceDocs + ": a bucket ARN is not its objects"),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_match_like_IAM_When_comparing_a_pattern(Row row)
    {
        var matches = row.IsAction ? IamPattern.MatchesAction(row.Pattern, row.Text) : IamPattern.MatchesResource(row.Pattern, row.Text);

        Assert.True(matches == row.Matches, row.ToString());
    }
}
