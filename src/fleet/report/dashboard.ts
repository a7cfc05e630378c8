// The fleet dashboard: one self-contained HTML file (no server, no CDN, no external request of any kind) with
// a sortable, filterable table of repositories × dimensions, the change since the previous run, a sparkline
// of past runs, and the distribution of levels per dimension as inline SVG. Everything that comes from a
// repository or the API is HTML-escaped; a Content-Security-Policy allows only the page's own script, so a
// mistake in escaping still could not run anything.
import { createHash } from 'node:crypto';
import { escapeMarkup } from '../../report/escape.js';
import { DIMENSIONS, LEVEL_NAMES, type Dimension, type Level } from '../../types.js';
import type { FleetResult } from '../grade.js';
import { tally, type FleetIndex, type IndexEntry } from './index.js';

const LEVEL_COLOURS = ['#b91c1c', '#d97706', '#ca8a04', '#16a34a', '#0e7490'];

/** A web address from the API, kept only when it is plainly one (no javascript:, no data:). */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : undefined;
}

const SCRIPT = `
(function () {
  var table = document.getElementById('fleet');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  var level = document.getElementById('level');
  var topic = document.getElementById('topic');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var sorted = '';
  // The view lives in the address, to be shared: #level=1&topic=payments&q=api&sort=-testing.
  function remember() {
    var hash = [];
    if (level.value !== '') hash.push('level=' + encodeURIComponent(level.value));
    if (topic.value !== '') hash.push('topic=' + encodeURIComponent(topic.value));
    if (search.value !== '') hash.push('q=' + encodeURIComponent(search.value));
    if (sorted !== '') hash.push('sort=' + encodeURIComponent(sorted));
    if (hash.length || location.hash) history.replaceState(null, '', hash.length ? '#' + hash.join('&') : location.pathname + location.search);
  }
  function filter() {
    var l = level.value, t = topic.value, q = search.value.toLowerCase(), n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (l === '' || r.getAttribute('data-level') === l) &&
        (t === '' || (' ' + r.getAttribute('data-topics') + ' ').indexOf(' ' + t + ' ') !== -1) &&
        (q === '' || r.getAttribute('data-name').indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = String(n);
  }
  function sortBy(col, dir) {
    for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
    heads[col].setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    sorted = (dir === 1 ? '' : '-') + heads[col].getAttribute('data-key');
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
      var nx = Number(x), ny = Number(y);
      var cmp = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : (x < y ? -1 : x > y ? 1 : 0);
      return cmp * dir;
    });
    var frag = document.createDocumentFragment();
    for (var i = 0; i < rows.length; i++) frag.appendChild(rows[i]);
    body.appendChild(frag);
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('='), v = decodeURIComponent(kv[1] || '');
    if (kv[0] === 'level') level.value = v;
    if (kv[0] === 'topic') topic.value = v;
    if (kv[0] === 'q') search.value = v;
    if (kv[0] === 'sort') {
      for (var k = 0; k < heads.length; k++) if (heads[k].getAttribute('data-key') === v.replace(/^-/, '')) sortBy(k, v.charAt(0) === '-' ? -1 : 1);
    }
  });
  function changed() { filter(); remember(); }
  level.addEventListener('change', changed);
  topic.addEventListener('change', changed);
  search.addEventListener('input', changed);
  for (var c = 0; c < heads.length; c++) {
    (function (col, th) {
      th.addEventListener('click', function () {
        sortBy(col, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1);
        remember();
      });
    })(c, heads[c]);
  }
  filter();
  document.body.setAttribute('data-ready', 'true');
  // From navigation start to a ready table (the bench reads it from the rendered DOM).
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
`;

