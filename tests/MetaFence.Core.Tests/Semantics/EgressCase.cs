using System.Text;
using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;

namespace MetaFence.Core.Tests.Semantics;

/// <summary>
/// One semantic table row: a tiny world, a question (<see cref="From"/> pod, <see cref="To"/>
/// destination as <c>address:port/protocol</c> or <c>ns/pod:port/protocol</c>), the expected
/// answer, optionally the expected <see cref="Decision"/>, and where the answer comes from.
/// </summary>
public sealed record EgressCase(string Source, World World, string From, string To, bool Allowed, Decision? Decision = null)
{
    public const bool Reachable = true;
    public const bool Blocked = false;

    /// <summary>Asks <paramref name="oracle"/> and fails with the world, the verdict and the source when it answers otherwise.</summary>
    public void Check(Oracle oracle)
    {
        var snapshot = World.Build();
        var verdict = Oracles.For(oracle, snapshot)(snapshot.Pod(From), snapshot.Destination(To));
        if (verdict.Allowed == Allowed && (Decision is null || verdict.Decision == Decision))
        {
            return;
        }

        var message = new StringBuilder()
            .AppendLine($"{oracle}: {From} -> {To}")
            .AppendLine($"  expected: {(Allowed ? "reachable" : "blocked")}{(Decision is null ? "" : $" ({Decision})")}")
            .AppendLine($"  actual:   {(verdict.Allowed ? "reachable" : "blocked")} ({verdict.Decision}) by [{string.Join("; ", verdict.DecidedBy.Select(r => $"{r.Policy} rule {r.Rule?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"))}]")
            .AppendLine($"  source:   {Source}")
            .AppendLine("world:")
            .Append(SnapshotText.Describe(snapshot));
        Assert.Fail(message.ToString());
    }

    public override string ToString() => $"{From} -> {To}: {(Allowed ? "reachable" : "blocked")} [{Source}]";
}
