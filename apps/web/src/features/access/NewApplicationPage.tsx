import type { AccessPerson } from '@springplank/contract';
import { EXPERTISE_TAGS, SERVICE_CODES, type ServiceCode } from '@springplank/domain';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { CheckboxGroup, SelectField, TextField } from '../../shared/ui/fields';
import { TextareaField } from '../../shared/ui/TextareaField';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
import { useFormErrors } from '../../shared/ui/legacy/useFormErrors';
import { useCreateApplication, usePrefill } from './api';
import { ApplicationPersonPicker } from './ApplicationPersonPicker';

const SOURCES = ['local_access', 'own_request', 'provider', 'meldpunt_case'] as const;

/**
 * /toegang/aanmeldingen/nieuw: start an application. Access officers find or create the person;
 * outreach workers come with ?caseId= (person and summary from the case); providers with ?personId=.
 */
export function NewApplicationPage() {
  const { t } = useI18n();
  usePageTitle(t('access.new.title'));
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const caseId = params.get('caseId');
  const personIdParam = params.get('personId');
  const isOfficer = user.roles.includes('access_officer');
  const isProvider = !isOfficer && user.roles.includes('provider_staff');
  const prefill = usePrefill(caseId && !isProvider ? caseId : null);

  if (caseId && !isProvider && prefill.isPending) return <Loading />;
  return (
    <>
      <Heading1>{t('access.new.title')}</Heading1>
      <Paragraph>{t('access.new.intro')}</Paragraph>
      {prefill.isError ? <ErrorAlert error={prefill.error}>{t('access.new.caseError')}</ErrorAlert> : null}
      {prefill.data ? (
        <Paragraph data-testid="application-case">
          {t('access.new.fromCase', { reference: prefill.data.caseReference, team: prefill.data.teamName })}
        </Paragraph>
      ) : null}
      {isProvider && !personIdParam ? (
        <Paragraph role="status">{t('access.new.providerNoPerson')}</Paragraph>
      ) : (
        <ApplicationForm
          isOfficer={isOfficer}
          caseId={prefill.data?.caseId ?? null}
          initialPerson={prefill.data?.person ?? null}
          fixedPersonId={isProvider ? personIdParam : null}
          initialMotivation={prefill.data?.summary ?? ''}
        />
      )}
    </>
  );
}

