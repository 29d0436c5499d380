/**
 * Every indicator of shared/spec/INDICATORS.md for many peildata, years and groups (filters)
 * at once, in one statement whose cost is linear in the region's records whatever plan the
 * planner picks (fresh tables without statistics included).
 *
 * How: the peildata P (sorted) are numbered 1..n. Each record (or each person's merged
 * interval, for figures that count persons) covers a run of consecutive peildata, found per
 * record by binary search (`width_bucket` on the sorted array): it covers the peildata with
 * index in (from, to]. The statement returns only the *changes* — +1 at `from`, −1 at `to` —
 * summed per figure, group and position; the caller adds them up in peildatum order. No row
 * is ever joined to the peildata, and the only joins are with base tables by key (persons)
 * and with the handful of groups. Years (the year indicator) work the same way on the sorted
 * years.
 */
import { AGE_GROUP_BOUNDS, type IndicatorAgeGroup } from '@springplank/domain';
import { sql, type SQL } from 'drizzle-orm';

/** One filter the grid computes every figure for: null is "every municipality" / "every age". */
export interface GridGroup {
  municipalityId: string | null;
  ageGroup: IndicatorAgeGroup | null;
}

/** What one grid statement is about, resolved to ids; dates and years sorted, distinct. */
export interface GridScope {
  regionId: string;
  dates: readonly string[];
  /** addMonths(date, −12) of each date, in the same order (non-decreasing). */
  yearAgo: readonly string[];
  years: readonly number[];
  groups: readonly GridGroup[];
}

/** The day that sums of "days until the peildatum" are taken against. */
export const DAY_ZERO = '2000-01-01';

const BW = sql.raw(`('beschermd_wonen', 'beschut_wonen')`);
const MO = sql.raw(`('nachtopvang', '24uursopvang', 'crisisopvang', 'ambulante_crisisopvang')`);

/** A date/int array parameter (the values are validated dates and integers). */
const arrayOf = (values: readonly (string | number)[], type: 'date' | 'int') =>
  sql`${`{${values.join(',')}}`}::${sql.raw(type)}[]`;

/**
 * One row per figure, group index (`gi`, position in scope.groups) and position `pos`: the
 * change there of the population size (`dn`), of its day sum (`ddays`, for days fixed per
 * record), of the number of records whose days run until the peildatum (`drel`) with the sum
 * of their start days since DAY_ZERO (`dref`), and of the flagged count (`dflag`). The value
 * on peildatum (or year) i is the sum of the changes at positions < i.
 */
