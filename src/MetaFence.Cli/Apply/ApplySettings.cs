namespace MetaFence.Cli.Apply;

/// <summary>What <c>generate</c> was asked to do with a live cluster.</summary>
internal sealed record ApplySettings(bool Apply, bool DryRun, string? Kubeconfig, string? Context);
