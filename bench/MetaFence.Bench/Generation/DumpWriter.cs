using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetaFence.Bench.Generation;

/// <summary>
/// Streams the synthetic cluster to disk as one <c>kubectl get -o json</c> style <c>v1/List</c>:
/// Namespaces, Deployments, ReplicaSets, Pods, NetworkPolicies, each object built from the plan and
/// flushed as it goes, never the whole dump in memory. Written to a temporary file and then moved,
/// so a dump with the expected name is always complete.
/// </summary>
internal static class DumpWriter
{
    /// <summary>Part of the dump's file name: bump it whenever the generator's output changes, so old dumps are not reused.</summary>
    public const int FormatVersion = 1;

    /// <summary>kubectl's key order (sorted), separators and escaping (quotes as <c>\"</c>). kubectl itself indents by four spaces; the issue asks for two.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const int FlushAt = 1 << 20;

    public static DumpStats Write(ClusterPlan plan, string path, TextWriter progress)
    {
        var clock = Stopwatch.StartNew();
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        long podBytes;
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, FlushAt))
            {
                using (var w = new Utf8JsonWriter(file, Options))
                using (var lastApplied = new LastApplied(Options))
                {
                    podBytes = WriteList(w, plan, lastApplied, progress);
                }

                file.Write("\n"u8);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        return new DumpStats(new FileInfo(path).Length, plan.Namespaces.Count, plan.Deployments, plan.Pods, plan.Policies.Count, podBytes, clock.Elapsed);
    }

    private static long WriteList(Utf8JsonWriter w, ClusterPlan plan, LastApplied lastApplied, TextWriter progress)
    {
        w.WriteStartObject();
        w.WriteString("apiVersion", "v1");
        w.WriteStartArray("items");
        foreach (var ns in plan.Namespaces)
        {
            NamespaceWriter.Write(w, plan, ns);
            FlushIfFull(w);
        }

        var workloads = new WorkloadWriter(lastApplied);
        foreach (var workload in plan.Workloads.Where(x => x.IsDeployment))
        {
            workloads.WriteDeployment(w, ShapeFactory.Create(plan, workload));
            FlushIfFull(w);
        }

        foreach (var workload in plan.Workloads.Where(x => x.IsDeployment))
        {
            WorkloadWriter.WriteReplicaSet(w, ShapeFactory.Create(plan, workload));
            FlushIfFull(w);
        }

        var podsStart = w.BytesCommitted + w.BytesPending;
        WritePods(w, plan, lastApplied, progress);
        var podBytes = w.BytesCommitted + w.BytesPending - podsStart;
        var policies = new PolicyWriter(plan, lastApplied);
        foreach (var policy in plan.Policies)
        {
            policies.Write(w, policy);
            FlushIfFull(w);
        }

        w.WriteEndArray();
        w.WriteString("kind", "List");
        w.WriteStartObject("metadata");
        w.WriteString("resourceVersion", string.Empty);
        w.WriteEndObject();
        w.WriteEndObject();
        return podBytes;
    }

    private static void WritePods(Utf8JsonWriter w, ClusterPlan plan, LastApplied lastApplied, TextWriter progress)
    {
        var pods = new PodWriter(plan, lastApplied);
        var step = Math.Max(1, plan.Pods / 10);
        foreach (var workload in plan.Workloads)
        {
            var shape = ShapeFactory.Create(plan, workload);
            for (var i = 0; i < workload.Replicas; i++)
            {
                var index = workload.FirstPod + i;
                pods.Write(w, shape, index);
                FlushIfFull(w);
                if ((index + 1) % step == 0)
                {
                    progress.WriteLine($"bench: generating pods {(index + 1) * 100L / plan.Pods}% ({(w.BytesCommitted >> 20):N0} MiB written)");
                }
            }
        }
    }

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushAt)
        {
            w.Flush();
        }
    }
}
