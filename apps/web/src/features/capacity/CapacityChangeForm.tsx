import { RecordCapacityRequest } from '@springplank/contract';
import type { ServiceCode } from '@springplank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { todayIso } from '../../shared/format';
import { serviceOptions } from '../../shared/labels/services';
import { ApiForm, FormDate, FormNumber, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useRecordCapacity, useServices } from './api';

/** "Aantal plaatsen wijzigen": places of a service from a date on; the history keeps the old numbers. */
export function CapacityChangeForm({ locationId, onDone }: { locationId: string; onDone: (message: string) => void }) {
  const t = useT();
  const services = useServices();
  const record = useRecordCapacity(locationId);
  const form = useApiForm({
    id: 'capacity',
    schema: RecordCapacityRequest,
    defaultValues: { validFrom: todayIso(), note: '' },
    submit: (values) => record.mutateAsync(values),
    onSuccess: () => {
      // The service and date stay for the next change; the number and note start empty.
      form.methods.resetField('places');
      form.methods.resetField('note');
      onDone(t('capacity.change.saved'));
    },
  });
  const offered: ServiceCode[] = (services.data?.items ?? []).filter((item) => item.active).map((item) => item.service);

  return (
    <section className="sp-section sp-panel" aria-labelledby="capacity-change">
      <Heading2 id="capacity-change">{t('capacity.change.title')}</Heading2>
      <Paragraph>{t('capacity.change.intro')}</Paragraph>
      <ApiForm form={form} testId="capacity-change-form">
        <FormSelect name="service" label={t('capacity.change.service')} options={serviceOptions(t, offered)} />
        <FormNumber name="places" label={t('capacity.change.places')} />
        <FormDate name="validFrom" label={t('capacity.change.validFrom')} />
        <FormText name="note" label={t('capacity.change.note')} optional />
        <div className="sp-actions">
          <SubmitButton>{t('capacity.change.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