function ApplicationForm({
  isOfficer,
  caseId,
  initialPerson,
  fixedPersonId,
  initialMotivation,
}: {
  isOfficer: boolean;
  caseId: string | null;
  initialPerson: AccessPerson | null;
  fixedPersonId: string | null;
  initialMotivation: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [person, setPerson] = useState<AccessPerson | null>(initialPerson);
  const [service, setService] = useState<ServiceCode | ''>('');
  const [motivation, setMotivation] = useState(initialMotivation);
  const [source, setSource] = useState<(typeof SOURCES)[number]>(caseId ? 'meldpunt_case' : 'local_access');
  const [needs, setNeeds] = useState<string[]>([]);
  const [newPerson, setNewPerson] = useState({ givenName: '', familyName: '', birthDate: '' });
  // Outreach workers on a case without a person name the person through the case itself.
  const needsPicker = isOfficer && !fixedPersonId;
  const namesPerson = !needsPicker && !fixedPersonId && !person;
  const fields = useMemo(
    () => [
      { name: 'personId', id: 'application-person', label: t('access.new.person') },
      { name: 'requestedService', id: 'application-service', label: t('access.new.service') },
      { name: 'motivation', id: 'application-motivation', label: t('access.new.motivation') },
      { name: 'newPerson', id: 'application-family', label: t('access.persons.familyName') },
      { name: 'caseId', id: 'application-service', label: t('access.new.service') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (needsPicker && !person) found.personId = t('access.new.required.person');
    if (namesPerson && !newPerson.givenName.trim() && !newPerson.familyName.trim()) {
      found.newPerson = t('access.persons.required.name');
    }
    if (!service) found.requestedService = t('access.new.required.service');
    if (motivation.trim().length < 10) found.motivation = t('access.new.required.motivation');
    if (Object.keys(found).length > 0 || !service) return fail(found);
    clear();
    create.mutate(
      {
        personId: fixedPersonId ?? person?.id,
        newPerson: namesPerson
          ? {
              givenName: newPerson.givenName.trim() || undefined,
              familyName: newPerson.familyName.trim() || undefined,
              birthDate: newPerson.birthDate || undefined,
            }
          : undefined,
        caseId: caseId ?? undefined,
        source: isOfficer ? source : undefined,
        requestedService: service,
        motivation: motivation.trim(),
        expertiseNeeds: needs as (typeof EXPERTISE_TAGS)[number][],
      },
      {
        onSuccess: (detail) =>
          void navigate(`/toegang/aanmeldingen/${detail.id}`, { state: { created: detail.reference } }),
        onError: (error) => void failFromApi(error),
      },
    );
  };

  const personName = person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : '';
  return (
    <>
      {needsPicker ? (
        <section className="sp-section" aria-labelledby="application-person-title">
          <Heading2 id="application-person-title">{t('access.new.person')}</Heading2>
          {person ? (
            <div id="application-person" tabIndex={-1}>
              <Paragraph data-testid="chosen-person">{t('access.new.chosenPerson', { name: personName })}</Paragraph>
              <Button appearance="subtle-button" onClick={() => setPerson(null)}>
                {t('access.new.changePerson')}
              </Button>
            </div>
          ) : (
            <div id="application-person" tabIndex={-1}>
              {errors.personId ? <Paragraph className="sp-field-error">{errors.personId}</Paragraph> : null}
              <ApplicationPersonPicker onChoose={setPerson} />
            </div>
          )}
        </section>
      ) : person ? (
        <Paragraph data-testid="chosen-person">{t('access.new.chosenPerson', { name: personName })}</Paragraph>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="application-form-title" className="sp-section">
        <Heading2 id="application-form-title">{t('access.detail.application')}</Heading2>
        <ErrorSummary title={t('access.new.errorTitle')} items={summary} focusSignal={focusSignal} />
        {create.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={create.error} /> : null}
        {namesPerson ? (
          <>
            <TextField
              id="application-given"
              label={t('access.persons.givenName')}
              value={newPerson.givenName}
              onChange={(e) => setNewPerson((p) => ({ ...p, givenName: e.target.value }))}
              optional
            />
            <TextField
              id="application-family"
              label={t('access.persons.familyName')}
              value={newPerson.familyName}
              onChange={(e) => setNewPerson((p) => ({ ...p, familyName: e.target.value }))}
              error={errors.newPerson}
            />
            <TextField
              id="application-birth"
              type="date"
              label={t('access.persons.birthDate')}
              value={newPerson.birthDate}
              onChange={(e) => setNewPerson((p) => ({ ...p, birthDate: e.target.value }))}
              optional
            />
          </>
        ) : null}
        <SelectField
          id="application-service"
          label={t('access.new.service')}
          emptyOption={t('access.new.chooseService')}
          value={service}
          onChange={(e) => setService(e.target.value as ServiceCode | '')}
          error={errors.requestedService}
          options={SERVICE_CODES.map((code) => ({ value: code, label: t.enum('service', code) }))}
        />
        {isOfficer ? (
          <SelectField
            id="application-source"
            label={t('access.new.source')}
            value={source}
            onChange={(e) => setSource(e.target.value as (typeof SOURCES)[number])}
            options={SOURCES.filter((s) => s !== 'meldpunt_case' || caseId).map((s) => ({
              value: s,
              label: t.enum('applicationSource', s),
            }))}
          />
        ) : null}
        <TextareaField
          id="application-motivation"
          label={t('access.new.motivation')}
          description={t('access.new.motivationHelp')}
          value={motivation}
          onChange={(e) => setMotivation(e.target.value)}
          error={errors.motivation}
          rows={6}
        />
        <CheckboxGroup
          id="application-expertise"
          legend={t('access.new.expertise')}
          description={t('access.new.expertiseHelp')}
          options={EXPERTISE_TAGS.map((tag) => ({ value: tag, label: t.enum('expertiseTag', tag) }))}
          value={needs}
          onChange={setNeeds}
        />
        <Button type="submit" appearance="primary-action-button" disabled={create.isPending}>
          {t('access.new.submit')}
        </Button>
      </form>
    </>
  );
}
