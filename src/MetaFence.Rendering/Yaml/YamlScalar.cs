using System.Globalization;

namespace MetaFence.Rendering.Yaml;

/// <summary>A scalar: text (quoted when YAML would read it as something else) or a number.</summary>
internal sealed class YamlScalar(string text, bool isNumber = false) : YamlNode
{
    public string Text { get; } = text;

    public bool IsNumber { get; } = isNumber;

    public static YamlScalar Of(int number) => new(number.ToString(CultureInfo.InvariantCulture), isNumber: true);
}
