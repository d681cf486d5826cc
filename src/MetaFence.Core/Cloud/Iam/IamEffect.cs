namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// A statement's <c>Effect</c>: <c>Allow</c> or <c>Deny</c>
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html).
/// </summary>
public enum IamEffect
{
    Allow,
    Deny,
}
