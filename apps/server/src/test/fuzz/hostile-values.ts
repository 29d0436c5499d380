/** Hostile values the fuzz cases put into requests (issue 10: what a careless or hostile client sends). */

/** 100,000 characters: far beyond every field's limit. */
export const HUGE = 'x'.repeat(100_000);

/** Dates that match the date pattern but lie outside what a database or a person means. */
export const EXTREME_DATES = {
  year0000: { date: '0000-01-01', datetime: '0000-01-01T00:00:00Z' },
  year0001: { date: '0001-01-01', datetime: '0001-01-01T00:00:00Z' },
  year9999: { date: '9999-12-31', datetime: '9999-12-31T23:59:59Z' },
} as const;

/** Dates that do not exist. */
export const IMPOSSIBLE_DATES = ['2024-02-30', '2023-13-01', '2023-00-10', '10000-01-01', '2024-1-1'];

/** Numbers beyond integer columns, JavaScript's safe range and common limits. */
export const EXTREME_NUMBERS = [2_147_483_648, -2_147_483_649, 1e308, -1, 9_007_199_254_740_992, 1.5, 0, -0.0001];

/** Identifiers that are not (valid, existing) UUIDs. */
export const BAD_IDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345',
  "1' OR '1'='1",
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(5_000),
  '%E2%80%AE',
];

/** Bodies that are not JSON (or not the JSON an endpoint expects). */
export const MALFORMED_JSON = [
  '{"a":',
  '{,}',
  "{'a':1}",
  '{"a":1}}',
  '{"a":1,}',
  'undefined',
  '\u0000',
  '{"a":"\\u00"}',
];

/** Top-level JSON values that are not an object. */
export const NON_OBJECT_BODIES = ['null', '[]', '"tekst"', '42', 'true'];

/** A JSON text nested `depth` levels deep (arrays or objects). */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** The wrong-typed value for a leaf of a given JSON type. */
export function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twaalf';
  if (typeof value === 'boolean') return 'ja';
  if (Array.isArray(value)) return { not: 'an array' };
  if (value && typeof value === 'object') return ['not', 'an', 'object'];
  return { unexpected: true };
}

/** JSON text bytes with invalid UTF-8 inside a string (a lone continuation byte, an overlong form, 0xFF). */
export function invalidUtf8Json(): Buffer {
  return Buffer.concat([
    Buffer.from('{"name":"'),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
    Buffer.from('","concern":"'),
    Buffer.from([0x80, 0x80]),
    Buffer.from('"}'),
  ]);
}
