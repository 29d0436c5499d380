import type { IndicatorDataset } from '@springplank/domain';
import type { Db } from '../db/client';
import { insertIndicatorDataset } from './indicator-factories';

/** The peildatum and year the monitor tests look at. */
export const MONITOR_DATE = '2025-01-01';
export const MONITOR_YEAR = 2024;

/**
 * A small region history with figures on both sides of the small-cell threshold (5):
 * - Deventer (GM0150): 8 persons in beschermd wonen since 2023-06-01 (≥ 5: shown), 3 on the
 *   beschut-wonen waiting list since 2024-10-01 (< 5: suppressed for the analyst), 6 in
 *   nachtopvang in 2023 and 2 in 2024, 5 housed in 2024 (4 of them within 3 months);
 * - Lochem (GM0262): 2 persons in beschermd wonen (suppressed in the municipality comparison).
 * Persons d1–d4 are young adults (born 2000) on the peildatum.
 */
export function monitorDataset(): IndicatorDataset {
  const deventer = Array.from({ length: 12 }, (_, i) => ({
    id: `d${i + 1}`,
    birthDate: i < 4 ? '2000-06-15' : '1975-03-10',
    municipalityCode: 'GM0150',
  }));
  const lochem = [
    { id: 'l1', birthDate: '1980-01-01', municipalityCode: 'GM0262' },
    { id: 'l2', birthDate: '1981-01-01', municipalityCode: 'GM0262' },
  ];
  return {
    persons: [...deventer, ...lochem],
    stays: [
      ...deventer.slice(0, 8).map((p) => ({
        personId: p.id,
        service: 'beschermd_wonen' as const,
        startedOn: '2023-06-01',
        endedOn: null,
      })),
      ...lochem.map((p) => ({
        personId: p.id,
        service: 'beschermd_wonen' as const,
        startedOn: '2023-02-01',
        endedOn: null,
      })),
      ...deventer.slice(0, 6).map((p) => ({
        personId: p.id,
        service: 'nachtopvang' as const,
        startedOn: '2023-01-10',
        endedOn: '2023-05-20',
      })),
      ...deventer.slice(8, 10).map((p) => ({
        personId: p.id,
        service: 'nachtopvang' as const,
        startedOn: '2024-09-01',
        endedOn: null,
      })),
    ],
    waitlist: deventer.slice(9, 12).map((p) => ({
      personId: p.id,
      service: 'beschut_wonen' as const,
      listedOn: '2024-10-01',
      removedOn: null,
      removalReason: null,
    })),
    housing: [
      ...deventer.slice(0, 4).map((p) => ({ personId: p.id, readyOn: '2024-03-01', housedOn: '2024-05-01' })),
      { personId: 'd5', readyOn: '2024-01-01', housedOn: '2024-08-01' },
    ],
  };
}

/** Insert the monitor dataset into a region; returns dataset id → person id. */
export async function insertMonitorDataset(db: Db, regionId: string): Promise<Map<string, string>> {
  return insertIndicatorDataset(db, regionId, monitorDataset());
}
