// Types for the two peer parsers the bench runs that publish none: only what bench/lib/child.mjs calls.
declare module 'lcov-parse' {
  interface LcovRecord {
    lines: { details: Array<{ hit: number }> };
    branches: { details: Array<{ taken: number }> };
  }
  function parse(path: string, callback: (error: unknown, data: LcovRecord[]) => void): void;
  export = parse;
}

declare module 'xml2js' {
  /** The document as xml2js gives it: every child element is an array, attributes are under `$`. */
  export function parseStringPromise(xml: string): Promise<unknown>;
}
