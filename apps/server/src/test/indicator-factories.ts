import { randomUUID } from 'node:crypto';
import type { IndicatorDataset } from '@springplank/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { housingRecords, municipalities, persons, stays, waitlistEntries } from '../db/schema';

/**
 * Insert the records of an in-memory indicator dataset into a region (persons get fresh
 * ids; their dataset ids become source_ref). Returns dataset id → database id.
 */
export async function insertIndicatorDataset(
  db: Db,
  regionId: string,
  dataset: IndicatorDataset,
): Promise<Map<string, string>> {
  const codes = await db
    .select({ id: municipalities.id, code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.regionId, regionId));
  const municipalityId = new Map(codes.map((m) => [m.code, m.id]));
  const ids = new Map(dataset.persons.map((p) => [p.id, randomUUID()]));
  const personId = (id: string) => {
    const found = ids.get(id);
    if (!found) throw new Error(`record of unknown person ${id}`);
    return found;
  };
  if (dataset.persons.length) {
    await db.insert(persons).values(
      dataset.persons.map((p) => ({
        id: personId(p.id),
        regionId,
        sourceRef: p.id,
        givenName: 'Test',
        familyName: `Persoon ${p.id}`,
        birthDate: p.birthDate,
        municipalityId: p.municipalityCode ? (municipalityId.get(p.municipalityCode) ?? null) : null,
      })),
    );
  }
  if (dataset.stays.length) {
    await db.insert(stays).values(
      dataset.stays.map((s) => ({
        regionId,
        personId: personId(s.personId),
        service: s.service,
        startedOn: s.startedOn,
        endedOn: s.endedOn,
      })),
    );
  }
  if (dataset.waitlist.length) {
    await db.insert(waitlistEntries).values(
      dataset.waitlist.map((e) => ({
        regionId,
        personId: personId(e.personId),
        service: e.service,
        listedOn: e.listedOn,
        removedOn: e.removedOn,
        removalReason: e.removalReason,
      })),
    );
  }
  if (dataset.housing.length) {
    await db.insert(housingRecords).values(
      dataset.housing.map((h) => ({
        regionId,
        personId: personId(h.personId),
        readyOn: h.readyOn,
        housedOn: h.housedOn,
      })),
    );
  }
  return ids;
}
