namespace MetaFence.Rendering.Yaml;

/// <summary>A multi-line text written as a literal block scalar (<c>|</c>), line for line: scripts in ConfigMaps.</summary>
internal sealed class YamlLiteral(string text) : YamlNode
{
    /// <summary>LF line ends; ends with one newline, which <c>|</c> keeps.</summary>
    public string Text { get; } = text.TrimEnd('\n') + "\n";
}
