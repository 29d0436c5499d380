import type { FieldIssue } from '../errors';

/** One item of a failed schema validation as fastify-type-provider-zod reports it. */
export interface ValidationItem {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

interface NestedIssue {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  errors?: NestedIssue[][];
}

/**
 * The per-field problems of a failed validation. A union that matched no option (e.g. "a
 * known person or a new one") would otherwise say only "Ongeldige invoer" at its root, so
 * its closest option's own problems are shown instead: the option that got furthest into
 * the input (deepest path), then the one with the fewest problems.
 */
export function validationIssues(validation: ValidationItem[]): FieldIssue[] {
  return validation.flatMap((item) => {
    const path = item.instancePath.replace(/^\//, '').split('/').filter(Boolean);
    return expand({ code: item.keyword, message: item.message, errors: unionErrors(item.params) }, path);
  });
}

function unionErrors(params: Record<string, unknown> | undefined): NestedIssue[][] | undefined {
  const errors = params?.errors;
  return Array.isArray(errors) ? (errors as NestedIssue[][]) : undefined;
}

function expand(issue: NestedIssue, path: string[]): FieldIssue[] {
  const closest = issue.code === 'invalid_union' ? closestOption(issue.errors ?? []) : undefined;
  if (closest) return closest.flatMap((inner) => expand(inner, [...path, ...(inner.path ?? []).map(String)]));
  return [{ path: path.join('.') || '(invoer)', message: issue.message ?? 'Ongeldige waarde' }];
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
