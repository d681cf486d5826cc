namespace MetaFence.Core.Posture;

/// <summary>Which export describes a node.</summary>
public enum NodeCloud
{
    /// <summary>No export covers the node: its metadata settings are unknown.</summary>
    Unknown,

    /// <summary>An EC2 instance from <c>aws ec2 describe-instances</c>.</summary>
    Aws,

    /// <summary>A GKE node pool from <c>gcloud container node-pools list/describe</c>.</summary>
    Gcp,

    /// <summary>An AKS agent pool from <c>az aks show -o json</c>.</summary>
    Azure,
}
