using MetaFence.Core.Snapshot;

namespace MetaFence.Testing.World;

/// <summary>Adds ports (text, see <see cref="Ports"/>) and names to rules.</summary>
public static class RuleExtensions
{
    public static EgressRule On(this EgressRule rule, params string[] ports) =>
        rule with { Ports = rule.Ports.AddRange(Ports.Parse(ports)) };

    public static AdminRule On(this AdminRule rule, params string[] ports) =>
        rule with { Ports = rule.Ports.AddRange(Ports.Parse(ports)) };

    public static AdminRule Named(this AdminRule rule, string name) => rule with { Name = name };
}
