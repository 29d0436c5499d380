import type { AddCaseEventRequest } from '@springplank/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { isApiError } from '../../shared/api/client';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { RadioGroup } from '../../shared/ui/RadioGroup';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useAddCaseEvent } from './api';
import {
  ACTION_KINDS,
  actionKindOptions,
  CHANNELS,
  channelOptions,
  RESULTS,
  resultOptions,
} from '../../shared/labels/casework';

type Values = { kind: string; channel: string; result: string; partner: string; note: string; occurredAt: string };
type Field = keyof Values;
const EMPTY: Values = { kind: '', channel: '', result: '', partner: '', note: '', occurredAt: '' };
const ORDER: Field[] = ['kind', 'channel', 'result', 'partner', 'note', 'occurredAt'];

function pick<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item === value);
}

/** Where focus goes for a field with an error: the first radio of a group, else the input. */
function focusField(field: Field): void {
  const group = document.querySelector<HTMLElement>(`#event-${field} input`);
  (group ?? document.getElementById(`event-${field}`))?.focus();
}

/** "Actie vastleggen": a contact attempt, joint visit, partner consultation or note. */
export function CaseEventForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const t = useT();
  const add = useAddCaseEvent(caseId);
  const [values, setValues] = useState<Values>(EMPTY);
  // Bumped after each saved action: gives the note field a fresh, empty element (see below).
  const [round, setRound] = useState(0);
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const errors: Partial<Record<Field, string>> = { ...fieldErrorsOf(add.error), ...clientErrors };
  const set = (field: Field) => (value: string) => setValues({ ...values, [field]: value });
  const isContact = values.kind === 'contact_attempt';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const kind = pick(ACTION_KINDS, values.kind);
    const channel = pick(CHANNELS, values.channel);
    const result = pick(RESULTS, values.result);
    const note = values.note.trim();
    const partner = values.partner.trim();
    const when = values.occurredAt ? new Date(values.occurredAt) : null;
    const found: Partial<Record<Field, string>> = {};
    if (!kind) found.kind = t('validation.chooseOne');
    if (kind === 'contact_attempt' && !channel) found.channel = t('validation.chooseOne');
    if (kind === 'contact_attempt' && !result) found.result = t('validation.chooseOne');
    if (kind === 'partner_consultation' && !partner) found.partner = t('validation.required');
    if (kind === 'note' && !note) found.note = t('validation.required');
    if (when && (Number.isNaN(when.getTime()) || when.getTime() > Date.now())) {
      found.occurredAt = t('case.action.future');
    }
    setClientErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first || !kind) {
      if (first) focusField(first);
      return;
    }
    const body: AddCaseEventRequest = { kind, note };
    if (kind === 'contact_attempt') Object.assign(body, { channel, result });
    if (kind === 'partner_consultation') body.partner = partner;
    if (when) body.occurredAt = when.toISOString();
    add.mutate(body, {
      onSuccess: () => {
        // Empty the form before the new timeline entry shows, so nothing typed after it is lost.
        flushSync(() => {
          setValues(EMPTY);
          setRound(round + 1);
        });
        onDone(t('case.action.saved'));
      },
    });
  };

  const hasErrors = Object.keys(clientErrors).length > 0 || isApiError(add.error, 'VALIDATION_FAILED');
  return (
    <section className="sp-section sp-panel" aria-labelledby="case-action">
      <Heading2 id="case-action">{t('case.action.title')}</Heading2>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="case-event-form">
        {hasErrors ? <ErrorAlert error={null}>{t('common.fixErrors')}</ErrorAlert> : null}
        {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
        <RadioGroup
          id="event-kind"
          legend={t('case.action.kind')}
          options={actionKindOptions(t)}
          value={values.kind}
          error={errors.kind}
          onChange={set('kind')}
        />
        {isContact ? (
          <>
            <RadioGroup
              id="event-channel"
              legend={t('case.action.channel')}
              options={channelOptions(t)}
              value={values.channel}
              error={errors.channel}
              onChange={set('channel')}
            />
            <RadioGroup
              id="event-result"
              legend={t('case.action.result')}
              options={resultOptions(t)}
              value={values.result}
              error={errors.result}
              onChange={set('result')}
            />
          </>
        ) : null}
        {values.kind === 'partner_consultation' ? (
          <TextField
            id="event-partner"
            label={t('case.action.partner')}
            value={values.partner}
            error={errors.partner}
            onChange={(event) => set('partner')(event.target.value)}
          />
        ) : null}
        {/* Uncontrolled: React mirrors a controlled textarea's value into its text content, so the
            note would seem to be on the page (e.g. to a test) before it is saved. */}
        <TextareaField
          key={round}
          id="event-note"
          label={t('case.action.note')}
          optional={values.kind !== 'note'}
          rows={4}
          defaultValue=""
          error={errors.note}
          onChange={(event) => set('note')(event.target.value)}
        />
        <TextField
          id="event-occurredAt"
          type="datetime-local"
          label={t('case.action.occurredAt')}
          description={t('case.action.occurredAtDescription')}
          optional
          value={values.occurredAt}
          error={errors.occurredAt}
          onChange={(event) => set('occurredAt')(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
            {t('case.action.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
