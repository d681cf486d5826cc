namespace MetaFence.Bench.Generation;

/// <summary>An environment variable: a literal <see cref="Text"/>, or a field path or object name plus <see cref="Key"/>.</summary>
internal sealed record EnvShape(string Name, EnvSource Source, string Text, string Key = "");
