import type { ShelterIntakeRequest, StayDetail } from '@springplank/contract';
import { MO_SERVICES, type ServiceCode } from '@springplank/domain';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert, SuccessAlert } from '../../shared/ui/feedback';
import { GroupShell, SelectField, TextField } from '../../shared/ui/fields';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useRegion } from '../../shared/api/session';
import { useLocations, useOccupancy, useServices } from '../../shared/api/capacity';
import { useFormErrors } from '../../shared/ui/legacy/useFieldErrors';
import { useShelterIntake } from './api';
import { IntakePersonPicker, type ChosenPerson } from './IntakePersonPicker';
import { todayIso } from '../../shared/format';

const LABELS = {
  personId: 'intake.person',
  familyName: 'intake.familyName',
  givenName: 'intake.givenName',
  birthDate: 'intake.birthDate',
  bsn: 'intake.bsn',
  municipalityCode: 'intake.municipality',
  locationId: 'intake.location',
  service: 'intake.service',
  startedOn: 'intake.startedOn',
} as const;

const EMPTY_PERSON = { givenName: '', familyName: '', birthDate: '', bsn: '', municipalityCode: '' };

const isShelter = (value: string): value is (typeof MO_SERVICES)[number] =>
  (MO_SERVICES as readonly string[]).includes(value);

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
  const [person, setPerson] = useState(EMPTY_PERSON);
  const [place, setPlace] = useState({ locationId: '', service: '', startedOn: todayIso() });
  const [done, setDone] = useState<StayDetail | null>(null);
  const errors = useFormErrors(
    (field) => `intake-${field.replace(/^person\./, '')}`,
    (field) => t(LABELS[field.replace(/^person\./, '') as keyof typeof LABELS] ?? 'intake.title'),
  );

  const offered = new Set((services.data?.items ?? []).filter((s) => s.active).map((s) => s.service));
  const shelterServices: ServiceCode[] = MO_SERVICES.filter((service) => offered.has(service));
  const activeLocations = (locations.data?.items ?? []).filter((location) => location.active);
  const counts = board.data?.rows.find((row) => row.locationId === place.locationId && row.service === place.service);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (intake.isPending) return;
    const found: Record<string, string> = {};
    if (!chosen && !person.familyName.trim()) found['familyName'] = t('validation.required');
    if (!chosen && person.bsn.trim() && !/^\d{9}$/.test(person.bsn.trim())) found['bsn'] = t('validation.required');
    if (!place.locationId) found['locationId'] = t('validation.chooseOne');
    if (!isShelter(place.service)) found['service'] = t('validation.chooseOne');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(place.startedOn)) found['startedOn'] = t('validation.required');
    if (errors.fail(found) || !isShelter(place.service)) return;
    errors.clear();
    const body: ShelterIntakeRequest = {
      locationId: place.locationId,
      service: place.service,
      startedOn: place.startedOn,
      ...(chosen
        ? { personId: chosen.id }
        : {
            person: {
              familyName: person.familyName.trim(),
              ...(person.givenName.trim() ? { givenName: person.givenName.trim() } : {}),
              ...(person.birthDate ? { birthDate: person.birthDate } : {}),
              ...(person.bsn.trim() ? { bsn: person.bsn.trim() } : {}),
              ...(person.municipalityCode ? { municipalityCode: person.municipalityCode } : {}),
            },
          }),
    };
    intake.mutate(body, {
      onSuccess: (stay) => {
        setDone(stay);
        setChosen(null);
        setPerson(EMPTY_PERSON);
      },
      onError: (error) => void errors.fromApi(error),
    });
  };

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
      <form className="sp-form" onSubmit={submit} noValidate data-testid="intake-form">
        <ErrorSummary title={t('intake.errorTitle')} items={errors.summary} focusSignal={errors.focusSignal} />
        {intake.error && !isApiError(intake.error, 'VALIDATION_FAILED') ? <ErrorAlert error={intake.error} /> : null}
        <section className="sp-section" aria-labelledby="intake-person">
          <Heading2 id="intake-person">{t('intake.person')}</Heading2>
          <IntakePersonPicker chosen={chosen} onChoose={setChosen} />
          {chosen ? null : (
            <GroupShell id="intake-new-person" legend={t('intake.newPerson')}>
              <TextField
                id="intake-givenName"
                label={t('intake.givenName')}
                optional
                autoComplete="off"
                value={person.givenName}
                onChange={(event) => setPerson({ ...person, givenName: event.target.value })}
              />
              <TextField
                id="intake-familyName"
                label={t('intake.familyName')}
                autoComplete="off"
                value={person.familyName}
                error={errors.fields['familyName'] ?? errors.fields['person']}
                onChange={(event) => setPerson({ ...person, familyName: event.target.value })}
              />
              <TextField
                id="intake-birthDate"
                type="date"
                label={t('intake.birthDate')}
                optional
                value={person.birthDate}
                onChange={(event) => setPerson({ ...person, birthDate: event.target.value })}
              />
              <TextField
                id="intake-bsn"
                label={t('intake.bsn')}
                description={t('intake.bsnHelp')}
                optional
                inputMode="numeric"
                autoComplete="off"
                value={person.bsn}
                error={errors.fields['bsn']}
                onChange={(event) => setPerson({ ...person, bsn: event.target.value })}
              />
              <SelectField
                id="intake-municipalityCode"
                label={t('intake.municipality')}
                emptyOption={t('intake.chooseMunicipality')}
                options={(region.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name }))}
                value={person.municipalityCode}
                onChange={(event) => setPerson({ ...person, municipalityCode: event.target.value })}
              />
            </GroupShell>
          )}
        </section>
        <section className="sp-section" aria-labelledby="intake-place">
          <Heading2 id="intake-place">{t('intake.place')}</Heading2>
          <SelectField
            id="intake-locationId"
            label={t('intake.location')}
            emptyOption={t('intake.chooseLocation')}
            options={activeLocations.map((location) => ({
              value: location.id,
              label: `${location.name} (${location.organisationName})`,
            }))}
            value={place.locationId}
            error={errors.fields['locationId']}
            onChange={(event) => setPlace({ ...place, locationId: event.target.value })}
          />
          <SelectField
            id="intake-service"
            label={t('intake.service')}
            emptyOption={t('intake.chooseService')}
            options={shelterServices.map((service) => ({ value: service, label: t.enum('service', service) }))}
            value={place.service}
            description={counts ? t.plural('intake.freeBeds', counts.places, { free: counts.free }) : undefined}
            error={errors.fields['service']}
            onChange={(event) => setPlace({ ...place, service: event.target.value })}
          />
          <TextField
            id="intake-startedOn"
            type="date"
            label={t('intake.startedOn')}
            value={place.startedOn}
            error={errors.fields['startedOn']}
            onChange={(event) => setPlace({ ...place, startedOn: event.target.value })}
          />
        </section>
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={intake.isPending}>
            {t('intake.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
