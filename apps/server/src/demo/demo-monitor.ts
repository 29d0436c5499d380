import { addDays, daysBetween } from '@springplank/domain';
import { AccessLogRepository } from '../modules/access-log/access-log.repository';
import { AccessLogService } from '../modules/access-log/access-log.service';
import { ImportRepository } from '../modules/import/import.repository';
import { ImportService } from '../modules/import/import.service';
import type { DemoContext } from './demo-context';
import { DEMO_REGION_SLUG } from './demo-region';

const HISTORY_START = '2022-01-01';
const PERSONS = 400;
const SEED = 20_220_101;
// Gemeente van herkomst, weighted roughly by population.
const MUNICIPALITIES: [string, number][] = [
  ['GM0150', 0.5],
  ['GM0301', 0.2],
  ['GM0177', 0.12],
  ['GM0262', 0.1],
  ['GM1773', 0.08],
];
const MO = ['nachtopvang', 'nachtopvang', '24uursopvang', 'crisisopvang', 'crisisopvang', 'ambulante_crisisopvang'];
const PROVIDERS = ['De Brug', 'Herstelhuis Zutphen', 'Onderdak Salland'];

/** mulberry32: seeded, so every demo load has the same shape of history. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo history as import files: persons, BW waiting list and stays, MO shelter stays and housing. */
export function monitorDemoFiles(
  today: string,
): Record<'persons.csv' | 'waitlist.csv' | 'stays.csv' | 'housing.csv', string> {
  const random = seededRandom(SEED);
  const between = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const span = daysBetween(HISTORY_START, today);
  const day = (offset: number) => addDays(HISTORY_START, offset);
  const persons = ['person_ref,birth_date,municipality_code,bsn'];
  const waitlist = ['person_ref,service,listed_on,removed_on,removal_reason'];
  const stays = ['person_ref,service,provider_ref,started_on,ended_on,end_reason'];
  const housing = ['person_ref,ready_on,housed_on'];
  const municipality = () => {
    let roll = random();
    for (const [code, weight] of MUNICIPALITIES) if ((roll -= weight) < 0) return code;
    return 'GM0150';
  };
  const housed = (ref: string, leftOn: number) => {
    const ready = Math.max(0, leftOn - between(20, 200));
    housing.push(`${ref},${day(ready)},${leftOn <= span ? day(leftOn) : ''}`);
  };
  for (let i = 1; i <= PERSONS; i += 1) {
    const ref = `DEMO-${String(i).padStart(4, '0')}`;
    // A third are young adults (18–27), the rest up to 70 on today's date.
    const age = random() < 0.33 ? between(18, 27) : between(28, 70);
    const birth = addDays(today, -Math.round(age * 365.25 + between(1, 360)));
    persons.push(`${ref},${birth},${municipality()},`);
    if (i % 20 < 9) {
      // BW: on the waiting list, placed (or still waiting, or withdrawn), then a stay.
      const service = random() < 0.7 ? 'beschermd_wonen' : 'beschut_wonen';
      const listed = between(0, span - 10);
      const wait = between(15, 420);
      const outcome = listed + wait > span ? 'waiting' : random() < 0.85 ? 'placed' : 'withdrawn';
      if (outcome === 'waiting') {
        waitlist.push(`${ref},${service},${day(listed)},,`);
        continue;
      }
      waitlist.push(`${ref},${service},${day(listed)},${day(listed + wait)},${outcome}`);
      if (outcome === 'withdrawn') continue;
      const start = listed + wait;
      const end = start + between(120, 1100);
      if (end > span) stays.push(`${ref},${service},${pick(PROVIDERS)},${day(start)},,`);
      else {
        const reason = pick(['independent_housing', 'independent_housing', 'moved_on', 'dropped_out', 'other']);
        stays.push(`${ref},${service},${pick(PROVIDERS)},${day(start)},${day(end)},${reason}`);
        if (reason === 'independent_housing') housed(ref, end);
      }
      // Some are ready to move on but still wait for a home.
      if (end > span && random() < 0.25) housing.push(`${ref},${day(Math.max(start, span - between(10, 200)))},`);
      continue;
    }
    // MO: one to four shelter stays, touching (moved between shelters) or with a gap.
    let start = between(0, span - 5);
    for (let k = between(1, 4); k > 0; k -= 1) {
      const end = start + between(3, 220);
      const open = end > span || (k === 1 && random() < 0.25);
      const service = pick(MO);
      if (open) {
        stays.push(`${ref},${service},${pick(PROVIDERS)},${day(start)},,`);
        if (random() < 0.3) housing.push(`${ref},${day(Math.min(span, start + between(30, 90)))},`);
        break;
      }
      const reason = k === 1 ? pick(['independent_housing', 'moved_on', 'dropped_out', 'moved_away']) : 'moved_on';
      stays.push(`${ref},${service},${pick(PROVIDERS)},${day(start)},${day(end)},${reason}`);
      if (k === 1 && reason === 'independent_housing') housed(ref, end);
      start = end + (random() < 0.4 ? 0 : between(1, 90));
      if (start >= span) break;
    }
  }
  const text = (lines: string[]) => `${lines.join('\n')}\n`;
  return {
    'persons.csv': text(persons),
    'waitlist.csv': text(waitlist),
    'stays.csv': text(stays),
    'housing.csv': text(housing),
  };
}

/**
 * The monitor's demo history (~400 persons, 2022 to today) for Midden-IJssel, loaded through
 * the bulk import in the demo loader's transaction, so the dashboard has real figures.
 */
export async function loadMonitorDemo(context: DemoContext): Promise<void> {
  const importer = new ImportService(
    context.tx,
    new ImportRepository(),
    new AccessLogService(context.tx, new AccessLogRepository(), context.accessLogKeys),
  );
  const files = Object.entries(monitorDemoFiles(context.today)).map(([name, text]) => ({ name, open: () => text }));
  const report = await importer.runIn(
    context.tx,
    {
      regionId: context.regionId,
      userId: null,
      userName: 'demo loader',
      organisationId: null,
      organisationName: null,
      role: null,
      requestId: null,
    },
    DEMO_REGION_SLUG,
    files,
  );
  if (!report.ok) throw new Error(`monitor demo refused by the import:\n${report.problems.join('\n')}`);
}
