import type { nlConfirm } from '../nl/confirm';

/** English texts of the confirmation before an irreversible action; the keys match the Dutch source. */
export const enConfirm: Record<keyof typeof nlConfirm, string> = {
  'confirm.cancel': 'Cancel',
  'confirm.route.title': 'Route the report to {team}?',
  'confirm.route.body': '{team} receives the report as a case. You cannot undo the routing afterwards.',
  'confirm.route.confirm': 'Route',
  'confirm.closeReport.title': 'Close the report without follow-up?',
  'confirm.closeReport.body':
    'The report is closed and no case is opened. The reporter is informed if they asked to be. You cannot undo this.',
  'confirm.closeReport.confirm': 'Close',
  'confirm.merge.title': 'Merge the report into case {reference}?',
  'confirm.merge.body':
    'The report is added to case {reference} and gets no case of its own. You cannot undo the merge.',
  'confirm.mergeReport.title': 'Merge the report into the case of report {reference}?',
  'confirm.mergeReport.body':
    'The report is added to the case of report {reference} and gets no case of its own. You cannot undo the merge.',
  'confirm.merge.confirm': 'Merge',
  'confirm.closeCase.title': 'Close case {reference} with outcome “{outcome}”?',
  'confirm.closeCase.body':
    'After closing you cannot record anything in this case. Reporters who asked to be informed are. You cannot undo this.',
  'confirm.closeCase.confirm': 'Close',
  'confirm.endStay.title': 'End the stay of {name} on {date}?',
  'confirm.endStay.body':
    'The stay is ended with reason “{reason}” and the place is free from that day. You cannot undo this.',
  'confirm.endStay.confirm': 'End stay',
  'confirm.housed.title': 'Record the move-in of {name} on {date}?',
  'confirm.housed.body':
    'The housing request is closed: the person lives in the home and is no longer on the outflow list. You cannot undo this.',
  'confirm.housed.confirm': 'Record move-in',
  'confirm.grant.title': 'Grant the application of {name}?',
  'confirm.grant.body': 'The decision is recorded and cannot be changed afterwards.',
  'confirm.grant.bodyWaitlist':
    'The decision is recorded and cannot be changed afterwards. The person is put on the waiting list.',
  'confirm.grant.confirm': 'Grant',
  'confirm.refuse.title': 'Refuse the application of {name}?',
  'confirm.refuse.body': 'The decision is recorded and cannot be changed afterwards.',
  'confirm.refuse.confirm': 'Refuse',
  'confirm.removeWaitlist.title': 'Take {name} off the waiting list?',
  'confirm.removeWaitlist.body':
    'The person loses their place on the waiting list (reason: “{reason}”). You cannot undo this.',
  'confirm.removeWaitlist.confirm': 'Take off the list',
  'confirm.endInterim.title': 'End the support “{description}” on {date}?',
  'confirm.endInterim.body': 'The support while waiting is closed on that day. You cannot undo this.',
  'confirm.endInterim.confirm': 'End',
  'confirm.acceptOffer.title': 'Accept the offer for {name}, starting on {date}?',
  'confirm.acceptOffer.body':
    'The stay starts on {date} and the person leaves the waiting list. You cannot undo accepting.',
  'confirm.acceptOffer.confirm': 'Accept',
  'confirm.declineOffer.title': 'Decline the offer for {name}?',
  'confirm.declineOffer.body':
    'The access team reads your reason and looks for another place. You cannot undo declining.',
  'confirm.declineOffer.confirm': 'Decline',
  'confirm.withdrawOffer.title': 'Withdraw the offer to {name}?',
  'confirm.withdrawOffer.body':
    'The provider can no longer answer the offer and the place is free again. You cannot undo the withdrawal.',
  'confirm.withdrawOffer.confirm': 'Withdraw',
  'confirm.deactivateUser.title': 'Deactivate the account of {name}?',
  'confirm.deactivateUser.body':
    '{name} can no longer sign in and is signed out everywhere at once. You can activate the account again later.',
  'confirm.deactivateUser.confirm': 'Deactivate',
  'confirm.endSession.title': 'End the session {device} of {date}?',
  'confirm.endSession.body':
    'Whoever uses this session is signed out at once and has to sign in again. You cannot undo this.',
  'confirm.endSession.confirm': 'End session',
  'confirm.endOtherSessions.title': 'End all other sessions?',
  'confirm.endOtherSessions.body':
    'You are signed out everywhere except here, and have to sign in there again. You cannot undo this.',
  'confirm.endOtherSessions.confirm': 'End sessions',
};
