using System.Diagnostics.CodeAnalysis;
using MetaFence.Core.Plans;

namespace MetaFence.Cli.Generate;

/// <summary>
/// One <c>--allow NS/SELECTOR</c> value: a namespace, a slash, and a kubectl label selector
/// (<c>monitoring/app=cloud-agent</c>, <c>ops/app in (autoscaler,agent)</c>). Label keys may hold a
/// slash themselves, so only the first one separates.
/// </summary>
internal static class AllowInput
{
    public const string Expected = "NS/SELECTOR, e.g. monitoring/app=cloud-agent (SELECTOR: " + SelectorText.Grammar + ")";

    public static bool TryParse(string text, [NotNullWhen(true)] out AllowedWorkload? allow, out string problem)
    {
        allow = null;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            problem = $"{text}: no namespace before a slash";
            return false;
        }

        var ns = text[..slash].Trim();
        if (!KubernetesNames.IsNamespace(ns))
        {
            problem = $"{text}: \"{ns}\" is not a namespace name";
            return false;
        }

        if (!SelectorText.TryParse(text[(slash + 1)..], out var selector, out problem))
        {
            problem = $"{text}: {problem}";
            return false;
        }

        allow = new AllowedWorkload(ns, selector, text.Trim());
        return true;
    }
}
