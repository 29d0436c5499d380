/**
 * Every indicator of shared/spec/INDICATORS.md for many peildata, years and groups (filters)
 * at once, in one statement whose cost is linear in the region's records whatever plan the
 * planner picks (fresh tables without statistics included).
 *
 * How: the peildata P (sorted) are numbered 1..n. Each record covers a run of consecutive
 * peildata, found per record by binary search (`width_bucket` on the sorted array): the
 * peildata with index in (from, to]. No record is ever joined to the peildata:
 * - figures that count records return only the *changes* — how many records (days, flags)
 *   start counting after position `from` and stop after `to` — summed per figure, group and
 *   position; the caller adds them up in peildatum order;
 * - figures that count persons OR a person's runs into one bit mask (bit i−1: in on peildatum
 *   i) and return how many persons have each mask.
 * The only joins are with base tables by key (persons) and with the handful of age groups. Years
 * (the year indicator) work the same way on the sorted years.
 *
 * Groups: a record is never joined to every group. It is cut once per distinct age group of the
 * scope (`gridAges`; rows outside the age drop out), and the sums carry the person's
 * municipality (`mu`) when some group filters on one: a group of one municipality reads its
 * rows, a group of every municipality adds up all of them.
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
  /** At most MAX_GRID_POINTS. */
  dates: readonly string[];
  /** addMonths(date, −12) of each date, in the same order (non-decreasing). */
  yearAgo: readonly string[];
  /** At most MAX_GRID_POINTS. */
  years: readonly number[];
  groups: readonly GridGroup[];
}

/** The distinct age groups of a scope's groups (null: every age), in first-seen order: the statement's `ai`. */
export function gridAges(groups: readonly GridGroup[]): (IndicatorAgeGroup | null)[] {
  return [...new Set(groups.map((g) => g.ageGroup))];
}

/** The most peildata (years) one statement takes: a person's bit mask is a bigint. */
export const MAX_GRID_POINTS = 62;

/** The day that sums of "days until the peildatum" are taken against. */
export const DAY_ZERO = '2000-01-01';

/** The figures by their number in the statement: records first, then the person masks. */
export const GRID_FIGURES = [
  'bwWait.beschermd_wonen.current',
  'bwWait.beschut_wonen.current',
  'bwWait.beschermd_wonen.realized',
  'bwWait.beschut_wonen.realized',
  'moLongStay.nachtopvang',
  'moLongStay.24uursopvang',
  'moLongStay.crisisopvang',
  'moLongStay.ambulante_crisisopvang',
  'moLongStay.all',
  'housing.realized',
  'housing.waiting',
  'bwClients.inCare',
  'bwClients.waiting',
  'bwClients.total',
  'moClients.total',
  // The persons of moLongStay.all whose episode is long: its flagged count, as a mask.
  'moLongStay.all.long',
] as const;

/** Which sum a result row holds: changes after a run's start, after its end, after its flag starts; or a mask. */
export const GRID_ROW = { from: 0, to: 1, flag: 2, mask: 3 } as const;

const BW = sql.raw(`('beschermd_wonen', 'beschut_wonen')`);
const MO = sql.raw(`('nachtopvang', '24uursopvang', 'crisisopvang', 'ambulante_crisisopvang')`);
const fig = (name: (typeof GRID_FIGURES)[number]) => sql.raw(String(GRID_FIGURES.indexOf(name)));

/** A date/int array parameter (the values are validated dates and integers). */
const arrayOf = (values: readonly (string | number)[], type: 'date' | 'int') =>
  sql`${`{${values.join(',')}}`}::${sql.raw(type)}[]`;

/** The bits from..to−1: the peildata (years) with index in (from, to]. */
const mask = (from: SQL, to: SQL) => sql`((1::bigint << (${to})) - (1::bigint << (${from})))`;

