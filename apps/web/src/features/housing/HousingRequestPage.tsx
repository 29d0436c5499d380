import { OfferHomeRequest, RecordHousedRequest, type HousingRequest } from '@springplank/contract';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { ApiForm, FormDate, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { formatDate, formatDateTime } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { Facts } from '../../shared/ui/Facts';
import { todayIso } from '../../shared/format';
import { useHousingRequest, useOfferHome, useRecordHoused } from './api';
import { requestStatus } from './HousingRequestsPage';

/** /woningaanvragen/:id: one request (allowed fields only), offering a home and recording the move-in. */
export function HousingRequestPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const request = useHousingRequest(id);
  usePageTitle(request.data ? t('requests.detail.title', { name: request.data.contactName }) : t('requests.title'));

  return (
    <>
      <Paragraph>
        <RouterLink to="/woningaanvragen">{t('requests.detail.back')}</RouterLink>
      </Paragraph>
      {request.isPending ? <Loading /> : null}
      {request.isError ? <ErrorAlert error={request.error} onRetry={() => void request.refetch()} /> : null}
      {request.data ? (
        <>
          <Heading1>{t('requests.detail.title', { name: request.data.contactName })}</Heading1>
          <Facts
            testId="housing-request-facts"
            items={[
              { label: t('requests.col.status'), value: requestStatus(request.data, t, locale) },
              { label: t('requests.detail.phone'), value: request.data.contactPhone },
              { label: t('requests.detail.email'), value: request.data.contactEmail },
              { label: t('requests.col.household'), value: String(request.data.householdSize) },
              {
                label: t('requests.col.urgent'),
                value: request.data.urgent ? t('requests.urgent.yes') : t('requests.urgent.no'),
              },
              { label: t('requests.detail.needs'), value: request.data.housingNeeds },
              { label: t('requests.col.readyOn'), value: formatDate(request.data.readyOn, locale) },
              { label: t('requests.detail.requestedAt'), value: formatDateTime(request.data.requestedAt, locale) },
              { label: t('requests.detail.offered'), value: request.data.offeredAddress },
              {
                label: t('requests.detail.offeredAt'),
                value: request.data.offeredAt ? formatDateTime(request.data.offeredAt, locale) : null,
              },
            ]}
          />
          {request.data.housedOn ? null : (
            <>
              <OfferForm request={request.data} />
              <HousedForm request={request.data} />
            </>
          )}
        </>
      ) : null}
    </>
  );
}

function OfferForm({ request }: { request: HousingRequest }) {
  const { t } = useI18n();
  const offer = useOfferHome(request.id);
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: 'offer',
    schema: OfferHomeRequest,
    defaultValues: { offeredAddress: request.offeredAddress ?? '' },
    submit: (values) => {
      setSaved(false);
      return offer.mutateAsync(values);
    },
    onSuccess: () => setSaved(true),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="request-offer">
      <Heading2 id="request-offer">{t('requests.offer.title')}</Heading2>
      {saved ? <SuccessAlert>{t('requests.offer.saved')}</SuccessAlert> : null}
      <ApiForm form={form} testId="offer-form">
        <FormText name="offeredAddress" label={t('requests.offer.address')} />
        <div className="sp-actions">
          <SubmitButton>{t('requests.offer.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}

/** "Verhuizing vastleggen": the move-in date closes the request for good, so it is confirmed first. */
function HousedForm({ request }: { request: HousingRequest }) {
  const { t, locale } = useI18n();
  const housed = useRecordHoused(request.id);
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: 'housed',
    schema: RecordHousedRequest,
    defaultValues: { housedOn: todayIso() },
    confirm: (values) =>
      confirm({
        title: t('confirm.housed.title', { name: request.contactName, date: formatDate(values.housedOn, locale) }),
        body: t('confirm.housed.body'),
        confirmLabel: t('confirm.housed.confirm'),
      }),
    submit: (values) => housed.mutateAsync(values),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="request-housed">
      <Heading2 id="request-housed">{t('requests.housed.title')}</Heading2>
      {request.offeredAddress === null ? (
        <Paragraph>{t('requests.housed.needsOffer')}</Paragraph>
      ) : (
        <ApiForm form={form} testId="housed-form">
          <Paragraph>{t('requests.housed.intro')}</Paragraph>
          <FormDate name="housedOn" label={t('requests.housed.date')} min={request.readyOn} max={todayIso()} />
          <div className="sp-actions">
            <SubmitButton>{t('requests.housed.submit')}</SubmitButton>
          </div>
        </ApiForm>
      )}
      {dialog}
    </section>
  );
}
