import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useT } from '../i18n/useT';
import { DataTable } from './DataTable';
import { ErrorAlert, Loading } from './feedback';
import { useCasesOverview } from '../api/cases';
import './casework.css';

/** "Casussen per team": open, unassigned and first-contact deadline counts per team. */
export function TeamOverview() {
  const t = useT();
  const overview = useCasesOverview();
  return (
    <section className="sp-section" aria-labelledby="team-overview">
      <Heading2 id="team-overview">{t('teams.title')}</Heading2>
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.data && overview.data.teams.length === 0 ? <Paragraph>{t('teams.empty')}</Paragraph> : null}
      {overview.data && overview.data.teams.length > 0 ? (
        <DataTable
          caption={t('teams.caption')}
          testId="team-overview-table"
          columns={[
            { label: t('teams.col.team') },
            { label: t('teams.col.open'), numeric: true },
            { label: t('teams.col.unassigned'), numeric: true },
            { label: t('teams.col.onTime'), numeric: true },
            { label: t('teams.col.dueToday'), numeric: true },
            { label: t('teams.col.overdue'), numeric: true },
          ]}
        >
          {overview.data.teams.map((team) => (
            <TableRow key={team.teamId} className={team.overdue > 0 ? 'sp-row--overdue' : undefined}>
              <TableHeaderCell scope="row">{team.teamName}</TableHeaderCell>
              <TableCell numericColumn>{team.open}</TableCell>
              <TableCell numericColumn>{team.unassigned}</TableCell>
              <TableCell numericColumn>{team.onTime}</TableCell>
              <TableCell numericColumn>{team.dueToday}</TableCell>
              <TableCell numericColumn>{team.overdue}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
