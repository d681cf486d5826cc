using System.Diagnostics;
using System.Runtime;
using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Sources.Files;

namespace MetaFence.Bench.Measure;

/// <summary>
/// Child mode <c>audit FILE</c>: what <c>metafence audit -f FILE</c> does minus rendering, that is
/// <see cref="ManifestLoader.Load"/> then <see cref="Auditor.Run"/>, timed as a whole and split.
/// Nothing is forced while timing (no GC.Collect): the figures are those a user would get. Only
/// afterwards do full collections measure what the snapshot and the report retain.
/// </summary>
internal static class AuditPass
{
    /// <summary>The exit code when the loader (or the auditor) is not implemented yet.</summary>
    public const int NotImplementedExit = 3;

    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        try
        {
            var load = ManifestLoader.Load([path], new LoadOptions());
            var figures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["load_seconds"] = clock.Elapsed.TotalSeconds,
                ["rss_after_load"] = ProcessMemory.CurrentBytes(),
                ["heap_after_load"] = GC.GetGCMemoryInfo().HeapSizeBytes,
            };
            AuditReport? report = Auditor.Run(load.Snapshot, new AuditOptions(EndpointCatalog.All));
            figures["seconds"] = clock.Elapsed.TotalSeconds;
            figures["audit_seconds"] = figures["seconds"] - figures["load_seconds"];
            figures["cpu_seconds"] = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            figures["peak_bytes"] = ProcessMemory.PeakBytes();
            AddRuntime(figures);
            AddCounts(figures, load, report);

            // After every timed figure and the peak: what stays reachable, found by full collections.
            figures["retained_bytes"] = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(report);
            report = null; // unoptimised (tier-0) code keeps locals alive to the end of the method
            figures["retained_snapshot_bytes"] = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(load);
            ChildResult.Print(figures);
            foreach (var diagnostic in load.Diagnostics.Take(5))
            {
                Console.Error.WriteLine($"bench: loader diagnostic: {diagnostic}");
            }

            return 0;
        }
        catch (NotImplementedException e)
        {
            var site = e.TargetSite is { } method ? $"{method.DeclaringType?.Name}.{method.Name}" : "the loader";
            Console.Error.WriteLine($"bench: {site} threw NotImplementedException ({e.Message}): not implemented yet, nothing to measure");
            return NotImplementedExit;
        }
    }

    private static void AddRuntime(Dictionary<string, double> figures)
    {
        figures["allocated_bytes"] = GC.GetTotalAllocatedBytes();
        figures["gc0"] = GC.CollectionCount(0);
        figures["gc1"] = GC.CollectionCount(1);
        figures["gc2"] = GC.CollectionCount(2);
        figures["gc_pause_seconds"] = GC.GetTotalPauseDuration().TotalSeconds;
        figures["server_gc"] = GCSettings.IsServerGC ? 1 : 0;
        figures["concurrent_gc"] = GCSettings.LatencyMode == GCLatencyMode.Batch ? 0 : 1;
    }

    /// <summary>What the snapshot holds, so the parent can check that the loader read the whole dump.</summary>
    private static void AddCounts(Dictionary<string, double> figures, LoadResult load, AuditReport report)
    {
        var snapshot = load.Snapshot;
        figures["pods"] = snapshot.Pods.Count(p => !p.IsTemplate);
        figures["templates"] = snapshot.Pods.Count(p => p.IsTemplate);
        figures["terminated"] = snapshot.SkippedTerminatedPods;
        figures["namespaces"] = snapshot.Namespaces.Length;
        figures["policies"] = snapshot.NetworkPolicies.Length;
        figures["diagnostics"] = load.Diagnostics.Length;
        figures["errors"] = load.HasErrors ? 1 : 0;
        figures["subjects"] = report.Subjects.Length;
        figures["findings"] = report.Findings.Length;
    }
}
