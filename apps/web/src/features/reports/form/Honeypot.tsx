import { useT } from '../../../shared/i18n/useT';

/**
 * The `website` honeypot: off-screen and hidden from assistive tech, out of the tab order and
 * never autofilled, so only bots fill it in. The form always sends its value.
 */
export function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <div className="sp-honeypot" aria-hidden="true">
      <label htmlFor="website">{t('report.honeypot.label')}</label>
      <input
        id="website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
