import {
  BAD_IDS,
  deepJson,
  EXTREME_DATES,
  EXTREME_NUMBERS,
  HUGE,
  IMPOSSIBLE_DATES,
  invalidUtf8Json,
  MALFORMED_JSON,
  NON_OBJECT_BODIES,
  wrongTypeFor,
} from './hostile-values';
import { withLeaf, type Leaf, type LeafKind, type Operation } from './openapi';
import type { SeededRandom } from './random';

/** One request the fuzzer sends. */
export interface FuzzCase {
  name: string;
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** What the case builders start from: the operation and a plausible request for it. */
export interface CaseInput {
  operation: Operation;
  /** Real (or random) values for the path parameters. */
  pathValues: Record<string, string>;
  query: Record<string, unknown>;
  queryLeaves: Leaf[];
  body: unknown;
  bodyLeaves: Leaf[];
  rng: SeededRandom;
}

type Builder = (input: CaseInput) => Omit<FuzzCase, 'method'>;

const JSON_HEADERS = { 'content-type': 'application/json' };
const STRINGISH: LeafKind[] = ['string', 'email', 'enum', 'date', 'datetime', 'uuid'];
const TEXT: LeafKind[] = ['string', 'email'];

function urlOf(
  input: CaseInput,
  pathValues = input.pathValues,
  query: Record<string, unknown> = input.query,
  raw = '',
): string {
  const path = input.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name] ?? '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat())
      if (item !== undefined) params.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  }
  const search = [params.toString(), raw].filter(Boolean).join('&');
  return search ? `${path}?${search}` : path;
}

function jsonCase(input: CaseInput, name: string, body: unknown, query = input.query): Omit<FuzzCase, 'method'> {
  return {
    name,
    url: urlOf(input, input.pathValues, query),
    headers: JSON_HEADERS,
    payload: JSON.stringify(body ?? {}),
  };
}

/** Replace every leaf of the given kinds (in body and query) through `replace`. */
function mapLeaves(input: CaseInput, kinds: LeafKind[], replace: (leaf: Leaf, old: unknown) => unknown) {
  let body = input.body;
  for (const leaf of input.bodyLeaves.filter((l) => kinds.includes(l.kind))) {
    body = withLeaf(body, leaf.path, replace(leaf, valueAt(body, leaf.path)));
  }
  let query: unknown = input.query;
  for (const leaf of input.queryLeaves.filter((l) => kinds.includes(l.kind))) {
    query = withLeaf(query, leaf.path, replace(leaf, valueAt(query, leaf.path)));
  }
  return { body, query: query as Record<string, unknown> };
}

/** Replace one random leaf of the given kinds (body first, then query). */
function oneLeaf(input: CaseInput, kinds: LeafKind[], replacement: (old: unknown) => unknown) {
  const candidates = [
    ...input.bodyLeaves.filter((l) => kinds.includes(l.kind)).map((leaf) => ({ leaf, where: 'body' as const })),
    ...input.queryLeaves.filter((l) => kinds.includes(l.kind)).map((leaf) => ({ leaf, where: 'query' as const })),
  ];
  if (candidates.length === 0) return { body: input.body, query: input.query, field: '(geen)' };
  const { leaf, where } = input.rng.pick(candidates);
  if (where === 'body') {
    return {
      body: withLeaf(input.body, leaf.path, replacement(valueAt(input.body, leaf.path))),
      query: input.query,
      field: leaf.path.join('.'),
    };
  }
  const query = withLeaf(input.query, leaf.path, replacement(valueAt(input.query, leaf.path))) as Record<
    string,
    unknown
  >;
  return { body: input.body, query, field: `?${leaf.path.join('.')}` };
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path)
    current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

function extremeDate(which: keyof typeof EXTREME_DATES): Builder {
  return (input) => {
    const { body, query } = mapLeaves(
      input,
      ['date', 'datetime'],
      (leaf) => EXTREME_DATES[which][leaf.kind === 'date' ? 'date' : 'datetime'],
    );
    return jsonCase(input, `date-${which}`, body, query);
  };
}

