namespace MetaFence.Rendering.Report;

/// <summary>
/// The report's only style sheet and script, inlined so the file fetches nothing: system fonts,
/// colours as CSS variables with a dark variant, print rules. The script only highlights the
/// edges of the graph node under the pointer.
/// </summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root {
          --bg: #f6f7f9; --card: #ffffff; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da;
          --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5;
          --ok: #1a7f37; --ok-bg: #dafbe1; --neutral: #59636e; --neutral-bg: #eef1f4;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --card: #161b22; --text: #e6edf3; --muted: #9198a1; --line: #30363d; --accent: #4493f8;
            --bad: #ff7b72; --bad-bg: #3b1219; --warn: #e3b341; --warn-bg: #3a2a06;
            --ok: #3fb950; --ok-bg: #0f2d1a; --neutral: #9198a1; --neutral-bg: #21262d;
          }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--text);
          font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 40px; }
        header h1 { margin: 0; font-size: 26px; letter-spacing: -0.01em; }
        header h1 .brand { color: var(--accent); }
        .subtitle { margin: 4px 0 0; color: var(--muted); }
        .headline { margin: 16px 0 0; padding: 10px 14px; border-radius: 8px; font-weight: 600;
          border-left: 4px solid var(--tone); background: var(--tone-bg); }
        .tone-bad { --tone: var(--bad); --tone-bg: var(--bad-bg); }
        .tone-warn { --tone: var(--warn); --tone-bg: var(--warn-bg); }
        .tone-ok { --tone: var(--ok); --tone-bg: var(--ok-bg); }
        .tone-neutral { --tone: var(--neutral); --tone-bg: var(--neutral-bg); }
        .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(76px, 1fr)); gap: 12px; margin: 18px 0 8px; }
        .fact { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--tone);
          border-radius: 8px; padding: 10px 14px; }
        .fact.wide { grid-column: span 2; }
        .fact .value { font-size: 26px; font-weight: 700; color: var(--tone); line-height: 1.2; }
        .fact.tone-neutral .value { color: var(--text); }
        .fact .label { font-weight: 600; }
        .fact .note { color: var(--muted); font-size: 12px; }
        a { color: var(--accent); }
        nav { margin: 14px 0 0; color: var(--muted); }
        nav a { color: var(--accent); text-decoration: none; margin-right: 14px; }
        section.block { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
          padding: 16px 20px; margin: 20px 0 0; }
        h2 { margin: 0 0 4px; font-size: 18px; }
        h2 .count { color: var(--muted); font-weight: 400; font-size: 14px; margin-left: 6px; }
        .description { margin: 0 0 12px; color: var(--muted); }
        .empty { color: var(--muted); font-style: italic; }
        .graph-wrap { overflow-x: auto; }
        svg.graph { display: block; max-width: 100%; height: auto; font-size: 12px; }
        svg.graph .column-title { fill: var(--muted); font-weight: 600; font-size: 12px; letter-spacing: 0.04em; }
        svg.graph .node rect { fill: var(--tone-bg); stroke: var(--tone); stroke-width: 1.5; }
        svg.graph .node .label { fill: var(--text); font-weight: 600; }
        svg.graph .node .detail { fill: var(--muted); font-size: 11px; }
        svg.graph .node a:hover rect { stroke-width: 3; }
        svg.graph .edge { fill: none; stroke: var(--tone); stroke-width: 1.4; opacity: 0.45; }
        svg.graph .edge-label { fill: var(--muted); font-size: 11px; paint-order: stroke; stroke: var(--card); stroke-width: 4px; }
        svg.graph marker path { fill: var(--tone); }
        svg.graph.focus .edge { opacity: 0.08; }
        svg.graph.focus .edge.lit { opacity: 1; stroke-width: 2.5; }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
        thead th { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
          border-bottom: 2px solid var(--line); }
        tr.group th { background: var(--neutral-bg); font-size: 13px; }
        tr.row { border-left: 4px solid var(--tone); }
        tr.row.tone-neutral { border-left-color: transparent; }
        tr.row:target, tr.row:target + tr.more { background: var(--neutral-bg); }
        td .badge { display: inline-block; padding: 0 8px; border-radius: 10px; background: var(--tone-bg);
          color: var(--tone); font-weight: 700; font-size: 12px; white-space: nowrap; }
        tr.more td { border-bottom: 1px solid var(--line); padding-top: 0; }
        tr.row.has-more td { border-bottom: none; }
        .note { margin: 0 0 6px; color: var(--muted); max-width: 110ch; }
        details summary { cursor: pointer; color: var(--accent); }
        pre { margin: 6px 0 4px; padding: 10px 12px; background: var(--neutral-bg); border-radius: 6px;
          overflow-x: auto; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        footer { margin: 28px 0 0; color: var(--muted); font-size: 12px; }
        @media print {
          body { background: #fff; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          section.block { break-inside: avoid-page; border-color: #bbb; }
          tr { break-inside: avoid; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;

    public const string Script = """
        document.querySelectorAll("svg.graph").forEach(function (svg) {
          svg.querySelectorAll("g.node").forEach(function (node) {
            var id = node.getAttribute("data-node-id");
            function light(on) {
              svg.classList.toggle("focus", on);
              svg.querySelectorAll(".edge").forEach(function (edge) {
                edge.classList.toggle("lit", on && (edge.getAttribute("data-from") === id || edge.getAttribute("data-to") === id));
              });
            }
            node.addEventListener("mouseenter", function () { light(true); });
            node.addEventListener("mouseleave", function () { light(false); });
          });
        });
        """;
}
