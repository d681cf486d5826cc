namespace MetaFence.Sources.Conversion.Admin;

/// <summary>A v1alpha1 port: exactly one of <c>portNumber</c>, <c>portRange</c>, <c>namedPort</c> (rule 50).</summary>
internal sealed record AdminPortSpec
{
    public PortNumberSpec? PortNumber { get; init; }

    public PortRangeSpec? PortRange { get; init; }

    public string? NamedPort { get; init; }
}
