import type { ApiErrorCode } from '@springplank/contract';

/** Error codes the interface has a text for: every code of the API, plus NETWORK for a request that never reached the server. */
export type ErrorCode = ApiErrorCode | 'NETWORK';

/** Dutch texts for every error code (errorText in shared/ui/feedback.tsx shows them). */
export const nlErrors = {
  'error.VALIDATION_FAILED': 'Niet alle gegevens zijn goed ingevuld. Kijk bij de velden wat er mis is.',
  'error.ROLE_NOT_ALLOWED': 'Deze rol past niet bij de soort organisatie. Kies een andere rol.',
  'error.UNAUTHENTICATED': 'U bent niet (meer) ingelogd. Log opnieuw in.',
  'error.INVALID_CREDENTIALS': 'Het e-mailadres of wachtwoord klopt niet.',
  'error.FORBIDDEN': 'U heeft geen toestemming om dit te doen.',
  'error.CSRF_FAILED': 'Uw sessie is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.',
  'error.NOT_FOUND': 'Dit gegeven bestaat niet (meer).',
  'error.EMAIL_TAKEN': 'Er is al een gebruiker met dit e-mailadres.',
  'error.CONFLICT': 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw.',
  'error.RATE_LIMITED': 'Te veel pogingen in korte tijd. Wacht even en probeer het opnieuw.',
  'error.ACCOUNT_DISABLED': 'Uw account is uitgeschakeld. Neem contact op met de beheerder.',
  'error.SELF_LOCKOUT': 'U kunt uw eigen account, beheerdersrol of organisatie niet uitschakelen.',
  'error.SELF_ACCESS_CHANGE':
    'U kunt uw eigen rollen of organisatie niet wijzigen. Vraag dit aan een andere beheerder.',
  'error.ROLES_CONFLICT':
    'Functioneel beheer gaat niet samen met een rol die personen ziet. Maak voor die rol een apart account aan.',
  'error.LAST_ADMINISTRATOR':
    'Dit is de laatste actieve beheerder van de regio. Maak eerst een andere gebruiker beheerder.',
  'error.MUNICIPALITY_UNKNOWN': 'Deze gemeente hoort niet bij de regio.',
  'error.OIDC_NO_ACCOUNT':
    'Er is geen Springplank-account gekoppeld aan deze inlog. Vraag de beheerder om een account.',
  'error.OIDC_FAILED': 'Inloggen via het account van uw organisatie is niet gelukt. Probeer het opnieuw.',
  'error.ATTACHMENT_REJECTED':
    'Dit bestand kunnen we niet aannemen. Kies een PDF of een foto (JPG, PNG, GIF of WebP) van hoogstens 10 MB.',
  'error.PAYLOAD_TOO_LARGE': 'Dit is te groot om te versturen.',
  'error.HONEYPOT_FILLED': 'Uw melding kon niet worden verwerkt. Laad de pagina opnieuw en probeer het nog eens.',
  'error.IDEMPOTENCY_CONFLICT': 'Dit is al eerder verstuurd met andere gegevens. Probeer het opnieuw.',
  'error.ROUTING_REASON_REQUIRED': 'U kiest een ander team dan de routeringsregel. Schrijf op waarom.',
  'error.NO_ROUTING_RULE': 'Er is geen team voor deze gemeente of wijk. Kies zelf een team en schrijf op waarom.',
  'error.INVALID_STATE': 'Dit kan niet meer: de melding of casus is al afgehandeld. Laad de pagina opnieuw.',
  'error.INVALID_INPUT':
    'De invoer bevat een waarde die niet verwerkt kan worden (bijvoorbeeld een onmogelijke datum, een te groot getal, te lange tekst of een verboden teken). Controleer de invoer.',
  'error.PERSON_BSN_EXISTS': 'Er is al een persoon met dit BSN. Zoek de persoon op en kies die.',
  'error.DATABASE_TIMEOUT': 'Dit verzoek duurde te lang en is afgebroken. Probeer het over een paar minuten opnieuw.',
  'error.NOT_READY': 'De dienst is even niet beschikbaar. Probeer het over een paar minuten opnieuw.',
  'error.INTERNAL': 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  'error.NETWORK': 'Springplank is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  'error.INVALID_URL': 'Het adres (URL) klopt niet. Controleer de tekens in het adres.',
  'error.BAD_REQUEST': 'Het verzoek kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.',
  'error.STAY_END_BEFORE_START': 'De einddatum van het verblijf kan niet vóór de startdatum liggen.',
  'error.SERVICE_NOT_OFFERED': 'Deze voorziening wordt in de regio niet aangeboden.',
  'error.NOT_A_PROVIDER': 'Alleen een aanbieder kan locaties hebben.',
  'error.NO_FREE_BED':
    'Er is geen vrij bed voor deze opvang op deze locatie op die datum. Kies een andere locatie of datum.',
  'error.LOCATION_INACTIVE': 'Deze locatie is niet actief. Kies een andere locatie.',
  'error.ALREADY_IN_SHELTER':
    'Deze persoon verblijft al in de opvang. Beëindig eerst dat verblijf of kies een andere persoon.',
  'error.STAY_ALREADY_ENDED': 'Dit verblijf is al beëindigd. Laad de pagina opnieuw.',
  'error.NO_FREE_PLACE':
    'Er is geen vrije plaats meer voor deze voorziening op deze locatie op die datum. Misschien heeft een collega de plaats net aangeboden. Kies een andere locatie of datum.',
  'error.OFFER_ALREADY_PENDING':
    'Deze persoon heeft al een openstaand aanbod voor deze wachtlijstplaats. Wacht op het antwoord of trek dat aanbod eerst in.',
  'error.OFFER_NOT_PENDING': 'Dit aanbod is al beantwoord of ingetrokken. Laad de pagina opnieuw.',
  'error.STAY_ALREADY_EXISTS':
    'Er is al een verblijf van deze persoon voor deze voorziening met deze startdatum. Kies een andere startdatum.',
  'error.CAPACITY_DATE_TAKEN':
    'Voor deze voorziening is op deze datum al een aantal plaatsen vastgelegd. Kies een andere datum.',
  'error.WAITLIST_PLACED_VIA_PLACEMENT':
    'De reden “geplaatst” kunt u hier niet kiezen: een plaatsing legt u vast via het aanbod. Kies een andere reden.',
  'error.INTERIM_PROVIDER_UNKNOWN': 'Kies een aanbieder uit de regio voor de ondersteuning.',
  'error.WAITLIST_ENTRY_CLOSED': 'Deze persoon staat niet meer op de wachtlijst. Laad de pagina opnieuw.',
  'error.INTERIM_SUPPORT_ENDED': 'Deze ondersteuning is al beëindigd.',
  'error.DECISION_EXISTS': 'Over deze aanmelding is al een besluit genomen. Laad de pagina opnieuw.',
  'error.WAITLIST_ALREADY_LISTED': 'Deze persoon staat al op de wachtlijst voor deze voorziening.',
  'error.CASE_NOT_FOR_APPLICATION':
    'Vanuit deze casus kunt u geen aanmelding starten: de casus is gesloten met een andere uitkomst.',
  'error.PERSON_REQUIRED': 'Deze casus heeft nog geen persoon. Vul de gegevens van de persoon in.',
  'error.HOUSED_BEFORE_READY':
    'De datum van verhuizing kan niet vóór de datum liggen waarop de persoon klaar was om door te stromen.',
  'error.SIGNAL_NOT_APPLICABLE':
    'Dit signaal geldt vandaag niet voor deze persoon. Voeg de casus met de hand toe en geef een reden.',
  'error.PLAN_EXISTS': 'Deze persoon heeft al een ondersteuningsplan (1 plan, 1 regisseur).',
  'error.HOUSING_REQUEST_SENT': 'Voor deze persoon is al een woningaanvraag verstuurd.',
  'error.REGION_UNKNOWN': 'Deze regio bestaat niet.',
  'error.URI_TOO_LONG': 'Het adres (URL) is te lang. Controleer of u de link goed heeft overgenomen.',
  'error.UNSUPPORTED_MEDIA_TYPE':
    'Dit soort gegevens kan Springplank niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
  'error.HEADERS_TOO_LARGE':
    'Het verzoek is te groot. Sluit andere tabbladen van Springplank of verwijder de cookies van deze site en probeer het opnieuw.',
  'error.REQUEST_TIMEOUT': 'Het versturen duurde te lang. Controleer uw verbinding en probeer het opnieuw.',
} as const satisfies Record<`error.${ErrorCode}`, string>;
