import type { Municipality, Organisation } from '@springplank/contract';
import { Heading1, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { DataTable } from '../../../shared/ui/DataTable';
import { useLocation } from 'react-router';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../../shared/ui/feedback';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/RouterLink';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useCurrentUser, useRegion } from '../../../shared/api/session';
import { useOrganisations } from './api';

/** State passed to the list after creating or changing an organisation. */
export interface OrganisationNotice {
  notice?: string;
}

/** Names of the municipalities, in the region's order; unknown codes are shown as they are. */
export function municipalityNames(
  codes: readonly string[],
  municipalities: readonly Municipality[] | undefined,
): string {
  const byCode = new Map((municipalities ?? []).map((m) => [m.code, m.name]));
  return codes.map((code) => byCode.get(code) ?? code).join(', ');
}

/** The list of organisations with a link to create a new one and to change each. */
export function OrganisationsPage() {
  const t = useT();
  usePageTitle(t('orgs.title'));
  const user = useCurrentUser();
  const location = useLocation();
  const notice = (location.state as OrganisationNotice | null)?.notice;
  const organisations = useOrganisations();
  const region = useRegion();

  return (
    <>
      <Heading1>{t('orgs.title')}</Heading1>
      <Paragraph>{t('orgs.intro')}</Paragraph>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <div className="sp-actions">
        <RouterButtonLink to="/beheer/organisaties/nieuw">{t('orgs.new')}</RouterButtonLink>
      </div>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? (
        <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : null}
      {organisations.data ? (
        organisations.data.items.length === 0 ? (
          <Paragraph>{t('orgs.empty')}</Paragraph>
        ) : (
          <OrganisationTable
            items={organisations.data.items}
            municipalities={region.data?.municipalities}
            caption={t('orgs.caption', { region: user.region.name })}
          />
        )
      ) : null}
    </>
  );
}

function OrganisationTable({
  items,
  municipalities,
  caption,
}: {
  items: Organisation[];
  municipalities: Municipality[] | undefined;
  caption: string;
}) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      testId="organisations-table"
      columns={[
        { label: t('orgs.col.name') },
        { label: t('orgs.col.kind') },
        { label: t('orgs.col.municipalities') },
        { label: t('orgs.col.users'), numeric: true },
        { label: t('orgs.col.active') },
      ]}
    >
      {items.map((organisation) => (
        <TableRow key={organisation.id} data-testid={`organisation-row-${organisation.id}`}>
          <TableHeaderCell scope="row">
            <RouterLink
              to={`/beheer/organisaties/${organisation.id}`}
              aria-label={t('orgs.edit.link', { name: organisation.name })}
            >
              {organisation.name}
            </RouterLink>
          </TableHeaderCell>
          <TableCell>{t.enum('organisationKind', organisation.kind)}</TableCell>
          <TableCell>{municipalityNames(organisation.municipalityCodes, municipalities) || t('common.none')}</TableCell>
          <TableCell numericColumn>{organisation.userCount}</TableCell>
          <TableCell>{organisation.active ? t('common.yes') : t('common.no')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
