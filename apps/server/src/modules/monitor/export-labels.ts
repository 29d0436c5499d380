import type { MonitorHeadlineId, MonitorStatus, MonitorUnit } from '@springplank/contract';

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

/** Dutch unit names. */
export const UNIT_LABELS: Record<MonitorUnit, string> = {
  count: 'aantal personen',
  months: 'maanden',
  share: 'aandeel (0-1)',
};

/** What a suppressed cell shows: the figure rests on fewer than 5 persons. */
export const SUPPRESSED = '<5';
