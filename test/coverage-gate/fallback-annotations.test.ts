import { describe, expect, test } from '@jest/globals';
import { fallbackAnnotations, type Annotation } from '../../src/coverage/gate/publish.js';
import { ANNOTATIONS_PER_STEP, WarningBudget } from '../../src/lib/step-annotations.js';

const ranges = (n: number): Annotation[] => Array.from({ length: n }, (_, i) => ({ path: 'src/a.ts', startLine: i * 2 + 1, endLine: i * 2 + 1, message: `Line ${i * 2 + 1} was added or changed and not covered by tests.` }));

describe('fallback annotations within GitHub\'s 10 warnings per step', () => {
  test.each([
    // [ranges, room, annotated, overflow]
    [0, 10, 0, undefined],
    [3, 10, 3, undefined],
    [10, 10, 10, undefined],
    [11, 10, 9, '2 more uncovered changed ranges are not annotated (GitHub shows 10 warnings per step); every range is in the job summary.'],
    [15, 7, 6, '9 more uncovered changed ranges are not annotated (GitHub shows 10 warnings per step); every range is in the job summary.'],
    [2, 1, 0, '2 more uncovered changed ranges are not annotated (GitHub shows 10 warnings per step); every range is in the job summary.'],
    [3, 2, 1, '2 more uncovered changed ranges are not annotated (GitHub shows 10 warnings per step); every range is in the job summary.'],
    [2, 2, 2, undefined],
  ])('%i ranges with room for %i: %i annotated', (count, room, annotated, overflow) => {
    const fallback = fallbackAnnotations(ranges(count), room);
    expect(fallback.annotations).toEqual(ranges(count).slice(0, annotated));
    expect(fallback.overflow).toBe(overflow);
    expect(fallback.annotations.length + (fallback.overflow ? 1 : 0)).toBeLessThanOrEqual(room);
    expect(fallback.skipped).toBeUndefined();
  });

  test('no room left: nothing is emitted as a warning, and the log says why', () => {
    expect(fallbackAnnotations(ranges(4), 0)).toEqual({
      annotations: [],
      skipped: '4 uncovered changed ranges are not shown as annotations: GitHub shows 10 warnings per step and this step used them all; every range is in the job summary.',
    });
  });

  test('the budget counts every warning emitted through it', () => {
    const emitted: string[] = [];
    const budget = new WarningBudget((message) => emitted.push(message));
    budget.warning('a');
    budget.warning('b', { file: 'x' });
    expect(emitted).toEqual(['a', 'b']);
    expect(budget.remaining).toBe(ANNOTATIONS_PER_STEP - 2);
    for (let i = 0; i < 20; i++) budget.warning('c');
    expect(budget.remaining).toBe(0);
  });
});