const STYLE = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .25rem}.meta{color:#555;margin:0 0 1rem}
.charts{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}.chart{border:1px solid #ddd;border-radius:6px;padding:.5rem;margin:0}
.chart h2{font-size:.85rem;margin:0 0 .25rem;text-transform:capitalize}
.filters{display:flex;gap:1rem;align-items:center;margin:1rem 0;flex-wrap:wrap}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;white-space:nowrap}
th{cursor:pointer;position:sticky;top:0;background:#f8f8f8;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.lv{font-weight:600;text-align:center}.l0{color:${LEVEL_COLOURS[0]}}.l1{color:${LEVEL_COLOURS[1]}}.l2{color:${LEVEL_COLOURS[2]}}.l3{color:${LEVEL_COLOURS[3]}}.l4{color:${LEVEL_COLOURS[4]}}
.na{color:#999}.up{color:#16a34a}.down{color:#b91c1c}.reason{color:#555;white-space:normal}small a{color:#555}
`;

export interface DashboardOptions {
  title?: string;
  /** Folder of the per-repository pages, relative to the dashboard (links "reports/<stem>.html"). */
  reportsDir?: string;
}

export function renderDashboard(index: FleetIndex, options: DashboardOptions = {}): string {
  const title = options.title ?? 'levelgate fleet';
  const reportsDir = options.reportsDir ?? 'reports';
  const t = tally(index);
  const topics = [...new Set(index.repositories.flatMap((e) => e.topics))].sort();
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;
  const charts = [
    chart('overall', t.overall),
    ...DIMENSIONS.map((d) => chart(d, t.perDimension[d])),
  ].join('');
  const head = ['Repository', 'Overall', ...DIMENSIONS, 'Change', 'Runs', 'Status'].map((h) => `<th scope="col" data-key="${h.toLowerCase()}">${escapeMarkup(h)}</th>`).join('');
  const rows = index.repositories.map((e) => row(e, reportsDir)).join('\n');
  const graded = index.repositories.length - t.notGraded;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeMarkup(title)}</h1>
<p class="meta">${graded} of ${index.repositories.length} repositories graded · ${escapeMarkup(index.generatedAt)} · levels: ${([0, 1, 2, 3, 4] as Level[]).map((l) => escapeMarkup(LEVEL_NAMES[l])).join(', ')}</p>
<div class="charts">${charts}</div>
<div class="filters">
<label>Level <select id="level"><option value="">any</option>${[4, 3, 2, 1, 0].map((l) => `<option value="${l}">L${l}</option>`).join('')}<option value="none">not graded</option></select></label>
<label>Topic <select id="topic"><option value="">any</option>${topics.map((tp) => `<option value="${escapeMarkup(tp)}">${escapeMarkup(tp)}</option>`).join('')}</select></label>
<label>Name <input id="search" type="search" placeholder="filter by name"></label>
<span><span id="shown">${index.repositories.length}</span> shown</span>
</div>
<table id="fleet"><thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}

function row(e: IndexEntry, reportsDir: string): string {
  const url = safeUrl(e.htmlUrl);
  const name = escapeMarkup(e.fullName);
  const repoLink = url ? `<a href="${escapeMarkup(url)}" rel="noopener noreferrer">${name}</a>` : name;
  const report = `<small><a href="${escapeMarkup(`${reportsDir}/${encodeURIComponent(e.stem)}.html`)}">report</a></small>`;
  const cells = [`<td data-v="${escapeMarkup(e.fullName.toLowerCase())}">${repoLink} ${report}</td>`];
  cells.push(levelCell(e.level, e.previous?.level));
  for (const d of DIMENSIONS) cells.push(levelCell(e.dimensions ? e.dimensions[d] : undefined, e.previous?.dimensions[d] ?? undefined));
  const delta = e.level !== undefined && e.previous ? e.level - e.previous.level : undefined;
  cells.push(`<td data-v="${delta ?? ''}">${delta === undefined ? (e.previous || e.level === undefined ? '' : 'new') : delta > 0 ? `<span class="up">▲ ${delta}</span>` : delta < 0 ? `<span class="down">▼ ${-delta}</span>` : '='}</td>`);
  cells.push(`<td data-v="${e.history.length}">${sparkline(e.history.map((h) => h.level))}</td>`);
  cells.push(`<td class="reason" data-v="${escapeMarkup(e.status)}">${e.status === 'graded' ? 'graded' : `${escapeMarkup(e.status)}: ${escapeMarkup(e.reason ?? '')}`}</td>`);
  const level = e.level === undefined ? 'none' : String(e.level);
  return `<tr data-level="${level}" data-topics="${escapeMarkup(e.topics.join(' '))}" data-name="${escapeMarkup(e.fullName.toLowerCase())}">${cells.join('')}</tr>`;
}

function levelCell(level: number | null | undefined, previous: number | undefined): string {
  if (level === undefined) return '<td class="lv na" data-v="-1">–</td>';
  if (level === null) return '<td class="lv na" data-v="-1" title="not applicable">n/a</td>';
  const moved = previous !== undefined && previous !== level ? ` <span class="${level > previous ? 'up' : 'down'}">${level > previous ? '▲' : '▼'}</span>` : '';
  // A title only on a change: 10,000 rows × 8 level names would add a fifth to the page and to its load time.
  const title = moved ? ` title="was L${previous}"` : '';
  return `<td class="lv l${level}" data-v="${level}"${title}>L${level}${moved}</td>`;
}

/** The distribution of one dimension's levels: five bars, L0 to L4, with their counts. */
function chart(name: Dimension | 'overall', counts: number[]): string {
  const width = 170;
  const height = 90;
  const max = Math.max(1, ...counts);
  const barWidth = 26;
  const bars = counts
    .map((n, level) => {
      const h = Math.round((n / max) * 58);
      const x = 8 + level * 32;
      return `<rect x="${x}" y="${70 - h}" width="${barWidth}" height="${h}" fill="${LEVEL_COLOURS[level]}"><title>L${level}: ${n}</title></rect><text x="${x + barWidth / 2}" y="${66 - h}" font-size="10" text-anchor="middle">${n}</text><text x="${x + barWidth / 2}" y="84" font-size="10" text-anchor="middle">L${level}</text>`;
    })
    .join('');
  return `<figure class="chart" data-dimension="${name}"><h2>${name}</h2><svg role="img" aria-label="${name}: ${counts.map((n, l) => `L${l} ${n}`).join(', ')}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars}</svg></figure>`;
}

/** The overall level over the stored runs (null: not graded that run, drawn as a gap). */
function sparkline(levels: (number | null)[]): string {
  if (levels.filter((l) => l !== null).length < 2) return '';
  const step = 60 / Math.max(1, levels.length - 1);
  const segments: string[] = [];
  let current: string[] = [];
  levels.forEach((l, i) => {
    if (l === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${(i * step).toFixed(1)},${(16 - l * 3.5).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments.map((points) => `<polyline points="${points}" fill="none" stroke="#0e7490" stroke-width="1.5"/>`).join('');
  return `<svg width="62" height="18" viewBox="-1 0 62 18" aria-label="levels of the last ${levels.length} runs">${lines}</svg>`;
}

/** A page per repository: its levels and what each dimension lacks for the next level, from its result. */
export function renderRepositoryPage(result: FleetResult): string {
  const name = escapeMarkup(result.repository.fullName);
  const url = safeUrl(result.repository.htmlUrl);
  const parts: string[] = [`<h1>${url ? `<a href="${escapeMarkup(url)}" rel="noopener noreferrer">${name}</a>` : name}</h1>`];
  parts.push(`<p class="meta">${escapeMarkup(result.status)}${result.commit ? ` · commit ${escapeMarkup(result.commit)}` : ''} · ${escapeMarkup(result.gradedAt)}</p>`);
  if (result.status !== 'graded' || !result.report) {
    parts.push(`<p>${escapeMarkup(result.reason ?? 'not graded')}</p>`);
  } else {
    const report = result.report as unknown as {
      level: Level;
      dimensions: Record<Dimension, { level: Level; dimensionNotApplicable?: boolean; missing: { id: string; title: string; level: number; required: boolean; hint: string }[]; next?: { level: number; requiredMissing: string[] } }>;
      notes: { path: string; message: string }[];
    };
    parts.push(`<p>Overall: <strong class="l${report.level}">${escapeMarkup(LEVEL_NAMES[report.level])}</strong></p>`);
    parts.push('<table><thead><tr><th>Dimension</th><th>Level</th><th>For the next level</th></tr></thead><tbody>');
    for (const d of DIMENSIONS) {
      const dim = report.dimensions[d];
      const next = dim.next ? dim.missing.filter((m) => m.level === dim.next!.level) : [];
      const needs = next.map((m) => `<li>${m.required ? '<strong>required</strong> ' : ''}${escapeMarkup(m.title)} <small>(${escapeMarkup(m.id)})</small>: ${escapeMarkup(m.hint)}</li>`).join('');
      parts.push(`<tr><td>${d}</td><td class="lv l${dim.level}">${dim.dimensionNotApplicable ? 'n/a' : `L${dim.level}`}</td><td class="reason">${needs ? `<ul>${needs}</ul>` : ''}</td></tr>`);
    }
    parts.push('</tbody></table>');
    if (report.notes.length) parts.push(`<h2>Notes</h2><ul>${report.notes.slice(0, 200).map((n) => `<li>${escapeMarkup(n.path)}: ${escapeMarkup(n.message)}</li>`).join('')}</ul>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${name} · levelgate</title><style>${STYLE}</style></head>
<body><p><small><a href="../index.html">← fleet</a></small></p>
${parts.join('\n')}
</body></html>
`;
}
