using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Sources.Files;

/// <summary>
/// Resolves a YAML scalar to its JSON value as kubectl and Helm do: plain <c>null</c>, <c>~</c> and
/// empty are null; the YAML 1.1 booleans of go-yaml v2 (<c>true</c>/<c>false</c>, <c>yes</c>/<c>no</c>,
/// <c>on</c>/<c>off</c>, <c>y</c>/<c>n</c>) are booleans; integers and floats (YAML 1.2 core schema)
/// are numbers; everything else, and every quoted or block scalar, is a string.
/// </summary>
internal static partial class YamlScalars
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    public static void Write(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
        if (tag == TagPrefix + "str" || (tag is null && scalar.Style != ScalarStyle.Plain))
        {
            writer.WriteStringValue(value);
        }
        else if ((tag is null || tag == TagPrefix + "null") && IsNull(value))
        {
            writer.WriteNullValue();
        }
        else if ((tag is null || tag == TagPrefix + "bool") && TryBool(value, out var flag))
        {
            writer.WriteBooleanValue(flag);
        }
        else if ((tag is null || tag == TagPrefix + "int" || tag == TagPrefix + "float") && TryNumber(value, out var number))
        {
            writer.WriteRawValue(number, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    private static bool IsNull(string value) => value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// The booleans of go-yaml v2's resolve table, which kubectl and Helm use through
    /// sigs.k8s.io/yaml (kubernetes-sigs/yaml <c>goyaml.v2/resolve.go</c>): <c>fenced: yes</c> is
    /// <c>true</c>, so a string field refuses it.
    /// </summary>
    private static bool TryBool(string value, out bool flag)
    {
        flag = value is "true" or "True" or "TRUE" or "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON";
        return flag || value is "false" or "False" or "FALSE" or "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF";
    }

    /// <summary>The number as JSON text, when <paramref name="value"/> is a YAML 1.2 int or finite float.</summary>
    private static bool TryNumber(string value, out string json)
    {
        json = "";
        if (IntegerPattern().IsMatch(value))
        {
            var digits = value.TrimStart('+', '-').TrimStart('0');
            json = (value.StartsWith('-') && digits.Length > 0 ? "-" : "") + (digits.Length == 0 ? "0" : digits);
            return true;
        }

        if (value.StartsWith("0x", StringComparison.Ordinal)
            && long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            json = hex.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (FloatPattern().IsMatch(value)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && double.IsFinite(real))
        {
            json = real.ToString("R", CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
