/** Dutch texts of "Mijn sessies". */
export const nlSessions = {
  'sessions.link': 'Mijn sessies',
  'sessions.title': 'Mijn sessies',
  'sessions.intro':
    'Hier ziet u waar u nu bent ingelogd. Herkent u een sessie niet, of bent u vergeten uit te loggen op een andere computer? Beëindig die sessie dan.',
  'sessions.caption': 'Actieve sessies ({count})',
  'sessions.col.device': 'Browser en systeem',
  'sessions.col.createdAt': 'Ingelogd op',
  'sessions.col.lastSeenAt': 'Laatst gebruikt',
  'sessions.col.action': 'Actie',
  'sessions.device': '{browser} op {system}',
  'sessions.unknownBrowser': 'Onbekende browser',
  'sessions.unknownSystem': 'onbekend systeem',
  'sessions.current': 'Deze sessie',
  'sessions.end': 'Beëindigen',
  'sessions.endLabel': 'Sessie {device} van {date} beëindigen',
  'sessions.endOthers': 'Alle andere sessies beëindigen',
  'sessions.noOthers': 'U bent nergens anders ingelogd.',
  'sessions.ended': 'Beëindigde sessies: {count}.',
} as const;
