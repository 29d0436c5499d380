import type { FreePlace } from '@springplank/contract';
import { TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable, type DataTableColumn } from '../../shared/ui/DataTable';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';

/** The link that chooses a place (kept in the URL, so the choice survives a reload). */
export function placeHref(place: { locationId: string; service: string }): string {
  return `/plaatsen?locatie=${place.locationId}&voorziening=${place.service}`;
}

/** Places per location and service with what is free; a place with room links to its candidates. */
export function FreePlacesTable({ items, on }: { items: FreePlace[]; on: string }) {
  const { t, locale } = useI18n();
  const columns: DataTableColumn[] = [
    { label: t('placements.col.location') },
    { label: t('placements.col.provider') },
    { label: t('placements.col.municipality') },
    { label: t('placements.col.service') },
    { label: t('placements.col.places'), numeric: true },
    { label: t('placements.col.occupied'), numeric: true },
    { label: t('placements.col.held'), numeric: true },
    { label: t('placements.col.free'), numeric: true },
    { label: t('placements.col.action') },
  ];
  return (
    <DataTable
      caption={t('placements.free.caption', { date: formatDate(on, locale) })}
      testId="free-places"
      columns={columns}
    >
      {items.map((place) => {
        const service = t.enum('service', place.service);
        return (
          <TableRow key={`${place.locationId}-${place.service}`} data-testid="free-place">
            <TableHeaderCell scope="row">{place.locationName}</TableHeaderCell>
            <TableCell>{place.organisationName}</TableCell>
            <TableCell>{place.municipalityName}</TableCell>
            <TableCell>{service}</TableCell>
            <TableCell numericColumn>{place.places}</TableCell>
            <TableCell numericColumn>{place.occupied}</TableCell>
            <TableCell numericColumn>{place.held}</TableCell>
            <TableCell numericColumn>{place.free}</TableCell>
            <TableCell>
              {place.free > 0 ? (
                <RouterLink to={placeHref(place)} data-testid="choose-place">
                  {t('placements.free.chooseShort')}
                  <span className="sp-visually-hidden">
                    {' '}
                    {t('placements.free.choose', { location: place.locationName, service })}
                  </span>
                </RouterLink>
              ) : (
                t('placements.free.full')
              )}
            </TableCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
