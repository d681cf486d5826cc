namespace MetaFence.Core.Verify;

/// <summary>What the engine predicted for one check, from the policies in the cluster.</summary>
public enum Prediction
{
    Blocked,

    Reachable,

    /// <summary>The engine cannot tell (a name it does not resolve, e.g. a Service behind DNAT).</summary>
    Unknown,
}
