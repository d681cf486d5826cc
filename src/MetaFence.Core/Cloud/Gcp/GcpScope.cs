using MetaFence.Core.Findings;

namespace MetaFence.Core.Cloud.Gcp;

/// <summary>
/// A well-known OAuth scope: its URI, gcloud's alias for it, what a token with it may do (always
/// capped by the service account's IAM roles), and how bad that is once stolen.
/// </summary>
public sealed record GcpScope(string Uri, string Alias, string Allows, Severity Severity);
