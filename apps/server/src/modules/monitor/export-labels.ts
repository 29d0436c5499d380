import type { AgeGroup, MonitorHeadlineId, MonitorStatus, MonitorUnit } from '@springplank/contract';
import type { ExportSectionKey } from './export-records';

/**
 * Dutch labels of the exports (the web app has its own nl/en dictionary in
 * apps/web/src/shared/i18n/<locale>/monitor.ts; the files are meant for Dutch reports).
 */
export const FIGURE_LABELS: Record<string, string> = {
  bw_clients_total: 'Cliënten beschermd wonen (in zorg of wachtend)',
  bw_clients_in_care: 'Cliënten beschermd wonen in zorg',
  bw_clients_waiting: 'Cliënten beschermd wonen op de wachtlijst',
  mo_clients_total: 'Cliënten maatschappelijke opvang in het jaar',
  bw_wait_beschermd_wonen_realized: 'Gerealiseerde wachttijd beschermd wonen (12 maanden)',
  bw_wait_beschut_wonen_realized: 'Gerealiseerde wachttijd beschut wonen (12 maanden)',
  bw_wait_beschermd_wonen_current: 'Huidige wachttijd beschermd wonen',
  bw_wait_beschut_wonen_current: 'Huidige wachttijd beschut wonen',
  mo_long_stay_all: 'Aandeel MO-cliënten langer dan 3 maanden in de opvang',
  mo_long_stay_nachtopvang: 'Aandeel lang verblijf nachtopvang',
  mo_long_stay_24uursopvang: 'Aandeel lang verblijf 24-uursopvang',
  mo_long_stay_crisisopvang: 'Aandeel lang verblijf crisisopvang',
  mo_long_stay_ambulante_crisisopvang: 'Aandeel lang verblijf ambulante crisisopvang',
  housing_within_3_months: 'Aandeel met een woning binnen 3 maanden (12 maanden)',
  housing_realized_mean: 'Gemiddelde tijd tot een woning (12 maanden)',
  housing_waiting_n: 'Wachtend op een woning',
  housing_waiting_mean: 'Gemiddelde wachttijd van wie nog wacht op een woning',
};

/** Dutch labels of the headlines. */
export const HEADLINE_LABELS: Record<MonitorHeadlineId, string> = {
  bw_clients: 'Cliënten beschermd wonen',
  mo_clients: 'Cliënten maatschappelijke opvang',
  bw_wait_beschermd_wonen: 'Wachttijd beschermd wonen',
  bw_wait_beschut_wonen: 'Wachttijd beschut wonen',
  mo_long_stay: 'Lang verblijf in de opvang',
  housing_within_3_months: 'Een woning binnen 3 maanden',
};

/** Dutch words for the status against the target. */
export const STATUS_LABELS: Record<MonitorStatus, string> = {
  met: 'doel gehaald',
  on_track: 'op koers',
  off_track: 'niet op koers',
  no_data: 'geen oordeel mogelijk',
};

/** Dutch unit names, as the files show the values (a share as a percentage). */
export const UNIT_LABELS: Record<MonitorUnit, string> = {
  count: 'aantal personen',
  months: 'maanden',
  share: 'procent',
};

/**
 * What a suppressed cell says: the figure rests on fewer than 5 persons. A word, not "<5",
 * so no percentage or month column ever holds a count.
 */
export const SUPPRESSED = 'afgeschermd';

/** What a cell says when nobody is in the population (a mean or share of nobody). */
export const EMPTY = 'geen gegevens';

/** Dutch names of the parts of the dashboard (the CSV's first column). */
export const SECTION_LABELS: Record<ExportSectionKey, string> = {
  headline_current: 'Doel: huidige waarde',
  headline_baseline: 'Doel: nulmeting',
  headline_target: 'Doel: doelwaarde',
  current: 'Alle cijfers',
  young_adults: 'Jongvolwassenen (18 t/m 27 jaar)',
  trend: 'Ontwikkeling per maand',
  mo_years: 'MO-cliënten per jaar',
  municipalities: 'Gemeenten',
};

/** Dutch name of the age group. */
export const AGE_GROUP_LABELS: Record<AgeGroup | 'all', string> = {
  '18-27': '18 t/m 27 jaar',
  all: 'alle leeftijden',
};
