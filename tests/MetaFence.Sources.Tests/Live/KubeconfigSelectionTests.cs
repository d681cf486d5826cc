using MetaFence.Sources.Live;
using MetaFence.Testing.Loading;

namespace MetaFence.Sources.Tests.Live;

/// <summary>Which kubeconfig and context a connection uses: kubectl's order (--kubeconfig, KUBECONFIG merged, ~/.kube/config).</summary>
public sealed class KubeconfigSelectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Should_use_the_current_context_When_no_context_is_given()
    {
        var path = _folder.Write("one.yaml", Kubeconfig("alpha", ("alpha", "https://127.0.0.1:6001"), ("beta", "https://127.0.0.1:6002")));

        using var connection = ClusterConnection.Open(Options(kubeconfig: path));

        Assert.Equal("context alpha (server https://127.0.0.1:6001)", connection.DisplayName);
    }

    [Fact]
    public void Should_use_the_named_context_When_context_is_given()
    {
        var path = _folder.Write("one.yaml", Kubeconfig("alpha", ("alpha", "https://127.0.0.1:6001"), ("beta", "https://127.0.0.1:6002")));

        using var connection = ClusterConnection.Open(Options(kubeconfig: path, context: "beta"));

        Assert.Equal("context beta (server https://127.0.0.1:6002)", connection.DisplayName);
        Assert.Equal("https://127.0.0.1:6002", connection.Server);
    }

    [Fact]
    public void Should_merge_the_files_of_KUBECONFIG_first_wins_When_KUBECONFIG_names_two()
    {
        // Given two files: the first sets current-context and defines "shared"; the second redefines "shared" and adds "second".
        var first = _folder.Write("first.yaml", Kubeconfig("shared", ("shared", "https://127.0.0.1:6001")));
        var second = _folder.Write("second.yaml", Kubeconfig("second", ("shared", "https://127.0.0.1:7001"), ("second", "https://127.0.0.1:7002")));
        var variable = $"{first}{Path.PathSeparator}{_folder.Path}/missing.yaml{Path.PathSeparator}{second}";

        using var byDefault = ClusterConnection.Open(Options(environment: ("KUBECONFIG", variable)));
        using var fromSecond = ClusterConnection.Open(Options(context: "second", environment: ("KUBECONFIG", variable)));

        Assert.Equal("context shared (server https://127.0.0.1:6001)", byDefault.DisplayName);
        Assert.Equal("context second (server https://127.0.0.1:7002)", fromSecond.DisplayName);
    }

    [Fact]
    public void Should_prefer_kubeconfig_over_KUBECONFIG_When_both_are_given()
    {
        var explicitFile = _folder.Write("explicit.yaml", Kubeconfig("mine", ("mine", "https://127.0.0.1:6001")));
        var variableFile = _folder.Write("variable.yaml", Kubeconfig("theirs", ("theirs", "https://127.0.0.1:7001")));

        using var connection = ClusterConnection.Open(Options(kubeconfig: explicitFile, environment: ("KUBECONFIG", variableFile)));

        Assert.Equal("context mine (server https://127.0.0.1:6001)", connection.DisplayName);
    }

    [Fact]
    public void Should_read_the_home_kubeconfig_When_nothing_else_is_set()
    {
        _folder.Write(".kube/config", Kubeconfig("home", ("home", "https://127.0.0.1:6001")));

        using var connection = ClusterConnection.Open(Options(environment: ("HOME", _folder.Path)));

        Assert.Equal("context home (server https://127.0.0.1:6001)", connection.DisplayName);
    }

    [Fact]
    public void Should_name_the_known_contexts_When_the_context_does_not_exist()
    {
        var path = _folder.Write("one.yaml", Kubeconfig("alpha", ("alpha", "https://127.0.0.1:6001"), ("beta", "https://127.0.0.1:6002")));

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnection.Open(Options(kubeconfig: path, context: "prod")));

        Assert.Equal($"--context prod: no such context in --kubeconfig {path}; expected one of: alpha, beta", error.Message);
    }

    [Fact]
    public void Should_say_the_file_is_missing_When_kubeconfig_does_not_exist()
    {
        var path = Path.Join(_folder.Path, "nope.yaml");

        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnection.Open(Options(kubeconfig: path)));

        Assert.Equal($"--kubeconfig {path}: the file does not exist; expected a kubeconfig file (kubectl config view shows yours)", error.Message);
    }

    [Fact]
    public void Should_explain_every_place_looked_When_no_kubeconfig_exists_outside_a_cluster()
    {
        var error = Assert.Throws<ClusterConfigurationException>(() => ClusterConnection.Open(Options(environment: ("HOME", _folder.Path))));

        Assert.Contains("--kubeconfig is not given, KUBECONFIG is not set", error.Problem, StringComparison.Ordinal);
        Assert.Contains(Path.Join(_folder.Path, ".kube", "config"), error.Problem, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A kubeconfig whose context, cluster and user share each name.</summary>
    internal static string Kubeconfig(string current, params (string Name, string Server)[] clusters)
    {
        var text = new System.Text.StringBuilder($"apiVersion: v1\nkind: Config\ncurrent-context: {current}\nclusters:\n");
        foreach (var (name, server) in clusters)
        {
            text.Append($"- name: {name}\n  cluster:\n    server: {server}\n    insecure-skip-tls-verify: true\n");
        }

        text.Append("contexts:\n");
        foreach (var (name, _) in clusters)
        {
            text.Append($"- name: {name}\n  context:\n    cluster: {name}\n    user: {name}\n");
        }

        text.Append("users:\n");
        foreach (var (name, _) in clusters)
        {
            text.Append($"- name: {name}\n  user:\n    token: token-{name}\n");
        }

        return text.ToString();
    }

    private static ConnectionOptions Options(string? kubeconfig = null, string? context = null, params (string Name, string Value)[] environment)
    {
        var variables = environment.ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        return new ConnectionOptions { Kubeconfig = kubeconfig, Context = context, Environment = name => variables.GetValueOrDefault(name) };
    }
}
