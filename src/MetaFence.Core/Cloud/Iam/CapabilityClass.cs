namespace MetaFence.Core.Cloud.Iam;

/// <summary>What kind of harm a capability allows once the credentials are stolen.</summary>
public enum CapabilityClass
{
    /// <summary>Read (or write) data: S3 objects, secrets, parameters, KMS decrypt, DynamoDB items.</summary>
    DataAccess,

    /// <summary>Gain more permissions than the role has (the published AWS escalation methods).</summary>
    PrivilegeEscalation,

    /// <summary>Reach other identities or machines: assume named roles, run commands on instances.</summary>
    LateralMovement,

    /// <summary>Change or destroy infrastructure: <c>ec2:*</c>, <c>eks:*</c>, <c>iam:*</c>, <c>*:*</c>.</summary>
    InfrastructureControl,

    /// <summary>Become a Kubernetes identity (the EKS chain: node role to <c>system:node</c>).</summary>
    KubernetesIdentity,

    /// <summary>Describe and list: reconnaissance, little direct harm.</summary>
    ReadOnly,
}
