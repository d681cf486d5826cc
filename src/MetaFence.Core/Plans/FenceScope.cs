namespace MetaFence.Core.Plans;

/// <summary><c>--scope</c>: what the fence blocks besides the credential endpoints' own addresses.</summary>
public enum FenceScope
{
    /// <summary>Exactly the credential endpoints' addresses (a /32 or /128 each).</summary>
    Imds,

    /// <summary>
    /// All of 169.254.0.0/16 and fe80::/10 plus the credential addresses outside them, with
    /// carve-outs that re-allow the needed link-local services (DESIGN "common mistakes").
    /// </summary>
    LinkLocal,
}
