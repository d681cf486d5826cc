namespace MetaFence.Imds.Probe;

/// <summary>What one check saw, and how long it took.</summary>
public sealed record ProbeResult(ProbeCheck Check, ProbeOutcome Outcome, string Detail, long Milliseconds);
