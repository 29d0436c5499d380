import type { ApiErrorCode, IssueCode, IssueParams } from '@springplank/contract';

/**
 * Typed application errors. Services throw an AppError with a stable code; the HTTP layer
 * maps the code to a status and a Dutch message in exactly one place (ERRORS below). The codes
 * themselves are listed in the contract (error-codes.ts), so the web can have a text for each.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'De invoer is niet juist. Controleer de gemarkeerde velden.' },
  INVALID_INPUT: {
    status: 400,
    message:
      'De invoer bevat een waarde die niet verwerkt kan worden (bijvoorbeeld een onmogelijke datum, een te groot getal, te lange tekst of een verboden teken). Controleer de invoer.',
  },
  INVALID_URL: {
    status: 400,
    message: 'Het adres (URL) van het verzoek is ongeldig. Controleer de tekens in het adres.',
  },
  BAD_REQUEST: { status: 400, message: 'Het verzoek kon niet worden gelezen.' },
  ROLE_NOT_ALLOWED: { status: 400, message: 'Deze rol past niet bij het soort organisatie van de gebruiker.' },
  SELF_LOCKOUT: { status: 400, message: 'U kunt uw eigen account, beheerdersrol of organisatie niet uitschakelen.' },
  ROLES_CONFLICT: {
    status: 400,
    message:
      'Functioneel beheer gaat niet samen met een rol die personen ziet. Maak voor die rol een apart account aan.',
  },
  SELF_ACCESS_CHANGE: {
    status: 403,
    message: 'U kunt uw eigen rollen of organisatie niet wijzigen. Vraag dit aan een andere beheerder.',
  },
  LAST_ADMINISTRATOR: {
    status: 409,
    message:
      'Dit is de laatste actieve beheerder van de regio. Maak eerst een andere gebruiker beheerder voordat u deze uitschakelt of de beheerdersrol weghaalt.',
  },
  MUNICIPALITY_UNKNOWN: { status: 400, message: 'Deze gemeente hoort niet bij de regio.' },
  HONEYPOT_FILLED: {
    status: 400,
    message: 'Uw melding kon niet worden verwerkt: laat het verborgen veld "website" leeg en probeer het opnieuw.',
  },
  ATTACHMENT_REJECTED: {
    status: 400,
    message:
      'Dit bestand kunnen we niet aannemen. Stuur een PDF of een foto (PNG, JPEG, GIF of WebP) van hoogstens 10 MB.',
  },
  ROUTING_REASON_REQUIRED: {
    status: 400,
    message: 'Geef een reden op als u een ander team kiest dan de routeringsregel voorstelt.',
  },
  NO_ROUTING_RULE: {
    status: 400,
    message: 'Er is geen team voor deze gemeente of wijk. Kies zelf een team en geef een reden op.',
  },
  STAY_END_BEFORE_START: {
    status: 400,
    message: 'De einddatum van het verblijf kan niet voor de startdatum ({startedOn}) liggen.',
  },
  SERVICE_NOT_OFFERED: { status: 400, message: 'Deze voorziening wordt in de regio niet aangeboden.' },
  NOT_A_PROVIDER: { status: 400, message: 'Alleen een aanbieder kan locaties hebben.' },
  NO_FREE_BED: {
    status: 409,
    message: 'Er is geen vrij bed voor deze opvang op deze locatie op {date}. Kies een andere locatie of datum.',
  },
  LOCATION_INACTIVE: { status: 409, message: 'Deze locatie is niet actief. Kies een andere locatie.' },
  ALREADY_IN_SHELTER: {
    status: 409,
    message: 'Deze persoon verblijft al in de opvang. Beëindig eerst dat verblijf of kies een andere persoon.',
  },
  STAY_ALREADY_ENDED: { status: 409, message: 'Dit verblijf is al beëindigd.' },
  NO_FREE_PLACE: {
    status: 409,
    message:
      'Er is geen vrije plaats meer voor deze voorziening op deze locatie op {date}. Misschien heeft een collega de plaats net aangeboden. Kies een andere locatie of datum.',
  },
  OFFER_ALREADY_PENDING: {
    status: 409,
    message:
      'Deze persoon heeft al een openstaand aanbod voor deze wachtlijstplaats. Wacht op het antwoord of trek dat aanbod eerst in.',
  },
  OFFER_NOT_PENDING: { status: 409, message: 'Dit aanbod is al beantwoord of ingetrokken. Laad de pagina opnieuw.' },
  STAY_ALREADY_EXISTS: {
    status: 409,
    message:
      'Er is al een verblijf van deze persoon voor deze voorziening met deze startdatum. Kies een andere startdatum.',
  },
  CAPACITY_DATE_TAKEN: {
    status: 409,
    message: 'Voor deze voorziening is op deze datum al een aantal plaatsen vastgelegd. Kies een andere datum.',
  },
  WAITLIST_PLACED_VIA_PLACEMENT: {
    status: 400,
    message:
      'Reden "geplaatst" kunt u hier niet kiezen: een plaatsing legt u vast via het aanbod en de plaatsing. Kies een andere reden.',
  },
  INTERIM_PROVIDER_UNKNOWN: { status: 400, message: 'Kies een aanbieder uit de regio voor de ondersteuning.' },
  PERSON_BSN_EXISTS: {
    status: 409,
    message: 'Er is al een persoon met dit BSN. Zoek de persoon op en kies die.',
  },
  WAITLIST_ENTRY_CLOSED: { status: 409, message: 'Deze persoon staat niet meer op de wachtlijst.' },
  INTERIM_SUPPORT_ENDED: { status: 409, message: 'Deze ondersteuning is al beëindigd.' },
  DECISION_EXISTS: { status: 409, message: 'Over deze aanmelding is al een besluit genomen.' },
  WAITLIST_ALREADY_LISTED: {
    status: 409,
    message: 'Deze persoon staat al op de wachtlijst voor deze voorziening.',
  },
  CASE_NOT_FOR_APPLICATION: {
    status: 409,
    message: 'Vanuit deze casus kunt u geen aanmelding starten: de casus is gesloten met een andere uitkomst.',
  },
  PERSON_REQUIRED: {
    status: 400,
    message: 'Deze casus heeft nog geen persoon. Vul de gegevens van de persoon in.',
  },
  HOUSED_BEFORE_READY: {
    status: 400,
    message: 'De datum van verhuizing kan niet vóór de datum liggen waarop de persoon klaar was om door te stromen.',
  },
  SIGNAL_NOT_APPLICABLE: {
    status: 400,
    message: 'Dit signaal geldt vandaag niet voor deze persoon. Voeg de casus met de hand toe en geef een reden.',
  },
  PLAN_EXISTS: { status: 409, message: 'Deze persoon heeft al een ondersteuningsplan (1 plan, 1 regisseur).' },
  HOUSING_REQUEST_SENT: { status: 409, message: 'Voor deze persoon is al een woningaanvraag verstuurd.' },
  INVALID_STATE: { status: 409, message: 'Dit kan niet in de huidige fase van de melding of casus.' },
  IDEMPOTENCY_CONFLICT: {
    status: 409,
    message: 'Deze Idempotency-Key is al gebruikt voor een andere melding. Gebruik een nieuwe sleutel.',
  },
  UNAUTHENTICATED: { status: 401, message: 'U bent niet ingelogd. Log in om verder te gaan.' },
  INVALID_CREDENTIALS: { status: 401, message: 'Het e-mailadres of het wachtwoord is onjuist.' },
  ACCOUNT_DISABLED: { status: 403, message: 'Uw account is uitgeschakeld. Neem contact op met de beheerder.' },
  OIDC_NO_ACCOUNT: {
    status: 403,
    message: 'Er is geen Springplank-account gekoppeld aan deze inlog. Vraag de beheerder om een account.',
  },
  FORBIDDEN: { status: 403, message: 'U heeft geen toegang tot deze gegevens of functie.' },
  CSRF_FAILED: {
    status: 403,
    message: 'Uw sessie kon niet worden gecontroleerd. Laad de pagina opnieuw en probeer het nog eens.',
  },
  NOT_FOUND: { status: 404, message: 'Niet gevonden.' },
  REGION_UNKNOWN: { status: 404, message: 'Deze regio bestaat niet.' },
  EMAIL_TAKEN: { status: 409, message: 'Er bestaat al een account met dit e-mailadres.' },
  CONFLICT: { status: 409, message: 'Dit kan niet: de gegevens zijn intussen gewijzigd of bestaan al.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Het verzoek is te groot.' },
  URI_TOO_LONG: { status: 414, message: 'Het adres (URL) van het verzoek is te lang.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Stuur de gegevens als JSON.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'Het adres (URL) of de kopregels van het verzoek zijn te groot.' },
  REQUEST_TIMEOUT: { status: 408, message: 'Het verzoek duurde te lang om te versturen. Probeer het opnieuw.' },
  RATE_LIMITED: { status: 429, message: 'Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.' },
  OIDC_FAILED: { status: 502, message: 'Inloggen via de externe inlogdienst is niet gelukt. Probeer het opnieuw.' },
  NOT_READY: { status: 503, message: 'De dienst is (nog) niet beschikbaar.' },
  DATABASE_TIMEOUT: {
    status: 503,
    message: 'Dit verzoek duurde te lang en is afgebroken. Probeer het over een paar minuten opnieuw.',
  },
  INTERNAL: { status: 500, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
} as const satisfies Record<ApiErrorCode, { status: number; message: string }>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERRORS;

/**
 * One problem with one field that a service finds (e.g. a team outside the region): a stable
 * code of the contract (issues.ts) and its limits; the error handler adds the Dutch message
 * from the catalogue, so the web can say it in the reader's language.
 */
