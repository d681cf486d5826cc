using System.Globalization;
using k8s.Models;
using MetaFence.Core.Net;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>
/// An ipBlock to the set it matches, <c>cidr</c> minus every <c>except</c> (rule 20), and its text
/// as written (<c>0.0.0.0/0 except 169.254.169.254/32</c>). Rule 21 is checked.
/// </summary>
internal static class IpBlockConverter
{
    public static (IpSet Set, string Text, IpSet? Cidr)? Convert(V1IPBlock block, string path, ObjectProblems problems)
    {
        var cidr = CidrReader.Read(block.Cidr, path + ".cidr", "21", problems);
        var excepts = block.Except ?? [];
        var removed = IpSet.Empty;
        for (var i = 0; i < excepts.Count; i++)
        {
            var exceptPath = FieldPath.Index(path + ".except", i);
            if (CidrReader.Read(excepts[i], exceptPath, "21", problems) is not { } except || cidr is not { } outer)
            {
                continue;
            }

            if (StrictSubsetProblem(block.Cidr, outer, excepts[i], except) is { } problem)
            {
                problems.Reject(exceptPath, "21", $"{excepts[i]} is not a strict subset of cidr {block.Cidr}{problem}");
                continue;
            }

            removed = removed.Union(IpSet.Of(except));
        }

        if (cidr is not { } network)
        {
            return null;
        }

        var text = excepts.Count == 0 ? block.Cidr : $"{block.Cidr} except {string.Join(", ", excepts)}";
        return (IpSet.Of(network).Except(removed), text, excepts.Count == 0 ? null : IpSet.Of(network));
    }

    /// <summary>
    /// Rule 21 as <c>ValidateIPBlock</c> checks it: the cidr contains the except's network
    /// (<c>net.IPNet.Contains</c>, which reads IPv4-mapped addresses as IPv4, rule 25) and
    /// <c>cidrMaskLen &lt; exceptMaskLen</c>, where both come from <c>Mask.Size()</c>, the prefix
    /// lengths as written: <c>::ffff:0.0.0.0/96</c> is 96, never 0. Null when the except is valid,
    /// else why not ("" when the plain message says it all).
    /// </summary>
    private static string? StrictSubsetProblem(string outerText, Cidr outer, string exceptText, Cidr except)
    {
        if (except.Family != outer.Family)
        {
            return $" (it is {Name(except.Family)} and the cidr is {Name(outer.Family)}; block {Name(except.Family)} in a second ipBlock)";
        }

        if (!outer.Range.Contains(except.Network))
        {
            return "";
        }

        var (outerLength, exceptLength) = (RawPrefixLength(outerText), RawPrefixLength(exceptText));
        if (outerLength < exceptLength)
        {
            return null;
        }

        return outer.PrefixLength < except.PrefixLength
            ? string.Create(CultureInfo.InvariantCulture,
                $" (the API server compares the prefix lengths as written, {outerLength} and {exceptLength}; write both in the same form, e.g. cidr {outer})")
            : "";
    }

    /// <summary>The number after the slash; the text already parsed as a CIDR.</summary>
    private static int RawPrefixLength(string text) =>
        int.Parse(text.AsSpan(text.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Name(IpFamily family) => family == IpFamily.V4 ? "IPv4" : "IPv6";
}
