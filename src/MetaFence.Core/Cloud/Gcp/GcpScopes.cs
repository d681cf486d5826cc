using System.Collections.Immutable;
using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Gcp;

/// <summary>
/// OAuth scopes on GKE nodes. Scopes only narrow what the node's service account may do: with
/// <c>cloud-platform</c> a stolen token can do everything the account's IAM roles allow
/// (https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice). Aliases
/// as gcloud names them (https://cloud.google.com/sdk/gcloud/reference/container/node-pools/create, <c>--scopes</c>).
/// </summary>
public static class GcpScopes
{
    public const string Prefix = "https://www.googleapis.com/auth/";
    public const string CloudPlatform = Prefix + "cloud-platform";
    public const string ScopesDocs = "https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice";
    public const string GcloudScopesDocs = "https://cloud.google.com/sdk/gcloud/reference/container/node-pools/create";

    /// <summary>The scopes gcloud's <c>gke-default</c> alias stands for (GKE's default node scopes).</summary>
    public static ImmutableArray<string> GkeDefault { get; } =
    [
        Prefix + "devstorage.read_only", Prefix + "logging.write", Prefix + "monitoring",
        Prefix + "servicecontrol", Prefix + "service.management.readonly", Prefix + "trace.append",
    ];

    public static ImmutableArray<GcpScope> WellKnown { get; } =
    [
        new(CloudPlatform, "cloud-platform", "every Google Cloud API: everything the service account's IAM roles allow", Severity.Critical),
        new(Prefix + "cloud-platform.read-only", "", "read every Google Cloud API the service account's roles allow", Severity.High),
        new(Prefix + "compute", "compute-rw", "Compute Engine read and write (instances, disks, firewall rules)", Severity.High),
        new(Prefix + "compute.readonly", "compute-ro", "Compute Engine read", Severity.Low),
        new(Prefix + "devstorage.full_control", "storage-full", "Cloud Storage: full control of buckets and objects", Severity.High),
        new(Prefix + "devstorage.read_write", "storage-rw", "Cloud Storage: read and write objects", Severity.High),
        new(Prefix + "devstorage.read_only", "storage-ro", "Cloud Storage: read objects in buckets the account can read (and images in Container/Artifact Registry)", Severity.Medium),
        new(Prefix + "logging.write", "logging-write", "write log entries", Severity.Info),
        new(Prefix + "monitoring", "monitoring", "Cloud Monitoring read and write", Severity.Low),
        new(Prefix + "monitoring.read", "monitoring-read", "Cloud Monitoring read", Severity.Info),
        new(Prefix + "monitoring.write", "monitoring-write", "write metrics", Severity.Info),
        new(Prefix + "servicecontrol", "service-control", "report service usage (Service Control)", Severity.Info),
        new(Prefix + "service.management.readonly", "service-management", "read service configurations", Severity.Info),
        new(Prefix + "trace.append", "trace", "write traces", Severity.Info),
        new(Prefix + "userinfo.email", "userinfo-email", "read the account's email address", Severity.Info),
        new(Prefix + "pubsub", "pubsub", "Pub/Sub: read and publish messages", Severity.High),
        new(Prefix + "sqlservice.admin", "sql-admin", "Cloud SQL administration", Severity.High),
        new(Prefix + "bigquery", "bigquery", "BigQuery: query and change datasets", Severity.High),
        new(Prefix + "datastore", "datastore", "Datastore: read and write entities", Severity.High),
        new(Prefix + "source.full_control", "cloud-source-repos", "Cloud Source Repositories read and write", Severity.High),
        new(Prefix + "source.read_only", "cloud-source-repos-ro", "Cloud Source Repositories read", Severity.Medium),
        new(Prefix + "taskqueue", "taskqueue", "Task Queue", Severity.Medium),
    ];

    /// <summary>The scope with this URI or gcloud alias, or null.</summary>
    public static GcpScope? Find(string scopeOrAlias) =>
        WellKnown.FirstOrDefault(s => s.Uri == scopeOrAlias || (s.Alias.Length > 0 && s.Alias == scopeOrAlias));

    /// <summary>What a stolen node token can do, from the node's service account and its scopes.</summary>
    public static GcpServiceAccountGrant Grant(string serviceAccount, IEnumerable<string> scopes) =>
        GcpServiceAccountGrant.For(serviceAccount, scopes);
}
