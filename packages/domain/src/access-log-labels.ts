/**
 * Readable Dutch names for the actions in the access log, for the privacy officer's screen,
 * the CSV export and the printable overview of an inzageverzoek. An action missing here is
 * named by its record type and verb, and only as a last resort shown as its code.
 */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'access_log.search': 'Logboek doorzocht',
  'access_log.verify': 'Logboek gecontroleerd op wijzigingen',
  'access_log.person_search': 'Persoon gezocht in het logboek',
  'access_log.person_report': 'Logboek van een persoon bekeken (inzageverzoek)',
  'access_log.export': 'Logboek van een persoon geëxporteerd (CSV)',
  'application.create': 'Aanvraag ingediend',
  'application.decide': 'Besluit genomen op aanvraag',
  'application.list': 'Aanvragen bekeken (lijst)',
  'application.prefill': 'Aanvraag voorbereid met bekende gegevens',
  'application.read': 'Aanvraag bekeken',
  'auth.login': 'Ingelogd',
  'auth.login_failed': 'Inloggen mislukt',
  'auth.login_refused_locked': 'Inloggen geweigerd (account geblokkeerd)',
  'auth.logout': 'Uitgelogd',
  'auth.oidc_linked': 'Account gekoppeld aan inlogdienst',
  'auth.oidc_login': 'Ingelogd via inlogdienst',
  'case.assign': 'Casus toegewezen',
  'case.close': 'Casus afgesloten',
  'case.event': 'Contactmoment vastgelegd in casus',
  'case.list': 'Casussen bekeken (lijst)',
  'case.read': 'Casus bekeken',
  'case.update': 'Casus gewijzigd',
  'housing_request.list': 'Woningaanvragen bekeken (lijst)',
  'housing_request.read': 'Woningaanvraag bekeken',
  'monitor.population.read': 'Personen achter een cijfer van de monitor bekeken',
  'offer.accept': 'Aanbod geaccepteerd',
  'offer.create': 'Plaats aangeboden',
  'offer.decline': 'Aanbod afgewezen',
  'offer.list': 'Aanbiedingen bekeken (lijst)',
  'offer.read': 'Aanbod bekeken',
  'offer.withdraw': 'Aanbod ingetrokken',
  'outbox.list': 'Uitgaande e-mails bekeken (lijst)',
  'outflow.housing_request.send': 'Woningaanvraag verstuurd naar corporatie',
  'outflow.list': 'Uitstroom naar wonen bekeken (lijst)',
  'outflow.ready': 'Klaar voor uitstroom gemeld',
  'person.create': 'Persoon aangemaakt',
  'person.search': 'Persoon gezocht',
  'placement.suggestions': 'Kandidaten voor een plaats bekeken',
  'report.attachment_read': 'Bijlage van melding bekeken',
  'report.create': 'Melding gedaan',
  'report.duplicates': 'Mogelijke dubbele meldingen en personen bekeken',
  'report.list': 'Meldingen bekeken (lijst)',
  'report.read': 'Melding bekeken',
  'retention.run': 'Bewaartermijnen toegepast (gegevens verwijderd)',
  'stay.create': 'Verblijf gestart',
  'stay.end': 'Verblijf beëindigd',
  'stay.list': 'Verblijven bekeken (lijst)',
  'stay.read': 'Verblijf bekeken',
  'support_plan.create': 'Ondersteuningsplan gestart',
  'support_plan.list': 'Ondersteuningsplannen bekeken (lijst)',
  'support_plan.read': 'Ondersteuningsplan bekeken',
  'user.access_change': 'Rollen, organisatie of actief van gebruiker gewijzigd (voor en na)',
  'user.create': 'Gebruiker aangemaakt',
  'user.list': 'Gebruikers bekeken (lijst)',
  'user.password_set': 'Wachtwoord ingesteld',
  'user.read': 'Gebruiker bekeken',
  'user.unlock': 'Gebruiker gedeblokkeerd',
  'user.update': 'Gebruiker gewijzigd',
  'veldtafel.action.update': 'Actie van veldtafel bijgewerkt',
  'veldtafel.create': 'Veldtafel gepland',
  'veldtafel.item.add': 'Persoon op agenda van veldtafel gezet',
  'veldtafel.read': 'Veldtafel bekeken',
  'veldtafel.suggestions': 'Voorstellen voor de veldtafel bekeken',
  'waitlist.interim_support.create': 'Overbruggingszorg gestart',
  'waitlist.interim_support.end': 'Overbruggingszorg beëindigd',
  'waitlist.list': 'Wachtlijst bekeken',
  'waitlist.read': 'Wachtlijstplaatsing bekeken',
  'waitlist.remove': 'Van wachtlijst gehaald',
  'zrm.create': 'Zelfredzaamheidsmeting vastgelegd',
};

const SUBJECT_LABELS: Readonly<Record<string, string>> = {
  access_log: 'Logboek',
  application: 'Aanvraag',
  case: 'Casus',
  case_conference: 'Veldtafel',
  housing_record: 'Woningaanvraag',
  offer: 'Aanbod',
  outbox_email: 'E-mail',
  person: 'Persoon',
  report: 'Melding',
  stay: 'Verblijf',
  support_plan: 'Ondersteuningsplan',
  user: 'Gebruiker',
  waitlist_entry: 'Wachtlijstplaatsing',
};

const VERB_LABELS: Readonly<Record<string, string>> = {
  read: 'bekeken',
  list: 'bekeken (lijst)',
  search: 'gezocht',
  create: 'aangemaakt',
  update: 'gewijzigd',
  delete: 'verwijderd',
  export: 'geëxporteerd',
};

/** The Dutch name of a record type in the log (e.g. `stay` → "Verblijf"); unknown types as they are. */
export function accessLogSubjectLabel(subjectType: string): string {
  return SUBJECT_LABELS[subjectType] ?? subjectType;
}

/** The readable Dutch name of an action (e.g. `stay.read` → "Verblijf bekeken"); the code as a last resort. */
export function accessLogActionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const dot = action.lastIndexOf('.');
  const verb = VERB_LABELS[action.slice(dot + 1)];
  const subject = SUBJECT_LABELS[action.slice(0, dot)];
  return dot > 0 && verb && subject ? `${subject} ${verb}` : action;
}

/** The Dutch word for an entry's outcome. */
export function accessLogOutcomeLabel(outcome: 'allowed' | 'denied'): string {
  return outcome === 'denied' ? 'Geweigerd' : 'Toegestaan';
}

const ROLE_LABELS: Readonly<Record<string, string>> = {
  professional_reporter: 'Professionele melder',
  meldpunt_operator: 'Medewerker meldpunt',
  outreach_worker: 'Medewerker bemoeizorg',
  access_officer: 'Medewerker toegang',
  provider_staff: 'Medewerker aanbieder',
  housing_officer: 'Medewerker woningcorporatie',
  policy_analyst: 'Beleidsmedewerker',
  administrator: 'Functioneel beheerder',
  privacy_officer: 'Privacyfunctionaris',
};

/** The Dutch name of the role an entry was written in (as the web app names it); empty for none. */
export function accessLogRoleLabel(role: string | null): string {
  return role ? (ROLE_LABELS[role] ?? role) : '';
}
