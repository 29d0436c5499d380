import type { Offer } from '@springplank/contract';
import { Button, Heading4 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useAcceptOffer, useDeclineOffer } from './api';
import { isIsoDate, useFormErrors } from '../../shared/ui/legacy/useFormErrors';

/** "Accepteren": the start date of the stay (default: the proposed start date). */
export function AcceptForm({ offer, name, onDone }: { offer: Offer; name: string; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const accept = useAcceptOffer(offer.id);
  const [start, setStart] = useState(offer.proposedStartOn);
  const inputId = `accept-start-${offer.id}`;
  const fields = useMemo(() => [{ name: 'startOn', id: inputId, label: t('offers.accept.start') }], [inputId, t]);
  const form = useFormErrors(fields);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accept.isPending) return;
    if (!isIsoDate(start)) {
      form.fail({ startOn: t('placements.validation.date') });
      return;
    }
    form.clear();
    accept.mutate(
      { startOn: start },
      {
        onSuccess: () => onDone(t('offers.accept.saved', { name, date: formatDate(start, locale) })),
        onError: (error) => {
          form.failFromApi(error);
        },
      },
    );
  };

  const headingId = `accept-title-${offer.id}`;
  return (
    <section aria-labelledby={headingId} className="sp-panel">
      <Heading4 id={headingId}>{t('offers.accept.title')}</Heading4>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="accept-form">
        <ErrorSummary
          title={t('placements.errors.title')}
          intro={t('placements.errors.intro')}
          items={form.summary}
          focusSignal={form.focusSignal}
        />
        {accept.error && form.summary.length === 0 ? <ErrorAlert error={accept.error} /> : null}
        <TextField
          id={inputId}
          type="date"
          className="sp-input-short"
          label={t('offers.accept.start')}
          description={t('offers.accept.startHint')}
          value={start}
          error={form.errors['startOn']}
          onChange={(event) => setStart(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={accept.isPending}>
            {t('offers.accept.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "Afwijzen": a reason is required; the access team reads it. */
export function DeclineForm({ offer, onDone }: { offer: Offer; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const decline = useDeclineOffer(offer.id);
  const [reason, setReason] = useState('');
  const inputId = `decline-reason-${offer.id}`;
  const fields = useMemo(() => [{ name: 'reason', id: inputId, label: t('offers.decline.reason') }], [inputId, t]);
  const form = useFormErrors(fields);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decline.isPending) return;
    const trimmed = reason.trim();
    if (trimmed.length < 3) {
      form.fail({ reason: t('placements.validation.reason') });
      return;
    }
    form.clear();
    decline.mutate(
      { reason: trimmed },
      {
        onSuccess: () => onDone(t('offers.decline.saved')),
        onError: (error) => {
          form.failFromApi(error);
        },
      },
    );
  };

  const headingId = `decline-title-${offer.id}`;
  return (
    <section aria-labelledby={headingId} className="sp-panel">
      <Heading4 id={headingId}>{t('offers.decline.title')}</Heading4>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="decline-form">
        <ErrorSummary
          title={t('placements.errors.title')}
          intro={t('placements.errors.intro')}
          items={form.summary}
          focusSignal={form.focusSignal}
        />
        {decline.error && form.summary.length === 0 ? <ErrorAlert error={decline.error} /> : null}
        <TextareaField
          id={inputId}
          label={t('offers.decline.reason')}
          description={t('offers.decline.reasonHint')}
          rows={3}
          maxLength={2000}
          value={reason}
          error={form.errors['reason']}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="secondary-action-button" busy={decline.isPending}>
            {t('offers.decline.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
