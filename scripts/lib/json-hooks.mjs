// @actions/workflow-parser imports its schema JSON without an import attribute, which plain
// Node refuses; this loader hook adds `type: json` for .json files.
/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (url.endsWith('.json')) return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  return nextLoad(url, context);
}