/**
 * Rows of (row, figure, ai, mu, key, n, days, ref, rel, flagged), ai the age group's position
 * in gridAges(scope.groups), mu the persons' municipality id (null without a municipality
 * group: then the rows are of every municipality). row from/to/flag: key is a position, the sums are the changes there — of the
 * number of records (n), their fixed day sum (days), the number whose days run until the
 * peildatum (rel) with the sum of their start days since DAY_ZERO (ref), and the flagged
 * count. The value on peildatum i is the sum of the from and flag changes at positions < i
 * minus the to changes there. row mask: key is a bit mask, n how many persons have it.
 */
export function gridQuery(scope: GridScope): SQL {
  const P = arrayOf(scope.dates, 'date');
  const W = arrayOf(scope.yearAgo, 'date');
  const Y = arrayOf(scope.years, 'int');
  const region = sql`${scope.regionId}::uuid`;
  const firstDate = sql`${scope.dates[0]!}::date`;
  const lastDate = sql`${scope.dates[scope.dates.length - 1]!}::date`;
  // Nothing starting after the last peildatum or the last year counts anywhere.
  const horizon = sql`greatest(${lastDate}, make_date(${scope.years[scope.years.length - 1]!}::int, 12, 31))`;
  // The number of peildata before a date (a record from `a` to `b` covers (lt(a), lt(b)]).
  const lt = (date: SQL) => sql`width_bucket((${date}) - 1, ${P})`;
  // The number of peildata on or before a date.
  const le = (date: SQL) => sql`width_bucket(${date}, ${P})`;
  const filtered = scope.groups.some((g) => g.municipalityId !== null || g.ageGroup !== null);
  // The person's municipality and birth date ride along only when a group filters on them
  // (joined by primary key from the base table: no plan can make that quadratic).
  const person = filtered
    ? sql`p.municipality_id, p.birth_date`
    : sql`NULL::uuid AS municipality_id, NULL::date AS birth_date`;
  const personJoin = (alias: string) => (filtered ? sql.raw(`JOIN persons p ON p.id = ${alias}.person_id`) : sql``);
  const end = (column: SQL) => sql`coalesce(${column}, 'infinity'::date)`;
  const cut = ageCuts(scope, filtered);
  return sql`
    WITH stays_r AS MATERIALIZED (
      SELECT s.person_id, s.service, s.started_on, ${end(sql`s.ended_on`)} AS end_on,
             ${lt(sql`s.started_on`)} AS p_from, ${lt(end(sql`s.ended_on`))} AS p_to, ${person}
      FROM stays s ${personJoin('s')}
      WHERE s.region_id = ${region} AND s.started_on <= ${horizon}
        -- BW stays count on peildata only; MO stays also in years and in episodes (history).
        AND ((s.service IN ${BW} AND ${end(sql`s.ended_on`)} > ${firstDate}) OR s.service IN ${MO})
    ),
    waits_r AS MATERIALIZED (
      SELECT w.person_id, w.service, w.listed_on, w.removed_on, w.removal_reason,
             ${lt(sql`w.listed_on`)} AS p_from, ${lt(end(sql`w.removed_on`))} AS p_to, ${person}
      FROM waitlist_entries w ${personJoin('w')}
      WHERE w.region_id = ${region} AND w.service IN ${BW} AND w.listed_on <= ${lastDate}
        AND ${end(sql`w.removed_on`)} >= ${sql`${scope.yearAgo[0]!}::date`}
    ),
    ${cut.cte}
    -- Figures that count records: each record's run, its days and where its flag starts.
    spans AS (
      SELECT CASE service WHEN 'beschermd_wonen' THEN ${fig('bwWait.beschermd_wonen.current')}
                          ELSE ${fig('bwWait.beschut_wonen.current')} END AS figure,
             p_from, p_to, 0 AS days, listed_on - ${DAY_ZERO}::date AS ref, p_to AS flag_from, municipality_id, birth_date
        FROM waits_r WHERE p_from < p_to
      -- Removed in [D − 12 months, D): the peildata after removed_on whose year-ago is on or before it.
      UNION ALL SELECT CASE service WHEN 'beschermd_wonen' THEN ${fig('bwWait.beschermd_wonen.realized')}
                                    ELSE ${fig('bwWait.beschut_wonen.realized')} END,
             ${le(sql`removed_on`)}, width_bucket(removed_on, ${W}), removed_on - listed_on, NULL,
             width_bucket(removed_on, ${W}), municipality_id, birth_date
        FROM waits_r WHERE removal_reason = 'placed' AND removed_on IS NOT NULL
      -- Long from the first peildatum after start + 3 months.
      UNION ALL SELECT CASE service WHEN 'nachtopvang' THEN ${fig('moLongStay.nachtopvang')}
                                    WHEN '24uursopvang' THEN ${fig('moLongStay.24uursopvang')}
                                    WHEN 'crisisopvang' THEN ${fig('moLongStay.crisisopvang')}
                                    ELSE ${fig('moLongStay.ambulante_crisisopvang')} END,
             p_from, p_to, 0, NULL, ${le(sql`(started_on + interval '3 months')::date`)}, municipality_id, birth_date
        FROM stays_r WHERE service IN ${MO} AND p_from < p_to
      UNION ALL SELECT ${fig('housing.realized')}, ${le(sql`h.housed_on`)}, width_bucket(h.housed_on, ${W}),
             h.housed_on - h.ready_on, NULL,
             CASE WHEN h.housed_on <= (h.ready_on + interval '3 months')::date THEN ${le(sql`h.housed_on`)}
                  ELSE width_bucket(h.housed_on, ${W}) END, ${person}
        FROM housing_records h ${personJoin('h')}
        WHERE h.region_id = ${region} AND h.housed_on IS NOT NULL AND h.housed_on < ${lastDate}
      UNION ALL SELECT ${fig('housing.waiting')}, ${lt(sql`h.ready_on`)}, ${lt(end(sql`h.housed_on`))}, 0,
             h.ready_on - ${DAY_ZERO}::date, ${lt(end(sql`h.housed_on`))}, ${person}
        FROM housing_records h ${personJoin('h')}
        WHERE h.region_id = ${region} AND h.ready_on <= ${lastDate}
    ),
    -- Materialized: a group's clipped run is computed once per row, not once per reference.
    record_runs AS MATERIALIZED (
      SELECT s.figure, ${cut.ai} AS ai, ${cut.mu('s')} AS mu, ${cut.clip('s', 'd')}, s.days, s.ref, s.flag_from
      FROM spans s ${cut.join('s')}
    ),
    -- Figures that count persons: per person a mask of the peildata (years) they are in.
    ${episodes(le)},
    person_masks AS (
      SELECT person_id, municipality_id, birth_date,
             coalesce(bit_or(m) FILTER (WHERE kind = 1), 0) AS care,
             coalesce(bit_or(m) FILTER (WHERE kind = 2), 0) AS wait,
             coalesce(bit_or(m) FILTER (WHERE kind = 3), 0) AS mo_years,
             coalesce(bit_or(m) FILTER (WHERE kind = 4), 0) AS mo_in,
             coalesce(bit_or(m) FILTER (WHERE kind = 5), 0) AS mo_long
      FROM (
        SELECT person_id, municipality_id, birth_date, 1 AS kind, ${mask(sql`p_from`, sql`p_to`)} AS m
          FROM stays_r WHERE service IN ${BW} AND p_from < p_to
        UNION ALL SELECT person_id, municipality_id, birth_date, 2, ${mask(sql`p_from`, sql`p_to`)}
          FROM waits_r WHERE p_from < p_to
        -- I2: a non-empty MO stay is in the years from its start to its last day.
        UNION ALL SELECT person_id, municipality_id, birth_date, 3, ${mask(sql`y_from`, sql`y_to`)}
          FROM (
            SELECT person_id, municipality_id, birth_date,
                   width_bucket(extract(year from started_on)::int - 1, ${Y}) AS y_from,
                   CASE WHEN end_on = 'infinity' THEN ${sql.raw(String(scope.years.length))}
                        ELSE width_bucket(extract(year from end_on - 1)::int, ${Y}) END AS y_to
            FROM stays_r
            WHERE service IN ${MO} AND end_on > started_on AND end_on > make_date(${scope.years[0]!}::int, 1, 1)
          ) y
          WHERE y_from < y_to
        -- moLongStay.all: in an MO stay; long where the stay's episode started over 3 months before.
        UNION ALL SELECT person_id, municipality_id, birth_date, 4, ${mask(sql`p_from`, sql`p_to`)}
          FROM mo_episodes WHERE p_from < p_to
        UNION ALL SELECT person_id, municipality_id, birth_date, 5, ${mask(sql`long_from`, sql`p_to`)}
          FROM mo_episodes WHERE long_from < p_to
      ) r
      GROUP BY person_id, municipality_id, birth_date
    ),
    -- Each person once per age group they can be in, their masks cut to the peildata (years) on
    -- which they are of that age: the cut computed once per row (materialized, so the
    -- figures below read columns instead of re-evaluating it per figure).
    grouped_masks AS MATERIALIZED (
      SELECT ai, mu, care & dm AS care, wait & dm AS wait, mo_years & ym AS mo_years, mo_in & dm AS mo_in,
             mo_long & dm AS mo_long
      FROM (
        SELECT ${cut.ai} AS ai, ${cut.mu('m')} AS mu, m.care, m.wait, m.mo_years, m.mo_in, m.mo_long,
               ${cut.ageMask('m', 'd')} AS dm, ${cut.ageMask('m', 'y')} AS ym
        FROM person_masks m ${cut.join('m')}
        OFFSET 0
      ) a
    )
    SELECT CASE WHEN grouping(p_from) = 0 THEN ${sql.raw(String(GRID_ROW.from))} WHEN grouping(p_to) = 0 THEN ${sql.raw(String(GRID_ROW.to))}
                ELSE ${sql.raw(String(GRID_ROW.flag))} END AS row,
           figure, ai, mu, coalesce(p_from, p_to, flag_at)::bigint AS key, count(*)::float8 AS n,
           sum(days)::float8 AS days, coalesce(sum(ref), 0)::float8 AS ref, count(ref)::float8 AS rel,
           count(*) FILTER (WHERE flag_at < p_end)::float8 AS flagged
    FROM (SELECT *, p_to AS p_end, greatest(flag_from, p_from) AS flag_at FROM record_runs WHERE p_from < p_to) r
    GROUP BY GROUPING SETS ((figure, ai, mu, p_from), (figure, ai, mu, p_to), (figure, ai, mu, flag_at))
    UNION ALL
    SELECT ${sql.raw(String(GRID_ROW.mask))}, figure, ai, mu, key, count(*)::float8, 0, 0, 0, 0
    FROM grouped_masks
    CROSS JOIN LATERAL (VALUES (${fig('bwClients.inCare')}, care), (${fig('bwClients.waiting')}, wait),
                               (${fig('bwClients.total')}, care | wait), (${fig('moClients.total')}, mo_years),
                               (${fig('moLongStay.all')}, mo_in), (${fig('moLongStay.all.long')}, mo_long)) AS v(figure, key)
    WHERE key <> 0
    GROUP BY figure, ai, mu, key`;
}

