import type { LocationDetail } from '@springplank/contract';
import { Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n, useT } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { Facts } from '../../shared/ui/Facts';
import '../../shared/ui/casework.css';
import { useLocation } from './api';
import { CapacityChangeForm } from './CapacityChangeForm';
import { LocationEditForm } from './LocationEditForm';
import { formatDate, formatDateTime } from '../../shared/format';

/**
 * /capaciteit/locaties/:id (and /beheer/voorzieningen/locaties/:id): a location's details,
 * its places per service with the full history, and for the provider itself or functioneel
 * beheer the forms to change places, details and expertise.
 */
export function LocationPage({ backTo = '/capaciteit' }: { backTo?: string }) {
  const t = useT();
  usePageTitle(t('capacity.location.title'));
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const location = useLocation(id);
  const [notice, setNotice] = useState<string | null>(null);
  const canChange = user.roles.includes('provider_staff') || user.roles.includes('administrator');

  return (
    <>
      <Heading1>{location.data?.name ?? t('capacity.location.title')}</Heading1>
      <Paragraph>
        <RouterLink to={backTo}>{t('capacity.location.back')}</RouterLink>
      </Paragraph>
      {location.isPending ? <Loading /> : null}
      {location.isError && isApiError(location.error, 'NOT_FOUND') ? (
        <Paragraph>{t('capacity.location.notFound')}</Paragraph>
      ) : null}
      {location.isError && !isApiError(location.error, 'NOT_FOUND') ? (
        <ErrorAlert error={location.error} onRetry={() => void location.refetch()} />
      ) : null}
      {notice ? <SuccessAlert testId="location-notice">{notice}</SuccessAlert> : null}
      {location.data ? (
        <>
          <LocationFacts location={location.data} />
          <PlacesHistory location={location.data} />
          {canChange ? (
            <>
              <CapacityChangeForm locationId={location.data.id} onDone={setNotice} />
              <LocationEditForm key={location.data.id} location={location.data} onDone={setNotice} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function LocationFacts({ location }: { location: LocationDetail }) {
  const t = useT();
  return (
    <Facts
      testId="location-facts"
      items={[
        { label: t('capacity.location.provider'), value: location.organisationName },
        { label: t('capacity.location.address'), value: location.address },
        { label: t('capacity.location.municipality'), value: location.municipalityName },
        {
          label: t('capacity.location.status'),
          value: location.active ? t('capacity.locations.active') : t('capacity.locations.inactive'),
        },
        {
          label: t('capacity.locations.expertise'),
          value: location.expertiseTags.map((tag) => t.enum('expertiseTag', tag)).join(', '),
        },
      ]}
    />
  );
}

function PlacesHistory({ location }: { location: LocationDetail }) {
  const t = useT();
  const { locale } = useI18n();
  if (location.services.length === 0) return <Paragraph>{t('capacity.location.noPlaces')}</Paragraph>;
  return (
    <>
      {location.services.map((entry) => {
        const headingId = `places-${entry.service}`;
        const inForce = entry.changes.find((change) => change.validFrom <= location.today);
        return (
          <section key={entry.service} className="sp-section" aria-labelledby={headingId}>
            <Heading2 id={headingId}>{t.enum('service', entry.service)}</Heading2>
            <Paragraph data-testid={`places-today-${entry.service}`}>
              {t.plural('capacity.location.placesToday', entry.placesToday)}
            </Paragraph>
            <DataTable
              caption={t('capacity.location.historyCaption', { service: t.enum('service', entry.service) })}
              testId={`places-history-${entry.service}`}
              columns={[
                { label: t('capacity.location.col.validFrom') },
                { label: t('capacity.location.col.places'), numeric: true },
                { label: t('capacity.location.col.note') },
                { label: t('capacity.location.col.recordedBy') },
                { label: t('capacity.location.col.recordedAt') },
              ]}
            >
              {entry.changes.map((change) => (
                <TableRow key={change.id}>
                  <TableCell>
                    {formatDate(change.validFrom, locale, 'short')}{' '}
                    {change.id === inForce?.id ? (
                      <span className="sp-badge">{t('capacity.location.inForce')}</span>
                    ) : change.validFrom > location.today ? (
                      <span className="sp-badge">{t('capacity.location.future')}</span>
                    ) : null}
                  </TableCell>
                  <TableCell numericColumn>{change.places}</TableCell>
                  <TableCell>{change.note ?? t('common.none')}</TableCell>
                  <TableCell>{change.recordedBy ?? t('common.none')}</TableCell>
                  <TableCell>{formatDateTime(change.recordedAt, locale)}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          </section>
        );
      })}
    </>
  );
}
