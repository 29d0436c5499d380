/**
 * A seeded generator of a national-scale dataset in the bulk-import format (IMPORT.md):
 * 43 regions, one folder each. The same seed and scale give byte-identical files.
 * At scale 1: about 500k persons, 2M stays, 600k waiting-list entries, 300k housing records.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';

/** The real reference region and its five municipalities (migration 0002). */
export const MIDDEN_IJSSEL = { slug: 'midden-ijssel', codes: ['GM0150', 'GM0262', 'GM1773', 'GM0177', 'GM0301'] };

/** The number of regions in the dataset (the real one plus 42 made-up ones). */
export const REGION_COUNT = 43;

/** A region of the dataset: slug, name and municipality codes (fake GM8xxx codes for the made-up ones). */
export interface BenchRegion {
  slug: string;
  name: string;
  codes: string[];
}

/** The 43 regions: Midden-IJssel and 42 made-up regions with five municipalities each. */
export function benchRegions(): BenchRegion[] {
  const regions: BenchRegion[] = [{ ...MIDDEN_IJSSEL, name: 'Regio Midden-IJssel' }];
  for (let n = 1; n < REGION_COUNT; n += 1) {
    const nn = String(n).padStart(2, '0');
    regions.push({
      slug: `bench-regio-${nn}`,
      name: `Benchregio ${nn}`,
      codes: Array.from({ length: 5 }, (_, m) => `GM${8000 + n * 10 + m}`),
    });
  }
  return regions;
}

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EPOCH = Date.UTC(2015, 0, 1);
const DAY = 86_400_000;
const DATES: string[] = Array.from({ length: 366 * 13 }, (_, d) =>
  new Date(EPOCH + d * DAY).toISOString().slice(0, 10),
);
const dayOf = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / DAY);
const HISTORY_START = dayOf('2018-01-01');
/** The generated data never goes past this day, so a run next year gives the same files. */
export const DATA_END = '2026-11-01';
const END = dayOf(DATA_END);

const MO = ['nachtopvang', '24uursopvang', 'crisisopvang', 'ambulante_crisisopvang'];
const BW = ['beschermd_wonen', 'beschut_wonen'];
const OTHER = ['bed_and_break', 'housing_first', 'ambulante_begeleiding'];
const END_REASONS = ['independent_housing', 'moved_on', 'dropped_out', 'moved_away', 'deceased', 'other'];
const REMOVAL_REASONS = ['placed', 'placed', 'placed', 'withdrawn', 'moved_away', 'deceased', 'other'];

/** A nine-digit BSN passing the 11-proef derived from `n` (unique per n), or null when none fits. */
export function bsnFrom(n: number): string | null {
  const prefix = String(10_000_000 + (n % 89_999_999)).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(prefix[i]) * (9 - i);
  const check = sum % 11;
  return check === 10 ? null : `${prefix}${check}`;
}

/** Buffered CSV writer; values never need quoting here except provider refs, which have none. */
class CsvFile {
  private readonly stream;
  private buffer = '';
  rows = 0;

  constructor(path: string, header: string) {
    this.stream = createWriteStream(path);
    this.buffer = `${header}\n`;
  }

