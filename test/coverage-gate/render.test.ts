import { describe, expect, it } from '@jest/globals';
import type { PatchCoverage } from '../../src/coverage/gate/patch.js';
import { groupRanges } from '../../src/coverage/gate/ranges.js';
import { COMMENT_LIMIT, renderCheckOutput, renderComment, renderReportFile, renderSummary, renderTitle, renderVerdict, stickyMarker, type GateReport } from '../../src/coverage/gate/render.js';
import { code } from '../../src/coverage/gate/text.js';
import { decideVerdict, type GateFigures } from '../../src/coverage/gate/verdict.js';
import { ratio, totalsOf } from './helpers.js';

function report(changedFiles: number, pathLength = 40): GateReport {
  const patch: PatchCoverage = { lines: ratio(0, 0), files: [], ignored: [] };
  const files = [];
  for (let i = 0; i < changedFiles; i++) {
    const path = `src/${String(i).padStart(5, '0')}-${'x'.repeat(Math.max(0, pathLength - 16))}.ts`;
    const uncovered = Array.from({ length: 30 }, (_, line) => line * 2 + 1);
    patch.files.push({ path, status: 'modified', inReport: true, lines: ratio(30, 60), uncovered, ranges: groupRanges(uncovered) });
    patch.lines.covered += 30;
    patch.lines.total += 60;
    files.push(totalsOf(path, 30, 60));
  }
  const figures: GateFigures = { lines: ratio(30 * changedFiles, 60 * changedFiles), branches: ratio(0, 0), files, patch };
  const verdict = decideVerdict(figures, { minCoverage: 70, minFileCoverage: 60, minPatchCoverage: 80 });
  return {
    checkName: 'coverage',
    verdict,
    figures,
    fileLines: new Map(files.map((file) => [file.path, file.lines])),
    notes: ['Changed lines: git diff.'],
    pullNumber: 7,
    sha: 'b'.repeat(40),
    runUrl: 'https://github.com/acme/app/actions/runs/1',
  };
}

describe('the sticky comment', () => {
  it.each([1, 50, 3000])('fits under 65,536 characters with %i changed files and keeps the whole verdict', (count) => {
    const input = report(count, 200);
    const body = renderComment(input);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(`${stickyMarker('coverage')}\n`)).toBe(true);
    expect(body).toContain(renderVerdict(input, '###'));
    for (const check of input.verdict.checks) expect(body).toContain(check.message);
    if (count === 3000) {
      const shown = body.split('\n').filter((line) => line.startsWith('| `src/')).length;
      expect(shown).toBeGreaterThan(50);
      expect(body).toContain(`_${(3000 - shown).toLocaleString('en-US')} more files not shown here (3,000 in all)`);
    } else {
      expect(body).not.toContain('not shown here');
    }
  });

  it('honours a smaller limit by dropping rows, never the verdict', () => {
    const input = report(100);
    const verdict = renderVerdict(input, '###');
    const body = renderComment(input, verdict.length + 2000);
    expect(body.length).toBeLessThanOrEqual(verdict.length + 2000);
    expect(body).toContain(verdict);
    expect(body).toMatch(/_\d+ more files not shown here \(100 in all\)/);
  });

  it('keeps one marker per check name', () => {
    expect(stickyMarker('coverage')).toBe('<!-- shipgate:coverage-gate:coverage -->');
    expect(stickyMarker('unit --> x')).toBe('<!-- shipgate:coverage-gate:unit - x -->');
  });
});

describe('the check run and the other reports', () => {
  const input = report(3000, 200);
  it('keeps summary and text within 65,535 characters', () => {
    const output = renderCheckOutput(input);
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.text.length).toBeLessThanOrEqual(65_535);
    expect(output.text.startsWith('#### Changed files')).toBe(true);
    expect(output.title).toBe('Failed (3 thresholds): lines 50.00 %, patch 50.00 %');
  });

  it('puts every file in the report file and the summary (its limit is 1 MB)', () => {
    expect(renderReportFile(input).split('\n').filter((line) => line.startsWith('| `src/'))).toHaveLength(3000);
    expect(renderSummary(input).length).toBeLessThanOrEqual(1_000_000);
  });

  it('keeps the job summary under 1 MB in bytes when paths are not ASCII', () => {
    const wide = report(3000, 200);
    for (const file of wide.figures.patch!.files) file.path = file.path.replace(/x/g, 'ü');
    const summary = renderSummary(wide);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_000_000);
    expect(summary).toContain(renderVerdict(wide, '##'));
    expect(summary).toMatch(/more files? not shown here/);
  });

  it('says when the test command failed', () => {
    const failed = { ...report(1), testCommand: { command: 'npm test', exitCode: 2 } };
    expect(renderVerdict(failed)).toContain('- ❌ The test command failed with exit code 2: `npm test`.');
    expect(renderTitle({ ...failed, verdict: { ...failed.verdict, passed: true, checks: [] } })).toBe('Failed (test command): lines 50.00 %, patch 50.00 %');
  });
});

describe('paths in markdown', () => {
  it.each([
    ['src/a.ts', '`src/a.ts`'],
    ['src/a`b.ts', '``src/a`b.ts``'],
    ['src/a``b.ts', '```src/a``b.ts```'],
    ['`edge', '`` `edge ``'],
    ['a\nb', '`a b`'],
  ])('%j → %s', (path, expected) => {
    expect(code(path)).toBe(expected);
  });

  it('shortens very long paths in the middle', () => {
    const shown = code(`src/${'d/'.repeat(200)}file.ts`);
    expect(shown.length).toBeLessThan(170);
    expect(shown).toMatch(/^`src\/d\/.*….*\/file\.ts`$/);
  });
});
