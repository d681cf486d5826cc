namespace MetaFence.Sources.Conversion.Admin;

/// <summary><c>portNumber</c>: protocol (default TCP) and port.</summary>
internal sealed record PortNumberSpec
{
    public string? Protocol { get; init; }

    public int? Port { get; init; }
}
