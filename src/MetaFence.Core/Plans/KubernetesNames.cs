using System.Text.RegularExpressions;

namespace MetaFence.Core.Plans;

/// <summary>
/// Kubernetes name and label syntax (apimachinery <c>validation.IsDNS1123Label</c>,
/// <c>IsQualifiedName</c>, <c>IsValidLabelValue</c>), so bad input is refused before anything is written.
/// </summary>
public static partial class KubernetesNames
{
    /// <summary>A namespace name: at most 63 lowercase letters, digits and '-', alphanumeric at both ends.</summary>
    public static bool IsNamespace(string name) => name.Length <= 63 && DnsLabel().IsMatch(name);

    /// <summary>A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static bool IsLabelKey(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        var name = slash < 0 ? key : key[(slash + 1)..];
        var prefix = slash < 0 ? null : key[..slash];
        return name.Length is > 0 and <= 63 && LabelName().IsMatch(name)
            && (prefix is null || (prefix.Length is > 0 and <= 253 && DnsSubdomain().IsMatch(prefix)));
    }

    /// <summary>A label value: empty, or at most 63 characters like a label name.</summary>
    public static bool IsLabelValue(string value) => value.Length == 0 || (value.Length <= 63 && LabelName().IsMatch(value));

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")]
    private static partial Regex LabelName();
}
