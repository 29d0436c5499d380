import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { TextField } from '../../shared/ui/fields';
import { RouterLink } from '../../shared/ui/RouterLink';
import { useAccessLogPersons } from './api';

/** Find the person of an inzageverzoek by name, BSN or reference, and open their log. */
export function PersonSearch() {
  const { t, locale } = useI18n();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | undefined>();
  const persons = useAccessLogPersons(q);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = input.trim();
    if (value.length < 2) {
      setError(t('log.person.tooShort'));
      document.getElementById('personQuery')?.focus();
      return;
    }
    setError(undefined);
    setQ(value);
  };

  return (
    <>
      <form className="sp-form" role="search" onSubmit={submit} noValidate data-testid="access-log-person-search">
        <TextField
          id="personQuery"
          label={t('log.person.field')}
          description={t('log.person.hint')}
          autoComplete="off"
          spellCheck={false}
          value={input}
          error={error}
          onChange={(event) => setInput(event.target.value)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('log.person.submit')}
        </Button>
      </form>
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
