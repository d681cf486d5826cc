using System.Globalization;
using System.Text.Json;
using MetaFence.Bench.Generation;
using MetaFence.Bench.Measure;

namespace MetaFence.Bench;

/// <summary>
/// The whole benchmark: get the dump (reuse or generate), warm the page cache, measure the floor
/// and then the audit each in a fresh child, check the loader saw what the dump holds, print the table.
/// </summary>
internal static class BenchRun
{
    public static BenchExit Run(BenchOptions options)
    {
        var log = Console.Error;
        var plan = ClusterPlan.Create(options);
        var path = Path.GetFullPath(options.DumpPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        var generated = !File.Exists(path);
        if (generated)
        {
            log.WriteLine($"bench: generating {path}");
            var stats = DumpWriter.Write(plan, path, log);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench: wrote {stats.Bytes / 1e6:N1} MB in {stats.Elapsed.TotalSeconds:N1} s: {stats.Namespaces:N0} namespaces, {stats.Deployments:N0} Deployments and ReplicaSets, {stats.Pods:N0} pods ({stats.PodBytes / stats.Pods / 1024.0:N1} KiB each), {stats.Policies:N0} NetworkPolicies"));
        }
        else
        {
            log.WriteLine($"bench: reusing {path} (same options, same bytes)");
        }

        try
        {
            return Measure(options, plan, path, generated);
        }
        finally
        {
            if (generated && !options.Keep)
            {
                File.Delete(path);
                log.WriteLine("bench: removed the dump (pass --keep to reuse it next time)");
            }
        }
    }

    private static BenchExit Measure(BenchOptions options, ClusterPlan plan, string path, bool generated)
    {
        var log = Console.Error;
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var dumpBytes = new FileInfo(path).Length;
        log.WriteLine("bench: warming the page cache, so both passes read from memory");
        try
        {
            FloorPass.Read(path);
        }
        catch (JsonException e)
        {
            log.WriteLine($"bench: {path} is not complete JSON ({e.Message}); delete it and run again");
            return BenchExit.Failed;
        }

        var loadBefore = MachineLoad.OneMinute();
        var floors = new List<ChildResult>();
        var audits = new List<ChildResult>();
        // The fastest floor so far and the busier of the load before and now.
        ResultTable Table() => new(options, plan, path, generated, dumpBytes, floors.MinBy(f => f["seconds"])!, Math.Max(loadBefore ?? 0, MachineLoad.OneMinute() ?? 0))
        {
            Rounds = (floors, audits),
        };
        void FloorOnly(string reason) => Table().PrintFloorOnly(Console.Out, reason);
        // Rounds alternate floor and audit, each in a fresh child; the fastest of each is compared,
        // so a pass slowed by something outside it (another process, a page cache the machine
        // dropped) does not decide the ratio. Every round is printed.
        for (var round = 1; round <= options.Rounds; round++)
        {
            var of = options.Rounds > 1 ? string.Create(CultureInfo.InvariantCulture, $" (round {round} of {options.Rounds})") : string.Empty;
            if (round > 1)
            {
                Warm(path);
            }

            log.WriteLine($"bench: measuring the floor (one Utf8JsonReader pass) in a fresh process{of}");
            var floor = ChildRunner.Run("floor", path, timeout);
            if (!floor.Succeeded)
            {
                log.WriteLine($"bench: the floor pass failed ({Describe(floor, options)})");
                return BenchExit.Failed;
            }

            floors.Add(floor.Result);
            log.WriteLine($"bench: measuring the audit (ManifestLoader.Load + Auditor.Run) in a fresh process{of}");
            var run = ChildRunner.Run("audit", path, timeout);
            if (run.ExitCode == AuditPass.NotImplementedExit)
            {
                FloorOnly("the loader is not implemented yet (NotImplementedException)");
                log.WriteLine("bench: NOT MEASURED: the loader is not implemented yet (NotImplementedException); only the floor was measured");
                return BenchExit.NotImplemented;
            }

            if (!run.Succeeded)
            {
                FloorOnly("the audit pass failed (see stderr)");
                log.WriteLine($"bench: the audit pass failed ({Describe(run, options)})");
                return BenchExit.Failed;
            }

            audits.Add(run.Result);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench: round {round}: floor {floor.Result["seconds"]:N2} s, audit {run.Result["seconds"]:N2} s"));
        }

        var problems = audits.SelectMany(a => Mismatches(plan, a)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var problem in problems)
        {
            log.WriteLine($"bench: INVALID: {problem}");
        }

        Table().Print(Console.Out, audits.MinBy(a => a["seconds"])!, problems.Count == 0);
        return problems.Count == 0 ? BenchExit.Measured : BenchExit.Failed;
    }

    /// <summary>A fast audit of a half-read dump proves nothing: the snapshot must hold what was generated.</summary>
    private static List<string> Mismatches(ClusterPlan plan, ChildResult audit)
    {
        var problems = new List<string>();
        var pods = (long)(audit["pods"] + audit["terminated"]);
        if (pods != plan.Pods)
        {
            problems.Add($"the loader returned {pods:N0} pods; the dump holds {plan.Pods:N0}");
        }

        if ((long)audit["policies"] != plan.Policies.Count)
        {
            problems.Add($"the loader returned {audit["policies"]:N0} NetworkPolicies; the dump holds {plan.Policies.Count:N0}");
        }

        if ((long)audit["namespaces"] < plan.Namespaces.Count)
        {
            problems.Add($"the loader returned {audit["namespaces"]:N0} namespaces; the dump holds {plan.Namespaces.Count:N0}");
        }

        if (audit["errors"] > 0)
        {
            problems.Add($"the loader reported errors ({audit["diagnostics"]:N0} diagnostics; the first are above)");
        }

        return problems;
    }

    /// <summary>Reads the dump's bytes once more (no parsing), so the next round reads from memory too.</summary>
    private static void Warm(string path)
    {
        var buffer = new byte[1 << 20];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        while (stream.Read(buffer) > 0)
        {
        }
    }

    private static string Describe(ChildRun run, BenchOptions options) =>
        run.TimedOut ? $"no result within --timeout {options.TimeoutSeconds} s; stopped it" : $"exit code {run.ExitCode}; its error is above";
}
