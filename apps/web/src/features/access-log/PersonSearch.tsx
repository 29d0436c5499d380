import { AccessLogPersonQuery } from '@springplank/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { ApiForm, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { RouterLink } from '../../shared/ui/RouterLink';
import { useAccessLogPersons } from './api';

/** Find the person of an inzageverzoek by name, BSN or reference, and open their log. */
export function PersonSearch() {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const persons = useAccessLogPersons(q);
  // The lookup's own query schema: at least 2 characters, as the API demands.
  const form = useApiForm({
    id: 'log-person',
    schema: AccessLogPersonQuery,
    defaultValues: { q: '' },
    submit: async (values) => setQ(values.q),
  });

  return (
    <>
      <ApiForm form={form} role="search" aria-labelledby="log-person" testId="access-log-person-search">
        <FormText
          name="q"
          label={t('log.person.field')}
          description={t('log.person.hint')}
          autoComplete="off"
          spellCheck={false}
        />
        <SubmitButton appearance="secondary-action-button">{t('log.person.submit')}</SubmitButton>
      </ApiForm>
      {q && persons.isPending ? <Loading /> : null}
      {persons.isError ? <ErrorAlert error={persons.error} onRetry={() => void persons.refetch()} /> : null}
      {persons.data ? (
        persons.data.items.length === 0 ? (
          <Paragraph role="status">{t('log.person.none')}</Paragraph>
        ) : (
          <ul className="sp-list" data-testid="access-log-persons">
            {persons.data.items.map((person) => (
              <li key={person.id}>
                <RouterLink to={`/toegangslog/persoon/${person.id}`}>
                  {person.name ?? t('log.person.unnamed')}
                </RouterLink>
                {person.birthDate
                  ? ` — ${t('log.person.born', { date: formatDate(person.birthDate, locale, 'short') })}`
                  : null}
                {person.reference ? ` — ${t('log.person.reference', { reference: person.reference })}` : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
