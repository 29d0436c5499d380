import type { FreePlace, PlacementCandidate } from '@springplank/contract';
import {
  Button,
  Heading3,
  Heading4,
  OrderedList,
  OrderedListItem,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useI18n } from '../../shared/i18n/useT';
import { formatDate } from '../../shared/format/dates';
import { Facts } from '../../shared/ui/Facts';
import { reasonText, tagsLabel } from './labels';
import { OfferForm } from './OfferForm';

/**
 * The ranked candidates for a place, best first, each with the facts and the reasons in
 * words; "Aanbod doen" opens the offer form under that candidate.
 */
export function CandidateList({
  place,
  candidates,
  chosen,
  onChoose,
  onDone,
}: {
  place: FreePlace;
  candidates: PlacementCandidate[];
  chosen: string | null;
  onChoose: (entryId: string | null) => void;
  onDone: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <OrderedList className="sp-result-list" data-testid="candidates">
      {candidates.map((candidate) => {
        const name = candidate.personName ?? t('placements.candidate.unknownName');
        const headingId = `candidate-${candidate.waitlistEntryId}`;
        return (
          <OrderedListItem key={candidate.waitlistEntryId} className="sp-result" data-testid="candidate">
            <article aria-labelledby={headingId}>
              <Heading3 id={headingId}>{name}</Heading3>
              <Facts
                items={[
                  {
                    label: t('placements.candidate.age'),
                    value: candidate.age === null ? null : t('placements.candidate.ageValue', { age: candidate.age }),
                  },
                  { label: t('placements.candidate.priority'), value: t.enum('waitlistPriority', candidate.priority) },
                  { label: t('placements.candidate.waitingSince'), value: formatDate(candidate.listedOn, locale) },
                  { label: t('placements.candidate.needs'), value: tagsLabel(candidate.expertiseNeeds, t, locale) },
                  { label: t('placements.candidate.preferred'), value: candidate.preferredMunicipalityName },
                  { label: t('placements.candidate.declines'), value: String(candidate.declines) },
                ]}
              />
              <Heading4>{t('placements.candidate.why')}</Heading4>
              <UnorderedList data-testid="candidate-reasons">
                {candidate.reasons.map((reason) => (
                  <UnorderedListItem key={reason.code}>{reasonText(reason, t, locale)}</UnorderedListItem>
                ))}
              </UnorderedList>
              {chosen === candidate.waitlistEntryId ? (
                <OfferForm
                  place={place}
                  candidate={candidate}
                  name={name}
                  onDone={onDone}
                  onCancel={() => onChoose(null)}
                />
              ) : place.free > 0 ? (
                <div className="sp-actions">
                  <Button appearance="secondary-action-button" onClick={() => onChoose(candidate.waitlistEntryId)}>
                    {t('placements.candidate.offer', { name })}
                  </Button>
                </div>
              ) : null}
            </article>
          </OrderedListItem>
        );
      })}
    </OrderedList>
  );
}
