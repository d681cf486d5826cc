using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using MetaFence.Core.Evaluation;
using MetaFence.Testing.World;
using Xunit.Abstractions;

namespace MetaFence.Core.Tests.Evaluation;

/// <summary>
/// STYLE 6, differential property test: the engine against <see cref="ReferenceEvaluator"/> on
/// random worlds (<see cref="RandomWorld"/>). The seed is fixed so CI is reproducible; set
/// <c>METAFENCE_SEED</c> (an unsigned integer) to explore others and <c>METAFENCE_WORLDS</c> to
/// ask more (default 2,500 worlds × 24 questions, about a second). Failures print the seed,
/// the world number and a shrunk world per kind of disagreement.
/// </summary>
public sealed class EngineDifferentialTests(ITestOutputHelper output)
{
    /// <summary>The CI seed.</summary>
    public const ulong DefaultSeed = 20_260_401;

    private const int DefaultWorlds = 2_500;
    private const int QuestionsPerWorld = 24;

    [Fact]
    public void Should_agree_with_the_reference_evaluator_When_asked_about_random_worlds()
    {
        var seed = FromEnvironment("METAFENCE_SEED", DefaultSeed);
        var worlds = (int)FromEnvironment("METAFENCE_WORLDS", DefaultWorlds);
        var stopwatch = Stopwatch.StartNew();
        var questions = 0;
        var found = new List<(int World, Disagreement Disagreement)>();
        var decisions = new SortedDictionary<Decision, int>();
        for (var world = 0; world < worlds; world++)
        {
            var (snapshot, asked) = new RandomWorld(new PCG((uint)world, seed)).Next(QuestionsPerWorld);
            var engine = new EgressEngine(snapshot);
            var reference = new ReferenceEvaluator(snapshot);
            foreach (var (subject, destination) in asked)
            {
                questions++;
                var decision = reference.Evaluate(subject, destination).Decision;
                decisions[decision] = decisions.GetValueOrDefault(decision) + 1;
                var disagreement = Disagreement.Between(engine, reference, subject, destination);
                if (disagreement is not null)
                {
                    found.Add((world, disagreement));
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"METAFENCE_SEED={seed}: {worlds} worlds, {questions} questions, {found.Count} disagreements, {stopwatch.ElapsedMilliseconds} ms"));
        output.WriteLine("reference decisions: " + string.Join(", ", decisions.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {d.Value}"))));
        Assert.True(questions >= 10_000, $"only {questions} questions asked");
        if (found.Count > 0)
        {
            Assert.Fail(Report(seed, questions, found));
        }
    }

    private static ulong FromEnvironment(string name, ulong fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(text) ? fallback : ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string Report(ulong seed, int questions, List<(int World, Disagreement Disagreement)> found)
    {
        var text = new StringBuilder().AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"engine and reference disagree on {found.Count} of {questions} questions; reproduce with METAFENCE_SEED={seed}"));
        foreach (var group in found.GroupBy(f => f.Disagreement.Kind).OrderByDescending(g => g.Count()))
        {
            var (world, first) = group.First();
            var shrunk = WorldShrinker.Shrink(first);
            text.AppendLine()
                .AppendLine(string.Create(CultureInfo.InvariantCulture, $"== {group.Key}: {group.Count()} questions, first in world #{world} (seed {seed}); shrunk:"))
                .AppendLine($"question: {shrunk.Subject} -> {shrunk.Destination}")
                .AppendLine(shrunk.Detail)
                .Append(SnapshotText.Describe(shrunk.Snapshot));
        }

        return text.ToString();
    }
}
