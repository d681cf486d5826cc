using MetaFence.Core.Audit;
using MetaFence.Core.Catalog;
using MetaFence.Core.Posture;
using MetaFence.Core.Trace;
using MetaFence.Sources.Cloud;
using MetaFence.Sources.Files;
using MetaFence.Testing.Browser;

namespace MetaFence.Rendering.Tests.Report;

/// <summary>
/// README's trace example: <c>trace -f examples/cluster -f examples/cloud/cluster --aws-instances
/// examples/cloud/aws/describe-instances.json --aws-iam examples/cloud/aws/iam-authorization-details.json</c>,
/// run in process the way <c>TraceCommand</c> does.
/// </summary>
internal static class ExampleTrace
{
    public const string Source = "examples/cluster, examples/cloud/cluster";

    public static TraceReport Report()
    {
        var root = TestArtifacts.RepositoryRoot();
        var load = ManifestLoader.Load([Path.Combine(root, "examples", "cluster"), Path.Combine(root, "examples", "cloud", "cluster")], new LoadOptions("default"));
        var instances = AwsInstancesExportReader.Read(Path.Combine(root, "examples", "cloud", "aws", "describe-instances.json"));
        var iam = AwsIamExportReader.Read(Path.Combine(root, "examples", "cloud", "aws", "iam-authorization-details.json"));
        Assert.False(load.HasErrors);
        Assert.True(instances.IsUsable && iam.IsUsable);
        var posture = NodePostureJoin.Build(load.Snapshot, new PostureInput { Instances = instances.Value, Iam = iam.Value });
        var audit = Auditor.Run(load.Snapshot, new AuditOptions(EndpointCatalog.ForProviders([])) { Posture = posture });
        return Tracer.Run(audit, posture);
    }
}