  async row(line: string): Promise<void> {
    this.rows += 1;
    this.buffer += `${line}\n`;
    if (this.buffer.length > 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (!this.stream.write(this.buffer)) await once(this.stream, 'drain');
    this.buffer = '';
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Rows written per file, summed over regions. */
export interface GeneratedCounts {
  persons: number;
  waitlist: number;
  stays: number;
  housing: number;
}

/** Write one region's four files into `folder` with `persons` persons. */
export async function generateRegion(
  folder: string,
  region: BenchRegion,
  regionIndex: number,
  persons: number,
  seed: number,
): Promise<GeneratedCounts> {
  mkdirSync(folder, { recursive: true });
  const random = seededRandom(seed * 1000 + regionIndex);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
  const files = {
    persons: new CsvFile(join(folder, 'persons.csv'), 'person_ref,birth_date,municipality_code,bsn'),
    waitlist: new CsvFile(join(folder, 'waitlist.csv'), 'person_ref,service,listed_on,removed_on,removal_reason'),
    stays: new CsvFile(join(folder, 'stays.csv'), 'person_ref,service,provider_ref,started_on,ended_on,end_reason'),
    housing: new CsvFile(join(folder, 'housing.csv'), 'person_ref,ready_on,housed_on'),
  };
  for (let i = 0; i < persons; i += 1) {
    const ref = `R${regionIndex}-${i}`;
    const birthYear = between(1956, 2007);
    const birth = `${birthYear}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    const bsn = random() < 0.3 ? (bsnFrom(regionIndex * 1_000_000 + i) ?? '') : '';
    await files.persons.row(`${ref},${birth},${pick(region.codes)},${bsn}`);
    // Waiting list: 1.2 entries per person on average, later entries listed later.
    let listed = between(HISTORY_START, END - 30);
    for (let k = random() < 0.2 ? 2 : 1; k > 0 && listed < END; k -= 1) {
      const removed = random() < 0.75 ? listed + between(0, 600) : null;
      const removedOn = removed !== null && removed <= END ? DATES[removed] : '';
      await files.waitlist.row(
        `${ref},${pick(random() < 0.9 ? BW : ['housing_first'])},${DATES[listed]},${removedOn},${removedOn ? pick(REMOVAL_REASONS) : ''}`,
      );
      listed += between(30, 400);
    }
    // Stays: 1–8 (about 4 on average after the cut-off at DATA_END) in sequence, touching (gap 0) or with a gap; the last may be open.
    let start = between(HISTORY_START, END - 60);
    const stays = between(1, 8);
    for (let k = 0; k < stays && start < END; k += 1) {
      const roll = random();
      const service = roll < 0.7 ? pick(MO) : roll < 0.95 ? pick(BW) : pick(OTHER);
      const end = start + between(1, service.startsWith('besch') ? 900 : 200);
      const open = end > END || (k === stays - 1 && random() < 0.3);
      await files.stays.row(
        `${ref},${service},AANB-${regionIndex}-${between(1, 40)},${DATES[start]},${open ? '' : DATES[end]},${open ? '' : pick(END_REASONS)}`,
      );
      if (open) break;
      start = end + (random() < 0.3 ? 0 : between(1, 120));
    }
    // Housing: 0.6 records per person on average.
    if (random() < 0.6) {
      const ready = between(HISTORY_START + 365, END);
      const housed = random() < 0.7 ? ready + between(0, 300) : null;
      await files.housing.row(`${ref},${DATES[ready]},${housed !== null && housed <= END ? DATES[housed] : ''}`);
    }
  }
  for (const file of Object.values(files)) await file.close();
  return {
    persons: files.persons.rows,
    waitlist: files.waitlist.rows,
    stays: files.stays.rows,
    housing: files.housing.rows,
  };
}

/**
 * Write the whole dataset under `root` (one folder per region slug). Region sizes vary
 * (0.4×–1.6× the mean) so that the sweep covers small and large regions.
 */
export async function generateNational(root: string, scale: number, seed: number): Promise<GeneratedCounts> {
  const regions = benchRegions();
  const random = seededRandom(seed);
  const weights = regions.map(() => 0.4 + random() * 1.2);
  const total = weights.reduce((a, b) => a + b, 0);
  const sums: GeneratedCounts = { persons: 0, waitlist: 0, stays: 0, housing: 0 };
  for (const [index, region] of regions.entries()) {
    const persons = Math.max(1, Math.round((500_000 * scale * weights[index]!) / total));
    const counts = await generateRegion(join(root, region.slug), region, index, persons, seed);
    for (const key of Object.keys(sums) as (keyof GeneratedCounts)[]) sums[key] += counts[key];
  }
  return sums;
}
