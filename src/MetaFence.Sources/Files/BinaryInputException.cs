namespace MetaFence.Sources.Files;

/// <summary>
/// A streamed input turned out not to be text partway through; caught by <see cref="LoadSession"/>,
/// which then loads nothing from it and reports it as it reports any binary file.
/// </summary>
internal sealed class BinaryInputException(string problem) : Exception(problem);
