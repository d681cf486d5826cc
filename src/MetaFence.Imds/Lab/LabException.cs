namespace MetaFence.Imds.Lab;

/// <summary>The lab could not be built, or could not be shown to be isolated: the test stops before any metadata traffic.</summary>
public sealed class LabException(string message) : Exception(message);
