import type { InterimSupport, WaitlistEntry } from '@springplank/contract';
import { isLongerThanMonths, monthsBetween, type ExpertiseTag } from '@springplank/domain';
import { ageOf, nameOf } from './applications.presenter';
import type { InterimSupportRow, WaitlistRow } from './waitlist.repository';

/** Support while waiting as the contract shows it. */
export function presentInterimSupport(row: InterimSupportRow): InterimSupport {
  return {
    id: row.id,
    description: row.description,
    providerOrganisationId: row.providerOrganisationId,
    providerOrganisationName: row.providerOrganisationName,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
  };
}

/**
 * One waiting-list entry on `today`: the waiting time runs until today (or the removal date)
 * in months of 30.4375 days; the three-month flag is INDICATORS.md's addMonths rule and is
 * raised only while the person is still on the list.
 */
export function presentWaitlistEntry(row: WaitlistRow, support: InterimSupportRow[], today: string): WaitlistEntry {
  const until = row.removedOn ?? today;
  return {
    id: row.id,
    person: {
      id: row.personId,
      name: nameOf(row),
      birthDate: row.birthDate,
      age: ageOf(row.birthDate, today),
      municipalityCode: row.municipalityCode,
      municipalityName: row.municipalityName,
    },
    service: row.service,
    listedOn: row.listedOn,
    priority: row.priority,
    priorityReason: row.priorityReason,
    expertiseNeeds: row.expertiseNeeds as ExpertiseTag[],
    waitingMonths: Math.max(0, monthsBetween(row.listedOn, until)),
    longerThan3Months: row.removedOn === null && isLongerThanMonths(row.listedOn, today, 3),
    declinedOffers: row.declinedOffers,
    position: row.position,
    removedOn: row.removedOn,
    removalReason: row.removalReason,
    removalNote: row.removalNote,
    interimSupport: support.filter((s) => s.waitlistEntryId === row.id).map(presentInterimSupport),
  };
}