/**
 * moLongStay.all: each person's MO episodes (stays that overlap or touch, an empty end
 * infinitely late) as islands over the stays sorted by start: a stay opens an episode when it
 * starts after every earlier stay has ended. Each stay carries its episode's start (the latest
 * opening at or before it), so the peildata on which it makes the person's episode long are
 * those after episode start + 3 months.
 */
function episodes(le: (d: SQL) => SQL): SQL {
  return sql`mo_episodes AS (
      SELECT person_id, municipality_id, birth_date, p_from, p_to,
             greatest(p_from, ${le(sql`(episode_start + interval '3 months')::date`)}) AS long_from
      FROM (
        SELECT *, max(CASE WHEN opens THEN started_on END) OVER (PARTITION BY person_id ORDER BY started_on, end_on
                    ROWS UNBOUNDED PRECEDING) AS episode_start
        FROM (
          SELECT person_id, municipality_id, birth_date, started_on, end_on, p_from, p_to,
                 started_on > coalesce(max(end_on) OVER (PARTITION BY person_id ORDER BY started_on, end_on
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), '-infinity'::date) AS opens
          FROM stays_r WHERE service IN ${MO}
        ) s
      ) e
      WHERE p_from < p_to
    )`;
}

/**
 * How rows are cut to the age groups: the age group holds from the birthday of its lowest age
 * up to the birthday after its highest (on the peildatum; on 31 December for years, i.e. by
 * birth year). Without a filtering group every row is age group 0 of every municipality.
 */
