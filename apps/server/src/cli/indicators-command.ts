import { issueText } from '@springplank/contract';
import { parseArgs } from 'node:util';
import { INDICATOR_AGE_GROUPS, type IndicatorAgeGroup } from '@springplank/domain';
import type { DatabaseHandle } from '../db/client';
import { AppError } from '../errors';
import { computeIndicators } from '../modules/indicators/indicator-engine';

/** Wrong arguments to `cli indicators`; the dispatcher prints it with the help text (exit 2). */
export class IndicatorsArgumentError extends Error {}

/** Help lines of `cli indicators` for the command overview. */
export const INDICATORS_HELP = `  indicators                   Print the indicators of INDICATORS.md as JSON (stdout: the JSON only)
      --date <YYYY-MM-DD>        peildatum D (required)
      --year <YYYY>              year Y of the year indicator (required)
      --region <slug>            region (default: midden-ijssel)
      --municipality <GMxxxx>    only persons from this municipality (gemeente van herkomst)
      --age-group 18-27          only persons aged 18 to 27 on the reference date`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function parse(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        region: { type: 'string', default: 'midden-ijssel' },
        date: { type: 'string' },
        year: { type: 'string' },
        municipality: { type: 'string' },
        'age-group': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new IndicatorsArgumentError((error as Error).message);
  }
  const problems: string[] = [];
  if (!values.date || !isCalendarDate(values.date)) {
    problems.push('--date: geef een bestaande datum als JJJJ-MM-DD (a date as YYYY-MM-DD is required)');
  }
  const year = Number(values.year);
  if (!values.year || !/^\d{4}$/.test(values.year) || year < 1900 || year > 2200) {
    problems.push('--year: geef een jaartal van 4 cijfers, 1900–2200 (a four-digit year is required)');
  }
  if (values.municipality !== undefined && !/^GM\d{4}$/.test(values.municipality)) {
    problems.push('--municipality: gebruik een CBS-code, GM en 4 cijfers (use a CBS code such as GM0150)');
  }
  const ageGroup = values['age-group'];
  if (ageGroup !== undefined && !(INDICATOR_AGE_GROUPS as readonly string[]).includes(ageGroup)) {
    problems.push(`--age-group: kies ${INDICATOR_AGE_GROUPS.join(', ')} (choose ${INDICATOR_AGE_GROUPS.join(', ')})`);
  }
  if (problems.length) throw new IndicatorsArgumentError(problems.join('\n'));
  return {
    regionSlug: values.region,
    date: values.date!,
    year,
    municipalityCode: values.municipality ?? null,
    ageGroup: (ageGroup as IndicatorAgeGroup | undefined) ?? null,
  };
}

/** `cli indicators`: the exact (unsuppressed) indicator result as JSON text, for the region's own checks. */
export async function runIndicatorsCommand(database: DatabaseHandle, args: string[]): Promise<string> {
  const params = parse(args);
  try {
    const result = await computeIndicators(database.db, params);
    return `${JSON.stringify(result, null, 2)}\n`;
  } catch (error) {
    if (error instanceof AppError) {
      // The issue names the offending value; the general message only when there is none.
      const details = error.issues?.map((issue) => `--${issue.path}: ${issueText('nl', issue)}`).join('\n');
      throw new IndicatorsArgumentError(details || error.publicMessage);
    }
    throw error;
  }
}
