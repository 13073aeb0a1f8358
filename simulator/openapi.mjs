// GitHub's published OpenAPI description (from @octokit/openapi) as the route table and the
// request-body schemas. Loaded once per process, lazily; validators compiled per operation on
// first use, so starting a simulator stays cheap.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';

// Both packages are CommonJS: under NodeNext the default import is module.exports, whose
// `default` is the class (and plugin) their type declarations describe.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

/** @typedef {import('ajv').ValidateFunction} ValidateFunction */
/** @typedef {import('ajv').ErrorObject} ErrorObject */
/** @typedef {{ [key: string]: unknown }} JsonObject */
/** @typedef {{ $ref?: string, content?: Record<string, { schema?: unknown }> }} OperationResponse */

/**
 * The parts of GitHub's OpenAPI description the simulator reads.
 * @typedef {object} Operation
 * @property {string} operationId
 * @property {{ required?: boolean, content?: Record<string, { schema?: unknown }> }} [requestBody]
 * @property {Record<string, OperationResponse>} [responses]
 */

/**
 * @typedef {object} Spec
 * @property {Record<string, Record<string, Operation | undefined>>} paths
 * @property {{ schemas: Record<string, unknown> }} components
 */

/**
 * @typedef {object} IndexedRoute
 * @property {string} method
 * @property {string} template
 * @property {RegExp} regex
 * @property {string[]} names
 * @property {Operation} operation
 * @property {number} score
 */

/**
 * @typedef {object} Route
 * @property {string} method      upper-case HTTP method
 * @property {string} template    the OpenAPI path, e.g. '/repos/{owner}/{repo}/deployments'
 * @property {string} operationId
 * @property {Record<string, string>} params  decoded path parameters
 */

/** Parameters whose values may contain '/', as GitHub accepts for refs, tags, file paths and compare ranges. */
const MULTI_SEGMENT = new Set(['ref', 'basehead', 'tag', 'base', 'head', 'path', 'branch']);
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** @type {Promise<{ spec: Spec, routes: IndexedRoute[] }> | undefined} */
let loading;

/** Start loading the description (idempotent); resolves to the parsed spec and its route index. */
export function loadSpec() {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@octokit/openapi/package.json'));
    /** @type {Spec} the published description, trusted as the shape above */
    const spec = JSON.parse(await readFile(path.join(dir, 'generated', 'api.github.com.json'), 'utf8'));
    return { spec, routes: indexRoutes(spec) };
  })();
  return loading;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @param {Spec} spec
 * @returns {IndexedRoute[]}
 */
function indexRoutes(spec) {
  const routes = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    /** @type {string[]} */
    const names = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const match = /^\{(.+)\}$/.exec(part);
        if (!match) return escapeRegExp(part);
        const name = match[1] ?? '';
        names.push(name);
        return MULTI_SEGMENT.has(name) ? '(.+?)' : '([^/]+)';
      })
      .join('');
    const literal = template.replace(/\{[^}]+\}/g, '');
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      routes.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${source}$`),
        names,
        operation,
        // Templates with more fixed text win: '/releases/latest' before '/releases/{release_id}'.
        score: literal.split('/').filter(Boolean).length * 1000 + literal.length,
      });
    }
  }
  return routes.sort((a, b) => b.score - a.score);
}

/**
 * Find the operation for a request. `rawPath` is the path as sent (still percent-encoded), so an
 * encoded '/' inside a parameter never splits it.
 * @param {string} method
 * @param {string} rawPath
 * @returns {Promise<Route | { methodNotAllowed: true } | undefined>}
 */
export async function matchRoute(method, rawPath) {
  const { routes } = await loadSpec();
  const wanted = method === 'HEAD' ? 'GET' : method;
  let pathMatched = false;
  for (const route of routes) {
    const match = route.regex.exec(rawPath);
    if (!match) continue;
    pathMatched = true;
    if (route.method !== wanted) continue;
    /** @type {Record<string, string>} */
    const params = {};
    route.names.forEach((name, index) => {
      params[name] = safeDecode(match[index + 1] ?? '');
    });
    return { method: route.method, template: route.template, operationId: route.operation.operationId, params };
  }
  return pathMatched ? { methodNotAllowed: true } : undefined;
}

/** @param {string} text */
export function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** @type {Map<string, { validate: ValidateFunction, required: boolean } | null>} */
const validators = new Map();
/** @type {import('ajv').default | undefined} */
let ajv;

/**
 * A validator for one of GitHub's OpenAPI schemas.
 * @param {Spec} spec
 * @param {unknown} schema
 */
function compileSchema(spec, schema) {
  // toJsonSchema keeps the object shape of the published schema; ajv checks it when compiling.
  return getAjv().compile(/** @type {import('ajv').SchemaObject} */ (toJsonSchema(deref(spec, schema))));
}

function getAjv() {
  ajv ??= addFormats(new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false }));
  return ajv;
}

/**
 * Validate a request body against the operation's requestBody schema.
 * @param {string} method
 * @param {string} template
 * @param {unknown} body
 * @returns {Promise<string[]>} GitHub-style problem descriptions; empty when the body is valid
 */
export async function validateBody(method, template, body) {
  const { spec } = await loadSpec();
  const key = `${method} ${template}`;
  if (!validators.has(key)) {
    const operation = spec.paths[template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`No operation ${key} in GitHub's description.`);
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const required = Boolean(operation.requestBody?.required);
    validators.set(key, schema ? { validate: compileSchema(spec, schema), required } : null);
  }
  const entry = validators.get(key);
  if (!entry) return [];
  if (body === null || body === undefined) return entry.required ? ['Body is required.'] : [];
  if (entry.validate(body)) return [];
  return describeErrors(entry.validate.errors ?? [], body);
}

