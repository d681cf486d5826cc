using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>The reachability function a <see cref="TruthTable"/> needs, answered by an <see cref="Oracle"/>.</summary>
internal static class Reach
{
    /// <summary>
    /// <c>(from pod, to)</c> → allowed, where <c>to</c> is a pod (<c>y/b</c>), an address
    /// (<c>169.254.169.254</c>, <c>[fd00:ec2::254]</c>) or either with its own port;
    /// <paramref name="port"/> is used when it has none.
    /// </summary>
    public static Func<string, string, bool> By(Oracle oracle, World world, string port = "80/TCP")
    {
        var snapshot = world.Build();
        var evaluate = Oracles.For(oracle, snapshot);
        return (from, to) => evaluate(snapshot.Pod(from), snapshot.Destination(HasPort(to) ? to : $"{to}:{port}")).Allowed;
    }

    private static bool HasPort(string to) =>
        to.StartsWith('[') ? to.Contains("]:", StringComparison.Ordinal) : to.Count(c => c == ':') == 1;
}
