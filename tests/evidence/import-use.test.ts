// The text check that lets the parser skip files: "no" only when no import of the module can be used.
import { describe, expect, it } from 'vitest';
import { mayUseImportOf } from '../../src/evidence/import-use.js';

const cases: [string, string, boolean][] = [
  ['default import never referenced', "import express from 'express';\nexport const x = 1;\n", false],
  ['named imports never referenced', "import { Router, json as parse } from 'express';\nconst r = 1;\n", false],
  ['namespace import never referenced', "import * as z from 'zod';\n", false],
  ['multi-line import never referenced', "import {\n  a,\n  b,\n} from 'zod';\n", false],
  ['require binding never referenced', "const pino = require('pino');\n", false],
  ['destructured require never referenced', "const { a: b, c } = require('pino');\n", false],
  ['default import used', "import express from 'express';\nconst app = express();\n", true],
  ['aliased import used by its alias', "import { json as parse } from 'express';\nparse();\n", true],
  ['type import used in a type', "import type { Logger } from 'pino';\nlet l: Logger;\n", true],
  ['subpath import used', "import { z } from 'zod/v4';\nz.string();\n", true],
  ['side-effect import', "import 'reflect-metadata';\n", true],
  ['re-export', "export { z } from 'zod';\n", true],
  ['bare require', "require('dotenv');\n", true],
  ['dynamic import', "const m = await import('zod');\n", true],
  ['import-equals form (not read: the parser decides)', "import x = require('zod');\n", true],
  ['JSX use', "import Button from 'ui-kit';\nexport const A = () => <Button />;\n", true],
  ['another module imported, this one not at all', "import x from 'other';\nx();\n", true],
];

describe('mayUseImportOf', () => {
  it.each(cases)('%s', (_name, code, expected) => {
    const module = /'(express|zod|pino|reflect-metadata|dotenv|ui-kit)/.exec(code)?.[1] ?? 'zod';
    expect(mayUseImportOf(code, [module])).toBe(expected);
  });
});
