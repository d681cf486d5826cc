namespace MetaFence.Imds.Probe;

/// <summary>An HTTP status and body as the probe received them.</summary>
internal sealed record HttpReply(int Status, string Body);
