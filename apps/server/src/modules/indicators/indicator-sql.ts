/**
 * The indicators of shared/spec/INDICATORS.md as set-based SQL. Every figure is a
 * *population* (a CTE of persons or records with their dates); the aggregate query counts
 * and sums those CTEs, and the drill-down selects from the very same CTEs, so a figure and
 * the persons behind it can never disagree. Plain PostgreSQL 15 SQL (also PGlite).
 */
import { AGE_GROUP_BOUNDS, type IndicatorAgeGroup } from '@springplank/domain';
import { sql, type SQL } from 'drizzle-orm';

/** What one indicator call is about, resolved to ids. */
export interface IndicatorScope {
  regionId: string;
  /** The peildatum D. */
  date: string;
  year: number;
  /** Null: every municipality. */
  municipalityId: string | null;
  ageGroup: IndicatorAgeGroup | null;
}

const BW = sql.raw(`('beschermd_wonen', 'beschut_wonen')`);
const MO = sql.raw(`('nachtopvang', '24uursopvang', 'crisisopvang', 'ambulante_crisisopvang')`);

/** Age in completed years of `birth` on `ref`, exactly as packages/domain ageOn. */
function ageSql(birth: SQL, ref: SQL): SQL {
  return sql`(extract(year from ${ref})::int - extract(year from ${birth})::int
    - CASE WHEN (extract(month from ${ref}), extract(day from ${ref}))
              < (extract(month from ${birth}), extract(day from ${birth})) THEN 1 ELSE 0 END)`;
}

/** The persons a filter selects (per peildatum of the series if asked), age group judged on `ageReference`. */
function selectedPersons(scope: IndicatorScope, ageReference: SQL, perPeildatum = false): SQL {
  const municipality = scope.municipalityId ? sql`AND p.municipality_id = ${scope.municipalityId}::uuid` : sql``;
  const bounds = scope.ageGroup ? AGE_GROUP_BOUNDS[scope.ageGroup] : null;
  const age = bounds
    ? sql`AND ${ageSql(sql`p.birth_date`, ageReference)} BETWEEN ${sql.raw(String(bounds.min))} AND ${sql.raw(String(bounds.max))}`
    : sql``;
  const from = perPeildatum ? sql`pd.peildatum, p.id FROM persons p CROSS JOIN peildata pd` : sql`p.id FROM persons p`;
  return sql`SELECT ${from} WHERE p.region_id = ${scope.regionId}::uuid ${municipality} ${age}`;
}

/**
 * Where the peildatum comes from. One date: a literal, so the planner sees a constant. Many
 * dates (a series): the rows of the `peildata` CTE, joined into every population, so each
 * population row carries the peildatum it belongs to and the aggregate groups by it.
 */
interface PeildatumSource {
  /** The peildatum of a row. */
  d: SQL;
  /** What to join into a population's FROM to have `d` (empty for one date). */
  join: SQL;
  /** The CTE that lists the peildata (empty for one date). */
  cte: SQL;
  /** The earliest and latest peildatum: no population looks at records starting after the last. */
  first: SQL;
  last: SQL;
  series: boolean;
}

function peildatumSource(scope: IndicatorScope, dates: readonly string[] | null): PeildatumSource {
  if (!dates) {
    const d = sql`${scope.date}::date`;
    return { d, join: sql``, cte: sql``, first: d, last: d, series: false };
  }
  const last = dates.reduce((a, b) => (a > b ? a : b));
  const first = dates.reduce((a, b) => (a < b ? a : b));
  // One array parameter (the dates are validated calendar dates), whatever the number of dates.
  return {
    d: sql`pd.peildatum`,
    join: sql`CROSS JOIN peildata pd`,
    cte: sql`peildata AS (SELECT DISTINCT unnest(${`{${dates.join(',')}}`}::date[]) AS peildatum),`,
    first: sql`${first}::date`,
    last: sql`${last}::date`,
    series: true,
  };
}

/**
 * Every population CTE. Each has the same columns: person_id, record_id (null for a
 * person-level population), service, start_on, end_on, days (the duration the figure
 * averages), flag (long stay / housed within three months) and peildatum. With `dates` the
 * populations hold every peildatum of the series at once (one per row); without, scope.date.
 */
