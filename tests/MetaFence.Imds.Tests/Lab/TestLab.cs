using MetaFence.Imds.Lab;

namespace MetaFence.Imds.Tests.Lab;

/// <summary>The lab for tests: runs the metafence.dll built beside them with the dotnet host running them.</summary>
internal static class TestLab
{
    public static NetworkLab Create()
    {
        if (!File.Exists(MetafenceDll))
        {
            throw new LabException($"metafence.dll is not in {AppContext.BaseDirectory}: the test project references the CLI, so build it");
        }

        return NetworkLab.Create(Metafence);
    }

    /// <summary>The command that runs the CLI: the same runtime as the tests.</summary>
    public static string[] Metafence => [Dotnet(), MetafenceDll];

    private static string MetafenceDll => Path.Combine(AppContext.BaseDirectory, "metafence.dll");

    private static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
