import type { Evidence } from '../evidence/index.js';

/**
 * Top-level folders a Python library's packaging leaves out of what it ships: `find_packages(exclude=['tests*',
 * 'knox_project'])` in setup.py, `exclude = [...]` under pyproject's `[tool.setuptools.packages.find]`, or the Django
 * project a test runner's settings name when setup.py lists its packages by name and not that one. What is left
 * out is the library's test project (its settings, views and manage.py targets), never installed with the package.
 */
const SETUP_PY_EXCLUDE = /\bfind_(?:namespace_)?packages[ \t]*\([^)]{0,600}?\bexclude[ \t]*=[ \t]*[[(]([^\])]{0,600})[\])]/g;
export function unshippedPythonFolders(evidence: Evidence): string[] {
  const lists: string[] = [];
  const setupPy = evidence.text('setup.py') ?? '';
  for (const m of setupPy.matchAll(SETUP_PY_EXCLUDE)) lists.push(m[1]!);
  const pyproject = evidence.text('pyproject.toml') ?? '';
  const find = pyproject.indexOf('[tool.setuptools.packages.find]');
  if (find !== -1) {
    const section = pyproject.slice(find).split(/\n\[/)[0]!;
    const m = /^[ \t]*exclude[ \t]*=[ \t]*\[([^\]]{0,600})\]/m.exec(section);
    if (m) lists.push(m[1]!);
  }
  const folders = new Set<string>();
  for (const list of lists) {
    for (const q of list.matchAll(/["']([A-Za-z_][\w-]{0,60})(?:\.\*|\*)?["']/g)) {
      const folder = `${q[1]}/`;
      if (evidence.files.some((f) => f.startsWith(folder))) folders.add(folder);
    }
  }
  // setup.py naming its packages one by one (`packages=['silk']`, no find_packages) while the test runner's
  // configuration runs Django with another top-level folder's settings (pytest.ini's `DJANGO_SETTINGS_MODULE =
  // project.settings`): that folder is the test project (django-silk's project/, calibration round 23).
  const listed = /\bpackages[ \t]*=[ \t]*\[([^\]]{0,600})\]/.exec(setupPy);
  if (listed) {
    const shipped = new Set([...listed[1]!.matchAll(/["']([A-Za-z_]\w{0,60})(?:\.[\w.]{0,200})?["']/g)].map((q) => q[1]!));
    for (const config of ['pytest.ini', 'tox.ini', 'setup.cfg', 'pyproject.toml']) {
      for (const m of (evidence.text(config) ?? '').matchAll(/^[ \t]*["']?DJANGO_SETTINGS_MODULE["']?[ \t]*[=:][ \t]*["']?([A-Za-z_]\w{0,60})\./gm)) {
        if (shipped.size && !shipped.has(m[1]!) && evidence.files.some((f) => f.startsWith(`${m[1]}/`))) folders.add(`${m[1]}/`);
      }
    }
  }
  return [...folders];
}
