using System.Collections.Immutable;

namespace MetaFence.Core.Plans;

/// <summary>Prose (<see cref="Language"/> null) or a snippet to copy (<c>sh</c>, <c>json</c>, <c>yaml</c>, <c>hcl</c>).</summary>
public sealed record CloudBlock(string? Language, ImmutableArray<string> Lines)
{
    public static CloudBlock Text(params string[] lines) => new(null, [.. lines]);

    public static CloudBlock Code(string language, params string[] lines) => new(language, [.. lines]);
}
