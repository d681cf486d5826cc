using System.Globalization;

namespace MetaFence.Bench.Measure;

/// <summary>
/// The one-minute load average (<c>/proc/loadavg</c>). Wall-clock figures mean little on a busy
/// machine: the table then says so, and the CPU-time ratio is the one to compare.
/// </summary>
internal static class MachineLoad
{
    public static double? OneMinute()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg)
            && double.TryParse(File.ReadAllText(loadavg).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;
    }

    /// <summary>True when other work competed for the cores (more runnable work than cores, besides us).</summary>
    public static bool IsBusy(double? load) => load > Environment.ProcessorCount;
}
