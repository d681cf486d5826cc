using System.Collections.Immutable;
using MetaFence.Core.Cloud;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Tests.Posture;

/// <summary>Hand-made cloud exports for posture and trace tests: EC2 instances, one IAM account.</summary>
internal static class PostureWorld
{
    public const string Account = "111122223333";

    public static string Profile(string name) => $"arn:aws:iam::{Account}:instance-profile/{name}";

    public static string Role(string name) => $"arn:aws:iam::{Account}:role/{name}";

    public static AwsInstance Instance(string id, string dns, string tokens, int hops, string? profile = "node") => new()
    {
        InstanceId = id,
        PrivateDnsName = dns,
        AvailabilityZone = "us-east-1a",
        InstanceProfileArn = profile is null ? null : Profile(profile),
        MetadataOptions = new AwsMetadataOptions { HttpTokens = tokens, HttpPutResponseHopLimit = hops, HttpEndpoint = "enabled" },
    };

    /// <summary>Role <c>node</c> (profile <c>node</c>) with the given actions on <c>*</c>.</summary>
    public static IamAccount Iam(params string[] actions) => new()
    {
        Roles =
        [
            new IamRole
            {
                Name = "node",
                Arn = Role("node"),
                InstanceProfileArns = [Profile("node")],
                InlinePolicies =
                [
                    new IamInlinePolicy("ops", new IamPolicyDocument
                    {
                        Source = "inline policy ops on role node",
                        Statements = [new IamStatement { Effect = IamEffect.Allow, Actions = [.. actions], Resources = ["*"], Source = "inline policy ops on role node (statement 1)" }],
                    }),
                ],
            },
        ],
    };

    public const string Nodes = """
        apiVersion: v1
        kind: Node
        metadata: {name: n1, labels: {eks.amazonaws.com/nodegroup: general}}
        spec: {providerID: "aws:///us-east-1a/i-0000000000000001"}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: ip-10-0-0-2.ec2.internal}
        ---
        apiVersion: v1
        kind: Node
        metadata: {name: lost}
        spec: {providerID: "aws:///us-east-1a/i-00000000000000ff"}
        """;

    public static ImmutableArray<AwsInstance> Instances(string tokens, int hops) =>
    [
        Instance("i-0000000000000001", "ip-10-0-0-1.ec2.internal", tokens, hops),
        Instance("i-0000000000000002", "ip-10-0-0-2.ec2.internal", tokens, hops, profile: null),
    ];
}
