import type { ConferenceSuggestion } from '@springplank/contract';
import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { DataTable } from '../../shared/ui/DataTable';
import { signalText } from './signals';

/** The automatically suggested cases with every reason that applies. */
export function SuggestionsTable({ suggestions }: { suggestions: ConferenceSuggestion[] }) {
  const { t, locale } = useI18n();
  if (suggestions.length === 0) return <Paragraph>{t('veldtafel.suggestions.empty')}</Paragraph>;
  return (
    <DataTable
      caption={t('veldtafel.suggestions.caption', { count: suggestions.length })}
      testId="veldtafel-suggestions"
      columns={[{ label: t('veldtafel.col.person') }, { label: t('veldtafel.col.reasons') }]}
    >
      {suggestions.map((suggestion) => (
        <TableRow key={suggestion.personId}>
          <TableCell>{suggestion.personName}</TableCell>
          <TableCell>
            <ul className="sp-plain-list">
              {suggestion.signals.map((hit) => (
                <li key={hit.reason}>{signalText(hit, t, locale)}</li>
              ))}
            </ul>
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
