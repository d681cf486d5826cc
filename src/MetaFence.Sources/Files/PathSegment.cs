namespace MetaFence.Sources.Files;

/// <summary>One step of a field path: a property <see cref="Name"/>, or an <see cref="Index"/> when the name is null.</summary>
internal readonly record struct PathSegment(string? Name, int Index)
{
    public bool IsIndex => Name is null;
}