export function indicatorCtes(scope: IndicatorScope, dates: readonly string[] | null = null): SQL {
  const source = peildatumSource(scope, dates);
  const { d, join } = source;
  const region = sql`${scope.regionId}::uuid`;
  const yearFirst = sql`make_date(${scope.year}::int, 1, 1)`;
  const yearLast = sql`make_date(${scope.year}::int, 12, 31)`;
  // PostgreSQL's date + interval 'n months' clamps to the month end, exactly like addMonths.
  const yearAgo = sql`(${d} - interval '12 months')::date`;
  // For a series the bounds of the first and last peildatum are implied; as constants they let
  // the scan drop rows before they are joined to every peildatum.
  const inOnD = (start: SQL, end: SQL) =>
    source.series
      ? sql`${start} <= ${d} AND (${end} IS NULL OR ${end} > ${d}) AND ${start} <= ${source.last} AND (${end} IS NULL OR ${end} > ${source.first})`
      : sql`${start} <= ${d} AND (${end} IS NULL OR ${end} > ${d})`;
  // Without a filter every person of the region counts: skip the join (the rows are region-scoped already).
  const filtered = scope.municipalityId !== null || scope.ageGroup !== null;
  const onDate = (alias: string) =>
    !filtered
      ? sql``
      : source.series
        ? sql.raw(`AND (pd.peildatum, ${alias}.person_id) IN (SELECT peildatum, id FROM persons_on_date)`)
        : sql.raw(`AND ${alias}.person_id IN (SELECT id FROM persons_on_date)`);
  const onYearEnd = (alias: string) =>
    filtered ? sql.raw(`AND ${alias}.person_id IN (SELECT id FROM persons_on_year_end)`) : sql``;
  const personsOnDate = selectedPersons(scope, d, source.series);
  return sql`
    ${source.cte}
    persons_on_date AS (${personsOnDate}),
    persons_on_year_end AS (${selectedPersons(scope, yearLast)}),
    bw_in_care AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM stays s ${join}
      WHERE s.region_id = ${region} ${onDate('s')} AND s.service IN ${BW} AND ${inOnD(sql`s.started_on`, sql`s.ended_on`)}
    ),
    -- The year population does not depend on D: a series computes it once (peildatum NULL = every peildatum).
    mo_year AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, NULL::boolean AS flag, ${source.series ? sql`NULL::date` : d} AS peildatum
      FROM stays s
      WHERE s.region_id = ${region} ${onYearEnd('s')} AND s.service IN ${MO} AND s.started_on <= ${yearLast}
        AND (s.ended_on IS NULL OR (s.ended_on > ${yearFirst} AND s.ended_on > s.started_on))
    ),
    wait_realized AS (
      SELECT w.person_id, w.id AS record_id, w.service, w.listed_on AS start_on, w.removed_on AS end_on,
             (w.removed_on - w.listed_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM waitlist_entries w ${join}
      WHERE w.region_id = ${region} ${onDate('w')} AND w.service IN ${BW} AND w.removal_reason = 'placed'
        AND w.removed_on >= ${yearAgo} AND w.removed_on < ${d}
    ),
    wait_current AS (
      SELECT w.person_id, w.id AS record_id, w.service, w.listed_on AS start_on, w.removed_on AS end_on,
             (${d} - w.listed_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM waitlist_entries w ${join}
      WHERE w.region_id = ${region} ${onDate('w')} AND w.service IN ${BW} AND ${inOnD(sql`w.listed_on`, sql`w.removed_on`)}
    ),
    bw_any AS (SELECT * FROM bw_in_care UNION ALL SELECT * FROM wait_current),
    mo_on_date AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, (s.started_on + interval '3 months')::date < ${d} AS flag, ${d} AS peildatum
      FROM stays s ${join}
      WHERE s.region_id = ${region} ${onDate('s')} AND s.service IN ${MO} AND ${inOnD(sql`s.started_on`, sql`s.ended_on`)}
    ),
    ${moEpisodeCtes(source, region)},
    housing_realized AS (
      SELECT h.person_id, h.id AS record_id, NULL::service_code AS service, h.ready_on AS start_on,
             h.housed_on AS end_on, (h.housed_on - h.ready_on) AS days,
             h.housed_on <= (h.ready_on + interval '3 months')::date AS flag, ${d} AS peildatum
      FROM housing_records h ${join}
      WHERE h.region_id = ${region} ${onDate('h')} AND h.housed_on >= ${yearAgo} AND h.housed_on < ${d}
    ),
    housing_waiting AS (
      SELECT h.person_id, h.id AS record_id, NULL::service_code AS service, h.ready_on AS start_on,
             h.housed_on AS end_on, (${d} - h.ready_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM housing_records h ${join}
      WHERE h.region_id = ${region} ${onDate('h')} AND h.ready_on <= ${d} AND (h.housed_on IS NULL OR h.housed_on > ${d})
    )`;
}

