namespace MetaFence.Imds.Emulator;

/// <summary>AWS <c>HttpTokens</c>: whether IMDSv1 (no session token) is still answered.</summary>
public enum TokenRequirement
{
    /// <summary>IMDSv1 and IMDSv2 both work (the AWS API default for instances without an IMDSv2-only AMI).</summary>
    Optional,

    /// <summary>Only requests carrying a valid IMDSv2 session token are answered; others get 401.</summary>
    Required,
}
