namespace MetaFence.Core.Plans;

/// <summary>The ConfigMap carrying the node firewall's script (rendered from <see cref="Rules"/>).</summary>
public sealed record NodeFirewallScriptPlan : PlannedObject
{
    /// <summary>The key of the script in the ConfigMap, and its file name in the container.</summary>
    public const string ScriptKey = "metafence-firewall.sh";

    public required FirewallRuleSet Rules { get; init; }
}
