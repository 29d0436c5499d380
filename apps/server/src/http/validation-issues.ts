import { describeIssue, issueText, type AnyZodIssue, type FieldIssue } from '@springplank/contract';

/** One item of a failed schema validation as fastify-type-provider-zod reports it. */
export interface ValidationItem {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** A zod issue as it appears nested in a union's `errors` (a plain finalised issue). */
interface NestedIssue {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  errors?: NestedIssue[][];
  [key: string]: unknown;
}

/**
 * The per-field problems of a failed validation, each with a stable code, its parameters and
 * the Dutch message from the contract's catalogue. `input` is the validated part of the
 * request (body, query …): finalised zod issues do not carry the input, so a missing field
 * is recognised by looking its path up here ("required" instead of "invalid type").
 *
 * A union that matched no option (e.g. "a known person or a new one") would otherwise say
 * only "Ongeldige invoer" at its root, so its closest option's own problems are shown
 * instead: the option that got furthest into the input (deepest path), then the one with
 * the fewest problems.
 */
export function validationIssues(validation: ValidationItem[], input?: unknown): FieldIssue[] {
  return validation.flatMap((item) => {
    const path = item.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    return expand({ ...item.params, code: item.keyword, message: item.message }, path, input);
  });
}

function expand(issue: NestedIssue, path: string[], input: unknown): FieldIssue[] {
  const closest = issue.code === 'invalid_union' ? closestOption(unionErrors(issue)) : undefined;
  if (closest) {
    return closest.flatMap((inner) => expand(inner, [...path, ...(inner.path ?? []).map(String)], input));
  }
  return [fieldIssue(issue, path, input)];
}

function fieldIssue(issue: NestedIssue, path: string[], input: unknown): FieldIssue {
  const withInput = { ...issue, path, input: valueAt(input, path) } as unknown as AnyZodIssue;
  const { code, params } = describeIssue(withInput);
  return {
    path: path.join('.') || '(invoer)',
    code,
    ...(params ? { params } : {}),
    message: issueText('nl', { code, params }),
  };
}

function unionErrors(issue: NestedIssue): NestedIssue[][] {
  return Array.isArray(issue.errors) ? issue.errors : [];
}

/** The value at `path` inside `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: string[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function closestOption(options: NestedIssue[][]): NestedIssue[] | undefined {
  let best: NestedIssue[] | undefined;
  let bestDepth = -1;
  for (const option of options) {
    if (option.length === 0) continue;
    const depth = Math.max(...option.map((inner) => inner.path?.length ?? 0));
    if (depth > bestDepth || (depth === bestDepth && best && option.length < best.length)) {
      best = option;
      bestDepth = depth;
    }
  }
  return best;
}