function ageCuts(scope: GridScope, filtered: boolean) {
  if (!filtered) {
    return {
      cte: sql``,
      ai: sql`0`,
      mu: (_alias: string) => sql`NULL::uuid`,
      join: (_alias: string) => sql``,
      clip: (alias: string, _space: 'd') => sql.raw(`${alias}.p_from, ${alias}.p_to`),
      ageMask: (_alias: string, _space: 'd' | 'y') => sql`-1::bigint`,
    };
  }
  const P = arrayOf(scope.dates, 'date');
  const Y = arrayOf(scope.years, 'int');
  const bounds = gridAges(scope.groups).map((age) => (age ? AGE_GROUP_BOUNDS[age] : null));
  const split = scope.groups.some((g) => g.municipalityId !== null);
  const ints = (values: (number | null)[]) => `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
  // The day before someone born on b is `age` years old: their birthday in year b + age, where
  // a 29 February birthday falls on 1 March in other years (as ageOn has it): the first of
  // the birth month plus the day of month − 1, minus one day.
  const dayBefore = (alias: string, age: SQL) => {
    const b = sql.raw(`${alias}.birth_date`);
    return sql`(make_date(date_part('year', ${b})::int + ${age}, date_part('month', ${b})::int, 1)
      + (date_part('day', ${b})::int - 2))`;
  };
  const birthYear = (alias: string) => sql`date_part('year', ${sql.raw(alias)}.birth_date)::int`;
  // The positions (from, to] of the peildata (years) on which the person is in the age group.
  const ageFrom = (alias: string, space: 'd' | 'y') =>
    space === 'd'
      ? sql`width_bucket(${dayBefore(alias, sql`g.age_min`)}, ${P})`
      : sql`width_bucket(${birthYear(alias)} + g.age_min - 1, ${Y})`;
  const ageTo = (alias: string, space: 'd' | 'y') =>
    space === 'd'
      ? sql`width_bucket(${dayBefore(alias, sql`g.age_max + 1`)}, ${P})`
      : sql`width_bucket(${birthYear(alias)} + g.age_max, ${Y})`;
  return {
    cte: sql`ages AS (
      SELECT (g.ord - 1)::int AS ai, g.age_min, g.age_max
      FROM unnest(${ints(bounds.map((b) => b?.min ?? null))}::int[],
                  ${ints(bounds.map((b) => b?.max ?? null))}::int[]) WITH ORDINALITY AS g(age_min, age_max, ord)
    ),`,
    ai: sql`g.ai`,
    mu: (alias: string) => (split ? sql.raw(`${alias}.municipality_id`) : sql`NULL::uuid`),
    join: (alias: string) => sql.raw(`JOIN ages g ON g.age_min IS NULL OR ${alias}.birth_date IS NOT NULL`),
    clip: (alias: string, space: 'd') => sql`
      CASE WHEN g.age_min IS NULL THEN ${sql.raw(alias)}.p_from
           ELSE greatest(${sql.raw(alias)}.p_from, ${ageFrom(alias, space)}) END AS p_from,
      CASE WHEN g.age_min IS NULL THEN ${sql.raw(alias)}.p_to
           ELSE least(${sql.raw(alias)}.p_to, ${ageTo(alias, space)}) END AS p_to`,
    // The bits of the peildata (years) on which the person is of the age group's age (all: −1).
    ageMask: (alias: string, space: 'd' | 'y') => sql`
      CASE WHEN g.age_min IS NULL THEN -1::bigint
           ELSE (SELECT ${mask(sql`f`, sql`greatest(f, t)`)} FROM (SELECT ${ageFrom(alias, space)} AS f, ${ageTo(alias, space)} AS t) b) END`,
  };
}
