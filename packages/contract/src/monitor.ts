import { MONITOR_HEADLINES, MONITOR_STATUSES, MONITOR_TARGET_KEYS, validateMonitorTarget } from '@springplank/domain';
import { issueCode } from './issues';
import { declareIssueCodes } from './issue-walk';
import { z } from 'zod';
import { PlannedDate, IsoDate as QueryDate } from './primitives';
import { AgeGroup, IndicatorQuery, MunicipalityCode, PublishedIndicatorResult } from './indicators';

/** A target of the regional monitor (packages/domain/src/monitor-targets.ts). */
export const MonitorTargetKey = z.enum(MONITOR_TARGET_KEYS);
export type MonitorTargetKey = z.infer<typeof MonitorTargetKey>;

/** The unit of a figure: persons, months, or a share 0–1. */
export const MonitorUnit = z.enum(['count', 'months', 'share']);
export type MonitorUnit = z.infer<typeof MonitorUnit>;

/** One target as an administrator sets it. */
export const MonitorTargetInput = z.object({
  key: MonitorTargetKey,
  baselineDate: PlannedDate.nullable(),
  targetDate: PlannedDate.nullable(),
  baselineYear: z.number().int().min(2000).max(2100).nullable(),
  targetYear: z.number().int().min(2000).max(2100).nullable(),
  /** Reduction: the percentage fewer (20 = −20 %); otherwise the threshold in months or as a share 0–1. */
  value: z.number(),
});
export type MonitorTargetInput = z.infer<typeof MonitorTargetInput>;

/** Replace all targets of the region: each target exactly once, each valid for its kind. */
export const ReplaceMonitorTargetsRequest = declareIssueCodes(
  z.object({ targets: z.array(MonitorTargetInput).length(MONITOR_TARGET_KEYS.length) }).superRefine((input, ctx) => {
    const keys = new Set(input.targets.map((t) => t.key));
    if (keys.size !== MONITOR_TARGET_KEYS.length) {
      ctx.addIssue({ code: 'custom', path: ['targets'], params: { code: 'duplicate_target' } });
    }
    input.targets.forEach((target, index) => {
      for (const problem of validateMonitorTarget(target)) {
        ctx.addIssue({ code: 'custom', path: ['targets', index, problem.path], params: problem });
      }
    });
  }),
  ['duplicate_target', 'required', 'target_after_baseline', 'not_a_number', 'out_of_range'],
);
export type ReplaceMonitorTargetsRequest = z.infer<typeof ReplaceMonitorTargetsRequest>;

/** A configured target with its fixed nature. */
export const MonitorTarget = MonitorTargetInput.extend({
  kind: z.enum(['reduction', 'at_most', 'at_least']),
  period: z.enum(['date', 'year']),
  unit: MonitorUnit,
  updatedAt: z.iso.datetime().nullable(),
}).meta({ id: 'MonitorTarget' });
export type MonitorTarget = z.infer<typeof MonitorTarget>;

/** The region's targets, in the regiovisie's order. */
export const MonitorTargetList = z.object({ items: z.array(MonitorTarget) });
export type MonitorTargetList = z.infer<typeof MonitorTargetList>;

/** Query of the dashboard and its exports: the indicator query plus the trend length. */
export const MonitorQuery = IndicatorQuery.extend({
  months: z.coerce
    .number()
    .int()
    .refine((months) => months === 12 || months === 24, issueCode('invalid_option'))
    .default(12),
});
export type MonitorQuery = z.infer<typeof MonitorQuery>;

/**
 * The CSV flavours: `excel` for people (Dutch spreadsheet: semicolons, decimal comma, BOM,
 * rounded as shown on screen) and `rfc4180` for software (commas, dots, unrounded values).
 */
export const MonitorCsvVariant = z.enum(['excel', 'rfc4180']);
export type MonitorCsvVariant = z.infer<typeof MonitorCsvVariant>;

/** Query of the CSV export: the dashboard's query plus the flavour (Dutch spreadsheet by default). */
export const MonitorCsvQuery = MonitorQuery.extend({ variant: MonitorCsvVariant.default('excel') });
export type MonitorCsvQuery = z.infer<typeof MonitorCsvQuery>;

/**
 * The populations behind the figures, as the engine's `indicatorPopulation` names them; the
 * drill-down of an access officer opens the persons of one of these.
 */
export const POPULATION_FIGURES = [
  'bwClients.total',
  'bwClients.inCare',
  'bwClients.waiting',
  'moClients.total',
  'bwWait.beschermd_wonen.realized',
  'bwWait.beschermd_wonen.current',
  'bwWait.beschut_wonen.realized',
  'bwWait.beschut_wonen.current',
  'moLongStay.all',
  'moLongStay.nachtopvang',
  'moLongStay.24uursopvang',
  'moLongStay.crisisopvang',
  'moLongStay.ambulante_crisisopvang',
  'housing.realized',
  'housing.waiting',
  // The flagged part of a population: the long stays, the persons housed within 3 months.
  'moLongStay.all.long',
  'moLongStay.nachtopvang.long',
  'moLongStay.24uursopvang.long',
  'moLongStay.crisisopvang.long',
  'moLongStay.ambulante_crisisopvang.long',
  'housing.realized.within3Months',
] as const;
export const PopulationFigure = z.enum(POPULATION_FIGURES);
export type PopulationFigure = z.infer<typeof PopulationFigure>;

