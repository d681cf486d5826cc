namespace MetaFence.Sources.Conversion.Admin;

/// <summary>An inclusive port range; <c>protocol</c> only in v1alpha1 <c>portRange</c>.</summary>
internal sealed record PortRangeSpec
{
    public string? Protocol { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }
}