export function gridQuery(scope: GridScope): SQL {
  const P = arrayOf(scope.dates, 'date');
  const W = arrayOf(scope.yearAgo, 'date');
  const Y = arrayOf(scope.years, 'int');
  const region = sql`${scope.regionId}::uuid`;
  const lastDate = scope.dates[scope.dates.length - 1]!;
  const lastYear = scope.years[scope.years.length - 1]!;
  // Nothing starting after the last peildatum or the last year counts anywhere.
  const horizon = sql`greatest(${lastDate}::date, make_date(${lastYear}::int, 12, 31))`;
  // The number of peildata before a date (so a record from `a` to `b` covers (lt(a), lt(b)]).
  const lt = (date: SQL) => sql`width_bucket((${date}) - 1, ${P})`;
  // The number of peildata on or before a date.
  const le = (date: SQL) => sql`width_bucket(${date}, ${P})`;
  const filtered = scope.groups.some((g) => g.municipalityId !== null || g.ageGroup !== null);
  // The person's municipality and birth date ride along only when a group filters on them
  // (joined by primary key from the base table: no plan can make that quadratic).
  const personColumns = filtered
    ? sql`p.municipality_id, p.birth_date`
    : sql`NULL::uuid AS municipality_id, NULL::date AS birth_date`;
  const personJoin = (alias: string) => (filtered ? sql.raw(`JOIN persons p ON p.id = ${alias}.person_id`) : sql``);
  return sql`
    WITH stays_r AS MATERIALIZED (
      SELECT s.person_id, s.service, s.started_on, coalesce(s.ended_on, 'infinity'::date) AS end_on,
             ${lt(sql`s.started_on`)} AS p_from, ${lt(sql`coalesce(s.ended_on, 'infinity'::date)`)} AS p_to, ${personColumns}
      FROM stays s ${personJoin('s')}
      WHERE s.region_id = ${region} AND (s.service IN ${BW} OR s.service IN ${MO}) AND s.started_on <= ${horizon}
    ),
    waits_r AS MATERIALIZED (
      SELECT w.person_id, w.service, w.listed_on, w.removed_on, w.removal_reason,
             ${lt(sql`w.listed_on`)} AS p_from, ${lt(sql`coalesce(w.removed_on, 'infinity'::date)`)} AS p_to, ${personColumns}
      FROM waitlist_entries w ${personJoin('w')}
      WHERE w.region_id = ${region} AND w.service IN ${BW} AND w.listed_on <= ${lastDate}::date
    ),
    -- Figures that count persons: each person's intervals per figure, in positions.
    person_runs AS (
      SELECT 'bwClients.inCare' AS figure, 'd' AS space, person_id, p_from, p_to, municipality_id, birth_date
        FROM stays_r WHERE service IN ${BW} AND p_from < p_to
      UNION ALL SELECT 'bwClients.total', 'd', person_id, p_from, p_to, municipality_id, birth_date
        FROM stays_r WHERE service IN ${BW} AND p_from < p_to
      UNION ALL SELECT 'bwClients.waiting', 'd', person_id, p_from, p_to, municipality_id, birth_date
        FROM waits_r WHERE p_from < p_to
      UNION ALL SELECT 'bwClients.total', 'd', person_id, p_from, p_to, municipality_id, birth_date
        FROM waits_r WHERE p_from < p_to
      -- I2: a non-empty MO stay is in the years from its start to its last day.
      UNION ALL SELECT 'moClients.total', 'y', person_id, y_from, y_to, municipality_id, birth_date
        FROM (
          SELECT person_id, municipality_id, birth_date, width_bucket(extract(year from started_on)::int - 1, ${Y}) AS y_from,
                 CASE WHEN end_on = 'infinity' THEN ${sql.raw(String(scope.years.length))}
                      ELSE width_bucket(extract(year from end_on - 1)::int, ${Y}) END AS y_to
          FROM stays_r WHERE service IN ${MO} AND end_on > started_on
        ) y
        WHERE y_from < y_to
    ),
    -- Merged per person (gaps and islands over positions): one run per stretch of consecutive
    -- peildata (years) the person is in, so each person counts once on each.
    person_islands AS (
      SELECT figure, space, person_id, min(p_from) AS p_from, max(p_to) AS p_to, municipality_id, birth_date
      FROM (
        SELECT *, sum(starts) OVER (PARTITION BY figure, person_id ORDER BY p_from, p_to ROWS UNBOUNDED PRECEDING) AS island
        FROM (
          SELECT *, CASE WHEN p_from <= max(p_to) OVER (PARTITION BY figure, person_id ORDER BY p_from, p_to
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) THEN 0 ELSE 1 END AS starts
          FROM person_runs
        ) r
      ) i
      GROUP BY figure, space, person_id, island, municipality_id, birth_date
    ),
    ${episodesCte(lt, le)},
    spans AS (
      SELECT figure, space, p_from, p_to, 0 AS days, NULL::int AS ref, p_to AS flag_from, municipality_id, birth_date
        FROM person_islands
      UNION ALL SELECT 'moLongStay.all', 'd', p_from, p_to, 0, NULL, flag_from, municipality_id, birth_date
        FROM mo_episodes WHERE p_from < p_to
      UNION ALL SELECT 'moLongStay.' || service, 'd', p_from, p_to, 0, NULL,
               ${le(sql`(started_on + interval '3 months')::date`)}, municipality_id, birth_date
        FROM stays_r WHERE service IN ${MO} AND p_from < p_to
      UNION ALL SELECT 'bwWait.' || service || '.current', 'd', p_from, p_to, 0, listed_on - ${DAY_ZERO}::date, p_to,
               municipality_id, birth_date
        FROM waits_r WHERE p_from < p_to
      -- Removed in [D − 12 months, D): the peildata after removed_on whose year-ago is on or before it.
      UNION ALL SELECT 'bwWait.' || service || '.realized', 'd', ${le(sql`removed_on`)}, width_bucket(removed_on, ${W}),
               removed_on - listed_on, NULL, width_bucket(removed_on, ${W}), municipality_id, birth_date
        FROM waits_r WHERE removal_reason = 'placed' AND removed_on IS NOT NULL
      UNION ALL SELECT 'housing.realized', 'd', ${le(sql`h.housed_on`)}, width_bucket(h.housed_on, ${W}),
               h.housed_on - h.ready_on, NULL,
               CASE WHEN h.housed_on <= (h.ready_on + interval '3 months')::date THEN ${le(sql`h.housed_on`)}
                    ELSE width_bucket(h.housed_on, ${W}) END, ${personColumns}
        FROM housing_records h ${personJoin('h')}
        WHERE h.region_id = ${region} AND h.housed_on IS NOT NULL AND h.housed_on < ${lastDate}::date
      UNION ALL SELECT 'housing.waiting', 'd', ${lt(sql`h.ready_on`)}, ${lt(sql`coalesce(h.housed_on, 'infinity'::date)`)},
               0, h.ready_on - ${DAY_ZERO}::date, ${lt(sql`coalesce(h.housed_on, 'infinity'::date)`)}, ${personColumns}
        FROM housing_records h ${personJoin('h')}
        WHERE h.region_id = ${region} AND h.ready_on <= ${lastDate}::date
    ),
    ${clippedCte(scope, filtered)}
    SELECT figure, gi, pos, sum(dn)::float8 AS dn, sum(ddays)::float8 AS ddays, sum(dref)::float8 AS dref,
           sum(drel)::float8 AS drel, sum(dflag)::float8 AS dflag
    FROM clipped c
    CROSS JOIN LATERAL (VALUES
      (c.p_from, 1, c.days, c.ref, CASE WHEN c.ref IS NULL THEN 0 ELSE 1 END, 0),
      (c.p_to, -1, -c.days, -c.ref, CASE WHEN c.ref IS NULL THEN 0 ELSE -1 END, 0),
      (greatest(c.flag_from, c.p_from), 0, 0, 0, 0, CASE WHEN greatest(c.flag_from, c.p_from) < c.p_to THEN 1 ELSE 0 END),
      (c.p_to, 0, 0, 0, 0, CASE WHEN greatest(c.flag_from, c.p_from) < c.p_to THEN -1 ELSE 0 END)
    ) AS e(pos, dn, ddays, dref, drel, dflag)
    WHERE c.p_from < c.p_to
    GROUP BY figure, gi, pos`;
}

