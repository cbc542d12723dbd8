/**
 * Checks a response against the reference Back Market OpenAPI document (3.0): the subset of JSON
 * Schema it uses — $ref, type, nullable, enum, required, properties, items, allOf / anyOf / oneOf,
 * pattern, min/maxLength, minimum / maximum, minItems, format uuid / date-time. For tests.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is untyped JSON.
type Json = any;

/** The reference document: BM_REFERENCE_OPENAPI, else the copy kept in docs/reference (unchanged from Back Market's). */
export const REFERENCE_OPENAPI: URL | string =
  process.env.BM_REFERENCE_OPENAPI ??
  new URL('../../docs/reference/backmarket-seller-api.openapi.yml', import.meta.url);

export type OpenApiDoc = { doc: Json; aliases: Record<string, string> };

/** Load the document; `aliases` stands in for referenced-but-undefined schemas (ErrorResponseV3 → Problem). */
export function loadOpenApi(file: URL | string = REFERENCE_OPENAPI): OpenApiDoc {
  const doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 });
  return { doc, aliases: { ErrorResponseV3: 'Problem' } };
}

function resolve(api: OpenApiDoc, ref: string): Json {
  const name = ref.replace('#/components/schemas/', '');
  const schema = api.doc.components.schemas[name] ?? api.doc.components.schemas[api.aliases[name] ?? ''];
  if (!schema && ref.startsWith('#/components/responses/')) {
    return api.doc.components.responses[ref.replace('#/components/responses/', '')];
  }
  if (!schema) throw new Error(`unresolved $ref ${ref}`);
  return schema;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function typeOk(type: string, v: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return true;
  }
}

/** Every violation of `schema` by `value`, as "path: problem" lines (empty when valid). */
export function validate(api: OpenApiDoc, schema: Json, value: unknown, at = '$'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  if (schema.$ref) return validate(api, resolve(api, schema.$ref), value, at);
  const errors: string[] = [];
  if (value === null) {
    if (schema.nullable) return [];
    if (schema.type || schema.properties || schema.enum || schema.$ref) return [`${at}: is null`];
  }
  if (schema.allOf) for (const s of schema.allOf) errors.push(...validate(api, s, value, at));
  if (schema.anyOf && !schema.anyOf.some((s: Json) => validate(api, s, value, at).length === 0))
    errors.push(`${at}: matches no anyOf branch`);
  if (schema.oneOf && schema.oneOf.filter((s: Json) => validate(api, s, value, at).length === 0).length !== 1)
    errors.push(`${at}: does not match exactly one oneOf branch`);
  if (value === null && schema.nullable) return errors;
  if (schema.type && !typeOk(schema.type, value))
    return [...errors, `${at}: expected ${schema.type}, got ${JSON.stringify(value)}`];
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern).test(value))
      errors.push(`${at}: does not match ${schema.pattern}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      errors.push(`${at}: longer than ${schema.maxLength}`);
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.format === 'uuid' && !UUID.test(value)) errors.push(`${at}: not a uuid`);
    if (schema.format === 'date-time' && !DATE_TIME.test(value))
      errors.push(`${at}: not an RFC 3339 date-time`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.items)
      value.forEach((item, i) => {
        errors.push(...validate(api, schema.items, item, `${at}[${i}]`));
      });
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const k of schema.required ?? []) if (!(k in obj)) errors.push(`${at}: missing required ${k}`);
    for (const [k, s] of Object.entries(schema.properties ?? {})) {
      if (k in obj && obj[k] !== undefined) errors.push(...validate(api, s, obj[k], `${at}.${k}`));
    }
  }
  return errors;
}

/** The declared response of an operation, or undefined when the status is not declared. */
export function responseOf(api: OpenApiDoc, method: string, path: string, status: number): Json | undefined {
  const op = api.doc.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`no operation ${method} ${path} in the reference`);
  let r = op.responses[String(status)] ?? op.responses.default;
  if (r?.$ref) r = resolve(api, r.$ref);
  return r;
}

/**
 * Violations of an actual response against the declared one: status declared, content type and
 * body schema (when the reference gives one).
 */
export function checkResponse(
  api: OpenApiDoc,
  method: string,
  path: string,
  res: { status: number; contentType: string | null; body: unknown },
): string[] {
  const declared = responseOf(api, method, path, res.status);
  if (!declared) return [`${method} ${path}: status ${res.status} is not declared`];
  const content = declared.content as Record<string, { schema: Json }> | undefined;
  if (!content) return [];
  const type = (res.contentType ?? '').split(';')[0]!.trim();
  const media = content[type];
  if (!media)
    return [
      `${method} ${path} ${res.status}: content type ${type} not declared (${Object.keys(content).join(', ')})`,
    ];
  return validate(api, media.schema, res.body).map((e) => `${method} ${path} ${res.status} ${e}`);
}
