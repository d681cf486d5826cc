namespace MetaFence.Core.Cloud.Iam;

/// <summary>An inline policy embedded in a role, user or group: its name and document.</summary>
public sealed record IamInlinePolicy(string Name, IamPolicyDocument Document);
