import type { CasesOverview } from '@springplank/contract';
import { addDays } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { cases } from '../../db/schema';
import { createCase, createReportRow } from '../../test/case-factories';
import { createOrganisation, createUser } from '../../test/factories';
import { useTestApp, type SignedInClient } from '../../test/test-app';
import { CasesService } from './cases.service';

describe('cases overview', () => {
  const ctx = useTestApp();

  async function team(name: string) {
    return createOrganisation(ctx().db, { kind: 'outreach_team', name, municipalityCodes: ['GM0150'] });
  }

  async function worker(teamId: string) {
    const user = await createUser(ctx().db, { role: 'outreach_worker', organisationId: teamId });
    return { user, client: await ctx().signIn(user.email) };
  }

  async function meldpunt(): Promise<SignedInClient> {
    const user = await createUser(ctx().db, { role: 'meldpunt_operator' });
    return ctx().signIn(user.email);
  }

  it('counts first-contact deadlines per team on a fixed day, and the triage queue for the meldpunt', async () => {
    const { db, services, config } = ctx();
    const fixedNow = new Date('2030-06-12T10:00:00+02:00');
    const day = '2030-06-12';
    // The same application, but with the cases service on a fixed clock.
    const clocked = await buildApp({
      config,
      services: { ...services, cases: new CasesService(db, services.accessLog, services.outbox, () => fixedNow) },
      logger: false,
    });
    await clocked.app.ready();
    try {
      const own = await team('Bemoeizorg Telteam');
      const empty = await team('Bemoeizorg Leeg');
      const { user, client } = await worker(own.id);
      const operator = await meldpunt();
      const overview = async (as: SignedInClient) => {
        const response = await clocked.app.inject({
          method: 'GET',
          url: '/api/v1/cases/overview',
          headers: { cookie: as.cookie },
        });
        expect(response.statusCode).toBe(200);
        return response.json<CasesOverview>();
      };
      const triageBefore = (await overview(operator)).triage;

      const due = (offset: number, extra: { assignedUserId?: string; firstContactAt?: Date } = {}) =>
        createCase(db, { teamId: own.id, firstContactDueOn: addDays(day, offset), ...extra });
      await due(-3);
      await due(-1, { assignedUserId: user.id });
      await due(0);
      await due(0);
      await due(4);
      await due(-5, { firstContactAt: new Date('2030-06-05T09:00:00Z') });
      const closed = await due(-9);
      await db
        .update(cases)
        .set({ status: 'closed', outcome: 'not_traceable', closedAt: fixedNow })
        .where(eq(cases.id, closed.id));
      for (const offset of [-1, 0, 0, 2]) {
        await createReportRow(db, { status: 'new', triageDueOn: addDays(day, offset) });
      }

      const forTeam = await overview(client);
      expect(forTeam.triage).toBeNull();
      expect(forTeam.teams).toEqual([
        { teamId: own.id, teamName: 'Bemoeizorg Telteam', open: 6, unassigned: 5, onTime: 1, dueToday: 2, overdue: 2 },
      ]);

      const forMeldpunt = await overview(operator);
      expect(forMeldpunt.teams).toEqual(
        expect.arrayContaining([
          forTeam.teams[0],
          { teamId: empty.id, teamName: 'Bemoeizorg Leeg', open: 0, unassigned: 0, onTime: 0, dueToday: 0, overdue: 0 },
        ]),
      );
      expect(forMeldpunt.triage).toEqual({
        new: (triageBefore?.new ?? 0) + 4,
        dueToday: (triageBefore?.dueToday ?? 0) + 2,
        overdue: (triageBefore?.overdue ?? 0) + 1,
      });
    } finally {
      await clocked.app.close();
    }
  });
});
