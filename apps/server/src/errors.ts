/**
 * Typed application errors. Services throw an AppError with a stable code; the HTTP layer
 * maps the code to a status and a Dutch message in exactly one place (ERRORS below).
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'De invoer is niet juist. Controleer de gemarkeerde velden.' },
  ROLE_NOT_ALLOWED: { status: 400, message: 'Deze rol past niet bij het soort organisatie van de gebruiker.' },
  SELF_LOCKOUT: { status: 400, message: 'U kunt uw eigen account, beheerdersrol of organisatie niet uitschakelen.' },
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
  EMAIL_TAKEN: { status: 409, message: 'Er bestaat al een account met dit e-mailadres.' },
  CONFLICT: { status: 409, message: 'Dit kan niet: de gegevens zijn intussen gewijzigd of bestaan al.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Het verzoek is te groot.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Stuur de gegevens als JSON.' },
  ACCOUNT_LOCKED: {
    status: 423,
    message:
      'Uw account is tijdelijk geblokkeerd na te veel mislukte inlogpogingen. Probeer het over {minutes} minuten opnieuw of neem contact op met de beheerder.',
  },
  RATE_LIMITED: { status: 429, message: 'Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.' },
  OIDC_FAILED: { status: 502, message: 'Inloggen via de externe inlogdienst is niet gelukt. Probeer het opnieuw.' },
  NOT_READY: { status: 503, message: 'De dienst is (nog) niet beschikbaar.' },
  INTERNAL: { status: 500, message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' },
} as const satisfies Record<string, { status: number; message: string }>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERRORS;

/** One problem with one field of the input. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An error a service raises on purpose; never a bug. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly issues?: FieldIssue[],
  ) {
    super(code);
    this.name = 'AppError';
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
