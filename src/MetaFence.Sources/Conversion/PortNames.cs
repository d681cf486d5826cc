namespace MetaFence.Sources.Conversion;

/// <summary>
/// Port names as Kubernetes validates them (IANA_SVC_NAME): at most 15 characters of lowercase
/// letters, digits and '-', at least one letter, no leading, trailing or double '-'.
/// </summary>
internal static class PortNames
{
    public static bool IsValid(string name) =>
        name.Length is >= 1 and <= 15
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && name.Any(char.IsAsciiLetterLower)
        && !name.StartsWith('-') && !name.EndsWith('-')
        && !name.Contains("--", StringComparison.Ordinal);
}
