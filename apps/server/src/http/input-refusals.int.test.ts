import type { Role } from '@springplank/domain';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser } from '../test/factories';
import { useTestApp } from '../test/test-app';
import { DATE_WINDOW, fieldIssue } from '../test/field-issues';

/**
 * Issue 10, defects 2 and 3 outside the public form: a lone surrogate in free text and dates
 * outside 1900–2100 in bodies and queries are a Dutch 400 with the field named, never a 500.
 * Validation runs before the handler, so an unknown record id is enough to reach it.
 */
describe('hostile text and dates in bodies and queries', () => {
  const ctx = useTestApp();

  async function as(role: Role) {
    const { db, signIn } = ctx();
    return signIn((await createUser(db, { role })).email);
  }

  it('refuses a lone surrogate in a housing offer address', async () => {
    const corporation = await as('housing_officer');
    const response = await corporation.post(`/api/v1/housing-requests/${randomUUID()}/offer`, {
      offeredAddress: 'Brink \ud800 1, Deventer',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([fieldIssue('offeredAddress', 'forbidden_characters')]);
  });

  it.each([
    ['access_officer', '/api/v1/placements/free-places?on=0000-01-01', 'on'],
    ['access_officer', '/api/v1/occupancy?date=9999-12-31', 'date'],
    ['privacy_officer', '/api/v1/access-log?from=0001-01-01', 'from'],
    ['privacy_officer', '/api/v1/access-log?to=2101-01-01', 'to'],
  ] as const)('refuses a query date outside 1900–2100 (%s %s)', async (role, url, path) => {
    const response = await (await as(role)).get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([fieldIssue(path, 'date_out_of_range', DATE_WINDOW)]);
  });

  it('refuses a moment in year 0000 for a case action', async () => {
    const worker = await as('outreach_worker');
    const response = await worker.post(`/api/v1/cases/${randomUUID()}/events`, {
      kind: 'note',
      note: 'Gesproken.',
      occurredAt: '0000-01-01T00:00:00Z',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([fieldIssue('occurredAt', 'date_out_of_range', DATE_WINDOW)]);
  });
});
