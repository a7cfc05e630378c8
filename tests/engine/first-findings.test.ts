// A rule shows at most MATCHES_SHOWN findings, so its calls and decorators matchers stop once they have that many
// at distinct places: the files after them are never parsed, and the rule's verdict and findings are the ones the
// whole list gives (runMatcher without `shown` is the whole list).
import { afterAll, describe, expect, it } from 'vitest';
import { dedupe, MATCHES_SHOWN, runMatcher } from '../../src/findings/matchers.js';
import type { Rule } from '../../src/rules/schema.js';
import { evaluateRule } from '../../src/score/evaluate.js';
import { cleanUp, evidenceOf } from '../detectors/repo.js';

afterAll(cleanUp);

const guarded = (i: number, guards: number) =>
  [
    "import { Controller, Get, UseGuards } from '@nestjs/common';",
    "import { AuthGuard } from './auth.guard';",
    '',
    `@Controller('r${i}')`,
    'export class R' + i + 'Controller {',
    ...Array.from({ length: guards }, (_, g) => [`  @UseGuards(AuthGuard)`, `  @Get('${g}')`, `  get${g}() { return ${g}; }`]).flat(),
    '}',
    '',
  ].join('\n');

const rule = (evidence: Rule['evidence'], extra: Partial<Rule> = {}): Rule => ({ id: 'security.guarded', dimension: 'security', level: 2, title: 'guarded', hint: 'guard', evidence, ...extra });

describe('calls and decorators matchers stop at the findings a rule shows', () => {
  // 12 controllers with 3 guarded routes each: 36 decorator findings in 12 files, 10 shown.
  const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`src/r${String(i).padStart(2, '0')}.controller.ts`, guarded(i, 3)]));

  it('shows the first findings of the whole list, met as before, and parses only the files they need', async () => {
    const whole = await evidenceOf(files);
    const everything = runMatcher({ decorators: ['UseGuards'] }, whole);
    expect(everything).toHaveLength(36);
    expect(whole.parsedFiles.size).toBe(12);

    const evidence = await evidenceOf(files);
    const result = evaluateRule(rule([{ decorators: ['UseGuards'] }, { calls: ['this.never'] }]), evidence, true);
    expect(result.status).toBe('met');
    expect(result.findings).toEqual(dedupe(everything).slice(0, MATCHES_SHOWN).map(({ measured: _, ...f }) => f));
    // 10 findings at distinct places are in the first four files (3 each); the calls matcher, which finds nothing,
    // still reads every file that mentions its word (none here).
    expect(evidence.parsedFiles.size).toBe(4);
  });

  it('counts on when findings repeat a place, and when a rule needs several files', async () => {
    // The same place twice (two decorators on one line) counts once.
    const twice = { 'src/a.controller.ts': guarded(0, 1).replace('  @UseGuards(AuthGuard)', '  @UseGuards(AuthGuard) @UseGuards(AuthGuard)'), ...files };
    const one = await evidenceOf(twice);
    expect(runMatcher({ decorators: ['UseGuards'] }, one, { shown: 2 }).map((f) => `${f.file}:${f.line}`)).toEqual([
      'src/a.controller.ts:6',
      'src/a.controller.ts:6',
      'src/r00.controller.ts:6',
    ]);
    // minFiles: 12 needs every file's findings, so the matcher is not cut short.
    const counted = await evidenceOf(files);
    expect(evaluateRule(rule([{ decorators: ['UseGuards'] }], { minFiles: 12 }), counted, true).status).toBe('met');
    expect(counted.parsedFiles.size).toBe(12);
  });
});
