import { CreateApplicationRequest, type AccessPerson } from '@springplank/contract';
import { EXPERTISE_TAGS, SERVICE_CODES } from '@springplank/domain';
import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useFormState } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import {
  ApiForm,
  FormCheckboxGroup,
  FormDate,
  FormSelect,
  FormText,
  FormTextarea,
  SubmitButton,
  useApiForm,
} from '../../shared/ui/form';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser } from '../../shared/api/session';
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

/** The request when the officer chooses the person with the picker: then a person is required. */
const WithChosenPerson = CreateApplicationRequest.required({ personId: true });

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
  // Outreach workers on a case without a person name the person through the case itself.
  const needsPicker = isOfficer && !fixedPersonId;
  const namesPerson = !needsPicker && !fixedPersonId && !initialPerson;
  const form = useApiForm({
    id: 'application',
    schema: needsPicker ? WithChosenPerson : CreateApplicationRequest,
    defaultValues: {
      // Values from the page, not typed by the person; kept here so the schema sees them.
      personId: fixedPersonId ?? initialPerson?.id ?? '',
      caseId: caseId ?? undefined,
      source: isOfficer ? (caseId ? 'meldpunt_case' : 'local_access') : undefined,
      newPerson: namesPerson ? { givenName: '', familyName: '', birthDate: '' } : undefined,
      motivation: initialMotivation,
      expertiseNeeds: [],
    },
    submit: (values) => create.mutateAsync(values),
    onSuccess: (detail) =>
      void navigate(`/toegang/aanmeldingen/${detail.id}`, { state: { created: detail.reference } }),
  });
  const { registerField, methods } = form;
  const personLabel = t('access.new.person');
  // The picker has forms of its own, so it stands before this form; it still joins its summary.
  useEffect(
    () => registerField('personId', { id: 'application-person', targetId: 'application-person', label: personLabel }),
    [registerField, personLabel],
  );
  const personError = useFormState({ control: methods.control, name: 'personId' }).errors.personId?.message;
  const choose = (chosen: AccessPerson | null) => {
    setPerson(chosen);
    methods.setValue('personId', chosen?.id ?? '');
    if (chosen) methods.clearErrors('personId');
  };

  const personName = person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : '';
  return (
    <>
      {needsPicker ? (
        <section className="sp-section" aria-labelledby="application-person-title">
          <Heading2 id="application-person-title">{personLabel}</Heading2>
          {person ? (
            <div id="application-person" tabIndex={-1}>
              <Paragraph data-testid="chosen-person">{t('access.new.chosenPerson', { name: personName })}</Paragraph>
              <Button appearance="subtle-button" onClick={() => choose(null)}>
                {t('access.new.changePerson')}
              </Button>
            </div>
          ) : (
            <div id="application-person" tabIndex={-1}>
              {personError ? <Paragraph className="sp-field-error">{personError}</Paragraph> : null}
              <ApplicationPersonPicker onChoose={choose} />
            </div>
          )}
        </section>
      ) : person ? (
        <Paragraph data-testid="chosen-person">{t('access.new.chosenPerson', { name: personName })}</Paragraph>
      ) : null}
      <section className="sp-section" aria-labelledby="application-form-title">
        <Heading2 id="application-form-title">{t('access.detail.application')}</Heading2>
        <ApiForm form={form} aria-labelledby="application-form-title" summaryTitle={t('access.new.errorTitle')}>
          {namesPerson ? (
            <>
              <FormText
                name="newPerson.givenName"
                id="application-given"
                label={t('access.persons.givenName')}
                optional
              />
              <FormText name="newPerson.familyName" id="application-family" label={t('access.persons.familyName')} />
              <FormDate
                name="newPerson.birthDate"
                id="application-birth"
                label={t('access.persons.birthDate')}
                optional
              />
            </>
          ) : null}
          <FormSelect
            name="requestedService"
            id="application-service"
            label={t('access.new.service')}
            placeholder={t('access.new.chooseService')}
            options={SERVICE_CODES.map((code) => ({ value: code, label: t.enum('service', code) }))}
          />
          {isOfficer ? (
            <FormSelect
              name="source"
              id="application-source"
              label={t('access.new.source')}
              placeholder={null}
              options={SOURCES.filter((s) => s !== 'meldpunt_case' || caseId).map((s) => ({
                value: s,
                label: t.enum('applicationSource', s),
              }))}
            />
          ) : null}
          <FormTextarea
            name="motivation"
            id="application-motivation"
            label={t('access.new.motivation')}
            description={t('access.new.motivationHelp')}
            rows={6}
          />
          <FormCheckboxGroup
            name="expertiseNeeds"
            id="application-expertise"
            legend={t('access.new.expertise')}
            description={t('access.new.expertiseHelp')}
            options={EXPERTISE_TAGS.map((tag) => ({ value: tag, label: t.enum('expertiseTag', tag) }))}
          />
          <SubmitButton>{t('access.new.submit')}</SubmitButton>
        </ApiForm>
      </section>
    </>
  );
}