/** @type {Map<string, ValidateFunction | null>} */
const responseValidators = new Map();

/**
 * Check a response body against the schema GitHub publishes for that operation and status
 * (used by `checkResponses: true`, so tests catch a shape that drifts from GitHub's).
 * @param {string} method
 * @param {string} template
 * @param {number} status
 * @param {unknown} body
 * @returns {Promise<string[]>} problems; empty when the body matches or no schema is published
 */
export async function validateResponse(method, template, status, body) {
  const { spec } = await loadSpec();
  const key = `${method} ${template} ${status}`;
  if (!responseValidators.has(key)) {
    const operation = spec.paths[template]?.[method.toLowerCase()];
    let response = operation?.responses?.[String(status)];
    if (response?.$ref) response = /** @type {OperationResponse} */ (deref(spec, response));
    const schema = response?.content?.['application/json']?.schema;
    responseValidators.set(key, schema ? compileSchema(spec, schema) : null);
  }
  const validate = responseValidators.get(key);
  if (!validate || validate(body)) return [];
  // GitHub itself answers '' for unset URL fields its schema declares as `format: uri`.
  return (validate.errors ?? [])
    .filter((error) => error.keyword !== 'anyOf' && !(error.keyword === 'format' && valueAt(body, error.instancePath) === ''))
    .map((error) => `${error.instancePath || '/'} ${error.message}`);
}

/**
 * Check a refusal (an error a handler answers by the resource's rules, such as 422 for a commit
 * given as base_tree) against the answer GitHub publishes for that operation and status. GitHub
 * also answers statuses its description leaves out (a 422 from POST /check-runs): those bodies
 * are checked against GitHub's generic error schemas (`validation-error` for 422, else
 * `basic-error`); `refusalDeclared` tells the two apart for tests of new refusals.
 * @param {string} method
 * @param {string} template
 * @param {number} status
 * @param {{ message?: unknown, errors?: unknown[] }} body
 * @returns {Promise<string[]>} problems; empty when the body has GitHub's shape
 */
