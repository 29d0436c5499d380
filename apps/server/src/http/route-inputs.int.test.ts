import { findUntaggedInputFields } from '@springplank/contract';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { useTestApp } from '../test/test-app';

const INPUT_PARTS = ['body', 'querystring', 'params', 'headers'] as const;

/**
 * Every schema a route validates its input with is built from the contract's input
 * primitives (packages/contract/src/primitives.ts): no bare `z.string()` or date field
 * lets NUL, lone surrogates, unbounded text or year 0000 through to the database.
 */
describe('every route input uses the input primitives', () => {
  const ctx = useTestApp();

  it('finds no string or date field in a body, query, path or header schema without a primitive', () => {
    const { built } = ctx();
    const untagged = built.routes.flatMap((route) => {
      const name = `${[route.method].flat().join(',')} ${route.url}`;
      const schema = (route.schema ?? {}) as Partial<Record<(typeof INPUT_PARTS)[number], z.ZodType>>;
      return INPUT_PARTS.flatMap((part) => {
        const input = schema[part];
        return input ? findUntaggedInputFields(input, `${name} ${part}`) : [];
      });
    });
    expect(built.routes.length).toBeGreaterThan(50);
    expect(untagged).toEqual([]);
  });
});
