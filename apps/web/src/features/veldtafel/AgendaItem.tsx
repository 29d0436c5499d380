import {
  AddConferenceActionRequest,
  UpdateConferenceItemRequest,
  type ConferenceDetail,
  type ConferenceItem,
} from '@springplank/contract';
import { Button, Heading3, Heading4, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { Facts } from '../../shared/ui/Facts';
import { ErrorAlert, SuccessAlert } from '../../shared/ui/feedback';
import { ApiForm, FormDate, FormSelect, FormText, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
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
          { label: t('veldtafel.item.reason'), value: t.enum('veldtafelReason', item.reason) },
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
  const [saved, setSaved] = useState(false);
  const form = useApiForm({
    id: `decision-${item.id}`,
    schema: UpdateConferenceItemRequest,
    defaultValues: { decision: item.decision ?? '' },
    submit: (body) => {
      setSaved(false);
      return save.mutateAsync({ itemId: item.id, body });
    },
    onSuccess: () => setSaved(true),
  });
  return (
    <ApiForm form={form}>
      {saved ? <SuccessAlert>{t('veldtafel.item.decisionSaved')}</SuccessAlert> : null}
      <FormTextarea id={`decision-${item.id}`} name="decision" label={t('veldtafel.item.decision')} optional />
      <div className="sp-actions">
        <SubmitButton appearance="secondary-action-button">{t('veldtafel.item.saveDecision')}</SubmitButton>
      </div>
    </ApiForm>
  );
}

function AddActionForm({ conference, item }: { conference: ConferenceDetail; item: ConferenceItem }) {
  const { t } = useI18n();
  const add = useAddAction(conference.id);
  const prefix = `action-${item.id}`;
  const form = useApiForm({
    id: prefix,
    schema: AddConferenceActionRequest,
    defaultValues: { description: '' },
    submit: (body) => add.mutateAsync({ itemId: item.id, body }),
    onSuccess: () => form.methods.reset(),
  });
  return (
    <ApiForm form={form} aria-labelledby={`${prefix}-title`}>
      <Heading4 id={`${prefix}-title`}>{t('veldtafel.actions.add')}</Heading4>
      <FormText id={`${prefix}-description`} name="description" label={t('veldtafel.actions.description')} />
      <FormSelect
        id={`${prefix}-owner`}
        name="ownerOrganisationId"
        label={t('veldtafel.actions.owner')}
        placeholder={t('veldtafel.actions.noOwner')}
        options={conference.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      />
      <FormDate id={`${prefix}-due`} name="dueOn" label={t('veldtafel.actions.due')} optional />
      <div className="sp-actions">
        <SubmitButton appearance="secondary-action-button">{t('veldtafel.actions.submit')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
