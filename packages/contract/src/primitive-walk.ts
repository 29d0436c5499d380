import type { z } from 'zod';
import { inputPrimitives } from './primitives';

// Wrappers whose input is their inner schema's input.
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
// Leaves that accept a closed set of values or no text at all: nothing to tag.
const SAFE_LEAVES = new Set([
  'number',
  'boolean',
  'enum',
  'literal',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'bigint',
  'transform',
]);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

/**
 * The paths of every string-like input field of `schema` that is not built from one of the
 * input primitives (primitives.ts). Walks objects, arrays, tuples, wrappers, pipes (input
 * side), unions, intersections, records (keys and values) and lazy schemas. An empty list
 * means every text and date field is checked for NUL, surrogates, length and date window.
 */
export function findUntaggedInputFields(schema: z.ZodType, path = '$'): string[] {
  return walk(schema, path, new Set());
}

function walk(schema: z.ZodType, path: string, seen: Set<z.ZodType>): string[] {
  if (inputPrimitives.get(schema)) return [];
  // Only a schema already on the current path (a lazy, recursive one) is skipped.
  if (seen.has(schema)) return [];
  seen.add(schema);
  try {
    return walkDef(schema, path, seen);
  } finally {
    seen.delete(schema);
  }
}

function walkDef(schema: z.ZodType, path: string, seen: Set<z.ZodType>): string[] {
  const def = schema._zod.def as unknown as Def;
  const child = (s: z.ZodType | null | undefined, p: string): string[] => (s ? walk(s, p, seen) : []);
  if (WRAPPERS.has(def.type)) return child(def.innerType, path);
  if (SAFE_LEAVES.has(def.type)) return [];
  switch (def.type) {
    case 'object':
      return [
        ...Object.entries(def.shape ?? {}).flatMap(([key, value]) => child(value, `${path}.${key}`)),
        ...child(def.catchall, `${path}.*`),
      ];
    case 'array':
      return child(def.element, `${path}[]`);
    case 'tuple':
      return [...(def.items ?? []).flatMap((item, i) => child(item, `${path}[${i}]`)), ...child(def.rest, `${path}[]`)];
    case 'pipe':
      return child(def.in, path);
    case 'union':
      return (def.options ?? []).flatMap((option) => child(option, path));
    case 'intersection':
      return [...child(def.left, path), ...child(def.right, path)];
    case 'record':
    case 'map':
      return [...child(def.keyType, `${path}{key}`), ...child(def.valueType, `${path}{}`)];
    case 'set':
      return child(def.valueType, `${path}[]`);
    case 'lazy':
      return def.getter ? child(def.getter(), path) : [];
    default:
      // string, date, template literal, any, unknown, custom, file …: free input without a primitive.
      return [`${path} (${def.type})`];
  }
}
