import { Fieldset, FieldsetLegend, FormFieldDescription, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { CheckboxField, TextField } from '../../../shared/ui/fields';
import { RadioGroup } from '../../../shared/ui/RadioGroup';
import { isReporterKind, reporterKindOptions } from '../labels';
import { StepHeading } from './StepLegend';
import type { StepProps } from './types';

/** "Wie bent u?": the reporter kind, optional contact details and the wish to hear how it goes on. */
export function ReporterStep({ values, onChange, errors, professional }: StepProps & { professional: boolean }) {
  const t = useT();
  return (
    <>
      <RadioGroup
        id="reporter-kind"
        legend={<StepHeading>{t('report.reporter.legend')}</StepHeading>}
        description={t('report.reporter.description')}
        options={reporterKindOptions(t)}
        value={values.reporterKind}
        error={errors['reporter-kind']}
        onChange={(kind) => {
          if (isReporterKind(kind)) onChange({ reporterKind: kind });
        }}
      />
      <Fieldset id="contact" aria-describedby="contact-hint">
        <FieldsetLegend className="sp-step-legend">
          <Heading3 className="sp-legend-heading">
            {t('report.contact.legend')} <span className="sp-optional">{t('common.optional')}</span>
          </Heading3>
        </FieldsetLegend>
        <FormFieldDescription id="contact-hint" className="utrecht-form-field__description">
          {t('report.contact.description')}
        </FormFieldDescription>
        <div className="sp-step-fields">
          <TextField
            id="reporter-name"
            label={t('report.contact.name')}
            optional
            autoComplete="name"
            maxLength={200}
            value={values.reporterName}
            error={errors['reporter-name']}
            onChange={(event) => onChange({ reporterName: event.target.value })}
          />
          <TextField
            id="reporter-phone"
            type="tel"
            label={t('report.contact.phone')}
            optional
            autoComplete="tel"
            maxLength={40}
            value={values.reporterPhone}
            error={errors['reporter-phone']}
            onChange={(event) => onChange({ reporterPhone: event.target.value })}
          />
          <TextField
            id="reporter-email"
            type="email"
            label={t('report.contact.email')}
            optional
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            maxLength={320}
            value={values.reporterEmail}
            error={errors['reporter-email']}
            onChange={(event) => onChange({ reporterEmail: event.target.value })}
          />
          {professional ? (
            <Paragraph>{t('report.contact.professional')}</Paragraph>
          ) : (
            <CheckboxField
              id="reporter-feedback"
              label={t('report.contact.feedback')}
              description={t('report.contact.feedbackDescription')}
              checked={values.wantsFeedback}
              onChange={(wantsFeedback) => onChange({ wantsFeedback })}
            />
          )}
        </div>
      </Fieldset>
    </>
  );
}
