using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;
using static MetaFence.Core.Tests.Cloud.Policies;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>The evaluation rules, one row each, with where the expected answer comes from.</summary>
public sealed class IamEvaluatorTests
{
    private const string EvalLogic = "AWS policy evaluation logic (single account): an explicit deny in any policy overrides the allow";
    private const string Implicit = "AWS explicit and implicit denies: no applicable Allow means implicitly denied";
    private const string NotActionDocs = "IAM NotAction: matches everything except the listed actions";
    private const string NotResourceDocs = "IAM NotResource: matches every resource except the listed ones";

    public sealed record Row(string Source, ImmutableArray<IamStatement> Statements, string Action, string Resource, bool Allowed, bool Conditional = false)
    {
        public override string ToString() => $"{Action} on {Resource}: {(Allowed ? "allowed" : "denied")} [{Source}]";
    }

    private const string Object = "arn:aws:s3:::prod-artifacts/build.tar";
    private const string Secret = "arn:aws:s3:::prod-secrets/db.env";

    public static TheoryData<Row> Rows() =>
    [
        new(EvalLogic + ": one Allow is enough", Of(Allow("s3:GetObject", "*")), "s3:GetObject", Object, true),
        new(Implicit, Of(Allow("s3:ListBucket", "*")), "s3:GetObject", Object, false),
        new(Implicit + ": no statements at all", Of(), "s3:GetObject", Object, false),
        new(EvalLogic + ": Deny wins over Allow", Of(Allow("s3:*", "*"), Deny("s3:GetObject", "*")), "s3:GetObject", Object, false),
        new(EvalLogic + ": Deny wins whatever the order", Of(Deny("s3:GetObject", "*"), Allow("s3:GetObject", "*")), "s3:GetObject", Object, false),
        new(EvalLogic + ": a Deny on other resources leaves this one", Of(Allow("s3:*", "*"), Deny("s3:GetObject", "arn:aws:s3:::prod-secrets/*")),
            "s3:GetObject", Object, true),
        new(EvalLogic + ": ... and denies its own", Of(Allow("s3:*", "*"), Deny("s3:GetObject", "arn:aws:s3:::prod-secrets/*")),
            "s3:GetObject", Secret, false),
        new(NotActionDocs + " (Deny with NotAction denies everything else)", Of(Allow("*", "*"), DenyNotAction("iam:*", "*")),
            "s3:GetObject", Object, false),
        new(NotActionDocs + " (Deny with NotAction leaves the listed actions)", Of(Allow("*", "*"), DenyNotAction("iam:*", "*")),
            "iam:ListRoles", "*", true),
        new(NotActionDocs + " (Allow with NotAction allows every other service)", Of(AllowNotAction("iam:*", "*")), "s3:GetObject", Object, true),
        new(NotActionDocs + " (Allow with NotAction never allows the listed ones)", Of(AllowNotAction("iam:*", "*")), "iam:CreateUser", "*", false),
        new(NotResourceDocs, Of(AllowNotResource("s3:GetObject", "arn:aws:s3:::prod-secrets/*")), "s3:GetObject", Object, true),
        new(NotResourceDocs + " (the listed resources stay implicitly denied)", Of(AllowNotResource("s3:GetObject", "arn:aws:s3:::prod-secrets/*")),
            "s3:GetObject", Secret, false),
        new(NotResourceDocs + " (Deny with NotResource denies all but the listed)", Of(Allow("s3:GetObject", "*"), DenyNotResource("s3:*", "arn:aws:s3:::prod-artifacts/*")),
            "s3:GetObject", Secret, false),
        new("IAM Action element: case-insensitive", Of(Allow("S3:GETOBJECT", "*")), "s3:GetObject", Object, true),
        new("IAM Action element: ? is one character", Of(Allow("s3:?etObject", "*")), "s3:GetObject", Object, true),
        new("IAM Resource element: case-sensitive ARNs", Of(Allow("s3:GetObject", "arn:aws:s3:::Prod-artifacts/*")), "s3:GetObject", Object, false),
        new("IAM Condition element: reported, not evaluated (a conditional Allow counts)", Of(Allow("s3:GetObject", "*").WithCondition()),
            "s3:GetObject", Object, true, Conditional: true),
        new("IAM Condition element: reported, not evaluated (a conditional Deny does not deny)",
            Of(Allow("s3:GetObject", "*"), Deny("s3:GetObject", "*").WithCondition()), "s3:GetObject", Object, true, Conditional: true),
        new("IAM Action element: an array of actions", Of(Allow(["sqs:SendMessage", "s3:GetObject"], ["*"])), "s3:GetObject", Object, true),
        new("IAM Resource element: an array of resources", Of(Allow(["s3:GetObject"], ["arn:aws:s3:::a/*", "arn:aws:s3:::prod-artifacts/*"])),
            "s3:GetObject", Object, true),
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_decide_like_IAM_When_asked_about_one_request(Row row)
    {
        var decision = IamEvaluator.Decide(row.Statements, row.Action, row.Resource);

        Assert.True(decision.Allowed == row.Allowed, $"{row}: got {(decision.Allowed ? "allowed" : "denied")}");
        Assert.True(decision.Conditional == row.Conditional, $"{row}: conditional {decision.Conditional}");
    }

    [Fact]
    public void Should_name_the_statements_When_a_deny_wins()
    {
        var decision = IamEvaluator.Decide(Of(Allow("s3:*", "*", "inline a"), Deny("s3:GetObject", "*", "managed b")), "s3:GetObject", Object);

        Assert.True(decision.ExplicitlyDenied);
        Assert.Equal<string>(["inline a"], decision.AllowedBy);
        Assert.Equal<string>(["managed b"], decision.DeniedBy);
    }
}
