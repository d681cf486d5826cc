namespace MetaFence.Rendering.Yaml;

/// <summary>A block sequence; written as <c>[]</c> when empty.</summary>
internal sealed class YamlList : YamlNode
{
    public List<YamlNode> Items { get; } = [];

    public YamlList Add(YamlNode item)
    {
        Items.Add(item);
        return this;
    }

    public YamlList Add(string text, string? trailing = null)
    {
        Items.Add(new YamlScalar(text) { Trailing = trailing });
        return this;
    }

    public static YamlList Of(IEnumerable<YamlNode> items)
    {
        var list = new YamlList();
        list.Items.AddRange(items);
        return list;
    }

    public static YamlList Of(IEnumerable<string> items) => Of(items.Select(i => (YamlNode)new YamlScalar(i)));
}
