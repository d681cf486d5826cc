using System.Diagnostics;
using System.Globalization;

namespace MetaFence.Bench.Measure;

/// <summary>
/// This process's resident memory from <c>/proc/self/status</c>: VmHWM is the peak resident set
/// (managed heap, runtime, native allocations and mapped file pages alike), VmRSS the current one.
/// Elsewhere <see cref="Process.PeakWorkingSet64"/>, which reads the same figure on Linux.
/// </summary>
internal static class ProcessMemory
{
    public static long PeakBytes() => Read("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    public static long CurrentBytes() => Read("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

    private static long? Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line?[field.Length..].Trim().Split(' ')[0];
        return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
