import { randomUUID } from 'node:crypto';
import { appendFileSync, promises as fs } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner protocol shipgate uses: workflow commands on stdout (`::error file=x,line=3::...`)
 * and file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY).
 *
 * Why not @actions/core: it imports @actions/http-client and undici (about 1 MB) for OIDC tokens,
 * which shipgate never requests, and every action paid for loading them at start-up (about
 * 3.5x a bare `node` instead of close to 1x). This module speaks the same documented protocol
 * with the same names and signatures; test/lib/runner.test.ts runs both on the same calls and
 * requires byte-identical output, so the two cannot drift.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(toCommandValue(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(toCommandValue(message))}${EOL}`);
}

function issueFileCommand(variable: string, name: string, value: unknown): boolean {
  const file = process.env[`GITHUB_${variable}`];
  if (!file) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter) || text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
  return true;
}

const annotationProperties = (properties: AnnotationProperties = {}) => ({
  title: properties.title,
  file: properties.file,
  line: properties.startLine,
  endLine: properties.endLine,
  col: properties.startColumn,
  endColumn: properties.endColumn,
});

export function setOutput(name: string, value: unknown): void {
  if (!issueFileCommand('OUTPUT', name, value)) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
  }
}

export function saveState(name: string, value: unknown): void {
  if (!issueFileCommand('STATE', name, value)) issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (!issueFileCommand('ENV', name, value)) issueCommand('set-env', { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export const isDebug = (): boolean => process.env.RUNNER_DEBUG === '1';
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const info = (message: string): void => {
  process.stdout.write(message + EOL);
};

const messageOf = (message: string | Error) => (message instanceof Error ? message.toString() : message);
export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProperties(properties), messageOf(message));
}
export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProperties(properties), messageOf(message));
}
export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProperties(properties), messageOf(message));
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}
export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

export type SummaryTableCell = string | { data: string; header?: boolean; colspan?: string; rowspan?: string };

/** The job summary (GITHUB_STEP_SUMMARY), built like @actions/core's and written on write(). */
export class Summary {
  private buffer = '';

  private wrap(tag: string, content: string | null, attrs: Record<string, string> = {}): string {
    const htmlAttrs = Object.entries(attrs)
      .map(([key, value]) => ` ${key}="${value}"`)
      .join('');
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }

  async write(options: { overwrite?: boolean } = {}): Promise<Summary> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    await (options.overwrite ? fs.writeFile : fs.appendFile)(file, this.buffer, { encoding: 'utf8' });
    return this.emptyBuffer();
  }
  async clear(): Promise<Summary> {
    return this.emptyBuffer().write({ overwrite: true });
  }
  stringify(): string {
    return this.buffer;
  }
  isEmptyBuffer(): boolean {
    return this.buffer.length === 0;
  }
  emptyBuffer(): Summary {
    this.buffer = '';
    return this;
  }
  addRaw(text: string, addEOL = false): Summary {
    this.buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  addEOL(): Summary {
    return this.addRaw(EOL);
  }
  addCodeBlock(code: string, lang?: string): Summary {
    return this.addRaw(this.wrap('pre', this.wrap('code', code), lang ? { lang } : {})).addEOL();
  }
  addList(items: string[], ordered = false): Summary {
    return this.addRaw(this.wrap(ordered ? 'ol' : 'ul', items.map((item) => this.wrap('li', item)).join(''))).addEOL();
  }
  addTable(rows: SummaryTableCell[][]): Summary {
    const body = rows
      .map((row) =>
        this.wrap(
          'tr',
          row
            .map((cell) => {
              if (typeof cell === 'string') return this.wrap('td', cell);
              const attrs: Record<string, string> = {};
              if (cell.colspan) attrs.colspan = cell.colspan;
              if (cell.rowspan) attrs.rowspan = cell.rowspan;
              return this.wrap(cell.header ? 'th' : 'td', cell.data, attrs);
            })
            .join(''),
        ),
      )
      .join('');
    return this.addRaw(this.wrap('table', body)).addEOL();
  }
  addDetails(label: string, content: string): Summary {
    return this.addRaw(this.wrap('details', this.wrap('summary', label) + content)).addEOL();
  }
  addHeading(text: string, level: number | string = 1): Summary {
    const tag = `h${level}`;
    return this.addRaw(this.wrap(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag) ? tag : 'h1', text)).addEOL();
  }
  addSeparator(): Summary {
    return this.addRaw(this.wrap('hr', null)).addEOL();
  }
  addBreak(): Summary {
    return this.addRaw(this.wrap('br', null)).addEOL();
  }
  addQuote(text: string, cite?: string): Summary {
    return this.addRaw(this.wrap('blockquote', text, cite ? { cite } : {})).addEOL();
  }
  addLink(text: string, href: string): Summary {
    return this.addRaw(this.wrap('a', text, { href })).addEOL();
  }
}

export const summary = new Summary();
