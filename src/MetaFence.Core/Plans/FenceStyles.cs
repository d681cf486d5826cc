using System.Collections.Immutable;
using System.Diagnostics;

namespace MetaFence.Core.Plans;

/// <summary>The names <c>--style</c> accepts and what each style is: namespaced or cluster-wide, provable by the engine or not.</summary>
public static class FenceStyles
{
    /// <summary>Every style, in the order documents are written.</summary>
    public static ImmutableArray<FenceStyle> All { get; } = [.. Enum.GetValues<FenceStyle>()];

    public static string Name(FenceStyle style) => style switch
    {
        FenceStyle.NetworkPolicy => "networkpolicy",
        FenceStyle.TwoPolicy => "two-policy",
        FenceStyle.Admin => "admin",
        FenceStyle.Baseline => "baseline",
        FenceStyle.Calico => "calico",
        FenceStyle.Cilium => "cilium",
        FenceStyle.NodeFirewall => "node-firewall",
        FenceStyle.PodSecurity => "pod-security",
        FenceStyle.Cloud => "cloud",
        _ => throw new UnreachableException(),
    };

    /// <summary>The style named <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParse(string name, out FenceStyle style)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                style = candidate;
                return true;
            }
        }

        style = default;
        return false;
    }

    /// <summary>Styles whose objects are egress policies: the engine proves them before they are printed.</summary>
    public static bool IsPolicy(FenceStyle style) => style switch
    {
        FenceStyle.NetworkPolicy or FenceStyle.TwoPolicy or FenceStyle.Admin or FenceStyle.Baseline or FenceStyle.Calico or FenceStyle.Cilium => true,
        FenceStyle.NodeFirewall or FenceStyle.PodSecurity or FenceStyle.Cloud => false,
        _ => throw new UnreachableException(),
    };

    /// <summary>Styles that write one object set per target namespace, so they need targets.</summary>
    public static bool IsNamespaced(FenceStyle style) => style switch
    {
        FenceStyle.NetworkPolicy or FenceStyle.TwoPolicy or FenceStyle.PodSecurity => true,
        FenceStyle.Admin or FenceStyle.Baseline or FenceStyle.Calico or FenceStyle.Cilium or FenceStyle.NodeFirewall or FenceStyle.Cloud => false,
        _ => throw new UnreachableException(),
    };
}