/**
 * moLongStay.all: each person's MO episode holding D (gaps and islands). Sorted by start, a
 * stay opens a new episode (island) when it starts after every earlier stay has ended (an
 * empty end reaches infinitely far). Islands never overlap, so the episode holding D is the
 * person's latest island starting on or before D; stays starting after the last peildatum
 * cannot matter and are left out. Only persons in an MO stay on a peildatum are looked at.
 */
function moEpisodeCtes(source: PeildatumSource, region: SQL): SQL {
  const { d, last } = source;
  const history = sql`
    mo_islands AS (
      SELECT h.person_id, h.started_on AS island_start
      FROM (
        SELECT s.person_id, s.started_on,
               max(coalesce(s.ended_on, 'infinity'::date)) OVER (
                 PARTITION BY s.person_id ORDER BY s.started_on, s.id
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach_before
        FROM stays s
        WHERE s.region_id = ${region} AND s.service IN ${MO} AND s.started_on <= ${last}
          AND s.person_id IN (SELECT person_id FROM mo_on_date)
      ) h
      WHERE h.reach_before IS NULL OR h.started_on > h.reach_before
    )`;
  const episodes = source.series
    ? sql`SELECT o.peildatum, o.person_id, max(i.island_start) AS episode_start
        FROM (SELECT DISTINCT peildatum, person_id FROM mo_on_date) o
        JOIN mo_islands i ON i.person_id = o.person_id AND i.island_start <= o.peildatum
        GROUP BY o.peildatum, o.person_id`
    : sql`SELECT ${d} AS peildatum, person_id, max(island_start) AS episode_start FROM mo_islands GROUP BY person_id`;
  return sql`${history},
    mo_all AS (
      SELECT e.person_id, NULL::uuid AS record_id, NULL::service_code AS service, e.episode_start AS start_on,
             NULL::date AS end_on, NULL::int AS days, (e.episode_start + interval '3 months')::date < e.peildatum AS flag,
             e.peildatum
      FROM (${episodes}) e
    )`;
}

/** A population behind a figure: which CTE, which service, and whether it counts persons or records. */
export interface PopulationSpec {
  cte: string;
  service?: string;
  /** Distinct persons (true) or records (false). */
  perPerson: boolean;
}

const MO_KEYS = ['nachtopvang', '24uursopvang', 'crisisopvang', 'ambulante_crisisopvang'] as const;
const BW_KEYS = ['beschermd_wonen', 'beschut_wonen'] as const;

/** Every population an indicator figure is computed over, by the figure's path in IndicatorResult. */
export const POPULATIONS: Record<string, PopulationSpec> = {
  'bwClients.total': { cte: 'bw_any', perPerson: true },
  'bwClients.inCare': { cte: 'bw_in_care', perPerson: true },
  // Persons waiting on D are the persons of the current waits.
  'bwClients.waiting': { cte: 'wait_current', perPerson: true },
  'moClients.total': { cte: 'mo_year', perPerson: true },
  ...Object.fromEntries(
    BW_KEYS.flatMap((service) => [
      [`bwWait.${service}.realized`, { cte: 'wait_realized', service, perPerson: false }],
      [`bwWait.${service}.current`, { cte: 'wait_current', service, perPerson: false }],
    ]),
  ),
  'moLongStay.all': { cte: 'mo_all', perPerson: true },
  ...Object.fromEntries(
    MO_KEYS.map((service) => [`moLongStay.${service}`, { cte: 'mo_on_date', service, perPerson: false }]),
  ),
  'housing.realized': { cte: 'housing_realized', perPerson: false },
  'housing.waiting': { cte: 'housing_waiting', perPerson: false },
};

