namespace MetaFence.Core.Plans;

/// <summary>The DaemonSet that runs the node firewall's script on every node, with only NET_ADMIN and NET_RAW.</summary>
public sealed record NodeFirewallDaemonSetPlan : PlannedObject
{
    public required string Image { get; init; }

    /// <summary>The ConfigMap holding the script (<see cref="NodeFirewallScriptPlan"/>).</summary>
    public required string ConfigMap { get; init; }
}
