import type { ApplicationDetail } from '@springplank/contract';
import {
  defaultIwmoCategory,
  IWMO_PRODUCT_CATEGORIES,
  isWaitlistService,
  SERVICE_CODES,
  WAITLIST_PRIORITIES,
  type IwmoProductCategory,
  type ServiceCode,
  type WaitlistPriority,
} from '@springplank/domain';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ErrorAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { useConfirm } from '../../shared/ui/ConfirmDialog';
import { RadioGroup } from '../../shared/ui/RadioGroup';
import { RouterLink } from '../../shared/ui/RouterLink';
import { TextareaField } from '../../shared/ui/TextareaField';
import { Facts } from '../../shared/ui/Facts';
import { useFormErrors } from '../../shared/ui/legacy/useFormErrors';
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

function DecisionForm({ application, onSaved }: { application: ApplicationDetail; onSaved: (text: string) => void }) {
  const { t } = useI18n();
  const decide = useDecide(application.id);
  const [outcome, setOutcome] = useState<'granted' | 'refused' | ''>('');
  const [service, setService] = useState<ServiceCode>(application.requestedService);
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [priority, setPriority] = useState<WaitlistPriority>('normal');
  const [priorityReason, setPriorityReason] = useState('');
  const [refusalReason, setRefusalReason] = useState('');
  const [iwmo, setIwmo] = useState<IwmoProductCategory | ''>('');
  const fields = useMemo(
    () => [
      { name: 'outcome', id: 'decision-outcome', label: t('access.decision.outcome') },
      { name: 'validFrom', id: 'decision-valid-from', label: t('access.decision.validFrom') },
      { name: 'validUntil', id: 'decision-valid-until', label: t('access.decision.validUntil') },
      { name: 'priority', id: 'decision-priority', label: t('access.decision.priority') },
      { name: 'priorityReason', id: 'decision-priority-reason', label: t('access.decision.priorityReason') },
      { name: 'refusalReason', id: 'decision-refusal-reason', label: t('access.decision.refusalReason') },
      { name: 'decidedOn', id: 'decision-outcome', label: t('access.decision.decidedOn') },
    ],
    [t],
  );
  const { errors, summary, focusSignal, fail, failFromApi, clear } = useFormErrors(fields);
  const granted = outcome === 'granted';
  const category = iwmo || defaultIwmoCategory(granted ? service : application.requestedService);
  const { confirm, dialog } = useConfirm();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = t('access.decision.outcome');
    if (granted && !validFrom) found.validFrom = t('access.decision.required.validFrom');
    if (granted && priority !== 'normal' && priorityReason.trim().length < 3) {
      found.priorityReason = t('access.decision.required.priorityReason');
    }
    if (outcome === 'refused' && refusalReason.trim().length < 3) {
      found.refusalReason = t('access.decision.required.refusalReason');
    }
    if (Object.keys(found).length > 0 || !outcome) return fail(found);
    clear();
    const name = personName([application.person.givenName, application.person.familyName].filter(Boolean).join(' '), t);
    const confirmed = await confirm(
      granted
        ? {
            title: t('confirm.grant.title', { name }),
            body: t(isWaitlistService(service) ? 'confirm.grant.bodyWaitlist' : 'confirm.grant.body'),
            confirmLabel: t('confirm.grant.confirm'),
          }
        : {
            title: t('confirm.refuse.title', { name }),
            body: t('confirm.refuse.body'),
            confirmLabel: t('confirm.refuse.confirm'),
          },
    );
    if (!confirmed) return;
    decide.mutate(
      granted
        ? {
            outcome,
            service,
            validFrom,
            validUntil: validUntil || undefined,
            priority,
            priorityReason: priorityReason.trim() || undefined,
            iwmoCategory: category,
          }
        : { outcome: 'refused', refusalReason: refusalReason.trim(), iwmoCategory: category },
      { onSuccess: () => onSaved(t('access.decision.saved')), onError: (error) => void failFromApi(error) },
    );
  };

  return (
    <>
      <form onSubmit={submit} noValidate aria-labelledby="decision-title" data-testid="decision-form">
        <ErrorSummary title={t('access.decision.errorTitle')} items={summary} focusSignal={focusSignal} />
        {decide.isError && Object.keys(errors).length === 0 ? <ErrorAlert error={decide.error} /> : null}
        <RadioGroup
          id="decision-outcome"
          legend={t('access.decision.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as 'granted' | 'refused')}
          error={errors.outcome}
          options={[
            { value: 'granted', label: t('access.decision.granted') },
            { value: 'refused', label: t('access.decision.refused') },
          ]}
        />
        {granted ? (
          <>
            <SelectField
              id="decision-service"
              label={t('access.decision.service')}
              value={service}
              onChange={(e) => setService(e.target.value as ServiceCode)}
              description={isWaitlistService(service) ? t('access.decision.waitlistNote') : undefined}
              options={SERVICE_CODES.map((code) => ({ value: code, label: t.enum('service', code) }))}
            />
            <TextField
              id="decision-valid-from"
              type="date"
              label={t('access.decision.validFrom')}
              value={validFrom}
              onChange={(e) => setValidFrom(e.target.value)}
              error={errors.validFrom}
            />
            <TextField
              id="decision-valid-until"
              type="date"
              label={t('access.decision.validUntil')}
              value={validUntil}
              onChange={(e) => setValidUntil(e.target.value)}
              error={errors.validUntil}
              optional
            />
            <RadioGroup
              id="decision-priority"
              legend={t('access.decision.priority')}
              value={priority}
              onChange={(value) => setPriority(value as WaitlistPriority)}
              error={errors.priority}
              options={WAITLIST_PRIORITIES.map((p) => ({ value: p, label: t.enum('waitlistPriority', p) }))}
            />
            <TextareaField
              id="decision-priority-reason"
              label={t('access.decision.priorityReason')}
              description={t('access.decision.priorityReasonHelp')}
              value={priorityReason}
              onChange={(e) => setPriorityReason(e.target.value)}
              error={errors.priorityReason}
              optional={priority === 'normal'}
              rows={3}
            />
          </>
        ) : null}
        {outcome === 'refused' ? (
          <TextareaField
            id="decision-refusal-reason"
            label={t('access.decision.refusalReason')}
            value={refusalReason}
            onChange={(e) => setRefusalReason(e.target.value)}
            error={errors.refusalReason}
            rows={4}
          />
        ) : null}
        {outcome ? (
          <SelectField
            id="decision-iwmo"
            label={t('access.decision.iwmo')}
            description={t('access.decision.iwmoHelp')}
            value={category}
            onChange={(e) => setIwmo(e.target.value as IwmoProductCategory)}
            options={IWMO_PRODUCT_CATEGORIES.map((code) => ({ value: code, label: t.enum('iwmoCategory', code) }))}
          />
        ) : null}
        <Button type="submit" appearance="primary-action-button" disabled={decide.isPending}>
          {t('access.decision.submit')}
        </Button>
      </form>
      {dialog}
    </>
  );
}
