import { InputReader } from '../../lib/inputs.js';

export const FORMATS = ['auto', 'lcov', 'cobertura', 'clover', 'jacoco', 'istanbul', 'go'] as const;
export type FormatOption = (typeof FORMATS)[number];

/** The coverage-gate inputs, keys as in actions/coverage-gate/action.yml. */
export interface Inputs {
  reports: string[];
  format: FormatOption;
  'test-command': string | undefined;
  'working-directory': string;
  'min-coverage': number;
  'min-branch-coverage': number | undefined;
  'min-file-coverage': number | undefined;
  'min-patch-coverage': number | undefined;
  'max-coverage-drop': number | undefined;
  exclude: string[];
  comment: boolean;
  annotations: boolean;
  'check-name': string;
  'github-token': string;
}

/** Said in the log when the token is empty: the gate still judges, but nothing reaches GitHub. */
export const EMPTY_TOKEN_NOTE =
  'Input "github-token" is empty, so coverage-gate posts no pull-request comment and no check run, and neither reads nor stores the coverage baseline (no coverage-drop figure); the figures are in the log and the job summary only.';

export function readInputs(reader: InputReader): Inputs {
  return {
    reports: reader.list('reports'),
    format: reader.enum('format', FORMATS, 'auto'),
    'test-command': reader.optional('test-command'),
    'working-directory': reader.string('working-directory', '.'),
    'min-coverage': reader.percent('min-coverage', 70),
    'min-branch-coverage': reader.percent('min-branch-coverage', undefined),
    'min-file-coverage': reader.percent('min-file-coverage', undefined),
    'min-patch-coverage': reader.percent('min-patch-coverage', undefined),
    'max-coverage-drop': reader.number('max-coverage-drop', undefined, { min: 0, max: 100 }),
    exclude: reader.list('exclude'),
    comment: reader.boolean('comment', true),
    annotations: reader.boolean('annotations', true),
    'check-name': reader.string('check-name', 'coverage'),
    'github-token': reader.githubToken(),
  };
}
