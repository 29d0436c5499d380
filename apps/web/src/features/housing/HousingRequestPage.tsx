import type { HousingRequest } from '@springplank/contract';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, Loading, SuccessAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
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
  const [address, setAddress] = useState(request.offeredAddress ?? '');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(offer.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (!address.trim()) {
      setMissing(true);
      document.getElementById('offer-address')?.focus();
      return;
    }
    setMissing(false);
    offer.mutate({ offeredAddress: address.trim() }, { onSuccess: () => setSaved(true) });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="request-offer">
      <Heading2 id="request-offer">{t('requests.offer.title')}</Heading2>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="offer-form">
        {saved ? <SuccessAlert>{t('requests.offer.saved')}</SuccessAlert> : null}
        {offer.error && !isApiError(offer.error, 'VALIDATION_FAILED') ? <ErrorAlert error={offer.error} /> : null}
        <TextField
          id="offer-address"
          label={t('requests.offer.address')}
          value={address}
          error={missing ? t('validation.required') : errors['offeredAddress']}
          onChange={(event) => setAddress(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={offer.isPending}>
            {t('requests.offer.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function HousedForm({ request }: { request: HousingRequest }) {
  const { t } = useI18n();
  const housed = useRecordHoused(request.id);
  const [housedOn, setHousedOn] = useState(todayIso());
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(housed.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!housedOn) {
      setMissing(true);
      document.getElementById('housed-date')?.focus();
      return;
    }
    setMissing(false);
    housed.mutate({ housedOn });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="request-housed">
      <Heading2 id="request-housed">{t('requests.housed.title')}</Heading2>
      {request.offeredAddress === null ? (
        <Paragraph>{t('requests.housed.needsOffer')}</Paragraph>
      ) : (
        <form className="sp-form" onSubmit={submit} noValidate data-testid="housed-form">
          <Paragraph>{t('requests.housed.intro')}</Paragraph>
          {housed.error && !isApiError(housed.error, 'VALIDATION_FAILED') ? <ErrorAlert error={housed.error} /> : null}
          <TextField
            id="housed-date"
            type="date"
            label={t('requests.housed.date')}
            min={request.readyOn}
            max={todayIso()}
            value={housedOn}
            error={missing ? t('validation.required') : errors['housedOn']}
            onChange={(event) => setHousedOn(event.target.value)}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={housed.isPending}>
              {t('requests.housed.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
