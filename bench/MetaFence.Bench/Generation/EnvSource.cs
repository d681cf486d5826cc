namespace MetaFence.Bench.Generation;

/// <summary>Where an environment variable's value comes from.</summary>
internal enum EnvSource
{
    Value,
    Field,
    Secret,
    ConfigMap,
}
