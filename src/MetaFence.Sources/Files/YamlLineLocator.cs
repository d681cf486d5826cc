using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>Finds lines by walking the YAML node tree of one document along a field path.</summary>
internal sealed class YamlLineLocator(YamlNode root, int lineOffset) : ILineLocator
{
    public int? LineOf(string path)
    {
        var node = root;
        var line = node.Start.Line;
        foreach (var segment in FieldPath.Parse(path))
        {
            if (node is YamlMappingNode mapping && !segment.IsIndex
                && mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == segment.Name) is { Key: { } key, Value: { } value })
            {
                // A field's line is the line of its key: that is where the reader looks.
                line = key.Start.Line;
                node = value;
            }
            else if (node is YamlSequenceNode sequence && segment.IsIndex && segment.Index >= 0 && segment.Index < sequence.Children.Count)
            {
                node = sequence.Children[segment.Index];
                line = node.Start.Line;
            }
            else
            {
                break;
            }
        }

        return (int)line + lineOffset;
    }
}
