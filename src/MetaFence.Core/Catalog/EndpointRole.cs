namespace MetaFence.Core.Catalog;

/// <summary>Whether an endpoint must be blocked (it hands out credentials) or kept reachable.</summary>
public enum EndpointRole
{
    CredentialSource,
    NeededService,
}
