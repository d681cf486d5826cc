using MetaFence.Bench.Measure;

namespace MetaFence.Bench;

/// <summary>
/// <c>./bench/run [options]</c> generates (or reuses) the dump and measures it; the child modes
/// <c>floor FILE</c> and <c>audit FILE</c> are what it starts for each measurement.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["floor", var path]:
                return FloorPass.Run(path);
            case ["audit", var path]:
                return AuditPass.Run(path);
            case ["--help" or "-h"]:
                Console.Out.WriteLine(BenchOptions.Usage);
                return (int)BenchExit.Measured;
        }

        var options = BenchOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine($"bench: {error}");
            Console.Error.WriteLine(BenchOptions.Usage);
            return (int)BenchExit.Usage;
        }

        return (int)BenchRun.Run(options);
    }
}
