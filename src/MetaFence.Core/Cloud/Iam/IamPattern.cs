namespace MetaFence.Core.Cloud.Iam;

/// <summary>
/// IAM wildcard matching: <c>*</c> matches any run of characters (also none), <c>?</c> exactly one.
/// Action names compare case-insensitively ("The prefix and the action name are case insensitive",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html);
/// resource ARNs case-sensitively (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html,
/// "ARNs are case sensitive" in the wildcard section). A wildcard may cross ARN separators
/// (<c>arn:aws:iam::*:role/*</c>), so the match is over the whole text.
/// </summary>
public static class IamPattern
{
    /// <summary>Does the action <paramref name="pattern"/> match <paramref name="action"/> (case-insensitive)?</summary>
    public static bool MatchesAction(string pattern, string action) => Matches(pattern, action, ignoreCase: true);

    /// <summary>Does the resource <paramref name="pattern"/> match <paramref name="resource"/> (case-sensitive)?</summary>
    public static bool MatchesResource(string pattern, string resource) => Matches(pattern, resource, ignoreCase: false);

    /// <summary>Glob match with <c>*</c> and <c>?</c>; linear backtracking over the last <c>*</c>.</summary>
    public static bool Matches(string pattern, string text, bool ignoreCase)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(text);
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], text[t], ignoreCase)))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>
    /// Do two patterns share at least one match? Approximated as "either matches the other read
    /// literally": exact when one of them has no wildcard; with wildcards on both sides
    /// (<c>a*c</c>, <c>ab*</c>) it can miss an overlap.
    /// </summary>
    public static bool Overlap(string left, string right, bool ignoreCase) =>
        Matches(left, right, ignoreCase) || Matches(right, left, ignoreCase);

    private static bool Same(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
