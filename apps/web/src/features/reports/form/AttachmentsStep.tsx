import {
  Button,
  Fieldset,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { useI18n } from '../../../shared/i18n/useT';
import { describedBy } from '../../../shared/ui/fields';
import { useBoundField } from '../../../shared/ui/form/fields';
import { ATTACHMENT_ACCEPT } from '../upload';
import { formatFileSize } from '../../../shared/format';
import { StepLegend } from './StepLegend';
import type { AttachmentItem } from './useAttachments';

/** Optional photos or PDFs: uploaded as soon as they are chosen, with a status per file and a remove button. */
export function AttachmentsStep({
  items,
  announcement,
  onAdd,
  onRemove,
}: {
  items: AttachmentItem[];
  announcement: string;
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
}) {
  const { t, locale } = useI18n();
  // The uploaded ids are no input of their own: problems with them (or "still uploading") show here.
  const { error } = useBoundField('attachmentIds', t('report.attachments.input'), 'attachments-input');
  const statusText = (item: AttachmentItem) =>
    item.status === 'uploading'
      ? t('report.attachments.uploading', { percent: item.progress })
      : item.status === 'done'
        ? t('report.attachments.done')
        : t('report.attachments.failed', { reason: item.error ?? t('error.INTERNAL') });
  return (
    <Fieldset id="attachments">
      <StepLegend>
        {t('report.attachments.legend')} <span className="sp-optional">{t('common.optional')}</span>
      </StepLegend>
      <FormField invalid={Boolean(error)}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="attachments-input">{t('report.attachments.input')}</FormLabel>
        </div>
        <FormFieldDescription id="attachments-description" className="utrecht-form-field__description">
          {t('report.attachments.description')}
        </FormFieldDescription>
        {error ? (
          <FormFieldErrorMessage id="attachments-error" className="utrecht-form-field__error-message">
            {error}
          </FormFieldErrorMessage>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id="attachments-input"
            type="file"
            multiple
            accept={ATTACHMENT_ACCEPT}
            className="sp-file-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy('attachments-description', error ? 'attachments-error' : undefined)}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              if (files.length > 0) onAdd(files);
            }}
          />
        </div>
      </FormField>
      {items.length > 0 ? (
        <ul className="sp-attachments" aria-label={t('report.attachments.listLabel')} data-testid="report-attachments">
          {items.map((item) => (
            <li key={item.key} className={`sp-attachments__item sp-attachments__item--${item.status}`}>
              <span className="sp-attachments__name">{item.name}</span>
              <span className="sp-attachments__size">{formatFileSize(item.size, locale)}</span>
              <span className="sp-attachments__status">{statusText(item)}</span>
              {item.status === 'uploading' ? (
                <progress className="sp-attachments__progress" max={100} value={item.progress} aria-hidden="true" />
              ) : null}
              <Button appearance="subtle-button" type="button" onClick={() => onRemove(item.key)}>
                {t('report.attachments.remove')}
                <span className="sp-visually-hidden"> {item.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="sp-visually-hidden" role="status">
        {announcement}
      </p>
    </Fieldset>
  );
}
