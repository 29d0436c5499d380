import type { FreePlace, PlacementCandidate } from '@springplank/contract';
import { Button, Heading4, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useCreateOffer } from './api';
import { isIsoDate, useFormErrors } from '../../shared/ui/legacy/useFormErrors';
import { todayIso } from '../../shared/format';

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
  const [start, setStart] = useState(todayIso);
  const [note, setNote] = useState('');
  const fields = useMemo(
    () => [
      { name: 'proposedStartOn', id: 'offer-start', label: t('placements.offerForm.start') },
      { name: 'note', id: 'offer-note', label: t('placements.offerForm.note') },
    ],
    [t],
  );
  const form = useFormErrors(fields);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!isIsoDate(start)) {
      form.fail({ proposedStartOn: t('placements.validation.date') });
      return;
    }
    form.clear();
    const trimmed = note.trim();
    create.mutate(
      {
        waitlistEntryId: candidate.waitlistEntryId,
        locationId: place.locationId,
        proposedStartOn: start,
        ...(trimmed ? { note: trimmed } : {}),
      },
      {
        onSuccess: () => onDone(t('placements.offerForm.saved', { name, provider: place.organisationName })),
        onError: (error) => {
          form.failFromApi(error);
        },
      },
    );
  };

  const headingId = `offer-form-${candidate.waitlistEntryId}`;
  return (
    <section className="sp-panel" aria-labelledby={headingId} data-testid="offer-form">
      <Heading4 id={headingId}>{t('placements.offerForm.title', { name })}</Heading4>
      <Paragraph>{t('placements.offerForm.intro', { provider: place.organisationName })}</Paragraph>
      <form className="sp-form" onSubmit={submit} noValidate>
        <ErrorSummary
          title={t('placements.errors.title')}
          intro={t('placements.errors.intro')}
          items={form.summary}
          focusSignal={form.focusSignal}
        />
        {create.error && form.summary.length === 0 ? <ErrorAlert error={create.error} /> : null}
        <TextField
          id="offer-start"
          type="date"
          className="sp-input-short"
          label={t('placements.offerForm.start')}
          description={t('placements.offerForm.startHint')}
          value={start}
          min={todayIso()}
          error={form.errors['proposedStartOn']}
          onChange={(event) => setStart(event.target.value)}
        />
        <TextareaField
          id="offer-note"
          label={t('placements.offerForm.note')}
          optional
          rows={3}
          maxLength={2000}
          value={note}
          error={form.errors['note']}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
            {t('placements.offerForm.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('placements.offerForm.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
