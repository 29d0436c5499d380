import type { AgeGroup, MonitorHeadlineId, MonitorStatus, MonitorUnit } from '@springplank/contract';
import type { MonitorFigureId } from '@springplank/domain';
import { nlVocabulary } from '@springplank/domain/vocabulary/nl';
import type { ExportSectionKey } from './export-records';

/**
 * Dutch labels of the exports (the files are meant for Dutch reports). Figures, headlines and
 * statuses are named by the shared vocabulary (packages/domain/src/vocabulary), as on the
 * screen; what is left here is wording only the files use.
 */

/** Dutch labels of the figures, by figure id. */
export const FIGURE_LABELS: Readonly<Record<MonitorFigureId, string>> = nlVocabulary.monitorFigure;

/** Dutch labels of the headlines. */
export const HEADLINE_LABELS: Readonly<Record<MonitorHeadlineId, string>> = nlVocabulary.monitorHeadline;

/**
 * Dutch words for the status against the target: the vocabulary's, in lower case, because the
 * files have always given them as a value ("niet op koers") where the screen shows a label.
 */
export const STATUS_LABELS: Readonly<Record<MonitorStatus, string>> = {
  met: nlVocabulary.monitorStatus.met.toLocaleLowerCase('nl'),
  on_track: nlVocabulary.monitorStatus.on_track.toLocaleLowerCase('nl'),
  off_track: nlVocabulary.monitorStatus.off_track.toLocaleLowerCase('nl'),
  no_data: nlVocabulary.monitorStatus.no_data.toLocaleLowerCase('nl'),
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
