import type { AddPlanZrmAssessmentRequest, RecordZrmRequest } from '@springplank/contract';
import { ZRM_DOMAINS } from '@springplank/domain';
import { Heading3 } from '@utrecht/component-library-react';
import type { z } from 'zod';
import { useI18n } from '../../i18n/useT';
import { todayIso } from '../../format';
import { GroupShell } from '../fields';
import { ApiForm, FormDate, SubmitButton, useApiForm } from '../form';
import { ZrmScoreSelect } from './ZrmScoreSelect';
import './zrm.css';

/** The contract schemas a ZRM entry is sent with: an application's ZRM, or a plan's assessment. */
export type ZrmRequestSchema = typeof RecordZrmRequest | typeof AddPlanZrmAssessmentRequest;

/** The words of the place the form is used in (its heading and button, date label, legend). */
export interface ZrmEntryTexts {
  title: string;
  submit: string;
  assessedOn: string;
  scores: string;
}

/** Props of ZrmEntryForm. */
export interface ZrmEntryFormProps<TSchema extends ZrmRequestSchema> {
  /** The request schema of the endpoint; decides whether the date is optional. */
  schema: TSchema;
  /** Send the entry (the date when given, a score per domain), e.g. `(entry) => record.mutateAsync(entry)`. */
  submit: (entry: z.output<TSchema>) => Promise<unknown>;
  /** Called after the API accepted the entry; the scores are empty again by then. */
  onSaved: () => void;
  texts: ZrmEntryTexts;
  /** Start the date at today (a plan's assessment) instead of empty. */
  dateDefaultsToToday?: boolean;
}

/**
 * Record a ZRM: a date and a score (1–5) for each life domain, used by access applications and
 * support plans alike. Ids stay `zrm-<domain>` and `zrm-assessedOn`, one form per page.
 */
export function ZrmEntryForm<TSchema extends ZrmRequestSchema>({
  schema,
  submit,
  onSaved,
  texts,
  dateDefaultsToToday,
}: ZrmEntryFormProps<TSchema>) {
  const { t } = useI18n();
  const dateOptional = schema.shape.assessedOn.safeParse(undefined).success;
  const form = useApiForm({
    id: 'zrm',
    // Both schemas have the same fields (only the date's optionality differs); one type suffices.
    schema: schema as typeof RecordZrmRequest,
    defaultValues: { assessedOn: dateDefaultsToToday ? todayIso() : '', scores: {} },
    // The values were parsed by `schema` itself, so they are its output.
    submit: (values) => submit(values as z.output<TSchema>),
    onSuccess: () => {
      // The date stays for a next entry; the scores start empty so none is copied by accident.
      form.methods.resetField('scores');
      onSaved();
    },
  });
  return (
    <div className="sp-panel">
      <Heading3 id="zrm-form-title">{texts.title}</Heading3>
      <ApiForm form={form} testId="zrm-form" aria-labelledby="zrm-form-title">
        <FormDate name="assessedOn" label={texts.assessedOn} max={todayIso()} optional={dateOptional} />
        <GroupShell id="zrm-scores" legend={texts.scores}>
          <div className="sp-zrm-scores">
            {ZRM_DOMAINS.map((domain) => (
              <ZrmScoreSelect
                key={domain}
                name={`scores.${domain}`}
                id={`zrm-${domain}`}
                label={t.enum('zrmDomain', domain)}
              />
            ))}
          </div>
        </GroupShell>
        <div className="sp-actions">
          <SubmitButton>{texts.submit}</SubmitButton>
        </div>
      </ApiForm>
    </div>
  );
}
