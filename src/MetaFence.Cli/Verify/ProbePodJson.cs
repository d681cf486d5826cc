using System.Text.Json.Nodes;
using MetaFence.Core.Verify;

namespace MetaFence.Cli.Verify;

/// <summary>
/// A <see cref="ProbePodPlan"/> as a v1 Pod that satisfies the <c>restricted</c> Pod Security profile
/// (kubernetes.io/docs/concepts/security/pod-security-standards: runAsNonRoot, a non-zero runAsUser,
/// allowPrivilegeEscalation false, capabilities drop ALL, seccomp RuntimeDefault, no host namespaces,
/// volumes or ports), with requests and limits, no service account token, <c>restartPolicy: Never</c>
/// and <c>activeDeadlineSeconds</c>, so a MetaFence that dies mid-run leaves nothing running for long.
/// </summary>
internal static class ProbePodJson
{
    public static JsonObject Of(ProbePodPlan pod)
    {
        var labels = new JsonObject();
        foreach (var (key, value) in pod.Labels)
        {
            labels[key] = value;
        }

        var annotations = new JsonObject { ["metafence.io/purpose"] = "verify: probes cloud metadata, DNS and egress, then is deleted" };
        if (pod.StandsFor is { } standsFor)
        {
            annotations["metafence.io/stands-for"] = standsFor;
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = new JsonObject { ["name"] = pod.Name, ["namespace"] = pod.Namespace, ["labels"] = labels, ["annotations"] = annotations },
            ["spec"] = new JsonObject
            {
                ["restartPolicy"] = "Never",
                ["activeDeadlineSeconds"] = pod.ActiveDeadlineSeconds,
                ["automountServiceAccountToken"] = false,
                ["enableServiceLinks"] = false,
                ["terminationGracePeriodSeconds"] = 0,
                ["securityContext"] = new JsonObject
                {
                    ["runAsNonRoot"] = true,
                    ["runAsUser"] = ProbePods.RunAsUser,
                    ["runAsGroup"] = ProbePods.RunAsUser,
                    ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" },
                },
                ["containers"] = new JsonArray(Container(pod)),
            },
        };
    }

    private static JsonObject Container(ProbePodPlan pod) => new()
    {
        ["name"] = ProbePods.ContainerName,
        ["image"] = pod.Image,
        ["imagePullPolicy"] = "IfNotPresent",
        ["command"] = new JsonArray("sh", "-c", pod.Script),
        ["resources"] = new JsonObject
        {
            ["requests"] = new JsonObject { ["cpu"] = ProbePods.CpuRequest, ["memory"] = ProbePods.MemoryRequest },
            ["limits"] = new JsonObject { ["cpu"] = ProbePods.CpuLimit, ["memory"] = ProbePods.MemoryLimit },
        },
        ["securityContext"] = new JsonObject
        {
            ["allowPrivilegeEscalation"] = false,
            ["privileged"] = false,
            ["runAsNonRoot"] = true,
            ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
            ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" },
        },
    };
}
