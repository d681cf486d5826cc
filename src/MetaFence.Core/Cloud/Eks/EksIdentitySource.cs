namespace MetaFence.Core.Cloud.Eks;

/// <summary>Which mapping made an IAM role a Kubernetes identity.</summary>
public enum EksIdentitySource
{
    /// <summary>An EKS access entry (takes priority over aws-auth).</summary>
    AccessEntry,

    /// <summary>The <c>aws-auth</c> ConfigMap's <c>mapRoles</c>.</summary>
    AwsAuth,

    /// <summary>Neither was in the input: the usual node mapping is assumed.</summary>
    Assumed,
}
