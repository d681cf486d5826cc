namespace MetaFence.Core.Verify;

/// <summary>Why a check is made, and so what the right answer is.</summary>
public enum CheckPurpose
{
    /// <summary>A credential endpoint: it must be blocked.</summary>
    CredentialEndpoint,

    /// <summary>The cluster resolver: it must stay reachable.</summary>
    Dns,

    /// <summary>An ordinary destination: it must stay reachable.</summary>
    Egress,
}