/** The catalogue: every builder makes one hostile request for an operation (issue 10, item 3). */
export const BUILDERS: Record<string, Builder> = {
  'valid-ish sample': (input) => jsonCase(input, 'valid-ish sample', input.body),
  'nul in every text': (input) => {
    const { body, query } = mapLeaves(input, STRINGISH, (_, old) => `${String(old)}\u0000`);
    return jsonCase(input, 'nul in every text', body, query);
  },
  'nul in one field': (input) => {
    const { body, query, field } = oneLeaf(input, STRINGISH, (old) => `a\u0000${String(old)}`);
    return jsonCase(input, `nul in ${field}`, body, query);
  },
  'lone surrogate in every text': (input) => {
    const { body, query } = mapLeaves(input, TEXT, (_, old) => `${String(old)}\ud800`);
    return jsonCase(input, 'lone surrogate in every text', body, query);
  },
  'lone surrogate in one field': (input) => {
    const { body, query, field } = oneLeaf(input, STRINGISH, () => '\udfff\ud800');
    return jsonCase(input, `lone surrogate in ${field}`, body, query);
  },
  'huge string': (input) => {
    const { body, query, field } = oneLeaf(input, STRINGISH, () => HUGE);
    return jsonCase(input, `huge string in ${field}`, body, query);
  },
  'date year 0000': extremeDate('year0000'),
  'date year 0001': extremeDate('year0001'),
  'date year 9999': extremeDate('year9999'),
  'impossible date': (input) => {
    const { body, query } = mapLeaves(input, ['date', 'datetime'], () => input.rng.pick(IMPOSSIBLE_DATES));
    return jsonCase(input, 'impossible date', body, query);
  },
  'numbers out of range': (input) => {
    const { body, query } = mapLeaves(input, ['integer', 'number'], () => input.rng.pick(EXTREME_NUMBERS));
    return jsonCase(input, 'numbers out of range', body, query);
  },
  'wrong types': (input) => {
    const { body, query } = mapLeaves(input, [...STRINGISH, 'integer', 'number', 'boolean'], (_, old) =>
      wrongTypeFor(old),
    );
    return jsonCase(input, 'wrong types', body, query);
  },
  'missing required fields': (input) => jsonCase(input, 'missing required fields', {}, {}),
  'non-object body': (input) => ({
    name: 'non-object body',
    url: urlOf(input),
    headers: JSON_HEADERS,
    payload: input.rng.pick(NON_OBJECT_BODIES),
  }),
  'extra and prototype fields': (input) => {
    const base = JSON.stringify(
      input.body && typeof input.body === 'object' && !Array.isArray(input.body) ? input.body : {},
    );
    const extra =
      '"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"onbekendVeld":"x","id":"00000000-0000-4000-8000-000000000000"';
    const payload = base === '{}' ? `{${extra}}` : `${base.slice(0, -1)},${extra}}`;
    return { name: 'extra and prototype fields', url: urlOf(input), headers: JSON_HEADERS, payload };
  },
  'deep nesting body': (input) => ({
    name: 'deep nesting body',
    url: urlOf(input),
    headers: JSON_HEADERS,
    payload: deepJson(10_000, input.rng.pick(['array', 'object'] as const)),
  }),
  'deep nesting in a field': (input) => {
    const marker = '"__DEEP__"';
    const { body, field } = oneLeaf(input, [...STRINGISH, 'integer', 'number', 'boolean'], () => '__DEEP__');
    const payload = JSON.stringify(body ?? {}).replace(marker, deepJson(10_000, 'array'));
    return { name: `deep nesting in ${field}`, url: urlOf(input), headers: JSON_HEADERS, payload };
  },
  'bad path id': (input) => {
    const values = Object.fromEntries(
      Object.keys(input.pathValues).map((k) => [k, encodeURIComponent(input.rng.pick(BAD_IDS))]),
    );
    return jsonCase({ ...input, pathValues: values }, 'bad path id', input.body);
  },
  'invalid utf-8 body': (input) => ({
    name: 'invalid utf-8 body',
    url: urlOf(input),
    headers: JSON_HEADERS,
    payload: invalidUtf8Json(),
  }),
  'wrong content type': (input) => ({
    name: 'wrong content type',
    url: urlOf(input),
    headers: {
      'content-type': input.rng.pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
      ]),
    },
    payload: JSON.stringify(input.body ?? {}),
  }),
  'json with odd charset': (input) => ({
    name: 'json with odd charset',
    url: urlOf(input),
    headers: {
      'content-type': input.rng.pick([
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/json;;;',
      ]),
    },
    payload: JSON.stringify(input.body ?? {}),
  }),
  'malformed json': (input) => ({
    name: 'malformed json',
    url: urlOf(input),
    headers: JSON_HEADERS,
    payload: input.rng.pick(MALFORMED_JSON),
  }),
  'huge query string': (input) => ({
    name: 'huge query string',
    url: urlOf(
      input,
      input.pathValues,
      input.query,
      `q=${HUGE}&${Object.keys(input.query)
        .map((k) => `${k}=${HUGE.slice(0, 20_000)}`)
        .join('&')}`,
    ),
    headers: {},
  }),
  'huge url path': (input) => {
    const values = Object.fromEntries(Object.keys(input.pathValues).map((k) => [k, 'a'.repeat(100_000)]));
    const url = Object.keys(values).length ? urlOf(input, values) : `${input.operation.path}/${'a'.repeat(100_000)}`;
    return { name: 'huge url path', url, headers: {} };
  },
  'bad url encoding': (input) => {
    const values = Object.fromEntries(Object.keys(input.pathValues).map((k) => [k, '%E0%A4%A']));
    const url = Object.keys(values).length ? urlOf(input, values) : urlOf(input);
    return { name: 'bad url encoding', url: `${url}${url.includes('?') ? '&' : '?'}x=%zz&%=1&y=%ff%fe`, headers: {} };
  },
  'hostile query values': (input) => {
    const query = Object.fromEntries(
      Object.keys(input.query).map((k) => [
        k,
        [input.rng.pick(['a\u0000', '0000-01-01', '-1', '1e999', '[]', '\ud800', 'true']), 'twee'],
      ]),
    );
    return jsonCase(input, 'hostile query values', input.body, query);
  },
  'nul in path': (input) => {
    const values = Object.fromEntries(Object.entries(input.pathValues).map(([k, v]) => [k, `${v}%00`]));
    return jsonCase({ ...input, pathValues: values }, 'nul in path', input.body);
  },
};

/** The case a refused role gets: access is checked before the body is read, so one hostile request shows it. */
export const REFUSED_ROLE_CASES = ['nul in every text'];

/** The short list for further allowed roles once two roles have had the whole catalogue. */
export const SHORT_CASES = ['valid-ish sample', 'nul in every text', 'date year 0000', 'missing required fields'];

/** `count` cases for an operation, cycling through the catalogue (later rounds draw new random picks). */
export function casesFor(input: CaseInput, count: number, only?: string[]): FuzzCase[] {
  const names = only ?? Object.keys(BUILDERS);
  // A GET or a body-less operation gets the hostile bodies too: the server must ignore or refuse them.
  return Array.from({ length: only ? names.length : Math.max(count, names.length) }, (_, i) => {
    const name = names[i % names.length] as string;
    return { ...(BUILDERS[name] as Builder)(input), method: input.operation.method };
  });
}
