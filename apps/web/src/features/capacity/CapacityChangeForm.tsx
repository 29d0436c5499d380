import type { ServiceCode } from '@springplank/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { useRecordCapacity, useServices } from './api';
import { isServiceCode, serviceOptions } from '../../shared/labels/services';
import { useFormErrors } from '../../shared/ui/legacy/useFieldErrors';
import { todayIso } from '../../shared/format';

const LABELS = {
  service: 'capacity.change.service',
  places: 'capacity.change.places',
  validFrom: 'capacity.change.validFrom',
  note: 'capacity.change.note',
} as const;

/** "Aantal plaatsen wijzigen": places of a service from a date on; the history keeps the old numbers. */
export function CapacityChangeForm({ locationId, onDone }: { locationId: string; onDone: (message: string) => void }) {
  const t = useT();
  const services = useServices();
  const record = useRecordCapacity(locationId);
  const [form, setForm] = useState({ service: '', places: '', validFrom: todayIso(), note: '' });
  const errors = useFormErrors(
    (field) => `capacity-${field}`,
    (field) => t(LABELS[field as keyof typeof LABELS] ?? 'capacity.change.title'),
  );
  const offered: ServiceCode[] = (services.data?.items ?? []).filter((item) => item.active).map((item) => item.service);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const found: Record<string, string> = {};
    if (!isServiceCode(form.service)) found['service'] = t('validation.chooseOne');
    const places = /^\d{1,5}$/.test(form.places.trim()) ? Number(form.places.trim()) : NaN;
    if (!(places >= 0 && places <= 10000)) found['places'] = t('capacity.change.placesInvalid');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.validFrom)) found['validFrom'] = t('validation.required');
    if (errors.fail(found) || !isServiceCode(form.service)) return;
    errors.clear();
    record.mutate(
      {
        service: form.service,
        places,
        validFrom: form.validFrom,
        ...(form.note.trim() ? { note: form.note.trim() } : {}),
      },
      {
        onSuccess: () => {
          setForm({ ...form, places: '', note: '' });
          onDone(t('capacity.change.saved'));
        },
        onError: (error) => void errors.fromApi(error),
      },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="capacity-change">
      <Heading2 id="capacity-change">{t('capacity.change.title')}</Heading2>
      <Paragraph>{t('capacity.change.intro')}</Paragraph>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="capacity-change-form">
        <ErrorSummary title={t('intake.errorTitle')} items={errors.summary} focusSignal={errors.focusSignal} />
        {record.error && !isApiError(record.error, 'VALIDATION_FAILED') ? <ErrorAlert error={record.error} /> : null}
        <SelectField
          id="capacity-service"
          label={t('capacity.change.service')}
          emptyOption=""
          options={serviceOptions(t, offered)}
          value={form.service}
          error={errors.fields['service']}
          onChange={(event) => setForm({ ...form, service: event.target.value })}
        />
        <TextField
          id="capacity-places"
          label={t('capacity.change.places')}
          inputMode="numeric"
          value={form.places}
          error={errors.fields['places']}
          onChange={(event) => setForm({ ...form, places: event.target.value })}
        />
        <TextField
          id="capacity-validFrom"
          type="date"
          label={t('capacity.change.validFrom')}
          value={form.validFrom}
          error={errors.fields['validFrom']}
          onChange={(event) => setForm({ ...form, validFrom: event.target.value })}
        />
        <TextField
          id="capacity-note"
          label={t('capacity.change.note')}
          optional
          value={form.note}
          error={errors.fields['note']}
          onChange={(event) => setForm({ ...form, note: event.target.value })}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={record.isPending}>
            {t('capacity.change.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
