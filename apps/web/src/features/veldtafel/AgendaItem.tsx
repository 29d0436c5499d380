import type { ConferenceDetail, ConferenceItem } from '@springplank/contract';
import { Button, Heading3, Heading4, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, fieldErrorsOf, SuccessAlert } from '../../shared/ui/feedback';
import { SelectField, TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { TextareaField } from '../../shared/ui/TextareaField';
import { Facts } from '../../shared/ui/Facts';
import { useAddAction, useSaveDecision, useSetActionDone } from './api';

/** One case on the agenda: why, the decision, and the follow-up actions. */
export function AgendaItem({ conference, item }: { conference: ConferenceDetail; item: ConferenceItem }) {
  const { t, locale } = useI18n();
  const setDone = useSetActionDone(conference.id);
  const headingId = `item-${item.id}`;
  return (
    <article className="sp-panel" aria-labelledby={headingId} data-testid="agenda-item">
      <Heading3 id={headingId}>{item.personName}</Heading3>
      <Facts
        items={[
          { label: t('veldtafel.item.reason'), value: t(`veldtafel.reason.${item.reason}`) },
          { label: t('veldtafel.item.note'), value: item.note },
        ]}
      />
      <DecisionForm conferenceId={conference.id} item={item} />
      {setDone.error ? <ErrorAlert error={setDone.error} /> : null}
      {item.actions.length === 0 ? (
        <Paragraph>{t('veldtafel.actions.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('veldtafel.actions.caption', { name: item.personName })}
          testId="agenda-actions"
          columns={[
            { label: t('veldtafel.actions.col.description') },
            { label: t('veldtafel.actions.col.owner') },
            { label: t('veldtafel.actions.col.due') },
            { label: t('veldtafel.actions.col.done') },
          ]}
        >
          {item.actions.map((action) => (
            <TableRow key={action.id}>
              <TableCell>{action.description}</TableCell>
              <TableCell>{action.ownerOrganisationName ?? t('veldtafel.actions.noOwner')}</TableCell>
              <TableCell>{action.dueOn ? formatDate(action.dueOn, locale, 'short') : t('common.none')}</TableCell>
              <TableCell>
                <span>
                  {action.doneOn
                    ? t('veldtafel.actions.done', { date: formatDate(action.doneOn, locale, 'short') })
                    : t('veldtafel.actions.notDone')}
                </span>{' '}
                <Button
                  appearance="subtle-button"
                  busy={setDone.isPending}
                  aria-label={`${action.doneOn ? t('veldtafel.actions.markOpen') : t('veldtafel.actions.markDone')}: ${action.description}`}
                  onClick={() => setDone.mutate({ actionId: action.id, done: action.doneOn === null })}
                >
                  {action.doneOn ? t('veldtafel.actions.markOpen') : t('veldtafel.actions.markDone')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      <AddActionForm conference={conference} item={item} />
    </article>
  );
}

function DecisionForm({ conferenceId, item }: { conferenceId: string; item: ConferenceItem }) {
  const { t } = useI18n();
  const save = useSaveDecision(conferenceId);
  const [decision, setDecision] = useState(item.decision ?? '');
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    save.mutate({ itemId: item.id, body: { decision: decision.trim() || null } }, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="sp-form" onSubmit={submit} noValidate>
      {saved ? <SuccessAlert>{t('veldtafel.item.decisionSaved')}</SuccessAlert> : null}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <TextareaField
        id={`decision-${item.id}`}
        label={t('veldtafel.item.decision')}
        value={decision}
        error={fieldErrorsOf(save.error)['decision']}
        onChange={(event) => setDecision(event.target.value)}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
          {t('veldtafel.item.saveDecision')}
        </Button>
      </div>
    </form>
  );
}

function AddActionForm({ conference, item }: { conference: ConferenceDetail; item: ConferenceItem }) {
  const { t } = useI18n();
  const add = useAddAction(conference.id);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = fieldErrorsOf(add.error);
  const prefix = `action-${item.id}`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!description.trim()) {
      setMissing(true);
      document.getElementById(`${prefix}-description`)?.focus();
      return;
    }
    setMissing(false);
    add.mutate(
      {
        itemId: item.id,
        body: { description: description.trim(), ownerOrganisationId: owner || null, dueOn: dueOn || null },
      },
      {
        onSuccess: () => {
          setDescription('');
          setOwner('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <form className="sp-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <Heading4 id={`${prefix}-title`}>{t('veldtafel.actions.add')}</Heading4>
      {add.error && !isApiError(add.error, 'VALIDATION_FAILED') ? <ErrorAlert error={add.error} /> : null}
      <TextField
        id={`${prefix}-description`}
        label={t('veldtafel.actions.description')}
        value={description}
        error={missing ? t('validation.required') : errors['description']}
        onChange={(event) => setDescription(event.target.value)}
      />
      <SelectField
        id={`${prefix}-owner`}
        label={t('veldtafel.actions.owner')}
        emptyOption={t('veldtafel.actions.noOwner')}
        options={conference.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        value={owner}
        error={errors['ownerOrganisationId']}
        onChange={(event) => setOwner(event.target.value)}
      />
      <TextField
        id={`${prefix}-due`}
        type="date"
        label={t('veldtafel.actions.due')}
        optional
        value={dueOn}
        error={errors['dueOn']}
        onChange={(event) => setDueOn(event.target.value)}
      />
      <div className="sp-actions">
        <Button type="submit" appearance="secondary-action-button" busy={add.isPending}>
          {t('veldtafel.actions.submit')}
        </Button>
      </div>
    </form>
  );
}
