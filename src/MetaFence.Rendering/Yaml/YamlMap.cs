namespace MetaFence.Rendering.Yaml;

/// <summary>A block mapping whose keys keep the order they were added in; written as <c>{}</c> when empty.</summary>
internal sealed class YamlMap : YamlNode
{
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = [];

    public YamlMap Add(string key, YamlNode value)
    {
        Entries.Add(KeyValuePair.Create(key, value));
        return this;
    }

    public YamlMap Add(string key, string value) => Add(key, new YamlScalar(value));

    public YamlMap Add(string key, int value) => Add(key, YamlScalar.Of(value));

    /// <summary>Adds the entry only when <paramref name="value"/> is not null.</summary>
    public YamlMap AddIf(string key, YamlNode? value) => value is null ? this : Add(key, value);
}
