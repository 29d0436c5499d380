import { ShelterIntakeRequest, ShelterNewPerson, type StayDetail } from '@springplank/contract';
import { MO_SERVICES, type ServiceCode } from '@springplank/domain';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useT } from '../../shared/i18n/useT';
import { SuccessAlert } from '../../shared/ui/feedback';
import { GroupShell } from '../../shared/ui/fields';
import { ApiForm, FormDate, FormSelect, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useRegion } from '../../shared/api/session';
import { useLocations, useOccupancy, useServices } from '../../shared/api/capacity';
import { useShelterIntake } from './api';
import { IntakePersonPicker, type ChosenPerson } from './IntakePersonPicker';
import { todayIso } from '../../shared/format';

const { locationId, service, startedOn } = ShelterIntakeRequest.shape;
/**
 * The intake without its person id (that comes from the picker): the place, and the new
 * person's details, which are cleared while a known person is chosen.
 */
const IntakeFormSchema = z.object({ locationId, service, startedOn, person: ShelterNewPerson.optional() });

const EMPTY_PERSON = { givenName: '', familyName: '', birthDate: '', bsn: '', municipalityCode: '' };

/**
 * /opvang/intake: direct intake into shelter, without a waiting list. Find or register the
 * person, choose location, kind of shelter and start date; the server refuses when no bed
 * is free (and two intakes cannot both take the last one).
 */
export function ShelterIntakePage() {
  const t = useT();
  usePageTitle(t('intake.title'));
  const region = useRegion();
  const locations = useLocations();
  const services = useServices();
  const board = useOccupancy({});
  const intake = useShelterIntake();
  const [chosen, setChosen] = useState<ChosenPerson | null>(null);
  const [done, setDone] = useState<StayDetail | null>(null);
  const form = useApiForm({
    id: 'intake',
    schema: IntakeFormSchema,
    defaultValues: { startedOn: todayIso(), person: EMPTY_PERSON },
    submit: ({ person, ...place }) =>
      intake.mutateAsync(chosen ? { ...place, personId: chosen.id } : { ...place, person }),
    onSuccess: (stay) => {
      setDone(stay);
      setChosen(null);
      form.methods.resetField('person', { defaultValue: EMPTY_PERSON });
    },
  });
  /** A known person is sent by id: the new-person fields go (and are not checked) until the choice is undone. */
  const choose = (person: ChosenPerson | null) => {
    setChosen(person);
    form.methods.setValue('person', person ? undefined : EMPTY_PERSON);
  };
  const [placeLocation, placeService] = useWatch({ control: form.methods.control, name: ['locationId', 'service'] });

  const offered = new Set((services.data?.items ?? []).filter((s) => s.active).map((s) => s.service));
  const shelterServices: ServiceCode[] = MO_SERVICES.filter((service) => offered.has(service));
  const activeLocations = (locations.data?.items ?? []).filter((location) => location.active);
  const counts = board.data?.rows.find((row) => row.locationId === placeLocation && row.service === placeService);

  return (
    <>
      <Heading1>{t('intake.title')}</Heading1>
      <Paragraph>{t('intake.intro')}</Paragraph>
      {done ? (
        <SuccessAlert testId="intake-done">
          {t('intake.saved', { name: done.person.name ?? t('stays.unknownPerson') })}{' '}
          <RouterLink to={`/verblijven/${done.id}`}>{t('stays.detail.title')}</RouterLink>
        </SuccessAlert>
      ) : null}
      <ApiForm form={form} testId="intake-form" summaryTitle={t('intake.errorTitle')}>
        <section className="sp-section" aria-labelledby="intake-person">
          <Heading2 id="intake-person">{t('intake.person')}</Heading2>
          <IntakePersonPicker chosen={chosen} onChoose={choose} />
          {chosen ? null : (
            <GroupShell id="intake-new-person" legend={t('intake.newPerson')}>
              <FormText name="person.givenName" label={t('intake.givenName')} optional autoComplete="off" />
              <FormText name="person.familyName" label={t('intake.familyName')} autoComplete="off" />
              <FormDate name="person.birthDate" label={t('intake.birthDate')} optional />
              <FormText
                name="person.bsn"
                label={t('intake.bsn')}
                description={t('intake.bsnHelp')}
                optional
                inputMode="numeric"
                autoComplete="off"
              />
              <FormSelect
                name="person.municipalityCode"
                label={t('intake.municipality')}
                placeholder={t('intake.chooseMunicipality')}
                optional
                options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
              />
            </GroupShell>
          )}
        </section>
        <section className="sp-section" aria-labelledby="intake-place">
          <Heading2 id="intake-place">{t('intake.place')}</Heading2>
          <FormSelect
            name="locationId"
            label={t('intake.location')}
            placeholder={t('intake.chooseLocation')}
            options={activeLocations.map((location) => ({
              value: location.id,
              label: `${location.name} (${location.organisationName})`,
            }))}
          />
          <FormSelect
            name="service"
            label={t('intake.service')}
            placeholder={t('intake.chooseService')}
            options={shelterServices.map((service) => ({ value: service, label: t.enum('service', service) }))}
            description={counts ? t.plural('intake.freeBeds', counts.places, { free: counts.free }) : undefined}
          />
          <FormDate name="startedOn" label={t('intake.startedOn')} />
        </section>
        <div className="sp-actions">
          <SubmitButton>{t('intake.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </>
  );
}
