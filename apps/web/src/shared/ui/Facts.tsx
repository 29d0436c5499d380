import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import './casework.css';

/** One line of a definition list; null or empty values show as "—". */
export interface Fact {
  label: string;
  value: ReactNode;
}

/** A definition list (label: value) that stacks on narrow screens. */
export function Facts({ items, testId }: { items: Fact[]; testId?: string }) {
  const t = useT();
  return (
    <dl className="sp-definitions sp-definitions--stack" data-testid={testId}>
      {items.map((item) => (
        <div key={item.label} className="sp-definitions__row">
          <dt>{item.label}</dt>
          <dd>
            {item.value === null || item.value === undefined || item.value === '' ? t('common.none') : item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
