/**
 * Reads the application's own OpenAPI document into a list of operations and builds a
 * plausible ("valid-ish") value for each input schema, remembering where every leaf sits
 * and what kind it is, so hostile cases can replace exactly the strings, dates or numbers.
 */

/** The part of JSON Schema the contract's zod schemas produce. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
}

/** One input parameter (path, query or header). */
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** One API operation of the OpenAPI document. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/v1/cases/{id}. */
  path: string;
  /** The route pattern Fastify registered, e.g. /api/v1/cases/:id. */
  route: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  bodyContentType: string | null;
}

/** What kind of leaf a position in a sample holds. */
export type LeafKind = 'string' | 'date' | 'datetime' | 'uuid' | 'integer' | 'number' | 'boolean' | 'enum' | 'email';

/** A leaf of a sample value: where it is and what it is. */
export interface Leaf {
  path: (string | number)[];
  kind: LeafKind;
  name: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, in document order. */
export function operationsOf(document: unknown): { operations: Operation[]; resolve: (s: JsonSchema) => JsonSchema } {
  const doc = document as OpenApiDocument;
  const components = doc.components?.schemas ?? {};
  const resolve = (schema: JsonSchema): JsonSchema => {
    let current = schema;
    for (let depth = 0; current.$ref && depth < 10; depth += 1) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = components[name] ?? {};
    }
    return current;
  };
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const [bodyContentType, media] = Object.entries(content)[0] ?? [null, null];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        route: path.replace(/\{([^}]+)\}/g, ':$1'),
        parameters: (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) })),
        body: media ? resolve(media.schema) : null,
        bodyContentType,
      });
    }
  }
  return { operations, resolve };
}

/** Real values the sampler may use: ids by field name, a municipality code. */
export interface SampleHints {
  idFor: (name: string) => string;
  municipalityCode: string;
}

const DATE_PATTERN_HINT = /\\d\{4\}-/;

/** A plausible value for a schema, with its leaves. */
export function sampleOf(
  schema: JsonSchema,
  resolve: (s: JsonSchema) => JsonSchema,
  hints: SampleHints,
  name = '',
  path: (string | number)[] = [],
  leaves: Leaf[] = [],
  depth = 0,
): { value: unknown; leaves: Leaf[] } {
  const s = resolve(schema);
  const leaf = (value: unknown, kind: LeafKind) => {
    leaves.push({ path, kind, name });
    return { value, leaves };
  };
  if (depth > 12) return { value: null, leaves };
  if (s.const !== undefined) return { value: s.const, leaves };
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const usable = alternatives
      .map(resolve)
      .find((a) => a.type !== 'null' && !(a.enum?.length === 1 && a.enum[0] === ''));
    return sampleOf(usable ?? alternatives[0] ?? {}, resolve, hints, name, path, leaves, depth + 1);
  }
  if (s.allOf?.[0]) return sampleOf(s.allOf[0], resolve, hints, name, path, leaves, depth + 1);
  if (s.enum?.length) return leaf(s.enum[0], 'enum');
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'null') : s.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(s.properties ?? {})) {
        value[key] = sampleOf(child, resolve, hints, key, [...path, key], leaves, depth + 1).value;
      }
      return { value, leaves };
    }
    case 'array': {
      const count = Math.max(1, s.minItems ?? 1);
      const value = Array.from(
        { length: count },
        (_, i) => sampleOf(s.items ?? {}, resolve, hints, name, [...path, i], leaves, depth + 1).value,
      );
      return { value, leaves };
    }
    case 'integer':
    case 'number': {
      const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return leaf(Math.min(Math.max(low, 1), s.maximum ?? Number.MAX_SAFE_INTEGER), type);
    }
    case 'boolean':
      return leaf(false, 'boolean');
    case 'string':
      return stringSample(s, hints, name, leaf);
    default:
      return { value: null, leaves };
  }
}

function stringSample(
  s: JsonSchema,
  hints: SampleHints,
  name: string,
  leaf: (value: unknown, kind: LeafKind) => { value: unknown; leaves: Leaf[] },
) {
  if (s.format === 'uuid') return leaf(hints.idFor(name), 'uuid');
  if (s.format === 'date-time') return leaf('2024-03-01T10:00:00Z', 'datetime');
  if (s.format === 'date' || (s.pattern && DATE_PATTERN_HINT.test(s.pattern) && !s.pattern.includes('T(?:')))
    return leaf('2024-03-01', 'date');
  if (s.pattern?.includes('T(?:')) return leaf('2024-03-01T10:00:00Z', 'datetime');
  if (s.format === 'email') return leaf('fuzz@example.org', 'email');
  if (s.pattern?.includes('GM')) return leaf(hints.municipalityCode, 'string');
  if (s.pattern === '^\\d{9}$') return leaf('123456782', 'string');
  if (s.pattern?.includes('{20,100}')) return leaf('f'.repeat(24), 'string');
  if (s.pattern?.includes('{8,200}')) return leaf('fuzz-key-00000001', 'string');
  const text = 'Fuzz tekst'.padEnd(s.minLength ?? 0, 'x');
  return leaf(s.maxLength !== undefined ? text.slice(0, s.maxLength) : text, 'string');
}

/** A copy of a value with the leaf at `path` replaced (or removed when `remove`). */
export function withLeaf(value: unknown, path: (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}
