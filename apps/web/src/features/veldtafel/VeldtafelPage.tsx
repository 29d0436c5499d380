import { CreateConferenceRequest } from '@springplank/contract';
import { Heading1, Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../shared/format/dates';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormDate, FormText, FormTextarea, SubmitButton, useApiForm } from '../../shared/ui/form';
import { RouterLink } from '../../shared/ui/RouterLink';
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
  const form = useApiForm({
    id: 'conference',
    schema: CreateConferenceRequest,
    defaultValues: { title: '', heldOn: '', agenda: '' },
    submit: (values) => create.mutateAsync(values),
    onSuccess: (conference) => void navigate(`/veldtafel/${conference.id}`),
  });

  return (
    <section className="sp-section sp-panel" aria-labelledby="veldtafel-new">
      <Heading2 id="veldtafel-new">{t('veldtafel.new.title')}</Heading2>
      <ApiForm form={form} testId="conference-form">
        <FormText name="title" label={t('veldtafel.new.name')} />
        <FormDate name="heldOn" label={t('veldtafel.new.heldOn')} />
        <FormTextarea name="agenda" label={t('veldtafel.new.agenda')} optional />
        <div className="sp-actions">
          <SubmitButton>{t('veldtafel.new.submit')}</SubmitButton>
        </div>
      </ApiForm>
    </section>
  );
}