/**
 * moLongStay.all: each person's MO episodes (stays that overlap or touch, an empty end
 * infinitely late), found as islands over the stays sorted by start. Islands never overlap,
 * and a person is in an MO stay on every day from the episode's start to its end, so the
 * episode covers the peildata in [start, end); it is long from the day after start + 3 months.
 */
function episodesCte(lt: (d: SQL) => SQL, le: (d: SQL) => SQL): SQL {
  return sql`mo_episodes AS (
      SELECT ${lt(sql`min(started_on)`)} AS p_from, ${lt(sql`max(end_on)`)} AS p_to,
             ${le(sql`(min(started_on) + interval '3 months')::date`)} AS flag_from, municipality_id, birth_date
      FROM (
        SELECT *, sum(starts) OVER (PARTITION BY person_id ORDER BY started_on, end_on ROWS UNBOUNDED PRECEDING) AS episode
        FROM (
          SELECT person_id, started_on, end_on, municipality_id, birth_date,
                 CASE WHEN started_on <= max(end_on) OVER (PARTITION BY person_id ORDER BY started_on, end_on
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) THEN 0 ELSE 1 END AS starts
          FROM stays_r WHERE service IN ${MO}
        ) s
      ) e
      GROUP BY person_id, episode, municipality_id, birth_date
    )`;
}

/**
 * Each span cut to the part where its person is in the group: the municipality is fixed, the
 * age group holds from the birthday of its lowest age up to the birthday after its highest
 * (on the peildatum; on 31 December for years, i.e. by birth year). Without a filtering group
 * every span is group 0 as it is.
 */
function clippedCte(scope: GridScope, filtered: boolean): SQL {
  if (!filtered) return sql`clipped AS (SELECT 0 AS gi, * FROM spans)`;
  const P = arrayOf(scope.dates, 'date');
  const Y = arrayOf(scope.years, 'int');
  const bounds = scope.groups.map((g) => (g.ageGroup ? AGE_GROUP_BOUNDS[g.ageGroup] : null));
  const municipalities = `{${scope.groups.map((g) => g.municipalityId ?? 'NULL').join(',')}}`;
  const ints = (values: (number | null)[]) => `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
  // The first day someone born on b is `age` years old: b − 1 day + age years, + 1 day (a
  // 29 February birthday falls on 1 March in other years, as ageOn has it).
  const dayBefore = (age: SQL) => sql`(s.birth_date - 1 + make_interval(years => ${age}))::date`;
  const birthYear = sql`extract(year from s.birth_date)::int`;
  return sql`groups AS (
      SELECT (g.ord - 1)::int AS gi, g.municipality_id, g.age_min, g.age_max
      FROM unnest(${municipalities}::uuid[], ${ints(bounds.map((b) => b?.min ?? null))}::int[],
                  ${ints(bounds.map((b) => b?.max ?? null))}::int[]) WITH ORDINALITY AS g(municipality_id, age_min, age_max, ord)
    ),
    clipped AS (
      SELECT g.gi, s.figure, s.space, s.days, s.ref, s.flag_from,
        CASE WHEN g.age_min IS NULL THEN s.p_from
             WHEN s.space = 'd' THEN greatest(s.p_from, width_bucket(${dayBefore(sql`g.age_min`)}, ${P}))
             ELSE greatest(s.p_from, width_bucket(${birthYear} + g.age_min - 1, ${Y})) END AS p_from,
        CASE WHEN g.age_min IS NULL THEN s.p_to
             WHEN s.space = 'd' THEN least(s.p_to, width_bucket(${dayBefore(sql`g.age_max + 1`)}, ${P}))
             ELSE least(s.p_to, width_bucket(${birthYear} + g.age_max, ${Y})) END AS p_to
      FROM spans s JOIN groups g
        ON (g.municipality_id IS NULL OR g.municipality_id = s.municipality_id)
       AND (g.age_min IS NULL OR s.birth_date IS NOT NULL)
    )`;
}
