using System.Collections.Immutable;

namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// One policy statement as written: <c>Action</c> or <c>NotAction</c>, <c>Resource</c> or
/// <c>NotResource</c> (each a string or an array in the JSON, always an array here), and whether
/// a <c>Condition</c> is present. Conditions are reported, never evaluated.
/// References: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
/// …_elements_notaction.html, …_elements_resource.html, …_elements_notresource.html.
/// </summary>
public sealed record IamStatement
{
    public required IamEffect Effect { get; init; }

    public string? Sid { get; init; }

    /// <summary>Action patterns (<c>service:Name</c>, <c>*</c> and <c>?</c> wildcards); empty when <see cref="NotActions"/> is used.</summary>
    public ImmutableArray<string> Actions { get; init; } = [];

    /// <summary>NotAction patterns: the statement covers every action except these.</summary>
    public ImmutableArray<string> NotActions { get; init; } = [];

    /// <summary>Resource ARN patterns; empty when <see cref="NotResources"/> is used (and in trust policies).</summary>
    public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>NotResource patterns: the statement covers every resource except these.</summary>
    public ImmutableArray<string> NotResources { get; init; } = [];

    /// <summary>Trust policies only: principals as <c>Service:ec2.amazonaws.com</c>, <c>AWS:arn:…</c>, <c>Federated:…</c> or <c>*</c>.</summary>
    public ImmutableArray<string> Principals { get; init; } = [];

    public bool HasConditions { get; init; }

    /// <summary>The <c>Condition</c> block as compact JSON, empty when there is none.</summary>
    public string ConditionText { get; init; } = "";

    /// <summary>Where the statement comes from: <c>inline policy X on role Y, statement 2</c> or a managed policy ARN with the statement number.</summary>
    public required string Source { get; init; }

    /// <summary>True when the statement names actions by <c>NotAction</c>.</summary>
    public bool UsesNotAction => Actions.IsDefaultOrEmpty && !NotActions.IsDefaultOrEmpty;

    /// <summary>True when the statement names resources by <c>NotResource</c>.</summary>
    public bool UsesNotResource => Resources.IsDefaultOrEmpty && !NotResources.IsDefaultOrEmpty;
}
