using System.Text.Json.Nodes;

namespace MetaFence.Cli.Tests.Live;

/// <summary>
/// The <c>restricted</c> Pod Security Standard, field by field
/// (kubernetes.io/docs/concepts/security/pod-security-standards, "Restricted" and the baseline controls it includes),
/// plus what verify promises on top: requests and limits, no token, Never restarted, a deadline.
/// </summary>
internal static class RestrictedPodAssert
{
    public static void Satisfies(JsonNode? pod)
    {
        var spec = pod?["spec"];
        Assert.NotNull(spec);
        Assert.Null(spec["hostNetwork"]);
        Assert.Null(spec["hostPID"]);
        Assert.Null(spec["hostIPC"]);
        Assert.Null(spec["volumes"]);
        Assert.True(spec["securityContext"]?["runAsNonRoot"]?.GetValue<bool>());
        Assert.NotEqual("0", spec["securityContext"]?["runAsUser"]?.ToString() ?? "0");
        Assert.Equal("RuntimeDefault", spec["securityContext"]?["seccompProfile"]?["type"]?.GetValue<string>());
        Assert.False(spec["automountServiceAccountToken"]?.GetValue<bool>());
        Assert.Equal("Never", spec["restartPolicy"]?.GetValue<string>());
        Assert.True(long.Parse(spec["activeDeadlineSeconds"]?.ToString() ?? "0", System.Globalization.CultureInfo.InvariantCulture) > 0);
        var containers = spec["containers"]?.AsArray() ?? [];
        Assert.Single(containers);
        foreach (var container in containers)
        {
            var context = container?["securityContext"];
            Assert.False(context?["allowPrivilegeEscalation"]?.GetValue<bool>());
            Assert.False(context?["privileged"]?.GetValue<bool>());
            Assert.Equal(["ALL"], context?["capabilities"]?["drop"]?.AsArray().Select(c => c?.GetValue<string>()) ?? []);
            Assert.Null(context?["capabilities"]?["add"]);
            Assert.Null(container?["ports"]);
            Assert.NotNull(container?["resources"]?["limits"]?["cpu"]);
            Assert.NotNull(container?["resources"]?["limits"]?["memory"]);
            Assert.NotNull(container?["resources"]?["requests"]?["cpu"]);
            Assert.NotNull(container?["resources"]?["requests"]?["memory"]);
            Assert.Equal("sh", container?["command"]?[0]?.GetValue<string>());
        }
    }
}
