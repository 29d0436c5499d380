import { AcceptOfferRequest, DeclineOfferRequest, type Offer } from '@springplank/contract';
import { Heading4 } from '@utrecht/component-library-react';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { ApiForm, FormDate, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useAcceptOffer, useDeclineOffer } from './api';

/** The provider states the start date (the API would fall back to the proposed one; the form shows it). */
const AcceptFields = AcceptOfferRequest.required();

/** "Accepteren": the start date of the stay (default: the proposed start date); confirmed first. */
export function AcceptForm({ offer, name, onDone }: { offer: Offer; name: string; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const accept = useAcceptOffer(offer.id);
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: `accept-${offer.id}`,
    schema: AcceptFields,
    defaultValues: { startOn: offer.proposedStartOn },
    confirm: (values) => {
      const date = formatDate(values.startOn, locale);
      return confirm({
        title: t('confirm.acceptOffer.title', { name, date }),
        body: t('confirm.acceptOffer.body', { date }),
        confirmLabel: t('confirm.acceptOffer.confirm'),
      });
    },
    submit: (values) => accept.mutateAsync(values),
    onSuccess: (_data, values) => onDone(t('offers.accept.saved', { name, date: formatDate(values.startOn, locale) })),
  });

  const headingId = `accept-title-${offer.id}`;
  return (
    <section aria-labelledby={headingId} className="sp-panel">
      <Heading4 id={headingId}>{t('offers.accept.title')}</Heading4>
      <ApiForm form={form} testId="accept-form">
        <FormDate name="startOn" label={t('offers.accept.start')} description={t('offers.accept.startHint')} />
        <div className="sp-actions">
          <SubmitButton>{t('offers.accept.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </section>
  );
}

/** "Afwijzen": a reason is required; the access team reads it; confirmed first. */
export function DeclineForm({
  offer,
  name,
  onDone,
}: {
  offer: Offer;
  name: string;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const decline = useDeclineOffer(offer.id);
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: `decline-${offer.id}`,
    schema: DeclineOfferRequest,
    defaultValues: { reason: '' },
    confirm: () =>
      confirm({
        title: t('confirm.declineOffer.title', { name }),
        body: t('confirm.declineOffer.body'),
        confirmLabel: t('confirm.declineOffer.confirm'),
      }),
    submit: (values) => decline.mutateAsync(values),
    onSuccess: () => onDone(t('offers.decline.saved')),
  });

  const headingId = `decline-title-${offer.id}`;
  return (
    <section aria-labelledby={headingId} className="sp-panel">
      <Heading4 id={headingId}>{t('offers.decline.title')}</Heading4>
      <ApiForm form={form} testId="decline-form">
        <FormTextarea
          name="reason"
          label={t('offers.decline.reason')}
          description={t('offers.decline.reasonHint')}
          rows={3}
        />
        <div className="sp-actions">
          <SubmitButton appearance="secondary-action-button">{t('offers.decline.submit')}</SubmitButton>
        </div>
      </ApiForm>
      {dialog}
    </section>
  );
}
