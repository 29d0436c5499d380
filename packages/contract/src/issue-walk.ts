import { z } from 'zod';
import { isIssueCode, patternCodeOf, type IssueCode } from './issues';

/**
 * Which issue codes a schema can produce, found by walking it (issue 11): the web's
 * translation test walks every contract schema with this and fails when a code has no text
 * in some language, or when a custom rule has no code at all (its message could then only
 * be Dutch). A rule written with `superRefine` declares its codes with `declareIssueCodes`,
 * because a walk cannot look inside its function.
 */

/** Codes a schema's `superRefine` can raise, declared next to it. */
export const declaredIssueCodes = z.registry<{ codes: readonly IssueCode[] }>();

/** Declare the codes `schema`'s superRefine raises (see `collectIssueCodes`); returns the schema. */
export function declareIssueCodes<T extends z.ZodType>(schema: T, codes: readonly IssueCode[]): T {
  declaredIssueCodes.add(schema, { codes });
  return schema;
}

/** What a walk found: the codes, and the paths of rules without a code or with their own message. */
export interface IssueWalk {
  codes: Set<IssueCode>;
  uncoded: string[];
}

interface CheckDef {
  check: string;
  error?: unknown;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  params?: Record<string, unknown>;
}

interface Def {
  type: string;
  error?: unknown;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
const FORMAT_CODES: Partial<Record<string, IssueCode>> = {
  email: 'invalid_email',
  uuid: 'invalid_uuid',
  guid: 'invalid_uuid',
  url: 'invalid_url',
  date: 'invalid_date',
  datetime: 'invalid_date_time',
};

/** Every issue code `schema` can produce, and the custom rules that have none. */
export function collectIssueCodes(schema: z.ZodType, path = '$'): IssueWalk {
  const walk: IssueWalk = { codes: new Set(), uncoded: [] };
  visit(schema, path, walk, new Set());
  return walk;
}

function visit(schema: z.ZodType, path: string, walk: IssueWalk, seen: Set<z.ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  const add = (...codes: IssueCode[]) => codes.forEach((code) => walk.codes.add(code));
  const child = (s: z.ZodType | null | undefined, p: string) => {
    if (s) visit(s, p, walk, seen);
  };
  visitChecks(schema, def, path, walk);
  // A message written into the schema outranks every error map: it would be Dutch in English.
  if (def.error) walk.uncoded.push(`${path} (${def.type} with its own message)`);
  if (WRAPPERS.has(def.type)) {
    if (def.type === 'nonoptional') add('required');
    child(def.innerType, path);
    return;
  }
  switch (def.type) {
    case 'object':
      add('required', 'invalid_type');
      if (def.catchall && (def.catchall._zod.def as unknown as Def).type === 'never') add('unrecognized_keys');
      for (const [key, value] of Object.entries(def.shape ?? {})) child(value, `${path}.${key}`);
      if (def.catchall && (def.catchall._zod.def as unknown as Def).type !== 'never') child(def.catchall, `${path}.*`);
      return;
    case 'string':
      add('required', 'invalid_type');
      if (def.format) add(formatCode(def.format, def.pattern));
      return;
    case 'number':
    case 'int':
    case 'bigint':
      add('required', 'not_a_number');
      if (def.format && def.format !== 'float64' && def.format !== 'float32') add('not_integer');
      return;
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'void':
    case 'nan':
    case 'never':
    case 'symbol':
      add('required', 'invalid_type');
      return;
    case 'date':
      add('required', 'invalid_type');
      return;
    case 'enum':
    case 'literal':
      add('choose_one', 'invalid_option');
      return;
    case 'array':
    case 'set':
      add('required', 'invalid_type');
      child(def.element ?? def.valueType, `${path}[]`);
      return;
    case 'tuple':
      add('required', 'invalid_type', 'too_few', 'too_many');
      (def.items ?? []).forEach((item, i) => child(item, `${path}[${i}]`));
      child(def.rest, `${path}[]`);
      return;
    case 'record':
    case 'map':
      add('required', 'invalid_type', 'invalid_input');
      child(def.keyType, `${path}{key}`);
      child(def.valueType, `${path}{}`);
      return;
    case 'union':
      add('invalid_input');
      (def.options ?? []).forEach((option) => child(option, path));
      return;
    case 'intersection':
      child(def.left, path);
      child(def.right, path);
      return;
    case 'pipe':
      child(def.in, path);
      child(def.out, path);
      return;
    case 'lazy':
      if (def.getter) child(def.getter(), path);
      return;
    case 'transform':
    case 'any':
    case 'unknown':
      return;
    case 'custom':
      // z.custom() / z.instanceof(): a check of its own, handled with the checks above.
      return;
    default:
      walk.uncoded.push(`${path} (${def.type}: unknown schema kind)`);
  }
}

function formatCode(format: string, pattern: RegExp | undefined): IssueCode {
  if (format === 'regex' && pattern) return patternCodeOf(pattern) ?? 'invalid_format';
  return FORMAT_CODES[format] ?? 'invalid_format';
}

function visitChecks(schema: z.ZodType, def: Def, path: string, walk: IssueWalk): void {
  const add = (code: IssueCode) => walk.codes.add(code);
  const collection = def.type === 'array' || def.type === 'set';
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.error) walk.uncoded.push(`${path} (${c.check} with its own message)`);
    switch (c.check) {
      case 'min_length':
        add(collection ? 'too_few' : c.minimum === 1 ? 'required' : 'too_short');
        break;
      case 'max_length':
        add(collection ? 'too_many' : 'too_long');
        break;
      case 'length_equals':
        add('wrong_length');
        break;
      case 'greater_than':
        add(def.type === 'date' ? 'too_early' : 'too_small');
        break;
      case 'less_than':
        add(def.type === 'date' ? 'too_late' : 'too_big');
        break;
      case 'multiple_of':
        add('not_multiple_of');
        break;
      case 'number_format':
        add('not_integer');
        break;
      case 'string_format':
        add(formatCode(c.format ?? '', c.pattern));
        break;
      case 'custom': {
        const code = c.params?.code;
        if (isIssueCode(code)) add(code);
        else if (declaredIssueCodes.get(schema)) declaredIssueCodes.get(schema)!.codes.forEach(add);
        else walk.uncoded.push(`${path} (a custom rule without an issue code)`);
        break;
      }
      default:
        // overwrite (trim, normalize), mime_type, size checks …: no issue or one we never use.
        break;
    }
  }
}
