using System.Collections.Immutable;
using k8s.Models;
using MetaFence.Core.Net;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>Pods and pod templates to <see cref="PodInfo"/>.</summary>
internal static class PodConverter
{
    public const string TemplateHashLabel = "pod-template-hash";

    public static PodDraft ToDraft(V1Pod pod, ObjectIdentity id, ObjectSite site, DiagnosticList diagnostics)
    {
        var info = new PodInfo
        {
            Namespace = id.NamespaceName,
            Name = id.Name,
            Labels = ObjectIdentity.Labels(pod.Metadata?.Labels),
            HostNetwork = pod.Spec?.HostNetwork == true,
            Phase = PhaseOf(pod.Status?.Phase),
            Ports = ContainerPorts.Of(pod.Spec, "spec", site, diagnostics),
            Ips = IpsOf(pod.Status, site, diagnostics),
            NodeName = pod.Spec?.NodeName,
            Images = ImagesOf(pod.Spec),
            OsSelector = OsSelectorOf(pod.Spec),
            Location = site.At(),
        };
        var hash = pod.Metadata?.Labels is { } labels && labels.TryGetValue(TemplateHashLabel, out var value) ? value : null;
        return new PodDraft(info, ControllerOf(pod.Metadata, id.NamespaceName), hash);
    }

    /// <summary>A workload's pod template as a stand-in pod; name and owner are set once ownership is known.</summary>
    public static PodInfo FromTemplate(V1PodTemplateSpec? template, string templatePath, ObjectIdentity id, ObjectSite site, DiagnosticList diagnostics) =>
        new()
        {
            Namespace = id.NamespaceName,
            Name = id.Name,
            Labels = ObjectIdentity.Labels(template?.Metadata?.Labels),
            HostNetwork = template?.Spec?.HostNetwork == true,
            Phase = PodPhase.Template,
            Ports = ContainerPorts.Of(template?.Spec, templatePath + ".spec", site, diagnostics),
            NodeName = template?.Spec?.NodeName,
            Images = ImagesOf(template?.Spec),
            OsSelector = OsSelectorOf(template?.Spec),
            Location = site.At(templatePath),
        };

    /// <summary>The label nodes carry their operating system in (well-known labels reference).</summary>
    public const string OsLabel = "kubernetes.io/os";

    /// <summary>Containers' then init containers' images, missing ones left out; interned (many replicas share them).</summary>
    public static ImmutableArray<string> ImagesOf(V1PodSpec? spec)
    {
        if (spec is null)
        {
            return [];
        }

        var images = ImmutableArray.CreateBuilder<string>();
        foreach (var container in (spec.Containers ?? []).Concat(spec.InitContainers ?? []))
        {
            if (container?.Image is { Length: > 0 } image)
            {
                images.Add(string.Intern(image));
            }
        }

        return images.DrainToImmutable();
    }

    private static string? OsSelectorOf(V1PodSpec? spec) =>
        spec?.NodeSelector is { } selector && selector.TryGetValue(OsLabel, out var os) && !string.IsNullOrEmpty(os) ? string.Intern(os) : null;

    /// <summary>The owner reference marked <c>controller: true</c>; Node owners (static pods) are cluster-scoped.</summary>
    public static ObjectRef? ControllerOf(V1ObjectMeta? metadata, string ns) =>
        metadata?.OwnerReferences?.FirstOrDefault(o => IsController(o?.Controller, o?.Kind, o?.Name)) is { } owner
            ? OwnerRef(owner.Kind, owner.Name, ns)
            : null;

    /// <summary>Whether an owner reference names the object's controller.</summary>
    public static bool IsController(bool? controller, string? kind, string? name) =>
        controller == true && !string.IsNullOrEmpty(kind) && !string.IsNullOrEmpty(name);

    /// <summary>The controller <paramref name="kind"/>/<paramref name="name"/> of an object in <paramref name="ns"/>.</summary>
    public static ObjectRef OwnerRef(string kind, string name, string ns) => new(kind, kind == "Node" ? null : ns, name);

    /// <summary>A pod without status (a manifest) has not started: Pending.</summary>
    public static PodPhase PhaseOf(string? phase) => phase switch
    {
        null or "" or "Pending" => PodPhase.Pending,
        "Running" => PodPhase.Running,
        "Succeeded" => PodPhase.Succeeded,
        "Failed" => PodPhase.Failed,
        _ => PodPhase.Unknown,
    };

    private static ImmutableArray<IpAddress> IpsOf(V1PodStatus? status, ObjectSite site, DiagnosticList diagnostics)
    {
        var ips = new List<IpAddress>();
        var listed = status?.PodIPs ?? [];
        for (var i = 0; i < listed.Count; i++)
        {
            AddIp(listed[i]?.Ip, FieldPath.Index("status.podIPs", i) + ".ip", ips, site, diagnostics);
        }

        AddIp(status?.PodIP, "status.podIP", ips, site, diagnostics);
        return [.. ips];
    }

    private static void AddIp(string? text, string path, List<IpAddress> ips, ObjectSite site, DiagnosticList diagnostics)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (!IpAddress.TryParse(text, out var ip))
        {
            diagnostics.Warning(site.At(path), $"{ValueText.Quote(text)} is not an IP address", "an IPv4 or IPv6 address; the address is ignored");
        }
        else if (!ips.Contains(ip))
        {
            ips.Add(ip);
        }
    }
}
