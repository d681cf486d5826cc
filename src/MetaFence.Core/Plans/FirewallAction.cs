namespace MetaFence.Core.Plans;

/// <summary>What a node-firewall rule does with a matching forwarded packet.</summary>
public enum FirewallAction
{
    /// <summary>Leave the chain (iptables <c>RETURN</c>): a needed service inside a blocked address, decided by the node's other rules.</summary>
    Keep,

    /// <summary>Drop it: a credential endpoint.</summary>
    Drop,
}
