import { IMPORT_FILE_NAMES, type ImportReport, type ImportRequest } from '@springplank/contract';
import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../shared/i18n/useT';
import { FieldShell } from '../../../shared/ui/fields';
import { ErrorAlert } from '../../../shared/ui/feedback';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useImportFiles } from './api';
import { ImportReportView } from './ImportReportView';

type FileName = (typeof IMPORT_FILE_NAMES)[number];

const fieldId = (name: FileName) => `import-${name.replace('.csv', '')}`;

/**
 * Functioneel beheer: load a region's history from CSV files (shared/spec/IMPORT.md). The
 * administrator picks the files, checks them (nothing is written), then imports them.
 */
export function ImportPage() {
  const t = useT();
  usePageTitle(t('import.title'));
  const [files, setFiles] = useState<Partial<Record<FileName, File>>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checkedOk, setCheckedOk] = useState(false);
  const mutation = useImportFiles();

  const pick = (name: FileName, file: File | undefined) => {
    setFiles((current) => ({ ...current, [name]: file }));
    setReport(null);
    setCheckedOk(false);
  };

  const send = async (dryRun: boolean) => {
    const texts: ImportRequest['files'] = {};
    for (const name of IMPORT_FILE_NAMES) {
      const file = files[name];
      if (file) texts[name] = await file.text();
    }
    const result = await mutation.mutateAsync({ files: texts, dryRun });
    setReport(result);
    setCheckedOk(result.ok && result.dryRun);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(true).catch(() => undefined);
  };

  return (
    <>
      <Heading1>{t('import.title')}</Heading1>
      <Paragraph>{t('import.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate aria-describedby="import-steps">
        <Paragraph id="import-steps">{t('import.steps')}</Paragraph>
        {IMPORT_FILE_NAMES.map((name) => (
          <FieldShell
            key={name}
            id={fieldId(name)}
            label={name}
            optional={name !== 'persons.csv'}
            description={t(`import.file.${name.replace('.csv', '')}` as 'import.file.persons')}
          >
            {(describedBy) => (
              <input
                id={fieldId(name)}
                type="file"
                accept=".csv,text/csv"
                aria-describedby={describedBy}
                className="utrecht-textbox"
                onChange={(event) => pick(name, event.currentTarget.files?.[0])}
              />
            )}
          </FieldShell>
        ))}
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            disabled={mutation.isPending || !files['persons.csv']}
          >
            {t('import.check')}
          </Button>
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={mutation.isPending || !checkedOk}
            onClick={() => void send(false).catch(() => undefined)}
          >
            {t('import.run')}
          </Button>
        </ButtonGroup>
        {!files['persons.csv'] ? <Paragraph appearance="small">{t('import.personsNeeded')}</Paragraph> : null}
      </form>
      {mutation.isPending ? <Paragraph role="status">{t('import.busy')}</Paragraph> : null}
      {mutation.isError ? <ErrorAlert error={mutation.error} /> : null}
      {report && !mutation.isPending ? <ImportReportView report={report} /> : null}
    </>
  );
}
