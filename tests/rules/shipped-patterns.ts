// Every regular expression levelgate runs over repository content: the rules' patterns, the detectors' text
// patterns, and the regex literals of the code that reads files (detectors, evidence, findings, rules,
// inventory, monorepo discovery), found with the TypeScript scanner so a new one cannot be missed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { DETECTORS } from '../../src/detectors/index.js';
import { folderPatternsMade } from '../../src/evidence/file-sets.js';
import { loadCatalog, patternsOf } from '../../src/rules/load.js';
import { matchersOf } from '../../src/rules/matcher-parts.js';

export const REPO_ROOT = path.join(import.meta.dirname, '..', '..');

/** Where a pattern comes from, and whether it is a rule pattern (always multiline) or a literal (flags as written). */
export interface ShippedPattern {
  where: string;
  pattern: string;
  literal: boolean;
}

const SCANNED_DIRS = ['detectors', 'evidence', 'findings', 'rules', 'inventory', 'monorepo'];

export async function shippedPatterns(): Promise<ShippedPattern[]> {
  const out: ShippedPattern[] = [];
  const catalog = await loadCatalog(path.join(REPO_ROOT, 'rules'));
  for (const rule of catalog.rules) for (const m of matchersOf(rule)) for (const pattern of patternsOf(m)) out.push({ where: rule.id, pattern, literal: false });
  for (const d of DETECTORS.values()) for (const pattern of d.textPatterns ?? []) out.push({ where: `detector ${d.name}`, pattern, literal: false });
  for (const dir of SCANNED_DIRS) {
    for (const file of readdirSync(path.join(REPO_ROOT, 'src', dir), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const full = path.join(REPO_ROOT, 'src', dir, file);
      const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          out.push({ where: `src/${dir}/${file}:${line}`, pattern: node.getText(), literal: true });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  // Folder tests built from the shared folder groups (src/evidence/file-sets.ts) are RegExps, not literals: judged as literals.
  for (const re of folderPatternsMade()) out.push({ where: 'inFolderNamed', pattern: `/${re.source}/${re.flags}`, literal: true });
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.literal}\u0000${p.pattern}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
