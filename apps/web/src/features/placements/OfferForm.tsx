import { CreateOfferRequest, type FreePlace, type PlacementCandidate } from '@springplank/contract';
import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { todayIso } from '../../shared/format';
import { useT } from '../../shared/i18n/useT';
import { ApiForm, FormDate, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useCreateOffer } from './api';

/** What the access officer fills in; the person and the place come from the choice above the form. */
const OfferFields = CreateOfferRequest.pick({ proposedStartOn: true, note: true });

/** "Aanbod doen": a proposed start date and a note for the provider; the place is held once sent. */
export function OfferForm({
  place,
  candidate,
  name,
  onDone,
  onCancel,
}: {
  place: FreePlace;
  candidate: PlacementCandidate;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const create = useCreateOffer();
  const form = useApiForm({
    id: 'offer',
    schema: OfferFields,
    defaultValues: { proposedStartOn: todayIso(), note: '' },
    submit: (values) =>
      create.mutateAsync({ ...values, waitlistEntryId: candidate.waitlistEntryId, locationId: place.locationId }),
    onSuccess: () => onDone(t('placements.offerForm.saved', { name, provider: place.organisationName })),
  });

  const headingId = `offer-form-${candidate.waitlistEntryId}`;
  return (
    <section className="sp-panel" aria-labelledby={headingId} data-testid="offer-form">
      <Heading4 id={headingId}>{t('placements.offerForm.title', { name })}</Heading4>
      <Paragraph>{t('placements.offerForm.intro', { provider: place.organisationName })}</Paragraph>
      <ApiForm form={form}>
        <FormDate
          name="proposedStartOn"
          label={t('placements.offerForm.start')}
          description={t('placements.offerForm.startHint')}
          min={todayIso()}
        />
        <FormTextarea name="note" label={t('placements.offerForm.note')} optional rows={3} />
        <div className="sp-actions">
          <SubmitButton>{t('placements.offerForm.submit')}</SubmitButton>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('placements.offerForm.cancel')}
          </Button>
        </div>
      </ApiForm>
    </section>
  );
}