export async function validateRefusal(method, template, status, body) {
  if (await refusalDeclared(method, template, status)) return validateResponse(method, template, status, body);
  const { spec } = await loadSpec();
  const key = `generic ${status === 422 ? 'validation-error' : 'basic-error'}`;
  if (!responseValidators.has(key)) {
    const schema = spec.components.schemas[status === 422 ? 'validation-error' : 'basic-error'];
    responseValidators.set(key, compileSchema(spec, schema));
  }
  const validate = responseValidators.get(key);
  if (!validate) return [];
  // GitHub's schema-validation answer ("Invalid request." + errors as sentences) lists strings
  // where validation-error has objects; that is how GitHub answers, so the strings pass.
  const invalidRequest = typeof body.message === 'string' && body.message.startsWith('Invalid request.');
  const checked = invalidRequest ? { ...body, errors: (body.errors ?? []).filter((entry) => typeof entry !== 'string') } : body;
  if (validate(checked)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
}

/**
 * Whether GitHub's description lists `status` among the answers of the operation.
 * @param {string} method
 * @param {string} template
 * @param {number} status
 */
export async function refusalDeclared(method, template, status) {
  const { spec } = await loadSpec();
  const responses = spec.paths[template]?.[method.toLowerCase()]?.responses ?? {};
  return Boolean(responses[String(status)]);
}

/**
 * @param {unknown} value
 * @returns {value is JsonObject}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The node a JSON pointer's segments lead to (undefined where the path does not exist).
 * @param {unknown} root
 * @param {string[]} segments  still escaped (~1 for '/', ~0 for '~')
 * @returns {unknown}
 */
function walk(root, segments) {
  return segments.reduce((node, key) => (isObject(node) || Array.isArray(node) ? /** @type {JsonObject} */ (node)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root);
}

/**
 * Resolve local $refs (the request schemas GitHub publishes are not recursive; cycles stop anyway).
 * @param {Spec} spec
 * @param {unknown} schema
 * @param {Set<string>} [seen]
 * @returns {unknown}
 */
function deref(spec, schema, seen = new Set()) {
  if (Array.isArray(schema)) return schema.map((item) => deref(spec, item, seen));
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return {};
    const target = walk(spec, schema.$ref.replace(/^#\//, '').split('/'));
    return deref(spec, target, new Set([...seen, schema.$ref]));
  }
  /** @type {JsonObject} */
  const copy = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === 'example' || key === 'examples' ? undefined : deref(spec, value, seen);
  }
  return copy;
}

/**
 * OpenAPI 3.0 schema → JSON schema ajv accepts: `nullable` becomes a null alternative, and
 * `oneOf` becomes `anyOf` (GitHub's own validation accepts a value matching several branches).
 * @param {unknown} schema
 * @returns {unknown}
 */
function toJsonSchema(schema) {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!isObject(schema)) return schema;
  const { nullable, oneOf, ...rest } = schema;
  /** @type {JsonObject} */
  const out = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    out[key] = key === 'properties' && isObject(value) ? mapValues(value, toJsonSchema) : toJsonSchema(value);
  }
  if (oneOf) out.anyOf = toJsonSchema(oneOf);
  if (!nullable) return out;
  if (typeof out.type === 'string' && !out.anyOf) {
    /** @type {JsonObject} */
    const result = { ...out, type: [out.type, 'null'] };
    if (Array.isArray(out.enum)) result.enum = [...out.enum, null];
    return result;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/**
 * @param {JsonObject} object
 * @param {(value: unknown) => unknown} fn
 */
function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

/** @param {string} instancePath */
function fieldName(instancePath) {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * @param {unknown} body
 * @param {string} instancePath
 */
function valueAt(body, instancePath) {
  return walk(body, instancePath.split('/').filter(Boolean));
}

/**
 * Ajv errors → the sentences GitHub writes ("\"ref\" wasn't supplied."). anyOf noise is dropped.
 * @param {ErrorObject[]} errors
 * @param {unknown} body
 */
function describeErrors(errors, body) {
  const messages = [];
  for (const error of errors) {
    const field = fieldName(error.instancePath);
    const where = field ? `For 'properties/${field}', ` : '';
    const value = JSON.stringify(valueAt(body, error.instancePath));
    switch (error.keyword) {
      case 'required':
        messages.push(`"${error.params.missingProperty}" wasn't supplied.`);
        break;
      case 'enum':
        messages.push(`${where}${value} is not a member of enum.`);
        break;
      case 'type':
        messages.push(`${where}${value} is not ${/^[aeiou]/.test(error.params.type) ? 'an' : 'a'} ${error.params.type}.`);
        break;
      case 'maxItems':
        messages.push(`${where}is too long (maximum is ${error.params.limit} items).`);
        break;
      case 'maxLength':
        messages.push(`${where}is too long (maximum is ${error.params.limit} characters).`);
        break;
      case 'additionalProperties':
        messages.push(`${where || ''}"${error.params.additionalProperty}" is not a permitted key.`);
        break;
      case 'anyOf':
        break;
      default:
        messages.push(`${where}${error.message}.`);
    }
  }
  const unique = [...new Set(messages)];
  return unique.length ? unique : ['The request body does not match the schema.'];
}
