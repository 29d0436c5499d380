import type { FieldErrors, FieldValues } from 'react-hook-form';

/**
 * Pure helpers of the form layer: turning the API's issue paths and react-hook-form's nested
 * errors into field names, and finding the field a problem belongs to.
 */

/** One problem found for a path of the form's values, with its message already worded. */
export interface PathProblem {
  path: string;
  message: string;
}

/** The form path of an API issue path: `body.note` → `note`, `query.page` → `page`. */
export function formPathOf(issuePath: string): string {
  return issuePath.replace(/^(body|query|params)(\.|$)/, '');
}

/**
 * The field a path belongs to: the field with exactly that name, else the longest field name
 * the path starts with (`expertiseTags.2` belongs to `expertiseTags`); undefined when none.
 */
export function fieldOfPath(path: string, fieldNames: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const name of fieldNames) {
    const matches = path === name || path.startsWith(`${name}.`);
    if (matches && (best === undefined || name.length > best.length)) best = name;
  }
  return best;
}

/** The element id of a field: the form's id and the field's path, e.g. `capacity-places`. */
export function fieldIdOf(formId: string, name: string): string {
  return `${formId}-${name.replace(/\./g, '-')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Every message in react-hook-form's nested error object, with its dotted path, in the order
 * the object lists them (arrays of fields give `goals.0.description`).
 */
export function flattenErrors(errors: FieldErrors<FieldValues>): PathProblem[] {
  const found: PathProblem[] = [];
  const walk = (node: unknown, path: string) => {
    if (!isRecord(node)) return;
    if (typeof node['message'] === 'string' && node['message'] !== '' && 'type' in node) {
      found.push({ path, message: node['message'] });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      // `ref` is the input element react-hook-form keeps next to a message, not a sub-field.
      if (key === 'ref') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return found;
}

/**
 * Replace empty texts with undefined, deeply, before validation: an empty input means "not
 * given", so an optional field passes and a required one says it is required (instead of
 * "choose a valid option" for an empty select).
 */
export function blankToUndefined<T>(value: T): T {
  if (value === '') return undefined as T;
  if (Array.isArray(value)) return value.map((item: unknown) => blankToUndefined(item)) as T;
  if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, blankToUndefined(item)])) as T;
  }
  return value;
}
