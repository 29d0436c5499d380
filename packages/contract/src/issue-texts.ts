import type { Locale } from './auth';
import type { DescribedIssue, IssueCode, IssueParams } from './issues';

/**
 * The one catalogue of field messages, in Dutch and English (issue 11). The server's Dutch
 * `message` and the web's texts (client-side validation and server issues alike) both come
 * from here, so a limit is said the same way everywhere: "Gebruik hoogstens 5000 tekens".
 * Messages are short sentences without the field's name: the form shows "<label>: <message>".
 */
type IssueTexts = Record<IssueCode, (params: IssueParams) => string>;

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

function num(locale: Locale, value: number | string | undefined): string {
  return typeof value === 'number' ? new Intl.NumberFormat(INTL_LOCALE[locale]).format(value) : String(value ?? '');
}

/** An ISO day as "1 januari 1900" / "1 January 1900"; anything else as it is. */
function day(locale: Locale, value: number | string | undefined): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return String(value ?? '');
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/** "1 teken" / "3 tekens"; `one` and `other` are the two Dutch or English forms. */
function count(locale: Locale, value: number | string | undefined, one: string, other: string): string {
  return `${num(locale, value)} ${value === 1 ? one : other}`;
}

const nl: IssueTexts = {
  required: () => 'Vul dit veld in.',
  choose_one: () => 'Maak een keuze.',
  too_short: (p) => `Vul minstens ${count('nl', p.minimum, 'teken', 'tekens')} in.`,
  too_long: (p) => `Gebruik hoogstens ${count('nl', p.maximum, 'teken', 'tekens')}.`,
  wrong_length: (p) => `Gebruik precies ${count('nl', p.length, 'teken', 'tekens')}.`,
  too_small: (p) =>
    p.exclusive ? `Vul een getal groter dan ${num('nl', p.minimum)} in.` : `Vul minstens ${num('nl', p.minimum)} in.`,
  too_big: (p) =>
    p.exclusive ? `Vul een getal kleiner dan ${num('nl', p.maximum)} in.` : `Vul hoogstens ${num('nl', p.maximum)} in.`,
  too_early: (p) => `Kies een datum op of na ${day('nl', p.minimum)}.`,
  too_late: (p) => `Kies een datum op of vóór ${day('nl', p.maximum)}.`,
  too_few: (p) => `Kies er minstens ${num('nl', p.minimum)}.`,
  too_many: (p) => `Kies er hoogstens ${num('nl', p.maximum)}.`,
  not_a_number: () => 'Vul een getal in.',
  not_integer: () => 'Vul een heel getal in, zonder komma.',
  not_multiple_of: (p) => `Vul een veelvoud van ${num('nl', p.divisor)} in.`,
  invalid_type: () => 'Deze waarde heeft niet de goede vorm.',
  invalid_option: () => 'Kies een van de mogelijkheden.',
  invalid_format: () => 'Deze waarde heeft niet de goede vorm.',
  invalid_email: () => 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  invalid_uuid: () => 'Vul een geldig id in (36 tekens, zoals 1b4e28ba-2fa1-41d2-883f-0016d3cca427).',
  invalid_url: () => 'Vul een geldig webadres in, zoals https://www.voorbeeld.nl.',
  invalid_date: () => 'Gebruik een datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.',
  invalid_date_time: () => 'Gebruik een tijdstip als 2025-03-01T14:30:00+01:00.',
  unrecognized_keys: (p) => `Deze velden kennen we niet: ${p.keys ?? ''}.`,
  invalid_input: () => 'Deze waarde is niet geldig.',
  forbidden_characters: () => 'Deze tekst bevat een ongeldig teken. Typ de tekst opnieuw.',
  control_characters: () => 'Gebruik alleen letters, cijfers en leestekens, zonder regeleinden of stuurtekens.',
  date_out_of_range: (p) =>
    `Kies een datum tussen ${day('nl', p.minimum ?? '1900-01-01')} en ${day('nl', p.maximum ?? '2100-12-31')}.`,
  date_in_future: () => 'Deze datum ligt in de toekomst. Kies vandaag of een eerdere dag.',
  time_in_future: () => 'Dit tijdstip ligt in de toekomst.',
  invalid_bsn: () => 'Een BSN heeft 9 cijfers.',
  bsn_checksum: () => 'Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.',
  invalid_municipality_code: () => 'Kies een gemeente (een CBS-code zoals GM0150).',
  invalid_session_id: () => 'Dit is geen sessie.',
  end_before_start: () => 'De einddatum ligt vóór de begindatum.',
  search_criteria_required: () => 'Zoek op naam, BSN of geboortedatum.',
  person_name_required: () => 'Vul minstens een voornaam of achternaam in.',
  person_choice_required: () => 'Kies een bekende persoon of vul de gegevens van een nieuwe persoon in (niet allebei).',
  case_required: () => 'Een aanmelding vanuit het meldpunt hoort bij een casus.',
  refusal_reason_required: () => 'Geef de reden van de afwijzing.',
  valid_from_required: () => 'Vul in vanaf wanneer de toekenning geldt.',
  priority_required: () => 'Kies een prioriteit.',
  priority_reason_required: () => 'Geef de reden voor een hogere prioriteit dan normaal.',
  contact_attempt_required: () => 'Kies hoe u contact zocht en wat het resultaat was.',
  partner_required: () => 'Met welke partner had u overleg?',
  note_required: () => 'Schrijf een notitie.',
  referral_target_required: () => 'Vul in naar welke zorg of welk team of welke regio.',
  phone_or_email_required: () => 'Geef een telefoonnummer of een e-mailadres.',
  reporter_email_required: () => 'Vul uw e-mailadres in als u wilt horen hoe het verdergaat.',
  person_traces_required: () =>
    'Vul ten minste één ding in waarmee de persoon te vinden is: naam, adres of beschrijving.',
  nothing_to_change: () => 'Wijzig minstens één gegeven.',
  person_details_required: () => 'Vul minstens een naam, BSN of adres in.',
  manual_reason_required: () => 'Geef bij een handmatig toegevoegde casus aan waarom.',
  duplicate_target: () => 'Geef elk doel precies één keer op.',
  target_after_baseline: () => 'Kies een doel dat na de nulmeting ligt.',
  out_of_range: (p) =>
    p.exclusive
      ? `Vul een getal tussen ${num('nl', p.minimum)} en ${num('nl', p.maximum)} in.`
      : `Vul een getal van ${num('nl', p.minimum)} tot en met ${num('nl', p.maximum)} in.`,
  not_in_region: () => 'Kies er een uit uw regio.',
  coordinator_not_allowed: () =>
    'Kies als regisseur iemand van de toegang of van de aanbieder waar de persoon verblijft.',
  assignee_not_in_team: () => 'Kies een actieve bemoeizorgmedewerker van het team van deze casus.',
  role_not_allowed: () => 'Deze rol past niet bij dit soort organisatie.',
  roles_conflict: () => 'Functioneel beheer gaat niet samen met een rol die personen ziet. Gebruik aparte accounts.',
  email_taken: () => 'Dit e-mailadres is al in gebruik.',
  name_taken: () => 'Deze naam is al in gebruik.',
  municipality_outside_team: () => 'Kies een gemeente uit het werkgebied van uw team.',
  case_not_in_team: () => 'Start een aanmelding vanuit een casus van uw team.',
  attachment_not_found: () => 'Een bijlage is niet gevonden of hoort al bij een andere melding.',
  search_query_required: () => 'Zoek op naam, adres, BSN of geboortedatum.',
  duplicate_rule: () => 'Elke gemeente (of wijk) mag maar één regel hebben.',
  unknown_municipality: (p) =>
    p.value ? `Deze gemeente kennen we niet in de regio: ${p.value}.` : 'Deze gemeente kennen we niet in de regio.',
  invalid_idempotency_key: () => 'Gebruik 8 tot 200 letters, cijfers of - _ : .',
};

