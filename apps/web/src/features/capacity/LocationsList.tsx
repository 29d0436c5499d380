import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { useLocations } from './api';

/** The locations the user may see, each linking to its places and history (`basePath` + id). */
export function LocationsList({ basePath = '/capaciteit/locaties' }: { basePath?: string }) {
  const t = useT();
  const locations = useLocations();
  return (
    <section className="sp-section" aria-labelledby="locations">
      <Heading2 id="locations">{t('capacity.locations.title')}</Heading2>
      {locations.isPending ? <Loading /> : null}
      {locations.isError ? <ErrorAlert error={locations.error} onRetry={() => void locations.refetch()} /> : null}
      {locations.data?.items.length === 0 ? <Paragraph>{t('capacity.locations.empty')}</Paragraph> : null}
      {locations.data && locations.data.items.length > 0 ? (
        <DataTable
          caption={t('capacity.locations.caption', { count: locations.data.items.length })}
          testId="locations"
          columns={[
            { label: t('capacity.col.location') },
            { label: t('capacity.col.provider') },
            { label: t('capacity.col.municipality') },
            { label: t('capacity.locations.expertise') },
            { label: t('capacity.locations.status') },
          ]}
        >
          {locations.data.items.map((location) => (
            <TableRow key={location.id}>
              <TableCell>
                <RouterLink to={`${basePath}/${location.id}`}>{location.name}</RouterLink>
              </TableCell>
              <TableCell>{location.organisationName}</TableCell>
              <TableCell>{location.municipalityName}</TableCell>
              <TableCell>
                {location.expertiseTags.length > 0
                  ? location.expertiseTags.map((tag) => t.enum('expertiseTag', tag)).join(', ')
                  : t('common.none')}
              </TableCell>
              <TableCell>
                {location.active ? t('capacity.locations.active') : t('capacity.locations.inactive')}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
