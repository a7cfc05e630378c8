// The history as one SVG: a row per dimension (and the overall level on top), each a step line over the graded
// commits, L0 at the bottom of the row and L4 at the top. Commits are spaced evenly (a quiet year and a busy
// week get the same room); dates label the axis. Standalone: no script, no external reference.
import { escapeMarkup } from '../report/escape.js';
import { DIMENSIONS, type Dimension } from '../types.js';
import type { HistorySeries } from './series.js';

/** Geometry of a row, exported for the test that reads levels back out of the chart. */
export const ROW = { height: 56, top: 8, step: 10, labelWidth: 120, right: 24 };
const LEVEL_COLOURS = ['#b91c1c', '#d97706', '#ca8a04', '#16a34a', '#0e7490'];


export function renderHistoryChart(series: HistorySeries, title = 'levelgate history'): string {
  const points = series.points;
  const width = Math.max(640, Math.min(1600, ROW.labelWidth + ROW.right + points.length * 40));
  const plot = width - ROW.labelWidth - ROW.right;
  const x = (i: number) => ROW.labelWidth + (points.length <= 1 ? plot / 2 : (i * plot) / (points.length - 1));
  const y = (level: number) => ROW.top + (4 - level) * ROW.step;
  const rows: ('overall' | Dimension)[] = ['overall', ...DIMENSIONS];
  const headerHeight = 28;
  const axisHeight = 40;
  const height = headerHeight + rows.length * ROW.height + axisHeight;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  out.push(`<title>${escapeMarkup(title)}</title>`, `<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="8" y="18" font-size="14" font-weight="600">${escapeMarkup(title)}</text>`);
  rows.forEach((row, r) => {
    const levels = points.map((p) => (p.level === undefined ? undefined : row === 'overall' ? p.level : p.dimensions![row]));
    const top = headerHeight + r * ROW.height;
    out.push(`<g data-dimension="${row}" data-levels="${levels.map((l) => (l === undefined ? '' : l === null ? 'n/a' : String(l))).join(',')}" transform="translate(0 ${top})">`);
    out.push(`<text x="8" y="${y(2) + 4}"${row === 'overall' ? ' font-weight="600"' : ''}>${row}</text>`);
    for (let level = 0; level <= 4; level++) {
      out.push(`<line x1="${ROW.labelWidth - 6}" x2="${width - ROW.right + 6}" y1="${y(level)}" y2="${y(level)}" stroke="#eee"/>`);
      out.push(`<text x="${ROW.labelWidth - 10}" y="${y(level) + 3}" text-anchor="end" fill="#999" font-size="8">L${level}</text>`);
    }
    // Step line, broken where a commit was not graded or the dimension was not applicable.
    let d = '';
    let previous: number | undefined;
    levels.forEach((level, i) => {
      if (level === undefined || level === null) {
        previous = undefined;
        return;
      }
      d += previous === undefined ? `M${x(i).toFixed(1)} ${y(level)}` : ` H${x(i).toFixed(1)} V${y(level)}`;
      previous = level;
    });
    if (d) out.push(`<path d="${d}" fill="none" stroke="#334155" stroke-width="1.5"/>`);
    levels.forEach((level, i) => {
      if (level === undefined || level === null) return;
      const p = points[i]!;
      out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(level)}" r="3" fill="${LEVEL_COLOURS[level]}"><title>${escapeMarkup(`${p.date.slice(0, 10)} ${p.commit.slice(0, 7)}${p.tags ? ` (${p.tags.join(', ')})` : ''}: ${row} L${level}`)}</title></circle>`);
    });
    out.push('</g>');
  });
  // Dates under the rows: the first, the last, and as many between as fit 80 px apart.
  const axisY = headerHeight + rows.length * ROW.height + 14;
  const gap = 80;
  const spacing = points.length > 1 ? plot / (points.length - 1) : plot;
  const every = Math.max(1, Math.ceil(gap / spacing));
  const labels: number[] = [];
  for (let i = 0; i < points.length; i += every) labels.push(i);
  if (points.length > 1) {
    while (labels.length > 1 && x(points.length - 1) - x(labels[labels.length - 1]!) < gap) labels.pop();
    labels.push(points.length - 1);
  }
  for (const i of labels) {
    const p = points[i]!;
    // The last label ends at its point, so it stays inside the picture.
    const anchor = i === points.length - 1 && points.length > 1 ? 'end' : 'middle';
    out.push(`<text x="${(anchor === 'end' ? x(i) + 6 : x(i)).toFixed(1)}" y="${axisY}" text-anchor="${anchor}" fill="#555">${escapeMarkup(p.tags?.[0] ?? p.date.slice(0, 10))}</text>`);
  }
  if (points.length === 0) out.push(`<text x="${width / 2}" y="${axisY}" text-anchor="middle">no commits in the range</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
