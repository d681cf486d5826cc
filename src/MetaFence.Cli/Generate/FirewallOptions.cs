using System.Collections.Immutable;
using System.CommandLine;
using MetaFence.Core.Net;
using MetaFence.Core.Plans;
using Spectre.Console;

namespace MetaFence.Cli.Generate;

/// <summary>The options of <c>--style node-firewall</c>, and their reading into <see cref="NodeFirewallSettings"/> (bad values: exit 2).</summary>
internal sealed class FirewallOptions
{
    private readonly Option<string[]> _podCidr = new("--pod-cidr")
    {
        Description = "node-firewall: pod network whose forwarded traffic to metadata is dropped (IPv4 or IPv6). Repeatable; commas also separate. "
            + "Default: 10.0.0.0/8, 100.64.0.0/10, 172.16.0.0/12, 192.168.0.0/16 and fc00::/7, with a note that they are guessed.",
        HelpName = "CIDR",
    };

    private readonly Option<string> _image = new("--firewall-image")
    {
        Description = "node-firewall: image with sh, iptables and ip6tables, pinned by tag or digest (not latest).",
        HelpName = "IMAGE",
        DefaultValueFactory = _ => NodeFirewallSettings.DefaultImage,
    };

    private readonly Option<string> _namespace = new("--firewall-namespace")
    {
        Description = "node-firewall: namespace of the DaemonSet and its ConfigMap (kube-system admits system-node-critical pods and NET_ADMIN).",
        HelpName = "NAME",
        DefaultValueFactory = _ => NodeFirewallSettings.DefaultNamespace,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_podCidr);
        command.Options.Add(_image);
        command.Options.Add(_namespace);
    }

    public bool TryRead(ParseResult result, IAnsiConsole console, out NodeFirewallSettings settings)
    {
        var ok = true;
        var cidrs = ImmutableArray.CreateBuilder<Cidr>();
        foreach (var text in (result.GetValue(_podCidr) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (Cidr.TryParse(text, out var cidr, out _))
            {
                cidrs.Add(cidr);
                continue;
            }

            Messages.Error(console, "--pod-cidr", $"\"{text}\" is not a CIDR", "a network such as 10.244.0.0/16 or fd00:10:244::/56");
            ok = false;
        }

        var image = result.GetValue(_image) ?? NodeFirewallSettings.DefaultImage;
        if (!IsPinned(image))
        {
            Messages.Error(console, "--firewall-image", $"\"{image}\" is not pinned", "an image with an explicit tag other than latest, or a @sha256: digest");
            ok = false;
        }

        var ns = result.GetValue(_namespace) ?? NodeFirewallSettings.DefaultNamespace;
        if (!KubernetesNames.IsNamespace(ns))
        {
            Messages.Error(console, "--firewall-namespace", $"\"{ns}\" is not a namespace name", "at most 63 lowercase letters, digits and '-'");
            ok = false;
        }

        settings = new NodeFirewallSettings { PodCidrs = cidrs.ToImmutable(), Image = image, Namespace = ns };
        return ok;
    }

    /// <summary>A digest, or a tag after the last path segment's colon that is not <c>latest</c>.</summary>
    private static bool IsPinned(string image)
    {
        if (image.Contains("@sha256:", StringComparison.Ordinal))
        {
            return true;
        }

        var lastSegment = image[(image.LastIndexOf('/') + 1)..];
        var colon = lastSegment.LastIndexOf(':');
        return colon > 0 && colon < lastSegment.Length - 1 && lastSegment[(colon + 1)..] != "latest";
    }
}
