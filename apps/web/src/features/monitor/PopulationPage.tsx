import type { PopulationList, PopulationPerson } from '@springplank/contract';
import { formatMonitorNumber, monitorFigure, MONITOR_FIGURES } from '@springplank/contract';
import { isVocabularyCode } from '@springplank/domain';
import { formatDate } from '../../shared/format';
import { Alert, Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useSession } from '../../shared/api/session';
import { NoAccessPage } from '../../shared/ui/NoAccessPage';
import { usePopulation } from './api';
import { monitorSearch, populationQueryFrom } from './filters';
import './monitor.css';

/** The name of a population: the label of the first figure that rests on it, plus "only those who count". */
function usePopulationLabel() {
  const { t } = useI18n();
  return (population: string) => {
    const flagged = /\.(long|within3Months)$/.test(population);
    const base = population.replace(/\.(long|within3Months)$/, '');
    const figure = MONITOR_FIGURES.find((f) => f.population === base) ?? monitorFigure('bw_clients_total');
    const label = t.enum('monitorFigure', figure.id);
    return t('monitor.population.figureLabel', {
      figure: label,
      part: flagged ? t('monitor.population.part.flagged') : t('monitor.population.part.all'),
    });
  };
}

/** The persons behind one figure of the monitor: access officers only (a policy analyst never sees a person). */
export function PopulationPage() {
  const { user } = useSession();
  if (!user?.roles.includes('access_officer')) return <NoAccessPage />;
  return <PopulationView />;
}

/** The drill-down itself; the server logs every person shown. */
function PopulationView() {
  const { t, locale } = useI18n();
  usePageTitle(t('monitor.population.title'));
  const [params] = useSearchParams();
  const query = populationQueryFrom(params);
  const population = usePopulation(query);
  const label = usePopulationLabel();
  const back = query
    ? `/monitor?${monitorSearch({
        date: query.date,
        year: query.year,
        months: 12,
        ...(query.municipality ? { municipality: query.municipality } : {}),
        ...(query.ageGroup ? { ageGroup: query.ageGroup } : {}),
      })}`
    : '/monitor';

  return (
    <>
      <Heading1>{t('monitor.population.title')}</Heading1>
      <Paragraph>
        <RouterLink to={back}>{t('monitor.population.back')}</RouterLink>
      </Paragraph>
      {!query ? (
        <Alert type="warning">
          <Paragraph>{t('monitor.population.invalid')}</Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          {t('monitor.population.intro', {
            figure: label(query.figure),
            date: formatDate(query.date, locale),
            year: query.year,
          })}
        </Paragraph>
      )}
      {population.isPending && query ? <Loading /> : null}
      {population.isError ? <ErrorAlert error={population.error} onRetry={() => void population.refetch()} /> : null}
      {population.data ? <PopulationTable list={population.data} /> : null}
    </>
  );
}

function PopulationTable({ list }: { list: PopulationList }) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info">
        <Paragraph>{t('monitor.population.logged')}</Paragraph>
      </Alert>
      {list.items.length === 0 ? (
        <Paragraph data-testid="population-empty">{t('monitor.population.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('monitor.population.caption', { count: list.items.length })}
          testId="population-table"
          columns={[
            { label: t('monitor.population.col.name') },
            { label: t('monitor.population.col.reference') },
            { label: t('monitor.population.col.birthDate') },
            { label: t('monitor.population.col.municipality') },
            { label: t('monitor.population.col.service') },
            { label: t('monitor.population.col.start') },
            { label: t('monitor.population.col.end') },
            { label: t('monitor.population.col.duration'), numeric: true },
            { label: t('monitor.population.col.flag') },
          ]}
        >
          {list.items.map((person, index) => (
            <PersonRow key={`${person.personId}-${person.recordId ?? index}`} person={person} figure={list.figure} />
          ))}
        </DataTable>
      )}
    </>
  );
}

function PersonRow({ person, figure }: { person: PopulationPerson; figure: string }) {
  const { t, locale } = useI18n();
  const unknown = t('monitor.population.unknown');
  const name = [person.givenName, person.familyName].filter(Boolean).join(' ') || unknown;
  const months = person.days === null ? '' : formatMonitorNumber(person.days / 30.4375, 'months', locale);
  const flagText =
    person.flag === null
      ? ''
      : person.flag
        ? t(figure.startsWith('housing') ? 'monitor.population.flag.within' : 'monitor.population.flag.long')
        : t('monitor.population.flag.no');
  return (
    <TableRow>
      <TableHeaderCell scope="row">{name}</TableHeaderCell>
      <TableCell>{person.sourceRef ?? ''}</TableCell>
      <TableCell>{person.birthDate ?? unknown}</TableCell>
      <TableCell>
        {person.municipalityName ??
          (person.municipalityCode ? t.enum('municipality', person.municipalityCode) : unknown)}
      </TableCell>
      <TableCell>
        {isVocabularyCode('service', person.service) ? t.enum('service', person.service) : (person.service ?? '')}
      </TableCell>
      <TableCell>{person.startOn ?? ''}</TableCell>
      <TableCell>{person.endOn ?? ''}</TableCell>
      <TableCell numericColumn>{months}</TableCell>
      <TableCell>{flagText}</TableCell>
    </TableRow>
  );
}
