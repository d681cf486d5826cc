using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>A YAML document that parses but cannot become JSON; caught by <see cref="YamlInput"/> and reported.</summary>
internal sealed class YamlConversionException(YamlNode node, string message) : Exception(message)
{
    public int Line { get; } = (int)node.Start.Line;
}
