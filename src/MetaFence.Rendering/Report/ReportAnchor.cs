using System.Text;

namespace MetaFence.Rendering.Report;

/// <summary>
/// Anchor ids for rows, sections and nodes from any text: lower-case ASCII letters and digits,
/// runs of anything else become one <c>-</c>. <c>From("subject", "shop", "Deployment/web")</c> is
/// <c>subject-shop-deployment-web</c>. Kubernetes names are DNS labels, so ids made from kind,
/// namespace and name do not collide.
/// </summary>
public static class ReportAnchor
{
    public static string From(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = new StringBuilder();
        foreach (var ch in string.Join("-", parts))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                text.Append(char.ToLowerInvariant(ch));
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().TrimEnd('-');
    }
}
