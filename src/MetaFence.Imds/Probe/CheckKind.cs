namespace MetaFence.Imds.Probe;

/// <summary>What a probe check tries, the way an attacker in a pod would.</summary>
public enum CheckKind
{
    /// <summary>A TCP connect to the endpoint's address and port.</summary>
    TcpConnect,

    /// <summary>AWS IMDSv1: GET the role name, then the role's credentials, without a token.</summary>
    Imdsv1Credentials,

    /// <summary>AWS IMDSv2: PUT for a session token, then GET the role credentials with it.</summary>
    Imdsv2Credentials,

    /// <summary>GCP: GET the default service account's access token with <c>Metadata-Flavor: Google</c>.</summary>
    ServiceAccountToken,

    /// <summary>Azure: GET a managed identity token with <c>Metadata: true</c>.</summary>
    ManagedIdentityToken,

    /// <summary>Resolve a name: DNS must keep working where metadata is blocked.</summary>
    Dns,

    /// <summary>A TCP connect to an ordinary destination: other egress must keep working.</summary>
    Egress,
}