export interface ServiceIssue {
  path: string;
  code: IssueCode;
  params?: IssueParams;
}

/** What a row-level rule refused to show, so an existing record's refusal is logged as denied. */
export interface RefusedRead {
  /** The action the actor attempted, e.g. `stay.read`. */
  action: string;
  subjectType: string;
  subjectId: string;
}

/** An error a service raises on purpose; never a bug. */
export class AppError extends Error {
  /** Set on a NOT_FOUND that hides a record outside the actor's scope (see `refusedRead`). */
  refused?: RefusedRead;

  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues?: ServiceIssue[],
  ) {
    super(code);
    this.name = 'AppError';
  }

  /**
   * NOT_FOUND for a record outside the actor's scope: the answer does not reveal that it
   * exists, but the access log records the attempt as denied when it does.
   */
  static refusedRead(action: string, subjectType: string, subjectId: string): AppError {
    const error = new AppError('NOT_FOUND');
    error.refused = { action, subjectType, subjectId };
    return error;
  }

  /** The HTTP status for this error. */
  get status(): number {
    return ERRORS[this.code].status;
  }

  /** The Dutch message for a person, with its parameters filled in. */
  get publicMessage(): string {
    return Object.entries(this.params).reduce<string>(
      (text, [key, value]) => text.replaceAll(`{${key}}`, String(value)),
      ERRORS[this.code].message,
    );
  }
}

/** 429 with how long to wait; the error handler sends it as Retry-After. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED');
    this.name = 'RateLimitedError';
  }
}
