using System.Text.Json;
using k8s.Models;
using MetaFence.Core.Snapshot;
using MetaFence.Sources.Conversion.Admin;
using MetaFence.Sources.Conversion.Calico;
using MetaFence.Sources.Conversion.Cilium;
using MetaFence.Sources.Files;

namespace MetaFence.Sources.Conversion;

/// <summary>One reader per kind: model, identity, conversion, into the snapshot.</summary>
internal sealed partial class ObjectDispatcher
{
    private void Read(KnownKind kind, string apiVersion, JsonElement element, ObjectSite site)
    {
        switch (kind)
        {
            case KnownKind.Pod:
                ReadPod(element, site);
                break;
            case KnownKind.Namespace:
                ReadNamespace(element, site);
                break;
            case KnownKind.Node:
                ReadNode(element, site);
                break;
            case KnownKind.NetworkPolicy:
                ReadNetworkPolicy(element, site);
                break;
            case KnownKind.AdminNetworkPolicy or KnownKind.BaselineAdminNetworkPolicy or KnownKind.ClusterNetworkPolicy:
                AdminPolicyReader.Read(kind, apiVersion, element, site, snapshot, diagnostics);
                break;
            case KnownKind.CalicoGlobalNetworkPolicy:
                CalicoReader.ReadPolicy(element, site, snapshot, diagnostics);
                break;
            case KnownKind.CalicoTier:
                CalicoReader.ReadTier(element, site, snapshot, diagnostics);
                break;
            case KnownKind.CiliumClusterwideNetworkPolicy or KnownKind.CiliumNetworkPolicy:
                CiliumReader.Read(kind == KnownKind.CiliumClusterwideNetworkPolicy, element, site, options.DefaultNamespace, snapshot, diagnostics);
                break;
            case KnownKind.UnreadableResource:
                UnreadableRecord.Read(element, site, snapshot, diagnostics);
                break;
            default:
                if (WorkloadConverter.Read(kind, element, site, options.DefaultNamespace, diagnostics) is { } workload)
                {
                    snapshot.AddWorkload(workload);
                }

                break;
        }
    }

    private void ReadPod(JsonElement element, ObjectSite site)
    {
        if (ModelReader.TryRead<V1Pod>(element, site, diagnostics, out var pod)
            && ObjectIdentity.Read("Pod", pod.Metadata, options.DefaultNamespace, site, diagnostics) is { } id)
        {
            snapshot.AddPod(PodConverter.ToDraft(pod, id, site, diagnostics));
        }
    }

    private void ReadNamespace(JsonElement element, ObjectSite site)
    {
        if (ModelReader.TryRead<V1Namespace>(element, site, diagnostics, out var ns)
            && ObjectIdentity.Read("Namespace", ns.Metadata, null, site, diagnostics) is { } id)
        {
            snapshot.AddNamespace(NamespaceInfo.Create(id.Name, ObjectIdentity.Labels(ns.Metadata?.Labels)), site.At());
        }
    }

    private void ReadNode(JsonElement element, ObjectSite site)
    {
        if (ModelReader.TryRead<V1Node>(element, site, diagnostics, out var node)
            && ObjectIdentity.Read("Node", node.Metadata, null, site, diagnostics) is { } id)
        {
            snapshot.AddNode(NodeConverter.Convert(node, id, site, diagnostics));
        }
    }

    /// <summary>Rules 12, 19, 21, 33: a policy the API server would reject is left out; its problems are kept.</summary>
    private void ReadNetworkPolicy(JsonElement element, ObjectSite site)
    {
        if (!ModelReader.TryRead<V1NetworkPolicy>(element, site, diagnostics, out var policy)
            || ObjectIdentity.Read("NetworkPolicy", policy.Metadata, options.DefaultNamespace, site, diagnostics) is not { } id)
        {
            return;
        }

        snapshot.NameNamespace(id.Namespace);
        var problems = new ObjectProblems(id.Ref, site);
        var converted = NetworkPolicyConverter.Convert(policy, element, id, problems);
        snapshot.AddProblems(problems.All);
        if (converted is not null)
        {
            snapshot.AddNetworkPolicy(converted);
        }
    }
}