/** The flagged part of a population has its own drill-down name (e.g. moLongStay.all.long). */
export const FLAGGED_SUFFIX: Record<string, string> = {
  mo_all: 'long',
  mo_on_date: 'long',
  housing_realized: 'within3Months',
};

function fromPopulation(spec: PopulationSpec, onlyFlagged: boolean): SQL {
  const conditions = [
    spec.service ? sql`pop.service = ${spec.service}::service_code` : null,
    onlyFlagged ? sql`pop.flag` : null,
  ].filter((c): c is SQL => c !== null);
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  return sql`FROM ${sql.identifier(spec.cte)} pop ${where}`;
}

/**
 * One row per figure: its population size, the sum of its days and its flagged count. With
 * `dates`, one row per figure and peildatum (a peildatum whose population is empty has no row;
 * a row with a NULL peildatum, the year population, holds for every peildatum).
 */
export function aggregateQuery(scope: IndicatorScope, dates: readonly string[] | null = null): SQL {
  const perPeildatum = dates ? sql`, pop.peildatum::text AS peildatum` : sql``;
  const groupBy = dates ? sql`GROUP BY pop.peildatum` : sql``;
  const selects = Object.entries(POPULATIONS).map(([figure, spec]) => {
    if (dates && spec.perPerson) {
      // A series groups per peildatum: distinct (peildatum, person) first, then count, so both
      // steps can hash (count(DISTINCT) per group sorts every row). Same n, day sum and flags.
      return sql`SELECT ${figure}::text AS figure, count(*)::int AS n,
        coalesce(sum(pp.days), 0)::float8 AS sum_days, coalesce(sum(pp.flagged), 0)::int AS flagged,
        pp.peildatum::text AS peildatum
        FROM (SELECT pop.peildatum, pop.person_id, sum(pop.days) AS days, count(*) FILTER (WHERE pop.flag) AS flagged
              ${fromPopulation(spec, false)} GROUP BY pop.peildatum, pop.person_id) pp
        GROUP BY pp.peildatum`;
    }
    const n = spec.perPerson ? sql`count(DISTINCT pop.person_id)` : sql`count(*)`;
    return sql`SELECT ${figure}::text AS figure, ${n}::int AS n,
      coalesce(sum(pop.days), 0)::float8 AS sum_days, count(*) FILTER (WHERE pop.flag)::int AS flagged ${perPeildatum}
      ${fromPopulation(spec, false)} ${groupBy}`;
  });
  return sql`WITH ${indicatorCtes(scope, dates)} ${sql.join(selects, sql` UNION ALL `)}`;
}

/** The persons (or records) behind one population, with who they are and the dates that count. */
export function populationQuery(scope: IndicatorScope, spec: PopulationSpec, onlyFlagged: boolean): SQL {
  const people = sql`JOIN persons p ON p.id = x.person_id LEFT JOIN municipalities m ON m.id = p.municipality_id`;
  const personColumns = sql`x.person_id, p.source_ref, p.given_name, p.family_name, p.birth_date::text AS birth_date,
    m.code AS municipality_code`;
  const inner = spec.perPerson
    ? sql`SELECT pop.person_id, NULL::uuid AS record_id, min(pop.service::text) AS service,
        min(pop.start_on) AS start_on,
        CASE WHEN bool_or(pop.end_on IS NULL) THEN NULL ELSE max(pop.end_on) END AS end_on,
        max(pop.days) AS days, bool_or(pop.flag) AS flag
        ${fromPopulation(spec, onlyFlagged)} GROUP BY pop.person_id`
    : sql`SELECT pop.person_id, pop.record_id, pop.service::text AS service, pop.start_on, pop.end_on, pop.days,
        pop.flag ${fromPopulation(spec, onlyFlagged)}`;
  return sql`WITH ${indicatorCtes(scope)}
    SELECT ${personColumns}, x.record_id, x.service, x.start_on::text AS start_on, x.end_on::text AS end_on,
      x.days, x.flag
    FROM (${inner}) x ${people}
    ORDER BY x.start_on, p.family_name NULLS LAST, x.person_id, x.record_id`;
}
