import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useNavigate, useParams } from 'react-router';
import { UpdateOrganisationRequest, type Municipality, type Organisation } from '@springplank/contract';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { RouterLink } from '../../../shared/ui/RouterLink';
import { useApiForm } from '../../../shared/ui/form';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useRegion } from '../../../shared/api/session';
import { useOrganisations, useUpdateOrganisation } from './api';
import { OrganisationForm } from './OrganisationForm';
import type { OrganisationNotice } from './OrganisationsPage';

/** Page to change an organisation's name, municipalities and whether it is active. */
export function OrganisationEditPage() {
  const t = useT();
  usePageTitle(t('orgs.edit.title'));
  const { id = '' } = useParams();
  const organisations = useOrganisations();
  const region = useRegion();
  const organisation = organisations.data?.items.find((item) => item.id === id);

  const loading = organisations.isPending || region.isPending;
  const error = organisations.error ?? region.error;

  return (
    <>
      <Heading1>{t('orgs.edit.title')}</Heading1>
      {loading ? <Loading /> : null}
      {error ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void organisations.refetch();
            void region.refetch();
          }}
        />
      ) : null}
      {organisations.data && !organisation ? (
        <>
          <Paragraph>{t('orgs.notFound')}</Paragraph>
          <Paragraph>
            <RouterLink to="/beheer/organisaties">{t('orgs.backToList')}</RouterLink>
          </Paragraph>
        </>
      ) : null}
      {organisation && region.data ? (
        <>
          <Paragraph appearance="lead">{organisation.name}</Paragraph>
          <Paragraph>{t('orgs.edit.kind', { kind: t.enum('organisationKind', organisation.kind) })}</Paragraph>
          <OrganisationEditForm
            key={organisation.id}
            organisation={organisation}
            municipalities={region.data.municipalities}
          />
        </>
      ) : null}
    </>
  );
}

/** The change form of one organisation: every field is shown, so each is required here. */
const EditOrganisationForm = UpdateOrganisationRequest.required();

function OrganisationEditForm({
  organisation,
  municipalities,
}: {
  organisation: Organisation;
  municipalities: Municipality[];
}) {
  const t = useT();
  const navigate = useNavigate();
  const update = useUpdateOrganisation(organisation.id);
  const form = useApiForm({
    id: 'organisation',
    schema: EditOrganisationForm,
    defaultValues: {
      name: organisation.name,
      municipalityCodes: organisation.municipalityCodes,
      active: organisation.active,
    },
    submit: (values) => update.mutateAsync(values),
    onSuccess: (saved) => {
      const state: OrganisationNotice = { notice: t('orgs.edit.done', { name: saved.name }) };
      void navigate('/beheer/organisaties', { state });
    },
  });
  return <OrganisationForm mode="edit" form={form} municipalities={municipalities} submitLabel={t('common.save')} />;
}
