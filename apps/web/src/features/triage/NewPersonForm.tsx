import { LinkPersonRequest } from '@springplank/contract';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../shared/i18n/useT';
import { ApiForm, FormDate, FormText, SubmitButton, useApiForm } from '../../shared/ui/form';
import { useLinkPerson } from './api';

// The "create" branch of the contract's link request: the API reports issues as `create.<field>`.
const CreatePersonSchema = LinkPersonRequest.options[1];

/** "Nieuwe persoon": create a person from what the meldpunt knows and link the report to it. */
export function NewPersonForm({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const t = useT();
  const link = useLinkPerson(reportId);
  const form = useApiForm({
    id: 'new',
    schema: CreatePersonSchema,
    defaultValues: { create: { givenName: '', familyName: '', birthDate: '', bsn: '', address: '' } },
    submit: (values) => link.mutateAsync(values),
    onSuccess: () => onDone(t('person.createdNotice')),
  });

  return (
    <ApiForm form={form} aria-labelledby="new-person-title" testId="new-person-form">
      <Heading3 id="new-person-title">{t('person.new')}</Heading3>
      <Paragraph>{t('person.newIntro')}</Paragraph>
      <FormText id="new-givenName" name="create.givenName" label={t('person.givenName')} autoComplete="off" optional />
      <FormText
        id="new-familyName"
        name="create.familyName"
        label={t('person.familyName')}
        autoComplete="off"
        optional
      />
      <FormDate id="new-birthDate" name="create.birthDate" label={t('person.birthDate')} optional />
      <FormText
        id="new-bsn"
        name="create.bsn"
        label={t('person.bsn')}
        inputMode="numeric"
        autoComplete="off"
        optional
      />
      <FormText id="new-address" name="create.address" label={t('person.address')} autoComplete="off" optional />
      <div className="sp-actions">
        <SubmitButton>{t('person.create')}</SubmitButton>
      </div>
    </ApiForm>
  );
}
