import { Fieldset, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { describedBy, TextField } from '../../../shared/ui/fields';
import { TextareaField } from '../../../shared/ui/TextareaField';
import { StepLegend } from './StepLegend';
import type { StepProps } from './types';

/** "Over wie gaat het?": name, address, estimated age and description, each optional. */
export function SubjectStep({ values, onChange, errors }: StepProps) {
  const t = useT();
  const error = errors.subject;
  return (
    <Fieldset
      id="subject"
      invalid={Boolean(error)}
      aria-describedby={describedBy('subject-hint', error ? 'subject-error' : undefined)}
    >
      <StepLegend>{t('report.subject.legend')}</StepLegend>
      <FormFieldDescription id="subject-hint" className="utrecht-form-field__description">
        {t('report.subject.description')}
      </FormFieldDescription>
      {error ? (
        <FormFieldErrorMessage id="subject-error" className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="sp-step-fields">
        <TextField
          id="subject-name"
          label={t('report.subject.name')}
          optional
          autoComplete="off"
          maxLength={200}
          value={values.subjectName}
          error={errors['subject-name']}
          onChange={(event) => onChange({ subjectName: event.target.value })}
        />
        <TextField
          id="subject-address"
          label={t('report.subject.address')}
          optional
          autoComplete="off"
          maxLength={300}
          value={values.subjectAddress}
          error={errors['subject-address']}
          onChange={(event) => onChange({ subjectAddress: event.target.value })}
        />
        <TextField
          id="subject-age"
          label={t('report.subject.age')}
          description={t('report.subject.ageDescription')}
          optional
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          className="sp-input-short"
          value={values.subjectAge}
          error={errors['subject-age']}
          onChange={(event) => onChange({ subjectAge: event.target.value })}
        />
        <TextareaField
          id="subject-description"
          label={t('report.subject.descriptionLabel')}
          description={t('report.subject.descriptionHint')}
          optional
          rows={4}
          value={values.subjectDescription}
          error={errors['subject-description']}
          onChange={(event) => onChange({ subjectDescription: event.target.value })}
        />
      </div>
    </Fieldset>
  );
}
