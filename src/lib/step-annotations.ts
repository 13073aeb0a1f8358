/**
 * GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and 50 per
 * job; a step's later ones are dropped without a word (actions/toolkit, docs/problem-matchers.md,
 * "Limitations"). Every `::warning::` is one, with or without a file, so a step that wants to show
 * many must count what it already used.
 */
export const ANNOTATIONS_PER_STEP = 10;

/** Counts the warnings a step emits through it; `remaining` is what GitHub will still show. */
export class WarningBudget<P = unknown> {
  used = 0;

  constructor(private readonly emit: (message: string, properties?: P) => void) {}

  readonly warning = (message: string, properties?: P): void => {
    this.used += 1;
    this.emit(message, properties);
  };

  get remaining(): number {
    return Math.max(0, ANNOTATIONS_PER_STEP - this.used);
  }
}
