import type { ConferenceAction, ConferenceItem, ConferenceSuggestion } from '@springplank/contract';
import type { VeldtafelSignalHit } from '@springplank/domain';
import type { ActionRow, ItemRow } from './veldtafel.repository';

/** Shown when the person's name is not known. */
export const UNKNOWN_NAME = 'Naam onbekend';

/** One follow-up action. */
export function presentAction(row: ActionRow): ConferenceAction {
  return {
    id: row.id,
    description: row.description,
    ownerOrganisationId: row.ownerOrganisationId,
    ownerOrganisationName: row.ownerOrganisationName,
    dueOn: row.dueOn,
    doneOn: row.doneOn,
  };
}

/** One agenda item with its actions. */
export function presentItem(row: ItemRow, actions: ActionRow[]): ConferenceItem {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName || UNKNOWN_NAME,
    reason: row.reason,
    note: row.note,
    decision: row.decision,
    actions: actions.filter((action) => action.itemId === row.id).map(presentAction),
  };
}

/** A suggested case with the reasons it is suggested. */
export function presentSuggestion(
  personId: string,
  personName: string,
  signals: VeldtafelSignalHit[],
): ConferenceSuggestion {
  return { personId, personName: personName || UNKNOWN_NAME, signals };
}
