import type { ConferenceDetail } from '@springplank/contract';
import { Button, Heading2, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { SelectField } from '../../shared/ui/fields';
import { TextareaField } from '../../shared/ui/TextareaField';
import { useAddItem } from './api';

/** Put a case on the agenda: one of the suggestions (with its first reason), or any person in the flow by hand. */
export function AddItemForms({ conference }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const add = useAddItem(conference.id);
  const [suggested, setSuggested] = useState('');
  const [person, setPerson] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const errors = { ...fieldErrorsOf(add.error), ...clientErrors };
  const done = () => {
    setSaved(true);
    setSuggested('');
    setPerson('');
    setNote('');
  };

  const submitSuggested = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const suggestion = conference.suggestions.find((s) => s.personId === suggested);
    const reason = suggestion?.signals[0]?.reason;
    if (!suggestion || !reason) {
      setClientErrors({ suggested: t('validation.chooseOne') });
      document.getElementById('add-suggested')?.focus();
      return;
    }
    setClientErrors({});
    add.mutate({ personId: suggestion.personId, reason, note: null }, { onSuccess: done });
  };

  const submitManual = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    if (!person) found['personId'] = t('validation.chooseOne');
    if (!note.trim()) found['note'] = t('validation.required');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found['personId'] ? 'add-personId' : 'add-note')?.focus();
      return;
    }
    add.mutate({ personId: person, reason: 'manual', note: note.trim() }, { onSuccess: done });
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="agenda-add">
      <Heading2 id="agenda-add">{t('veldtafel.add.title')}</Heading2>
      {saved ? <SuccessAlert>{t('veldtafel.add.saved')}</SuccessAlert> : null}
      {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
      {conference.suggestions.length > 0 ? (
        <form className="sp-form" onSubmit={submitSuggested} noValidate data-testid="add-suggested-form">
          <SelectField
            id="add-suggested"
            label={t('veldtafel.add.suggested')}
            emptyOption=""
            options={conference.suggestions.map((s) => ({
              value: s.personId,
              label: t('veldtafel.add.suggestedOption', {
                name: s.personName,
                reason: s.signals.map((hit) => t(`veldtafel.reason.${hit.reason}`)).join('; '),
              }),
            }))}
            value={suggested}
            error={errors['suggested']}
            onChange={(event) => setSuggested(event.target.value)}
          />
          <div className="sp-actions">
            <Button type="submit" appearance="primary-action-button" busy={add.isPending}>
              {t('veldtafel.add.submitSuggested')}
            </Button>
          </div>
        </form>
      ) : null}
      <Heading3 id="agenda-add-manual">{t('veldtafel.add.manualTitle')}</Heading3>
      <form className="sp-form" onSubmit={submitManual} noValidate aria-labelledby="agenda-add-manual">
        <SelectField
          id="add-personId"
          label={t('veldtafel.add.person')}
          emptyOption=""
          options={conference.people.map((p) => ({ value: p.personId, label: p.personName }))}
          value={person}
          error={errors['personId']}
          onChange={(event) => setPerson(event.target.value)}
        />
        <TextareaField
          id="add-note"
          label={t('veldtafel.add.note')}
          value={note}
          error={errors['note']}
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
            {t('veldtafel.add.submitManual')}
          </Button>
        </div>
      </form>
    </section>
  );
}
