/**
 * The populations behind the indicators of shared/spec/INDICATORS.md as set-based SQL, for
 * the drill-down: every figure is a *population* (a CTE of persons or records with their
 * dates) on one peildatum. The figures themselves come from the grid statement
 * (indicator-grid-sql.ts); property tests hold both to the reference implementation.
 * Plain PostgreSQL 15 SQL (also PGlite).
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

/**
 * Keep only the records of persons the filter selects, age group judged on `ageReference`.
 * A join of the base table by primary key (never a semi-join on a CTE), so that no plan the
 * planner may pick on fresh tables without statistics is quadratic.
 */
function personFilter(scope: IndicatorScope, alias: string, ageReference: SQL): { join: SQL; where: SQL } {
  if (scope.municipalityId === null && scope.ageGroup === null) return { join: sql``, where: sql`` };
  const p = sql.raw(`p_${alias}`);
  const municipality = scope.municipalityId ? sql`AND ${p}.municipality_id = ${scope.municipalityId}::uuid` : sql``;
  const bounds = scope.ageGroup ? AGE_GROUP_BOUNDS[scope.ageGroup] : null;
  const age = bounds
    ? sql`AND ${ageSql(sql`${p}.birth_date`, ageReference)} BETWEEN ${sql.raw(String(bounds.min))} AND ${sql.raw(String(bounds.max))}`
    : sql``;
  return { join: sql`JOIN persons ${p} ON ${p}.id = ${sql.raw(alias)}.person_id`, where: sql`${municipality} ${age}` };
}

/**
 * Every population CTE for the peildatum D = scope.date. Each has the same columns:
 * person_id, record_id (null for a person-level population), service, start_on, end_on,
 * days (the duration the figure averages), flag (long stay / housed within three months) and
 * peildatum. The figures themselves are computed by indicator-grid-sql.ts; the drill-down
 * lists these populations, and the property tests hold both to the reference.
 */
export function indicatorCtes(scope: IndicatorScope): SQL {
  const d = sql`${scope.date}::date`;
  const region = sql`${scope.regionId}::uuid`;
  const yearFirst = sql`make_date(${scope.year}::int, 1, 1)`;
  const yearLast = sql`make_date(${scope.year}::int, 12, 31)`;
  // PostgreSQL's date + interval 'n months' clamps to the month end, exactly like addMonths.
  const yearAgo = sql`(${d} - interval '12 months')::date`;
  const inOnD = (start: SQL, end: SQL) => sql`${start} <= ${d} AND (${end} IS NULL OR ${end} > ${d})`;
  const on = (alias: string) => personFilter(scope, alias, d);
  const s = on('s');
  const w = on('w');
  const h = on('h');
  const y = personFilter(scope, 's', yearLast);
  return sql`
    bw_in_care AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM stays s ${s.join}
      WHERE s.region_id = ${region} ${s.where} AND s.service IN ${BW} AND ${inOnD(sql`s.started_on`, sql`s.ended_on`)}
    ),
    mo_year AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM stays s ${y.join}
      WHERE s.region_id = ${region} ${y.where} AND s.service IN ${MO} AND s.started_on <= ${yearLast}
        AND (s.ended_on IS NULL OR (s.ended_on > ${yearFirst} AND s.ended_on > s.started_on))
    ),
    wait_realized AS (
      SELECT w.person_id, w.id AS record_id, w.service, w.listed_on AS start_on, w.removed_on AS end_on,
             (w.removed_on - w.listed_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM waitlist_entries w ${w.join}
      WHERE w.region_id = ${region} ${w.where} AND w.service IN ${BW} AND w.removal_reason = 'placed'
        AND w.removed_on >= ${yearAgo} AND w.removed_on < ${d}
    ),
    wait_current AS (
      SELECT w.person_id, w.id AS record_id, w.service, w.listed_on AS start_on, w.removed_on AS end_on,
             (${d} - w.listed_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM waitlist_entries w ${w.join}
      WHERE w.region_id = ${region} ${w.where} AND w.service IN ${BW} AND ${inOnD(sql`w.listed_on`, sql`w.removed_on`)}
    ),
    bw_any AS (SELECT * FROM bw_in_care UNION ALL SELECT * FROM wait_current),
    mo_on_date AS (
      SELECT s.person_id, s.id AS record_id, s.service, s.started_on AS start_on, s.ended_on AS end_on,
             NULL::int AS days, (s.started_on + interval '3 months')::date < ${d} AS flag, ${d} AS peildatum
      FROM stays s ${s.join}
      WHERE s.region_id = ${region} ${s.where} AND s.service IN ${MO} AND ${inOnD(sql`s.started_on`, sql`s.ended_on`)}
    ),
    ${moEpisodeCte(d, region, s)},
    housing_realized AS (
      SELECT h.person_id, h.id AS record_id, NULL::service_code AS service, h.ready_on AS start_on,
             h.housed_on AS end_on, (h.housed_on - h.ready_on) AS days,
             h.housed_on <= (h.ready_on + interval '3 months')::date AS flag, ${d} AS peildatum
      FROM housing_records h ${h.join}
      WHERE h.region_id = ${region} ${h.where} AND h.housed_on >= ${yearAgo} AND h.housed_on < ${d}
    ),
    housing_waiting AS (
      SELECT h.person_id, h.id AS record_id, NULL::service_code AS service, h.ready_on AS start_on,
             h.housed_on AS end_on, (${d} - h.ready_on) AS days, NULL::boolean AS flag, ${d} AS peildatum
      FROM housing_records h ${h.join}
      WHERE h.region_id = ${region} ${h.where} AND h.ready_on <= ${d} AND (h.housed_on IS NULL OR h.housed_on > ${d})
    )`;
}

/**
 * moLongStay.all: each person's MO episode holding D (gaps and islands). Sorted by start, a
 * stay opens a new episode (island) when it starts after every earlier stay has ended (an
 * empty end reaches infinitely far). Within an episode the person is in an MO stay on every
 * day from its start to its latest end, so the persons in an MO stay on D are those with an
 * episode from on or before D to after D. Stays starting after D cannot matter.
 */
function moEpisodeCte(d: SQL, region: SQL, filter: { join: SQL; where: SQL }): SQL {
  return sql`mo_all AS (
      SELECT e.person_id, NULL::uuid AS record_id, NULL::service_code AS service, e.episode_start AS start_on,
             NULL::date AS end_on, NULL::int AS days, (e.episode_start + interval '3 months')::date < ${d} AS flag,
             ${d} AS peildatum
      FROM (
        SELECT i.person_id, min(i.started_on) AS episode_start, max(i.end_on) AS episode_end
        FROM (
          SELECT h.*, sum(h.starts) OVER (PARTITION BY h.person_id ORDER BY h.started_on, h.end_on
                        ROWS UNBOUNDED PRECEDING) AS episode
          FROM (
            SELECT s.person_id, s.started_on, coalesce(s.ended_on, 'infinity'::date) AS end_on,
                   CASE WHEN s.started_on <= max(coalesce(s.ended_on, 'infinity'::date)) OVER (
                          PARTITION BY s.person_id ORDER BY s.started_on, coalesce(s.ended_on, 'infinity'::date)
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) THEN 0 ELSE 1 END AS starts
            FROM stays s ${filter.join}
            WHERE s.region_id = ${region} ${filter.where} AND s.service IN ${MO} AND s.started_on <= ${d}
          ) h
        ) i
        GROUP BY i.person_id, i.episode
      ) e
      WHERE e.episode_start <= ${d} AND e.episode_end > ${d}
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
