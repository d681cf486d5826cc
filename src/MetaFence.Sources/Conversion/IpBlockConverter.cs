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
    public static (IpSet Set, string Text)? Convert(V1IPBlock block, string path, ObjectProblems problems)
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

            // Rule 21: a strict subset, same family, longer prefix; anything else rejects the object.
            if (!outer.StrictlyContains(except))
            {
                var family = except.Family != outer.Family
                    ? $" (it is {Name(except.Family)} and the cidr is {Name(outer.Family)}; block {Name(except.Family)} in a second ipBlock)"
                    : "";
                problems.Reject(exceptPath, "21", $"{excepts[i]} is not a strict subset of cidr {block.Cidr}{family}");
                continue;
            }

            removed = removed.Union(IpSet.Of(except));
        }

        if (cidr is not { } network)
        {
            return null;
        }

        var text = excepts.Count == 0 ? block.Cidr : $"{block.Cidr} except {string.Join(", ", excepts)}";
        return (IpSet.Of(network).Except(removed), text);
    }

    private static string Name(IpFamily family) => family == IpFamily.V4 ? "IPv4" : "IPv6";
}
