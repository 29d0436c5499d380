import { CreateOrganisationRequest } from '@springplank/contract';
import { Heading1 } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { useT } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../../shared/ui/feedback';
import { useApiForm } from '../../../shared/ui/form';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useRegion } from '../../../shared/api/session';
import { useCreateOrganisation } from './api';
import { OrganisationForm } from './OrganisationForm';
import type { OrganisationNotice } from './OrganisationsPage';

/** Page to add an organisation to the region. */
export function OrganisationCreatePage() {
  const t = useT();
  usePageTitle(t('orgs.create.title'));
  const navigate = useNavigate();
  const region = useRegion();
  const create = useCreateOrganisation();
  const form = useApiForm({
    id: 'organisation',
    schema: CreateOrganisationRequest,
    defaultValues: { name: '', municipalityCodes: [] },
    submit: (values) => create.mutateAsync(values),
    onSuccess: (organisation) => {
      const state: OrganisationNotice = { notice: t('orgs.create.done', { name: organisation.name }) };
      void navigate('/beheer/organisaties', { state });
    },
  });

  return (
    <>
      <Heading1>{t('orgs.create.title')}</Heading1>
      {region.isPending ? <Loading /> : null}
      {region.isError ? <ErrorAlert error={region.error} onRetry={() => void region.refetch()} /> : null}
      {region.data ? (
        <OrganisationForm
          mode="create"
          form={form}
          municipalities={region.data.municipalities}
          submitLabel={t('orgs.create.submit')}
        />
      ) : null}
    </>
  );
}
