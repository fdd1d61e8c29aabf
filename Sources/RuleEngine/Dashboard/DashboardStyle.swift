/// The dashboard's style sheet, inline: screen and A4 print.
enum DashboardStyle {
  static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #cbd2d9; --bad: #c62828; --warn: #ef6c00;
      --good: #2e7d32; --open: #9aa5b1; --accent: #1e5fa8; }
    * { box-sizing: border-box; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
      sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.5; }
    h1 { font-size: 1.6em; margin: 0 0 4px; }
    h2 { font-size: 1.2em; border-bottom: 2px solid var(--accent); padding-bottom: 2px; margin-top: 28px; }
    .meta { color: var(--muted); margin: 0 0 16px; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 130px; }
    .card .value { font-size: 1.6em; font-weight: bold; }
    .card .name { color: var(--muted); font-size: 0.9em; }
    .bar { background: #e4e7eb; border-radius: 3px; height: 10px; width: 100%; min-width: 80px; }
    .bar > span { display: block; height: 100%; border-radius: 3px; background: var(--good); }
    .bar.big { height: 16px; margin: 8px 0; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
    th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
    th { background: #f5f7fa; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr.level-5 td, tr.level-4 td { background: #fdecea; }
    tr.level-3 td { background: #fff4e5; }
    .action { font-weight: bold; white-space: nowrap; }
    .action.level-4, .action.level-5 { color: var(--bad); }
    .action.level-3 { color: var(--warn); }
    .change { font-size: 0.85em; padding: 0 4px; border-radius: 3px; background: #e4e7eb; }
    .change.new { background: #fdecea; color: var(--bad); }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; }
    figure { margin: 0; width: 360px; }
    figcaption { font-size: 0.9em; }
    svg { font-size: 10px; }
    svg .plot { fill: #fafbfc; stroke: var(--line); }
    svg .target { stroke: var(--good); stroke-dasharray: 4 3; }
    svg .path { stroke: var(--accent); stroke-dasharray: 2 2; }
    svg .readings { fill: none; stroke: var(--ink); }
    svg .reading { fill: var(--ink); }
    svg .reading.worse { fill: var(--bad); }
    svg .axis, svg .label { fill: var(--muted); }
    svg .end { text-anchor: end; }
    svg .month { text-anchor: middle; }
    svg .span { fill: #e4e7eb; }
    svg .mark.done { fill: var(--good); }
    svg .mark.overdue { fill: var(--bad); }
    svg .mark.open { fill: var(--open); }
    svg .today { stroke: var(--warn); stroke-width: 1.5; }
    svg .series { fill: none; stroke-width: 2; }
    svg .series.overdue { stroke: var(--bad); }
    svg .series.done { stroke: var(--good); }
    svg .series.escalations { stroke: var(--warn); }
    svg.timeline { width: 100%; height: auto; }
    svg.chart { width: 360px; height: 180px; }
    svg.history { width: 100%; height: auto; max-width: 720px; }
    .legend span { margin-right: 12px; font-size: 0.9em; }
    .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
    footer { margin-top: 32px; color: var(--muted); font-size: 0.85em; }
    @page { size: A4; margin: 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      h2 { break-after: avoid; }
      table, figure, tr { break-inside: avoid; }
      .card { break-inside: avoid; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
