import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from './index';
import { findUntaggedInputFields } from './primitive-walk';

// Input schemas are named for what they carry: request bodies, queries, path parameters,
// headers. Response schemas are not walked (they describe what the server sends).
// The server's route walk (apps/server/src/http/route-inputs.int.test.ts) checks every
// schema a route actually validates; this one catches a contract schema before it is wired.
const INPUT_NAME = /(Request|Query|Params|Body|Headers|Input)$/;
/** Response schemas whose name reads like an input (a "housing request" is a record). */
const RESPONSES_NAMED_LIKE_INPUTS = new Set(['HousingRequest']);

const inputSchemas = Object.entries(contract as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] =>
    INPUT_NAME.test(entry[0]) && !RESPONSES_NAMED_LIKE_INPUTS.has(entry[0]) && entry[1] instanceof z.ZodType,
);

describe('every contract input schema uses the input primitives', () => {
  it('finds the input schemas', () => {
    expect(inputSchemas.length).toBeGreaterThan(40);
  });

  it('has no string or date field built without a primitive', () => {
    const untagged = inputSchemas.flatMap(([name, schema]) => findUntaggedInputFields(schema, name));
    expect(untagged).toEqual([]);
  });
});
