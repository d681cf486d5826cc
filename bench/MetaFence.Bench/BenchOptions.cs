using System.Globalization;
using MetaFence.Bench.Generation;

namespace MetaFence.Bench;

/// <summary>The command line of <c>./bench/run</c>: the size of the synthetic cluster and where its dump lives.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: ./bench/run [--quick] [--pods N] [--namespaces N] [--policies N] [--seed N]
                           [--out FILE] [--out-dir DIR] [--keep] [--timeout SECONDS] [--rounds N]

          --pods N          pods in the dump (default 150000; --quick 5000)
          --namespaces N    namespaces, kube-system included (default 10000; --quick 350)
          --policies N      NetworkPolicies (default 20000; --quick 700)
          --seed N          generator seed (default 1); same options, same bytes
          --out FILE        the dump file (default DIR/<name made of the options>)
          --out-dir DIR     where dumps are kept (default bench/out)
          --keep            keep a dump this run generated (an existing dump is always reused and kept)
          --timeout SECONDS give up on a measurement after this long (default 1800)
          --rounds N        measure floor and audit N times each, alternating, and compare the
                            fastest of each (default 2): a neighbour's burst or a dropped page
                            cache slows one pass, not the result

        example: ./bench/run --quick
        """;

    public int Pods { get; init; } = 150_000;

    public int Namespaces { get; init; } = 10_000;

    public int Policies { get; init; } = 20_000;

    public ulong Seed { get; init; } = 1;

    public string? Out { get; init; }

    public string OutDir { get; init; } = Path.Combine("bench", "out");

    public bool Keep { get; init; }

    public int TimeoutSeconds { get; init; } = 1800;

    public int Rounds { get; init; } = 2;

    /// <summary>Named by everything that shapes its bytes, so a file of that name can be reused.</summary>
    public string DumpPath => Out ?? Path.Combine(OutDir, string.Create(CultureInfo.InvariantCulture,
        $"metafence-bench-p{Pods}-n{Namespaces}-np{Policies}-s{Seed}-g{DumpWriter.FormatVersion}.json"));

    /// <summary>Reads the options in any order; <c>--quick</c> only changes the defaults.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = ReadArguments(args, out error);
        if (values is null)
        {
            return null;
        }

        var options = values.ContainsKey("--quick") ? new BenchOptions { Pods = 5_000, Namespaces = 350, Policies = 700 } : new BenchOptions();
        try
        {
            options = options with
            {
                Pods = Number(values, "--pods", options.Pods),
                Namespaces = Number(values, "--namespaces", options.Namespaces),
                Policies = Number(values, "--policies", options.Policies),
                Seed = (ulong)Number(values, "--seed", (int)options.Seed),
                TimeoutSeconds = Number(values, "--timeout", options.TimeoutSeconds),
                Rounds = Number(values, "--rounds", options.Rounds),
                Out = values.GetValueOrDefault("--out"),
                OutDir = values.GetValueOrDefault("--out-dir") ?? options.OutDir,
                Keep = values.ContainsKey("--keep"),
            };
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }

        error = options.Namespaces < 2 ? "--namespaces must be at least 2 (kube-system and one more)"
            : options.Pods < 2 ? "--pods must be at least 2 (the two CoreDNS pods)"
            : options.TimeoutSeconds < 1 ? "--timeout must be at least 1"
            : options.Rounds < 1 ? "--rounds must be at least 1"
            : null;
        return error is null ? options : null;
    }

    /// <summary>Option name to value (empty for the flags); a later value wins.</summary>
    private static Dictionary<string, string>? ReadArguments(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--keep" or "--quick":
                    values[args[i]] = string.Empty;
                    break;
                case "--pods" or "--namespaces" or "--policies" or "--seed" or "--out" or "--out-dir" or "--timeout" or "--rounds" when i + 1 < args.Count:
                    values[args[i]] = args[++i];
                    break;
                default:
                    error = $"unknown or incomplete option '{args[i]}'";
                    return null;
            }
        }

        return values;
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new FormatException($"{name} expects a whole number, not '{text}'");
}
