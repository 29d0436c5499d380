import { Button, Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/client';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, fieldErrorsOf, Loading } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { formatDate } from '../../shared/format/dates';
import { RouterLink } from '../../shared/ui/RouterLink';
import { TextareaField } from '../../shared/ui/TextareaField';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useConferences, useCreateConference } from './api';
import { SuggestionsTable } from './SuggestionsTable';

/** /veldtafel: the meetings, a form to plan one, and the cases suggested today. */
export function VeldtafelPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('veldtafel.title'));
  const conferences = useConferences();

  return (
    <>
      <Heading1>{t('veldtafel.title')}</Heading1>
      <Paragraph>{t('veldtafel.intro')}</Paragraph>
      {conferences.isPending ? <Loading /> : null}
      {conferences.isError ? <ErrorAlert error={conferences.error} onRetry={() => void conferences.refetch()} /> : null}
      {conferences.data ? (
        <>
          <section className="sp-section" aria-labelledby="veldtafel-meetings">
            <Heading2 id="veldtafel-meetings">{t('veldtafel.meetings.title')}</Heading2>
            {conferences.data.items.length === 0 ? (
              <Paragraph>{t('veldtafel.meetings.empty')}</Paragraph>
            ) : (
              <DataTable
                caption={t('veldtafel.meetings.caption', { count: conferences.data.items.length })}
                testId="veldtafel-meetings"
                columns={[
                  { label: t('veldtafel.col.title') },
                  { label: t('veldtafel.col.heldOn') },
                  { label: t('veldtafel.col.items'), numeric: true },
                  { label: t('veldtafel.col.openActions'), numeric: true },
                ]}
              >
                {conferences.data.items.map((conference) => (
                  <TableRow key={conference.id}>
                    <TableCell>
                      <RouterLink to={`/veldtafel/${conference.id}`}>{conference.title}</RouterLink>
                    </TableCell>
                    <TableCell>{formatDate(conference.heldOn, locale, 'short')}</TableCell>
                    <TableCell numericColumn>{conference.itemCount}</TableCell>
                    <TableCell numericColumn>{conference.openActions}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
            )}
          </section>
          <NewConferenceForm />
          <section className="sp-section" aria-labelledby="veldtafel-suggestions">
            <Heading2 id="veldtafel-suggestions">{t('veldtafel.suggestions.title')}</Heading2>
            <Paragraph>{t('veldtafel.suggestions.intro')}</Paragraph>
            <SuggestionsTable suggestions={conferences.data.suggestions} />
          </section>
        </>
      ) : null}
    </>
  );
}

function NewConferenceForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateConference();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [agenda, setAgenda] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(create.error), ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!title.trim()) found['title'] = t('validation.required');
    if (!heldOn) found['heldOn'] = t('validation.required');
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`conference-${first}`)?.focus();
      return;
    }
    create.mutate(
      { title: title.trim(), heldOn, agenda: agenda.trim() || null },
      { onSuccess: (conference) => void navigate(`/veldtafel/${conference.id}`) },
    );
  };

  return (
    <section className="sp-section sp-panel" aria-labelledby="veldtafel-new">
      <Heading2 id="veldtafel-new">{t('veldtafel.new.title')}</Heading2>
      <form className="sp-form" onSubmit={submit} noValidate data-testid="conference-form">
        {create.error && !isApiError(create.error, 'VALIDATION_FAILED') ? <ErrorAlert error={create.error} /> : null}
        <TextField
          id="conference-title"
          label={t('veldtafel.new.name')}
          value={title}
          error={errors['title']}
          onChange={(event) => setTitle(event.target.value)}
        />
        <TextField
          id="conference-heldOn"
          type="date"
          label={t('veldtafel.new.heldOn')}
          value={heldOn}
          error={errors['heldOn']}
          onChange={(event) => setHeldOn(event.target.value)}
        />
        <TextareaField
          id="conference-agenda"
          label={t('veldtafel.new.agenda')}
          optional
          value={agenda}
          error={errors['agenda']}
          onChange={(event) => setAgenda(event.target.value)}
        />
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
            {t('veldtafel.new.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
