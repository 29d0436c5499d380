import type { nlSessions } from '../nl/sessions';

/** English texts of "Mijn sessies". */
export const enSessions: Record<keyof typeof nlSessions, string> = {
  'sessions.link': 'My sessions',
  'sessions.title': 'My sessions',
  'sessions.intro':
    'This shows where you are signed in. If you do not recognise a session, or forgot to sign out on another computer, end it here.',
  'sessions.caption': 'Active sessions ({count})',
  'sessions.col.device': 'Browser and system',
  'sessions.col.createdAt': 'Signed in',
  'sessions.col.lastSeenAt': 'Last used',
  'sessions.col.action': 'Action',
  'sessions.device': '{browser} on {system}',
  'sessions.unknownBrowser': 'Unknown browser',
  'sessions.unknownSystem': 'unknown system',
  'sessions.current': 'This session',
  'sessions.end': 'End',
  'sessions.endLabel': 'End session {device} of {date}',
  'sessions.endOthers': 'End all other sessions',
  'sessions.noOthers': 'You are not signed in anywhere else.',
  'sessions.ended': 'Sessions ended: {count}.',
};
