using System.Collections.Immutable;
using MetaFence.Core.Cloud.Iam;

namespace MetaFence.Core.Tests.Cloud;

/// <summary>Tiny statements for IAM tables: <c>Allow("s3:GetObject", "*")</c>, <c>Deny(…)</c>, NotAction and NotResource variants.</summary>
internal static class Policies
{
    public const string Account = "111122223333";

    public static IamStatement Allow(string action, string resource, string source = "allow") => Statement(IamEffect.Allow, [action], [resource], source);

    public static IamStatement Allow(string[] actions, string[] resources, string source = "allow") => Statement(IamEffect.Allow, actions, resources, source);

    public static IamStatement Deny(string action, string resource, string source = "deny") => Statement(IamEffect.Deny, [action], [resource], source);

    public static IamStatement AllowNotAction(string notAction, string resource, string source = "allow-not-action") =>
        new() { Effect = IamEffect.Allow, NotActions = [notAction], Resources = [resource], Source = source };

    public static IamStatement DenyNotAction(string notAction, string resource, string source = "deny-not-action") =>
        new() { Effect = IamEffect.Deny, NotActions = [notAction], Resources = [resource], Source = source };

    public static IamStatement AllowNotResource(string action, string notResource, string source = "allow-not-resource") =>
        new() { Effect = IamEffect.Allow, Actions = [action], NotResources = [notResource], Source = source };

    public static IamStatement DenyNotResource(string action, string notResource, string source = "deny-not-resource") =>
        new() { Effect = IamEffect.Deny, Actions = [action], NotResources = [notResource], Source = source };

    public static IamStatement WithCondition(this IamStatement statement) =>
        statement with { HasConditions = true, ConditionText = "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}" };

    public static ImmutableArray<IamStatement> Of(params IamStatement[] statements) => [.. statements];

    public static IamPolicyDocument Document(string source, params IamStatement[] statements) =>
        new() { Version = "2012-10-17", Source = source, Statements = [.. statements] };

    public static string RoleArn(string name) => $"arn:aws:iam::{Account}:role/{name}";

    private static IamStatement Statement(IamEffect effect, string[] actions, string[] resources, string source) =>
        new() { Effect = effect, Actions = [.. actions], Resources = [.. resources], Source = source };
}
