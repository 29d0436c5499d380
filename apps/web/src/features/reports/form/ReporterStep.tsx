import { Fieldset, FieldsetLegend, FormFieldDescription, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../../shared/i18n/useT';
import { FormCheckbox, FormRadioGroup, FormText } from '../../../shared/ui/form';
import { reporterKindOptions } from '../labels';
import { StepHeading } from './StepLegend';

/** "Wie bent u?": the reporter kind, optional contact details and the wish to hear how it goes on. */
export function ReporterStep({ professional }: { professional: boolean }) {
  const t = useT();
  return (
    <>
      <FormRadioGroup
        name="reporter.kind"
        id="reporter-kind"
        legend={t('report.reporter.legend')}
        heading={<StepHeading>{t('report.reporter.legend')}</StepHeading>}
        description={t('report.reporter.description')}
        options={reporterKindOptions(t)}
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
          <FormText
            name="reporter.name"
            id="reporter-name"
            label={t('report.contact.name')}
            optional
            autoComplete="name"
          />
          <FormText
            name="reporter.phone"
            id="reporter-phone"
            type="tel"
            label={t('report.contact.phone')}
            optional
            autoComplete="tel"
          />
          <FormText
            name="reporter.email"
            id="reporter-email"
            type="email"
            label={t('report.contact.email')}
            optional
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
          />
          {professional ? (
            <Paragraph>{t('report.contact.professional')}</Paragraph>
          ) : (
            <FormCheckbox
              name="reporter.wantsFeedback"
              id="reporter-feedback"
              label={t('report.contact.feedback')}
              description={t('report.contact.feedbackDescription')}
            />
          )}
        </div>
      </Fieldset>
    </>
  );
}
