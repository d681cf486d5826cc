namespace MetaFence.Rendering.Yaml;

/// <summary>
/// A node of an ordered YAML tree that keeps comments: <see cref="Comments"/> are written on the
/// lines above the node (or above its key), <see cref="Trailing"/> after a scalar on its line.
/// </summary>
internal abstract class YamlNode
{
    public List<string> Comments { get; } = [];

    public string? Trailing { get; set; }

    /// <summary>Adds comment lines above this node; null or empty adds nothing.</summary>
    public T WithComments<T>(params IEnumerable<string?> lines)
        where T : YamlNode
    {
        Comments.AddRange(lines.OfType<string>().Where(l => l.Length > 0));
        return (T)this;
    }
}
