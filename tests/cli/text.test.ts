// The terminal text: the verdict first, "any one of" wording, colour only where wanted, wrapped with a hanging indent.
import { describe, expect, it } from 'vitest';
import { renderText, terminalStyle, wrap } from '../../src/report/text.js';
import { parseTargets } from '../../src/targets.js';
import { scenarioReport, upTo } from '../action/scenarios.js';

const report = scenarioReport({ met: [...upTo({ documentation: 1, functionality: 1 }), 'documentation.api-docs'], measured: {} });

describe('renderText', () => {
  it('starts with the verdict, then the overall level and its lowest dimensions', () => {
    const lines = renderText(report, { targets: parseTargets(['L2']) }).split('\n');
    expect(lines[0]).toBe('✗ below target L2: functionality, documentation');
    expect(lines[1]).toBe('L1 overall (lowest: functionality, documentation) · /repo');
  });

  it('words alternatives as "any one of" / "any two of", never as if each were required', () => {
    const text = renderText(report, { targets: parseTargets(['L2']) });
    expect(text).toContain('functionality L1 → L2: needs any two of functionality.central-error-handling, functionality.strict-typing, functionality.linter-in-ci');
    expect(text).toContain('documentation L1 → L2: needs documentation.contributing-or-changelog');
    expect(renderText(scenarioReport({ met: upTo() }), { targets: parseTargets(['L2']) }).split('\n')[0]).toBe('✓ meets target L2');
  });

  it('has no colour unless asked, and colour when asked', () => {
    const plain = renderText(report, { targets: parseTargets(['L2']) });
    expect(plain).not.toMatch(/\u001b\[/);
    const coloured = renderText(report, { targets: parseTargets(['L2']), terminal: { color: true } });
    expect(coloured.split('\n')[0]).toMatch(/^\u001b\[1m\u001b\[31m✗ below target L2/);
  });

  it('wraps long lines to the width with a hanging indent', () => {
    const text = renderText(report, { targets: parseTargets(['L2']), terminal: { color: false, width: 80 } });
    for (const line of text.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const lines = wrap('aaa bbb ccc ddd eee fff', 12, 4);
    expect(lines).toEqual(['aaa bbb ccc', '    ddd eee', '    fff']);
  });
});

describe('terminalStyle', () => {
  const tty = { isTTY: true, columns: 100 };
  it('colours a terminal, not a pipe; NO_COLOR turns it off, FORCE_COLOR on', () => {
    expect(terminalStyle(tty, {})).toEqual({ color: true, width: 100 });
    expect(terminalStyle({ isTTY: false }, {})).toEqual({ color: false });
    expect(terminalStyle(tty, { NO_COLOR: '1' }).color).toBe(false);
    expect(terminalStyle({ isTTY: false }, { FORCE_COLOR: '1' }).color).toBe(true);
    expect(terminalStyle(tty, { FORCE_COLOR: '0' }).color).toBe(true);
    expect(terminalStyle(tty, { TERM: 'dumb' }).color).toBe(false);
  });
});
