import { IMPORT_FILE_NAMES, type ImportReport, type ImportRequest } from '@springplank/contract';
import { Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { z } from 'zod';
import { useT } from '../../../shared/i18n/useT';
import { FieldShell } from '../../../shared/ui/fields';
import { ApiForm, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { useBoundField } from '../../../shared/ui/form/fields';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useImportFiles } from './api';
import { ImportReportView } from './ImportReportView';

type FileName = (typeof IMPORT_FILE_NAMES)[number];

const fieldId = (name: FileName) => `import-${name.replace('.csv', '')}`;

/**
 * The upload has no typed values: the files are read when sent, and the API checks them
 * against ImportRequest. The form layer still shows what goes wrong, like every form.
 */
const NoValues = z.object({});

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
  // Both buttons send the form: "Controleren" as a dry run, "Importeren" for real.
  const dryRun = useRef(true);
  const mutation = useImportFiles();
  const form = useApiForm({
    id: 'import',
    schema: NoValues,
    submit: async () => {
      const texts: ImportRequest['files'] = {};
      for (const name of IMPORT_FILE_NAMES) {
        const file = files[name];
        if (file) texts[name] = await file.text();
      }
      return mutation.mutateAsync({ files: texts, dryRun: dryRun.current });
    },
    onSuccess: (result) => {
      setReport(result);
      setCheckedOk(result.ok && result.dryRun);
    },
  });

  const pick = (name: FileName, file: File | undefined) => {
    setFiles((current) => ({ ...current, [name]: file }));
    setReport(null);
    setCheckedOk(false);
  };

  return (
    <>
      <Heading1>{t('import.title')}</Heading1>
      <Paragraph>{t('import.intro')}</Paragraph>
      <ApiForm form={form} className="sp-import-form">
        <Paragraph id="import-steps">{t('import.steps')}</Paragraph>
        {IMPORT_FILE_NAMES.map((name) => (
          <FileField
            key={name}
            name={name}
            optional={name !== 'persons.csv'}
            description={t(`import.file.${name.replace('.csv', '')}` as 'import.file.persons')}
            onPick={(file) => pick(name, file)}
          />
        ))}
        <ButtonGroup>
          <SubmitButton disabled={mutation.isPending || !files['persons.csv']} onClick={() => (dryRun.current = true)}>
            {t('import.check')}
          </SubmitButton>
          <Button
            type="submit"
            appearance="secondary-action-button"
            disabled={mutation.isPending || !checkedOk}
            onClick={() => (dryRun.current = false)}
          >
            {t('import.run')}
          </Button>
        </ButtonGroup>
        {!files['persons.csv'] ? <Paragraph appearance="small">{t('import.personsNeeded')}</Paragraph> : null}
      </ApiForm>
      {mutation.isPending ? <Paragraph role="status">{t('import.busy')}</Paragraph> : null}
      {report && !mutation.isPending ? <ImportReportView report={report} /> : null}
    </>
  );
}

/**
 * One CSV file input, known to the form as `files.<name>` (the path of the API's issues), so
 * a problem with the file (too large) is shown at it and linked from the error summary.
 */
function FileField({
  name,
  optional,
  description,
  onPick,
}: {
  name: FileName;
  optional: boolean;
  description: string;
  onPick: (file: File | undefined) => void;
}) {
  const { id, error } = useBoundField(`files.${name}`, name, fieldId(name));
  return (
    <FieldShell id={id} label={name} optional={optional} description={description} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="utrecht-textbox"
          onChange={(event) => onPick(event.currentTarget.files?.[0])}
        />
      )}
    </FieldShell>
  );
}
