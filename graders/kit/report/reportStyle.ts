/** The report's only stylesheet, inline: no fonts or files to fetch. */
export const reportStyle = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d1d1f; }
h1 { margin-bottom: .2rem; } .meta { color: #555; margin-top: 0; }
table.katas { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
table.katas th, table.katas td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ddd; }
.bar { display: inline-block; width: 8rem; height: .6rem; background: #eee; border-radius: .3rem; vertical-align: middle; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #2a9d4b; }
.status-passed { color: #1a7f37; } .status-failing { color: #9a6700; } .status-error { color: #cf222e; } .status-not-started { color: #777; }
section.kata { border-top: 2px solid #ddd; padding-top: .5rem; margin-top: 1.5rem; }
li.property { margin: .4rem 0; } li.property.pass::marker { content: "✓ "; color: #1a7f37; }
li.property.fail::marker, li.property.error::marker, li.property.timeout::marker { content: "✗ "; color: #cf222e; }
pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; font-size: 13px; }
.maps { display: flex; flex-wrap: wrap; gap: 1.2rem; align-items: flex-start; }
figure { margin: 0; } figure.heatmap > figcaption { font-weight: 600; margin-bottom: .3rem; }
.panels { display: flex; flex-wrap: wrap; gap: .6rem; } figure.panel figcaption { font-size: 12px; color: #555; }
svg rect.cell { stroke: #ddd; stroke-width: .5; } .shape, .axes, .scale { font-weight: 400; font-size: 12px; color: #555; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border: 1px solid #ccc; vertical-align: middle; margin: 0 .15rem 0 .4rem; }
.kata-pictures h3 { font-size: 1rem; margin: 1rem 0 .2rem; } .picture-skipped { color: #555; }
figure.curves { margin-top: .8rem; } figure.curves > figcaption { font-weight: 600; } .legend { font-weight: 400; font-size: 12px; margin-left: .6rem; }
`;
