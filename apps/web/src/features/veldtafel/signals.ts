import type { SignalHit } from '@springplank/contract';
import type { Translate } from '../../shared/i18n/I18nProvider';
import { formatDate } from '../../shared/format/dates';

/** One signal as a sentence: the reason with the date it counts from, or how many times. */
export function signalText(hit: SignalHit, t: Translate, locale: 'nl' | 'en'): string {
  const reason = t.enum('veldtafelReason', hit.reason);
  if (hit.since) return t('veldtafel.signal.since', { reason, date: formatDate(hit.since, locale) });
  return t.plural('veldtafel.signal.count', hit.count, { reason });
}
