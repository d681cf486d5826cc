using MetaFence.Core.Findings;
using MetaFence.Core.Snapshot;

namespace MetaFence.Rendering.Tests.Fixtures;

/// <summary>Findings as the audit rules might word them; deliberately out of order.</summary>
internal static class SampleFindings
{
    public static readonly Finding[] All =
    [
        new()
        {
            RuleId = "MF007",
            Title = "Metadata blocked over IPv4 only",
            Severity = Severity.Medium,
            Namespace = "y",
            Subject = new ObjectRef("CronJob", "y", "report"),
            Message = "169.254.169.254 is denied but fd00:ec2::254 and fd20:ce::254 are reachable.",
            Remediation = "Add the IPv6 metadata addresses to the deny rule: fd00:ec2::254/128, fd20:ce::254/128.",
            References = ["SEMANTICS 22"],
        },
        new()
        {
            RuleId = "MF001",
            Title = "Pods can reach a cloud credential endpoint",
            Severity = Severity.Critical,
            Namespace = "x",
            Subject = new ObjectRef("Deployment", "x", "web"),
            Message = "x/web (3 pods) can reach aws-imds, azure-imds, gcp-metadata, oracle-imds: no NetworkPolicy isolates it for egress.",
            Remediation = "Apply an egress NetworkPolicy that allows 0.0.0.0/0 except 169.254.169.254/32 and keeps DNS:\n  metafence generate -f workloads/x.yaml",
            References = ["CIS 5.3.2", "MITRE ATT&CK T1552.005"],
            Location = new SourceLocation("workloads/x.yaml", 1, "spec.template", 7),
        },
        new()
        {
            RuleId = "MF004",
            Title = "Host network bypasses NetworkPolicy",
            Severity = Severity.High,
            Namespace = "y",
            Subject = new ObjectRef("DaemonSet", "y", "node-agent"),
            Message = "y/node-agent uses hostNetwork: no NetworkPolicy applies and the IMDSv2 hop limit does not stop it.",
            Remediation = "Drop hostNetwork, or block metadata on the node with the node firewall DaemonSet.",
            References = ["CIS 5.2.5", "MITRE ATT&CK T1552.005"],
            Location = new SourceLocation("workloads/y.yaml", 1, "spec.template.spec.hostNetwork", 12),
        },
        new()
        {
            RuleId = "MF001",
            Title = "Pods can reach a cloud credential endpoint",
            Severity = Severity.Critical,
            Namespace = "y",
            Subject = new ObjectRef("DaemonSet", "y", "node-agent"),
            Message = "y/node-agent (2 pods) can reach aws-imds, azure-imds, gcp-metadata, oracle-imds: it uses the host network.",
            Remediation = "Drop hostNetwork, or block metadata on the node with the node firewall DaemonSet.",
            References = ["CIS 5.3.2", "MITRE ATT&CK T1552.005"],
            Location = new SourceLocation("workloads/y.yaml", 1, "spec.template", 7),
        },
        new()
        {
            RuleId = "MF020",
            Title = "Two policy API versions present",
            Severity = Severity.Info,
            Message = "The input holds v1alpha1 AdminNetworkPolicy and v1alpha2 ClusterNetworkPolicy; a cluster serves one.",
        },
    ];
}
