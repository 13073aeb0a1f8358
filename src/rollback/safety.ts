import type { ChangedFile } from '../release/history.js';
import { globSet } from './globs.js';
import { DEFAULT_MIGRATION_PATHS, WORKFLOW_PATHS } from './paths.js';

/**
 * The rollback safety check: what the rollback would revert. Migrations do not roll back with the
 * code (the schema stays migrated), and workflow files change how the pipeline itself behaves,
 * so a range that touches either stops the rollback until someone says it is safe (force: true).
 */
export { DEFAULT_MIGRATION_PATHS, WORKFLOW_PATHS };

export interface RiskyFile {
  path: string;
  kind: 'migration' | 'workflow';
  /** The glob it matched. */
  pattern: string;
}

export interface SafetyCheck {
  /** "v1.1.0...v1.2.0" as compared. */
  range: string;
  /** Files changed between target and live. */
  changed: number;
  risky: RiskyFile[];
  /** GitHub lists at most 300 files of a comparison: beyond that the check cannot see everything. */
  incomplete: boolean;
  force: boolean;
  /** True when the rollback must stop. */
  stop: boolean;
}

export interface SafetyInput {
  range: string;
  files: readonly ChangedFile[];
  incomplete: boolean;
  migrationPaths: readonly string[];
  force: boolean;
}

export function checkSafety(input: SafetyInput): SafetyCheck {
  const migrations = globSet(input.migrationPaths);
  const workflows = globSet(WORKFLOW_PATHS);
  const risky: RiskyFile[] = [];
  const seen = new Set<string>();
  for (const file of input.files) {
    // A rename touches both paths: moving a migration away is as risky as adding one.
    for (const path of [file.filename, file.previous_filename].filter((each): each is string => Boolean(each))) {
      if (seen.has(path)) continue;
      const workflow = workflows.match(path);
      const migration = workflow ? undefined : migrations.match(path);
      if (workflow || migration) {
        seen.add(path);
        risky.push({ path, kind: workflow ? 'workflow' : 'migration', pattern: (workflow ?? migration) as string });
      }
    }
  }
  const changed = new Set(input.files.map((file) => file.filename)).size;
  return {
    range: input.range,
    changed,
    risky,
    incomplete: input.incomplete,
    force: input.force,
    stop: !input.force && (risky.length > 0 || input.incomplete),
  };
}

/** One sentence for a stopped rollback (the list goes to the summary). */
export function describeStop(check: SafetyCheck, what: string): string {
  const kinds = [...new Set(check.risky.map((file) => (file.kind === 'migration' ? 'migration' : 'workflow')))].join(' and ');
  const shown = check.risky.slice(0, 5).map((file) => file.path);
  const more = check.risky.length > shown.length ? ` and ${check.risky.length - shown.length} more` : '';
  if (check.risky.length > 0) {
    return `Stopped ${what}: the range ${check.range} changes ${check.risky.length} ${kinds} file${check.risky.length === 1 ? '' : 's'} (${shown.join(', ')}${more}) that a rollback does not undo safely; check them and run again with force: true.`;
  }
  return `Stopped ${what}: the range ${check.range} changes more files than GitHub lists (300), so migrations and workflow files cannot be ruled out; check the range and run again with force: true.`;
}