const en: IssueTexts = {
  required: () => 'Fill in this field.',
  choose_one: () => 'Make a choice.',
  too_short: (p) => `Enter at least ${count('en', p.minimum, 'character', 'characters')}.`,
  too_long: (p) => `Use at most ${count('en', p.maximum, 'character', 'characters')}.`,
  wrong_length: (p) => `Use exactly ${count('en', p.length, 'character', 'characters')}.`,
  too_small: (p) =>
    p.exclusive ? `Enter a number greater than ${num('en', p.minimum)}.` : `Enter at least ${num('en', p.minimum)}.`,
  too_big: (p) =>
    p.exclusive ? `Enter a number less than ${num('en', p.maximum)}.` : `Enter at most ${num('en', p.maximum)}.`,
  too_early: (p) => `Choose a date on or after ${day('en', p.minimum)}.`,
  too_late: (p) => `Choose a date on or before ${day('en', p.maximum)}.`,
  too_few: (p) => `Choose at least ${num('en', p.minimum)}.`,
  too_many: (p) => `Choose at most ${num('en', p.maximum)}.`,
  not_a_number: () => 'Enter a number.',
  not_integer: () => 'Enter a whole number, without decimals.',
  not_multiple_of: (p) => `Enter a multiple of ${num('en', p.divisor)}.`,
  invalid_type: () => 'This value does not have the right form.',
  invalid_option: () => 'Choose one of the options.',
  invalid_format: () => 'This value does not have the right form.',
  invalid_email: () => 'Enter a valid email address, such as name@example.com.',
  invalid_uuid: () => 'Enter a valid id (36 characters, such as 1b4e28ba-2fa1-41d2-883f-0016d3cca427).',
  invalid_url: () => 'Enter a valid web address, such as https://www.example.com.',
  invalid_date: () => 'Use a date as YYYY-MM-DD, for example 2025-03-01.',
  invalid_date_time: () => 'Use a moment as 2025-03-01T14:30:00+01:00.',
  unrecognized_keys: (p) => `These fields are unknown: ${p.keys ?? ''}.`,
  invalid_input: () => 'This value is not valid.',
  forbidden_characters: () => 'This text contains an invalid character. Please type it again.',
  control_characters: () => 'Use only letters, digits and punctuation, without line breaks or control characters.',
  date_out_of_range: (p) =>
    `Choose a date between ${day('en', p.minimum ?? '1900-01-01')} and ${day('en', p.maximum ?? '2100-12-31')}.`,
  date_in_future: () => 'This date lies in the future. Choose today or an earlier day.',
  time_in_future: () => 'This moment lies in the future.',
  invalid_bsn: () => 'A BSN has 9 digits.',
  bsn_checksum: () => 'This BSN is not valid (the eleven test fails). Check the digits.',
  invalid_municipality_code: () => 'Choose a municipality (a CBS code such as GM0150).',
  invalid_session_id: () => 'This is not a session.',
  end_before_start: () => 'The end date lies before the start date.',
  search_criteria_required: () => 'Search by name, BSN or date of birth.',
  person_name_required: () => 'Enter at least a first name or a surname.',
  person_choice_required: () => 'Choose a known person or enter the details of a new person (not both).',
  case_required: () => 'An application from the meldpunt belongs to a case.',
  refusal_reason_required: () => 'Give the reason for the refusal.',
  valid_from_required: () => 'Enter from when the grant applies.',
  priority_required: () => 'Choose a priority.',
  priority_reason_required: () => 'Give the reason for a priority higher than normal.',
  contact_attempt_required: () => 'Choose how you sought contact and what the result was.',
  partner_required: () => 'Which partner did you consult?',
  note_required: () => 'Write a note.',
  referral_target_required: () => 'Enter which care, team or region the referral is to.',
  phone_or_email_required: () => 'Give a phone number or an email address.',
  reporter_email_required: () => 'Enter your email address if you want to hear how things proceed.',
  person_traces_required: () =>
    'Enter at least one thing by which the person can be found: name, address or description.',
  nothing_to_change: () => 'Change at least one detail.',
  person_details_required: () => 'Enter at least a name, BSN or address.',
  manual_reason_required: () => 'For a manually added case, say why.',
  duplicate_target: () => 'Give each target exactly once.',
  target_after_baseline: () => 'Choose a target that lies after the baseline.',
  out_of_range: (p) =>
    p.exclusive
      ? `Enter a number between ${num('en', p.minimum)} and ${num('en', p.maximum)}.`
      : `Enter a number from ${num('en', p.minimum)} to ${num('en', p.maximum)}.`,
  not_in_region: () => 'Choose one from your region.',
  coordinator_not_allowed: () =>
    'Choose as coordinator someone from the access team or from the provider where the person stays.',
  assignee_not_in_team: () => 'Choose an active outreach worker of the team of this case.',
  role_not_allowed: () => 'This role does not fit this kind of organisation.',
  roles_conflict: () => 'Functional administration does not go with a role that sees persons. Use separate accounts.',
  email_taken: () => 'This email address is already in use.',
  name_taken: () => 'This name is already in use.',
  municipality_outside_team: () => "Choose a municipality in your team's area.",
  case_not_in_team: () => 'Start an application from a case of your team.',
  attachment_not_found: () => 'An attachment was not found or already belongs to another report.',
  search_query_required: () => 'Search by name, address, BSN or date of birth.',
  duplicate_rule: () => 'Each municipality (or district) may have only one rule.',
  unknown_municipality: (p) =>
    p.value
      ? `This municipality is not known in the region: ${p.value}.`
      : 'This municipality is not known in the region.',
  invalid_idempotency_key: () => 'Use 8 to 200 letters, digits or - _ : .',
};

/** The field messages per language; complete for every issue code (the type enforces it). */
export const ISSUE_TEXTS: Record<Locale, IssueTexts> = { nl, en };

/** The message for one field issue in `locale`, e.g. "Vul minstens 3 tekens in." */
export function issueText(locale: Locale, issue: DescribedIssue): string {
  return ISSUE_TEXTS[locale][issue.code](issue.params ?? {});
}
