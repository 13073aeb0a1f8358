// How the bench calls shipgate's coverage code (transpiled by transpile.mjs into `srcDir`):
// through loadCoverage, the entry the coverage-gate action uses (report discovery by path, path
// mapping to repository paths against the tracked files, merge, finish), and the model's own
// totals(). When loadCoverage is not there yet, the per-format parser with a plain collector.
// A missing module is reported as "not measurable yet".
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPORT_ROOT, trackedPaths } from './generate.mjs';

/** @type {Record<string, [string, string]>} module and export of each format's parser */
const PARSER_NAMES = {
  lcov: ['parsers/lcov.js', 'parseLcov'],
  cobertura: ['parsers/cobertura.js', 'parseCobertura'],
  istanbul: ['parsers/istanbul.js', 'parseIstanbulJson'],
};

export class NotMeasurable extends Error {}

/**
 * The module when the transpiled tree has it. Its shape is not known here (the tree may be any
 * work in progress), so callers check each export before use.
 * @param {string} srcDir
 * @param {string} relative
 * @returns {Promise<Record<string, any> | undefined>}
 */
async function importIfThere(srcDir, relative) {
  const file = path.join(srcDir, 'src/coverage', relative);
  if (!existsSync(file)) return undefined;
  return import(pathToFileURL(file).href);
}

/**
 * @param {{ lines: { total: number, covered: number }, branches: { total: number, covered: number } }} sum
 * @param {number} files
 */
function asTotals(sum, files) {
  return {
    files,
    lines: { found: sum.lines.total, hit: sum.lines.covered },
    branches: { found: sum.branches.total, hit: sum.branches.covered },
  };
}

/**
 * Returns run(reportPath) → totals for `format`.
 * @param {string} format
 * @param {string} srcDir
 * @returns {Promise<(report: string) => Promise<ReturnType<typeof asTotals>>>}
 */
export async function load(format, srcDir) {
  const model = await importIfThere(srcDir, 'model.js');
  if (!model?.totals) throw new NotMeasurable('src/coverage/model.ts with totals() is not there yet');
  const loader = await importIfThere(srcDir, 'load.js');
  if (loader?.loadCoverage) {
    const trackedFiles = trackedPaths();
    return async (report) => {
      const coverage = await loader.loadCoverage({ reports: [report], format, repoRoot: REPORT_ROOT, trackedFiles });
      return asTotals(model.totals(coverage), coverage.files.size);
    };
  }
  const entry = PARSER_NAMES[format];
  if (!entry) throw new NotMeasurable(`no parser is known for ${format}`);
  const [file, name] = entry;
  const parser = (await importIfThere(srcDir, file))?.[name];
  if (!parser || !model.CoverageCollector) throw new NotMeasurable(`src/coverage/${file.replace(/\.js$/, '.ts')} (${name}) is not there yet`);
  return async (report) => {
    const collector = new model.CoverageCollector();
    await parser(report, collector);
    const files = model.finishFiles ? model.finishFiles(collector.files) : collector.files;
    return asTotals(model.totals({ files }), files.size);
  };
}
