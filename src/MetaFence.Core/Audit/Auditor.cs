using MetaFence.Core.Snapshot;

namespace MetaFence.Core.Audit;

/// <summary>Builds the audit subjects, evaluates each against every endpoint and runs the audit rules.</summary>
public static class Auditor
{
    public static AuditReport Run(ClusterSnapshot snapshot, AuditOptions options) => throw new NotImplementedException();
}
