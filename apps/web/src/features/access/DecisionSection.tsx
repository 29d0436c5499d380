import { DecideApplicationRequest, type ApplicationDetail } from '@springplank/contract';
import {
  defaultIwmoCategory,
  IWMO_PRODUCT_CATEGORIES,
  isWaitlistService,
  SERVICE_CODES,
  WAITLIST_PRIORITIES,
} from '@springplank/domain';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { RouterLink } from '../../shared/ui/RouterLink';
import { Facts } from '../../shared/ui/Facts';
import {
  ApiForm,
  FormDate,
  FormRadioGroup,
  FormSelect,
  FormTextarea,
  SubmitButton,
  useApiForm,
} from '../../shared/ui/form';
import { useDecide } from './api';
import { personName } from './labels';

/** The decision: shown when taken, otherwise the form to grant or refuse (access officers). */
export function DecisionSection({
  application,
  onSaved,
}: {
  application: ApplicationDetail;
  onSaved: (text: string) => void;
}) {
  const { t, locale } = useI18n();
  const decision = application.decision;
  return (
    <section className="sp-section" aria-labelledby="decision-title">
      <Heading2 id="decision-title">{t('access.decision.title')}</Heading2>
      {decision ? (
        <>
          <Facts
            testId="decision-facts"
            items={[
              {
                label: t('access.decision.outcome'),
                value: t.enum('applicationStatus', decision.granted ? 'granted' : 'refused'),
              },
              {
                label: t('access.decision.service'),
                value: decision.service ? t.enum('service', decision.service) : null,
              },
              {
                label: t('access.decision.validity'),
                value: decision.validFrom
                  ? decision.validUntil
                    ? t('access.decision.validityValue', {
                        from: formatDate(decision.validFrom, locale),
                        until: formatDate(decision.validUntil, locale),
                      })
                    : t('access.decision.validityOpen', { from: formatDate(decision.validFrom, locale) })
                  : null,
              },
              {
                label: t('access.decision.priority'),
                value: decision.priority ? t.enum('waitlistPriority', decision.priority) : null,
              },
              { label: t('access.decision.priorityReason'), value: decision.priorityReason },
              { label: t('access.decision.refusalReason'), value: decision.refusalReason },
              { label: t('access.decision.iwmo'), value: t.enum('iwmoCategory', decision.iwmoCategory) },
              { label: t('access.decision.decidedOn'), value: formatDate(decision.decidedOn, locale) },
              { label: t('access.decision.decidedBy'), value: decision.decidedBy },
            ]}
          />
          {decision.waitlistEntryId ? (
            <Paragraph>
              {t('access.decision.onWaitlist')}{' '}
              <RouterLink to="/wachtlijst">{t('access.decision.toWaitlist')}</RouterLink>
            </Paragraph>
          ) : null}
        </>
      ) : application.status === 'submitted' ? (
        <DecisionForm application={application} onSaved={onSaved} />
      ) : null}
    </section>
  );
}

/** Options of the outcome radio group. */
function outcomeOptions(t: ReturnType<typeof useI18n>['t']) {
  return [
    { value: 'granted', label: t('access.decision.granted') },
    { value: 'refused', label: t('access.decision.refused') },
  ];
}

function DecisionForm({ application, onSaved }: { application: ApplicationDetail; onSaved: (text: string) => void }) {
  const { t } = useI18n();
  const decide = useDecide(application.id);
  const { confirm, dialog } = useConfirm();
  const name = personName([application.person.givenName, application.person.familyName].filter(Boolean).join(' '), t);
  const form = useApiForm({
    id: 'decision',
    schema: DecideApplicationRequest,
    defaultValues: {
      service: application.requestedService,
      validFrom: '',
      validUntil: '',
      priority: 'normal',
      priorityReason: '',
      refusalReason: '',
      iwmoCategory: defaultIwmoCategory(application.requestedService),
    },
    confirm: (values) =>
      confirm(
        values.outcome === 'granted'
          ? {
              title: t('confirm.grant.title', { name }),
              body: t(
                isWaitlistService(values.service ?? application.requestedService)
                  ? 'confirm.grant.bodyWaitlist'
                  : 'confirm.grant.body',
              ),
              confirmLabel: t('confirm.grant.confirm'),
            }
          : {
              title: t('confirm.refuse.title', { name }),
              body: t('confirm.refuse.body'),
              confirmLabel: t('confirm.refuse.confirm'),
            },
      ),
    // Send only what belongs to the outcome: fields of the other outcome may still hold values.
    submit: (values) =>
      decide.mutateAsync(
        values.outcome === 'granted'
          ? { ...values, refusalReason: undefined }
          : {
              outcome: 'refused',
              refusalReason: values.refusalReason,
              iwmoCategory: values.iwmoCategory,
              decidedOn: values.decidedOn,
            },
      ),
    onSuccess: () => onSaved(t('access.decision.saved')),
  });
  const { control, getFieldState, setValue } = form.methods;
  const [outcome, service, priority] = useWatch({ control, name: ['outcome', 'service', 'priority'] });
  useEffect(() => {
    // The iWmo category follows the granted service until the officer chooses one themselves.
    if (!service || getFieldState('iwmoCategory').isDirty) return;
    setValue('iwmoCategory', defaultIwmoCategory(service));
  }, [service, getFieldState, setValue]);
  const granted = outcome === 'granted';

  return (
    <>
      <ApiForm
        form={form}
        testId="decision-form"
        aria-labelledby="decision-title"
        summaryTitle={t('access.decision.errorTitle')}
      >
        <FormRadioGroup name="outcome" legend={t('access.decision.outcome')} options={outcomeOptions(t)} />
        {granted ? (
          <>
            <FormSelect
              name="service"
              label={t('access.decision.service')}
              description={service && isWaitlistService(service) ? t('access.decision.waitlistNote') : undefined}
              placeholder={null}
              options={SERVICE_CODES.map((code) => ({ value: code, label: t.enum('service', code) }))}
            />
            <FormDate name="validFrom" id="decision-valid-from" label={t('access.decision.validFrom')} />
            <FormDate name="validUntil" id="decision-valid-until" label={t('access.decision.validUntil')} optional />
            <FormRadioGroup
              name="priority"
              legend={t('access.decision.priority')}
              options={WAITLIST_PRIORITIES.map((p) => ({ value: p, label: t.enum('waitlistPriority', p) }))}
            />
            <FormTextarea
              name="priorityReason"
              id="decision-priority-reason"
              label={t('access.decision.priorityReason')}
              description={t('access.decision.priorityReasonHelp')}
              optional={priority === 'normal'}
              rows={3}
            />
          </>
        ) : null}
        {outcome === 'refused' ? (
          <FormTextarea
            name="refusalReason"
            id="decision-refusal-reason"
            label={t('access.decision.refusalReason')}
            rows={4}
          />
        ) : null}
        {outcome ? (
          <FormSelect
            name="iwmoCategory"
            id="decision-iwmo"
            label={t('access.decision.iwmo')}
            description={t('access.decision.iwmoHelp')}
            placeholder={null}
            options={IWMO_PRODUCT_CATEGORIES.map((code) => ({ value: code, label: t.enum('iwmoCategory', code) }))}
          />
        ) : null}
        <SubmitButton>{t('access.decision.submit')}</SubmitButton>
      </ApiForm>
      {dialog}
    </>
  );
}
