import { Fieldset, FormFieldDescription, FormFieldErrorMessage } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { describedBy } from '../../../shared/ui/fields';
import { FormNumber, FormText, FormTextarea } from '../../../shared/ui/form';
import { useBoundField } from '../../../shared/ui/form/fields';
import { StepLegend } from './StepLegend';

/** "Over wie gaat het?": name, address, estimated age and description, each optional. */
export function SubjectStep() {
  const t = useT();
  // The step itself carries "give at least one way to find the person"; its link leads to the name.
  const { error } = useBoundField('subject', t('report.subject.legend'), 'subject', 'name');
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
        <FormText name="subject.name" id="subject-name" label={t('report.subject.name')} optional autoComplete="off" />
        <FormText
          name="subject.address"
          id="subject-address"
          label={t('report.subject.address')}
          optional
          autoComplete="off"
        />
        <FormNumber
          name="subject.approximateAge"
          id="subject-age"
          label={t('report.subject.age')}
          description={t('report.subject.ageDescription')}
          optional
          autoComplete="off"
          className="sp-input-short"
        />
        <FormTextarea
          name="subject.description"
          id="subject-description"
          label={t('report.subject.descriptionLabel')}
          description={t('report.subject.descriptionHint')}
          optional
          rows={4}
        />
      </div>
    </Fieldset>
  );
}
