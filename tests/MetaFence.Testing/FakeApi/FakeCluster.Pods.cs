using System.Text.Json.Nodes;

namespace MetaFence.Testing.FakeApi;

/// <summary>Scripted pods: their status follows a <see cref="PodScript"/>, one step per read.</summary>
public sealed partial class FakeCluster
{
    private readonly Dictionary<string, PodRun> _pods = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="logs"/> as the log of a pod added with <see cref="Add"/>.</summary>
    public void SetPodLogs(string ns, string name, string logs)
    {
        lock (_gate)
        {
            var step = _pods.TryGetValue(ObjectMeta.Key(ns, name), out var run) ? run.Script.Steps[run.Step] : PodStep.Running;
            _pods[ObjectMeta.Key(ns, name)] = new PodRun(PodScript.Of(logs, step));
        }
    }

    /// <summary>Sets the created pod's first status when a script applies; call before it is stored.</summary>
    internal void StartScript(JsonObject pod)
    {
        if (OnPodCreated?.Invoke(pod) is not { } script)
        {
            pod["status"] ??= new JsonObject { ["phase"] = "Pending" };
            return;
        }

        pod["status"] = StatusOf(pod, script.Steps[0]);
        lock (_gate)
        {
            _pods[ObjectMeta.Key(ObjectMeta.Namespace(pod), ObjectMeta.Name(pod))] = new PodRun(script);
        }
    }

    /// <summary>
    /// A client read <paramref name="pod"/>: when that was the pod's current state and its script has a next step,
    /// the pod moves to it (a MODIFIED event).
    /// </summary>
    internal void Advance(ResourceType type, JsonObject pod)
    {
        if (type.Group.Length != 0 || type.Plural != "pods")
        {
            return;
        }

        var ns = ObjectMeta.Namespace(pod);
        var name = ObjectMeta.Name(pod);
        lock (_gate)
        {
            if (!_pods.TryGetValue(ObjectMeta.Key(ns, name), out var run) || run.Step + 1 >= run.Script.Steps.Count
                || Find(type, ns, name) is not { } current || ObjectMeta.ResourceVersion(current) != ObjectMeta.ResourceVersion(pod))
            {
                return;
            }

            run.Step++;
            var next = (JsonObject)current.DeepClone();
            next["status"] = StatusOf(next, run.Script.Steps[run.Step]);
            Commit(type, ns, name, next, _owners[OwnerKey(type, ns, name)], "MODIFIED", current);
        }
    }

    /// <summary>The log text, or the real server's 400 while the container has not started.</summary>
    internal string Logs(string ns, string name, string? container)
    {
        lock (_gate)
        {
            if (!_pods.TryGetValue(ObjectMeta.Key(ns, name), out var run))
            {
                return "";
            }

            var step = run.Script.Steps[run.Step];
            return step.HasStarted
                ? run.Script.Logs
                : throw ApiError.BadRequest($"container \"{container ?? "probe"}\" in pod \"{name}\" is waiting to start: {step.Reason ?? "ContainerCreating"}");
        }
    }

    private JsonObject StatusOf(JsonObject pod, PodStep step)
    {
        var container = pod["spec"]?["containers"]?[0];
        var state = step.ContainerState switch
        {
            "waiting" => new JsonObject { ["waiting"] = new JsonObject { ["reason"] = step.Reason ?? "ContainerCreating" } },
            "running" => new JsonObject { ["running"] = new JsonObject { ["startedAt"] = Now() } },
            _ => new JsonObject
            {
                ["terminated"] = new JsonObject
                {
                    ["exitCode"] = step.ExitCode ?? 0,
                    ["reason"] = step.Reason ?? "Completed",
                    ["startedAt"] = Now(),
                    ["finishedAt"] = Now(),
                },
            },
        };
        return new JsonObject
        {
            ["phase"] = step.Phase,
            ["containerStatuses"] = new JsonArray(new JsonObject
            {
                ["name"] = container?["name"]?.ToString() ?? "probe",
                ["image"] = container?["image"]?.ToString() ?? "",
                ["ready"] = step.ContainerState == "running",
                ["restartCount"] = 0,
                ["started"] = step.ContainerState == "running",
                ["state"] = state,
            }),
        };
    }

    private sealed class PodRun(PodScript script)
    {
        public PodScript Script { get; } = script;

        public int Step { get; set; }
    }
}