/** How a figure stands against its target (not colour: the web shows it in words). */
export const MonitorStatus = z.enum(MONITOR_STATUSES);
export type MonitorStatus = z.infer<typeof MonitorStatus>;

/** The headline figures, one per target (waiting time per service). */
export { MONITOR_HEADLINES };
export const MonitorHeadlineId = z.enum(MONITOR_HEADLINES);
export type MonitorHeadlineId = z.infer<typeof MonitorHeadlineId>;

/** A figure that may be suppressed: `value` null and `suppressed` true when it rests on 1–4 persons. */
const Figure = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

/** One headline: value against the baseline (computed at the baseline moment) and the target. */
export const MonitorHeadline = z.object({
  id: MonitorHeadlineId,
  targetKey: MonitorTargetKey,
  unit: MonitorUnit,
  /** The population behind the value, for the drill-down. */
  population: PopulationFigure,
  current: Figure,
  baseline: Figure.extend({ date: z.iso.date().nullable(), year: z.number().int().nullable() }),
  target: Figure.extend({
    date: z.iso.date().nullable(),
    year: z.number().int().nullable(),
    kind: z.enum(['reduction', 'at_most', 'at_least']),
    /** The configured percentage (reduction) or threshold. */
    setting: z.number(),
  }),
  status: MonitorStatus,
});
export type MonitorHeadline = z.infer<typeof MonitorHeadline>;

/** The dashboard of the regional monitor; every figure suppressed for the policy analyst. */
export const MonitorDashboard = z
  .object({
    region: z.object({ slug: z.string(), name: z.string() }),
    date: z.iso.date(),
    year: z.number().int(),
    municipality: MunicipalityCode.nullable(),
    ageGroup: AgeGroup.nullable(),
    months: z.number().int(),
    generatedAt: z.iso.datetime(),
    /** True when cells under 5 persons are suppressed (policy analyst). */
    suppressed: z.boolean(),
    /** True when the viewer may open the persons behind a figure (access officer). */
    drillDown: z.boolean(),
    current: PublishedIndicatorResult,
    headlines: z.array(MonitorHeadline),
    /** Monthly peildata (first of the month), oldest first. */
    trend: z.array(PublishedIndicatorResult),
    /** MO clients per year, up to the chosen year. */
    moYears: z.array(z.object({ year: z.number().int(), total: z.number().int().nullable() })),
    municipalities: z.array(z.object({ code: z.string(), name: z.string(), result: PublishedIndicatorResult })),
    /** The same figures for young adults (18–27). */
    youngAdults: PublishedIndicatorResult,
  })
  .meta({ id: 'MonitorDashboard' });
export type MonitorDashboard = z.infer<typeof MonitorDashboard>;

/** Query of the drill-down: one figure of one indicator call. */
export const PopulationQuery = z.object({
  figure: PopulationFigure,
  date: QueryDate,
  year: z.coerce.number().int().min(1900).max(2100),
  municipality: MunicipalityCode.optional(),
  ageGroup: AgeGroup.optional(),
});
export type PopulationQuery = z.infer<typeof PopulationQuery>;

/** One person (or one of their records) behind a figure (access officers only). */
export const PopulationPerson = z.object({
  personId: z.uuid(),
  sourceRef: z.string().nullable(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  birthDate: z.iso.date().nullable(),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  /** The record counted (waitlist entry, stay, housing record); null where the figure counts persons. */
  recordId: z.uuid().nullable(),
  service: z.string().nullable(),
  /** Listed, started (episode start for all long stays) or ready to move on. */
  startOn: z.iso.date().nullable(),
  /** Removed, ended or housed. */
  endOn: z.iso.date().nullable(),
  /** The duration in days the figure averages, where it averages one. */
  days: z.number().nullable(),
  /** Long stay, or housed within three months, where the figure has such a part. */
  flag: z.boolean().nullable(),
});
export type PopulationPerson = z.infer<typeof PopulationPerson>;

/** The persons behind one figure. */
export const PopulationList = z.object({
  figure: PopulationFigure,
  date: z.iso.date(),
  year: z.number().int(),
  municipality: MunicipalityCode.nullable(),
  ageGroup: AgeGroup.nullable(),
  items: z.array(PopulationPerson),
});
export type PopulationList = z.infer<typeof PopulationList>;
export * from './monitor-figures';
export * from './monitor-format';
