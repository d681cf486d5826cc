using MetaFence.Core.Snapshot;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Conversion;

public class OwnershipTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          replicas: 2
          template:
            metadata: {labels: {app: web}}
            spec:
              hostNetwork: true
              containers: [{name: web, ports: [{containerPort: 8080, name: http}]}]
        """;

    private static string Pod(string name, string ownerKind, string ownerName, string labels = "{}") => $$"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {{name}}
          namespace: shop
          labels: {{labels}}
          ownerReferences: [{apiVersion: v1, kind: {{ownerKind}}, name: {{ownerName}}, uid: u, controller: true}]
        status: {phase: Running}
        """;

    private const string ReplicaSet = """
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: web-5d9f
          namespace: shop
          ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: u, controller: true}]
        spec: {template: {metadata: {labels: {app: web}}}}
        """;

    [Fact]
    public void Should_stand_in_with_the_template_When_a_workload_has_no_pods_in_the_input()
    {
        var pod = Assert.Single(Yaml.Load(Deployment).Pods);

        Assert.Equal(PodPhase.Template, pod.Phase);
        Assert.Equal("shop/web", pod.ToString());
        Assert.Equal(new ObjectRef("Deployment", "shop", "web"), pod.Owner);
        Assert.Equal("app=web", pod.Labels.ToString());
        Assert.True(pod.HostNetwork);
        Assert.Equal("http", Assert.Single(pod.Ports).Name);
        Assert.Equal("spec.template", pod.Location?.Path);
    }

    [Fact]
    public void Should_own_pods_by_the_deployment_When_the_replicaset_is_in_the_input()
    {
        var pods = Yaml.Load(string.Join("\n---\n", Deployment, ReplicaSet, Pod("web-5d9f-a", "ReplicaSet", "web-5d9f"))).Pods;

        var pod = Assert.Single(pods);
        Assert.Equal("shop/web-5d9f-a", pod.ToString());
        Assert.Equal(new ObjectRef("Deployment", "shop", "web"), pod.Owner);
    }

    [Theory]
    [InlineData("{pod-template-hash: 5d9f}", "Deployment", "web")]
    [InlineData("{}", "ReplicaSet", "web-5d9f")]
    [InlineData("{pod-template-hash: other}", "ReplicaSet", "web-5d9f")]
    public void Should_map_by_the_pod_template_hash_When_the_replicaset_is_absent(string labels, string ownerKind, string ownerName)
    {
        var pods = Yaml.Load(Deployment + "\n---\n" + Pod("web-5d9f-a", "ReplicaSet", "web-5d9f", labels)).Pods;

        var real = Assert.Single(pods, p => !p.IsTemplate);
        Assert.Equal(new ObjectRef(ownerKind, "shop", ownerName), real.Owner);
        Assert.Equal(ownerKind == "Deployment" ? 1 : 2, pods.Length);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_own_pods_by_the_cronjob_When_the_job_is_present_or_named_after_it(bool jobPresent)
    {
        const string cronJob = """
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: backup, namespace: shop}
            spec: {schedule: "* * * * *", jobTemplate: {spec: {template: {metadata: {labels: {app: backup}}}}}}
            """;
        const string job = """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: backup-28391234
              namespace: shop
              ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: backup, uid: u, controller: true}]
            """;
        var documents = new List<string> { cronJob, Pod("backup-28391234-x", "Job", "backup-28391234") };
        if (jobPresent)
        {
            documents.Add(job);
        }

        var pod = Assert.Single(Yaml.Load(string.Join("\n---\n", documents)).Pods);
        Assert.Equal(new ObjectRef("CronJob", "shop", "backup"), pod.Owner);
    }

    [Fact]
    public void Should_stand_in_for_the_cronjob_When_all_its_pods_finished()
    {
        var snapshot = Yaml.Load("""
            {apiVersion: batch/v1, kind: CronJob, metadata: {name: backup, namespace: shop}, spec: {schedule: "@daily", jobTemplate: {spec: {template: {spec: {containers: [{name: c}]}}}}}}
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: backup-1-x
              namespace: shop
              ownerReferences: [{kind: Job, name: backup-1, controller: true}]
            status: {phase: Succeeded}
            """);

        var pod = Assert.Single(snapshot.Pods);
        Assert.True(pod.IsTemplate);
        Assert.Equal(new ObjectRef("CronJob", "shop", "backup"), pod.Owner);
        Assert.Equal("spec.jobTemplate.spec.template", pod.Location?.Path);
        Assert.Equal(1, snapshot.SkippedTerminatedPods);
    }

    [Fact]
    public void Should_stand_in_once_for_the_deployment_When_only_its_replicasets_are_in_the_input()
    {
        var old = ReplicaSet.Replace("web-5d9f", "web-old", StringComparison.Ordinal).Replace("spec: {", "spec: {replicas: 0, ", StringComparison.Ordinal);

        var pod = Assert.Single(Yaml.Load(old + "\n---\n" + ReplicaSet).Pods);

        Assert.Equal("shop/web", pod.ToString());
        Assert.Equal(new ObjectRef("Deployment", "shop", "web"), pod.Owner);
        Assert.Equal(2, pod.Location?.Document);
    }

    [Theory]
    [InlineData("StatefulSet", "apps/v1", "a=b")]
    [InlineData("DaemonSet", "apps/v1", "a=b")]
    [InlineData("Job", "batch/v1", "a=b,batch.kubernetes.io/job-name=w,job-name=w")]
    public void Should_stand_in_with_the_template_When_other_workloads_have_no_pods(string kind, string apiVersion, string labels)
    {
        var pod = Assert.Single(Yaml.Load($"apiVersion: {apiVersion}\nkind: {kind}\nmetadata: {{name: w, namespace: ns}}\nspec: {{template: {{metadata: {{labels: {{a: b}}}}}}}}\n").Pods);

        Assert.Equal(new ObjectRef(kind, "ns", "w"), pod.Owner);
        Assert.Equal(labels, pod.Labels.ToString());
        Assert.True(pod.IsTemplate);
    }

    [Theory]
    [InlineData("{name: export}", "{app: export}", "", "app=export,batch.kubernetes.io/job-name=export,job-name=export")]
    [InlineData("{name: export}", "{app: export, job-name: legacy}", "", "app=export,batch.kubernetes.io/job-name=export,job-name=legacy")]
    [InlineData("{name: export}", "{app: export}", "manualSelector: true, ", "app=export")]
    [InlineData("{generateName: export-}", "{app: export}", "", "app=export")]
    public void Should_add_the_job_name_labels_to_the_template_When_the_api_server_generates_the_selector(
        string metadata, string labels, string manualSelector, string expected)
    {
        // Review fix: generateSelector (pkg/registry/batch/job/strategy.go) labels the template with the
        // Job's name unless spec.manualSelector; a generateName-only Job's name is unknown, so are UIDs.
        var spec = $"spec: {{{manualSelector}template: {{metadata: {{labels: {labels}}}, spec: {{containers: [{{name: c}}]}}}}}}";
        var pod = Assert.Single(Yaml.Load($"apiVersion: batch/v1\nkind: Job\nmetadata: {metadata}\n{spec}\n").Pods);

        Assert.Equal(expected, pod.Labels.ToString());
    }

    [Fact]
    public void Should_not_guess_job_names_When_a_cronjob_stands_in()
    {
        var pod = Assert.Single(Yaml.Load("""
            {apiVersion: batch/v1, kind: CronJob, metadata: {name: backup}, spec: {schedule: "@daily", jobTemplate: {spec: {template: {metadata: {labels: {app: backup}}}}}}}
            """).Pods);

        Assert.Equal("app=backup", pod.Labels.ToString());
    }

    [Fact]
    public void Should_name_the_node_as_owner_When_a_static_pod_is_mirrored()
    {
        var pod = Assert.Single(Yaml.Load(Pod("etcd-node-a", "Node", "node-a")).Pods);

        Assert.Equal(new ObjectRef("Node", null, "node-a"), pod.Owner);
    }
}
