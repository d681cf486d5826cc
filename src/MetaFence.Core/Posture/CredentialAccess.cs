namespace MetaFence.Core.Posture;

/// <summary>Whether a subject can take the node's credentials from one metadata endpoint, all layers joined.</summary>
public enum CredentialAccess
{
    /// <summary>The subject gets the node's credentials.</summary>
    Exposed,

    /// <summary>A policy layer keeps the subject from the endpoint (layer 1).</summary>
    BlockedByNetwork,

    /// <summary>The node's metadata settings refuse it (IMDS disabled, or the token reply dies on the way; layer 2).</summary>
    BlockedByNode,

    /// <summary>The GKE metadata server answers in place of the Compute Engine one and hides the node identity (layer 2).</summary>
    HiddenByMetadataServer,

    /// <summary>The network lets it through, but no export says what the node does.</summary>
    Unknown,
}
