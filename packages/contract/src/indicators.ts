import type { IndicatorValues, PublishedIndicatorValues } from '@springplank/domain';
import { z } from 'zod';
import { code, IsoDate as QueryDate } from './primitives';

/**
 * The indicator result, exactly the output shape of shared/spec/INDICATORS.md. Means and
 * shares are null on an empty population, never 0 or NaN; values are unrounded.
 */
const MeanOf = z.object({ n: z.number().int().min(0), meanMonths: z.number().nullable() });
const LongStay = z.object({ n: z.number().int().min(0), long: z.number().int().min(0), share: z.number().nullable() });
const WaitOf = z.object({ realized: MeanOf, current: MeanOf });

/** The age groups an indicator can be filtered on. */
export const AgeGroup = z.enum(['18-27']);
export type AgeGroup = z.infer<typeof AgeGroup>;

/** A CBS municipality code. */
export const MunicipalityCode = code(/^GM[0-9]{4}$/, 'invalid_municipality_code');

/** All indicators for one region, one peildatum and one year. */
export const IndicatorResult = z
  .object({
    region: z.string(),
    date: z.iso.date(),
    year: z.number().int(),
    municipality: MunicipalityCode.nullable(),
    ageGroup: AgeGroup.nullable(),
    bwClients: z.object({
      total: z.number().int().min(0),
      inCare: z.number().int().min(0),
      waiting: z.number().int().min(0),
    }),
    moClients: z.object({ total: z.number().int().min(0) }),
    bwWait: z.object({ beschermd_wonen: WaitOf, beschut_wonen: WaitOf }),
    moLongStay: z.object({
      all: LongStay,
      nachtopvang: LongStay,
      '24uursopvang': LongStay,
      crisisopvang: LongStay,
      ambulante_crisisopvang: LongStay,
    }),
    housing: z.object({
      realized: z.object({
        n: z.number().int().min(0),
        meanMonths: z.number().nullable(),
        within3MonthsShare: z.number().nullable(),
      }),
      waiting: MeanOf,
    }),
  })
  .meta({ id: 'IndicatorResult' });
export type IndicatorResult = z.infer<typeof IndicatorResult>;

const Count = z.number().int().min(0).nullable();
const PublishedMeanOf = z.object({ n: Count, meanMonths: z.number().nullable() });
const PublishedLongStay = z.object({ n: Count, long: Count, share: z.number().nullable() });
const PublishedWaitOf = z.object({ realized: PublishedMeanOf, current: PublishedMeanOf });

/**
 * The indicator result as a policy analyst sees it (ACCESS.md): the same keys, but a count
 * of 1–4 persons is null (suppressed), and so is a mean or share over fewer than 5 or a
 * share whose numerator is suppressed. 0 stays 0.
 */
export const PublishedIndicatorResult = IndicatorResult.extend({
  bwClients: z.object({ total: Count, inCare: Count, waiting: Count }),
  moClients: z.object({ total: Count }),
  bwWait: z.object({ beschermd_wonen: PublishedWaitOf, beschut_wonen: PublishedWaitOf }),
  moLongStay: z.object({
    all: PublishedLongStay,
    nachtopvang: PublishedLongStay,
    '24uursopvang': PublishedLongStay,
    crisisopvang: PublishedLongStay,
    ambulante_crisisopvang: PublishedLongStay,
  }),
  housing: z.object({
    realized: z.object({ n: Count, meanMonths: z.number().nullable(), within3MonthsShare: z.number().nullable() }),
    waiting: PublishedMeanOf,
  }),
}).meta({ id: 'PublishedIndicatorResult' });
export type PublishedIndicatorResult = z.infer<typeof PublishedIndicatorResult>;

/** The indicator endpoint's answer: exact for access officers, published (suppressed) for policy analysts. */
export const IndicatorResponse = z.union([IndicatorResult, PublishedIndicatorResult]);
export type IndicatorResponse = z.infer<typeof IndicatorResponse>;

// The domain computes these shapes without zod; both directions must stay assignable.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameResult: Same<IndicatorResult, IndicatorValues> = true;
const samePublished: Same<PublishedIndicatorResult, PublishedIndicatorValues> = true;
void sameResult;
void samePublished;

/** Query of the indicator endpoint: one peildatum, one year, optional filters. */
export const IndicatorQuery = z.object({
  date: QueryDate,
  year: z.coerce.number().int().min(1900).max(2100),
  municipality: MunicipalityCode.optional(),
  ageGroup: AgeGroup.optional(),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
