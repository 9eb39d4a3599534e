/** What the class report adds to the learner's report's stylesheet (reportStyle.ts), inline like it. */
export const classReportStyle = `
table.top, table.misconceptions, table.inputs { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; }
table.top th, table.top td, table.misconceptions th, table.misconceptions td, table.inputs th, table.inputs td { text-align: left; vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid #ddd; }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code.id { font-size: 13px; white-space: nowrap; }
svg.histogram rect.bin { fill: #9a6700; } svg.histogram rect.bin.full { fill: #2a9d4b; }
svg.histogram line.axis { stroke: #999; stroke-width: 1; } svg.histogram text { font-size: 11px; fill: #555; }
figure.points { margin: .6rem 0; } figure.points figcaption { font-size: 12px; color: #555; }
.quiet { color: #555; } details.inputs { margin: .4rem 0; }
`;
