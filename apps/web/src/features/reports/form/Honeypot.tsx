import { useFormContext } from 'react-hook-form';
import { useT } from '../../../shared/i18n/useT';
import type { ReportFormValues } from './model';

/**
 * The `website` honeypot: off-screen and hidden from assistive tech, out of the tab order and
 * never autofilled, so only bots fill it in. The form always sends its value.
 */
export function Honeypot() {
  const t = useT();
  const { register } = useFormContext<ReportFormValues>();
  return (
    <div className="sp-honeypot" aria-hidden="true">
      <label htmlFor="website">{t('report.honeypot.label')}</label>
      <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
    </div>
  );
}
