/** One line of the launch report: a metric, its figure, its target and how it was computed. */
export type Verdict = 'pass' | 'fail' | 'no data';

export interface MetricRow {
  metric: string;
  verdict: Verdict;
  /** The measured figure, or what is missing ("no data"). */
  figure: string;
  /** What it is judged against ("≥ 99 %"). */
  target: string;
  /** How the figure was computed, over which window, or why there is none: plain text (the page escapes it). */
  how: string;
  /** The Prometheus query behind the figure, shown as code after `how`. */
  query?: string;
}

/** Only `pass` passes: a metric without data never reads as met. */
export const passed = (rows: readonly MetricRow[]): boolean => rows.length > 0 && rows.every((row) => row.verdict === 'pass');
