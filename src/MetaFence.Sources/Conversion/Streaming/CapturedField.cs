namespace MetaFence.Sources.Conversion.Streaming;

/// <summary>The values the streamed reader keeps from an object: what the conversions to Core records use, nothing else.</summary>
internal enum CapturedField
{
    None,
    ApiVersion,
    Kind,
    Name,
    GenerateName,
    Namespace,
    Labels,
    LabelValue,
    Owner,
    OwnerKind,
    OwnerName,
    OwnerController,
    Replicas,
    Template,
    HostNetwork,
    NodeName,
    Containers,
    InitContainers,
    Port,
    PortName,
    PortNumber,
    PortProtocol,
    Phase,
    PodIp,
    ListedPodIp,
    Image,
    NodeSelector,
    NodeSelectorValue,
}
