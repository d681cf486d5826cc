using System.Collections.Immutable;
using MetaFence.Cli.Output;
using MetaFence.Core.Plans;
using MetaFence.Rendering.Yaml;
using Spectre.Console;

namespace MetaFence.Cli.Generate;

/// <summary>
/// Sends the documents to stdout (one multi-document YAML stream after the header), or with
/// <c>--out DIR</c> to files (plain, with a <c>kustomization.yaml</c>, or Helm values for the chart),
/// each written atomically.
/// Existing files are never overwritten without <c>--force</c>: then nothing is written at all.
/// </summary>
internal static class GeneratedOutput
{
    public static bool TryWrite(
        GenerateArguments arguments, string header, ImmutableArray<RenderedDocument> documents, TextWriter stdout, IAnsiConsole console, FencePlan? plan = null)
    {
        if (!arguments.WritesFiles)
        {
            stdout.Write(Stream(header, documents));
            stdout.Flush();
            return true;
        }

        var folder = arguments.Out;
        var files = arguments.Layout == "helm" && plan is not null
            ? HelmLayout.Files(plan, folder, documents)
            : Files(header, documents, arguments.Layout == "kustomize");
        try
        {
            Directory.CreateDirectory(folder);
            var existing = files.Select(f => f.Name).Where(f => File.Exists(Path.Combine(folder, f))).ToList();
            if (existing.Count > 0 && !arguments.Force)
            {
                Messages.Error(console, $"--out {folder}", $"{string.Join(", ", existing)} already exist{(existing.Count == 1 ? "s" : string.Empty)}; nothing was written",
                    "a folder without these files, or --force to overwrite them");
                return false;
            }

            foreach (var (name, text) in files)
            {
                AtomicFile.Write(Path.Combine(folder, name), writer => writer.Write(text));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Messages.Error(console, $"--out {folder}", $"cannot write: {e.Message.TrimEnd('.')}", "a writable folder");
            return false;
        }

        Messages.Line(console, "wrote", $"{files.Count} file(s) to {folder} ({arguments.Layout}): {string.Join(", ", files.Select(f => f.Name))}", Style.Plain);
        return true;
    }

    /// <summary>stdout: the header and every manifest; the cloud text as is when alone, as YAML comments after them otherwise.</summary>
    public static string Stream(string header, ImmutableArray<RenderedDocument> documents)
    {
        var texts = documents.Where(d => !d.IsManifest).Select(d => d.Text).ToList();
        if (documents.All(d => !d.IsManifest))
        {
            return string.Join("\n", texts);
        }

        var manifests = header + PlanRenderer.Join(documents);
        return texts.Count == 0 ? manifests
            : manifests + "---\n" + string.Concat(texts.SelectMany(t => t.TrimEnd('\n').Split('\n')).Select(l => l.Length == 0 ? "#\n" : $"# {l}\n"));
    }

    /// <summary>One file per <see cref="RenderedDocument.File"/>, in first-seen order, then the kustomization listing the manifests.</summary>
    public static List<(string Name, string Text)> Files(string header, ImmutableArray<RenderedDocument> documents, bool kustomize)
    {
        var files = documents.GroupBy(d => d.File, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().IsManifest ? header + PlanRenderer.Join(g) : string.Concat(g.Select(d => d.Text))))
            .ToList();
        if (kustomize)
        {
            var resources = documents.Where(d => d.IsManifest).Select(d => d.File).Distinct(StringComparer.Ordinal);
            var notes = documents.Where(d => !d.IsManifest).Select(d => d.File).Distinct(StringComparer.Ordinal);
            files.Add((KustomizationYaml.FileName, KustomizationYaml.Text(resources, notes)));
        }

        return files;
    }
}
