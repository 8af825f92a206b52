/**
 * The report's stylesheet: a restrained actuarial-office look (navy rules, booktabs tables with
 * tabular figures, numbered figures and tables) on screen as an A4 sheet, and a print stylesheet
 * for A4 portrait: 18 mm top / 16 mm side margins, tables that repeat their header on each page
 * and never split a row, figures and headings kept with what follows, each major block starting
 * where it fits. Fonts: Noto Sans CJK SC (Debian fonts-noto-cjk) first, then the usual Chinese
 * system fonts, so Chinese text never falls back to a font without the glyphs.
 */
export const REPORT_CSS = `
:root {
  --ink: #1b1f24; --muted: #5a6270; --rule: #1f3a5f; --light: #d5dbe3; --zebra: #f5f7fa;
  --font: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "Noto Sans CJK SC", serif;
}
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { margin: 0; color: var(--ink); font-family: var(--font); font-size: 10.5pt; line-height: 1.55; }
main { background: #fff; max-width: 210mm; margin: 12mm auto; padding: 18mm 16mm; box-shadow: 0 1px 6px rgba(0,0,0,.15); }
header.cover { border-top: 4px solid var(--rule); padding-top: 8mm; margin-bottom: 8mm; }
header.cover .kicker { color: var(--muted); letter-spacing: .08em; font-size: 9.5pt; margin: 0 0 2mm; }
h1 { font-family: var(--serif); font-size: 21pt; line-height: 1.3; margin: 0 0 3mm; color: var(--rule); }
h2 { font-family: var(--serif); font-size: 14pt; color: var(--rule); border-bottom: 1.5px solid var(--rule); padding-bottom: 1.5mm; margin: 9mm 0 4mm; }
h3 { font-size: 11pt; margin: 6mm 0 2mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0; font-size: 9.5pt; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
nav.toc ol { columns: 2; margin: 0; padding-left: 0; list-style: none; font-size: 9.5pt; }
nav.toc a { color: inherit; text-decoration: none; }
.verdict { border-left: 4px solid var(--light); padding: 2mm 4mm; margin: 3mm 0; background: var(--zebra); break-inside: avoid; }
.verdict h3 { margin: 0 0 1mm; display: flex; gap: 3mm; align-items: baseline; }
.verdict p { margin: 0; }
.badge { font-size: 8.5pt; font-weight: 700; padding: .3mm 2mm; border-radius: 2px; color: #fff; white-space: nowrap; }
.status-exhausted { border-color: #b2182b; } .status-exhausted .badge { background: #b2182b; }
.status-below_floor { border-color: #d6604d; } .status-below_floor .badge { background: #d6604d; }
.status-drawing_down { border-color: #e08214; } .status-drawing_down .badge { background: #e08214; }
.status-low_reserve { border-color: #c7a000; } .status-low_reserve .badge { background: #b08d00; }
.status-sustainable { border-color: #1a9850; } .status-sustainable .badge { background: #1a9850; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 9pt; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 1.5mm; font-size: 9.5pt; }
thead th { border-top: 1.5px solid var(--rule); border-bottom: .75px solid var(--rule); font-weight: 700; text-align: left; padding: 1.2mm 2mm; vertical-align: bottom; }
tbody td, tbody th { padding: .9mm 2mm; border-bottom: .5px solid var(--light); vertical-align: top; text-align: left; font-weight: normal; }
tbody tr:nth-child(even) { background: var(--zebra); }
tbody tr:last-child td, tbody tr:last-child th { border-bottom: 1.5px solid var(--rule); }
td.num, th.num { text-align: right; white-space: nowrap; }
td.neg { color: #b2182b; }
tr.observed { font-style: italic; }
tr.total th, tr.total td { font-weight: 600; }
p.unit, p.source, figcaption .note { color: var(--muted); font-size: 8.5pt; margin: 0 0 3mm; }
figure { margin: 4mm 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-weight: 700; font-size: 9.5pt; margin-bottom: 1.5mm; }
section.notes ol { font-size: 9pt; color: var(--muted); padding-left: 5mm; }
.wide { overflow-x: auto; }
table.assumption-table td:nth-child(2) { min-width: 28mm; }
table.assumption-table th[scope="row"] { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; word-break: break-all; width: 30%; }
table.items-table { font-size: 8pt; }
table.items-table th, table.items-table td { padding-left: 1.2mm; padding-right: 1.2mm; }
@page { size: A4 portrait; margin: 18mm 16mm 18mm 16mm; }
@media print {
  html { background: none; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .wide { overflow: visible; }
  h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, .verdict { break-inside: avoid; page-break-inside: avoid; }
  section.projection-tables, section.assumptions { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
}
`;
