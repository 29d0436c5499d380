import type { ErrorCode } from '../nl/errors';

/** English texts for every error code. */
export const enErrors = {
  'error.VALIDATION_FAILED': 'Some details are not filled in correctly. See the fields for what is wrong.',
  'error.ROLE_NOT_ALLOWED': 'This role does not fit this kind of organisation. Choose another role.',
  'error.UNAUTHENTICATED': 'You are not signed in (any more). Please sign in again.',
  'error.INVALID_CREDENTIALS': 'The e-mail address or password is not correct.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.CSRF_FAILED': 'Your session has expired or is invalid. Reload the page and try again.',
  'error.NOT_FOUND': 'This item does not exist (any more).',
  'error.EMAIL_TAKEN': 'There already is a user with this e-mail address.',
  'error.CONFLICT': 'Someone else changed this in the meantime. Please reload the page.',
  'error.RATE_LIMITED': 'Too many attempts in a short time. Please wait a moment and try again.',
  'error.ACCOUNT_DISABLED': 'Your account has been disabled. Please contact the administrator.',
  'error.SELF_LOCKOUT': 'You cannot disable your own account, administrator role or organisation.',
  'error.SELF_ACCESS_CHANGE': 'You cannot change your own roles or organisation. Ask another administrator.',
  'error.ROLES_CONFLICT': 'Administration cannot be combined with a role that sees persons. Use a separate account.',
  'error.LAST_ADMINISTRATOR':
    'This is the last active administrator of the region. Make another user administrator first.',
  'error.MUNICIPALITY_UNKNOWN': 'This municipality is not part of the region.',
  'error.OIDC_NO_ACCOUNT': 'No Springplank account is linked to this sign-in. Ask the administrator for an account.',
  'error.OIDC_FAILED': 'Signing in with your organisation account did not work. Please try again.',
  'error.ATTACHMENT_REJECTED':
    'We cannot accept this file. Choose a PDF or a photo (JPG, PNG, GIF or WebP) of at most 10 MB.',
  'error.PAYLOAD_TOO_LARGE': 'This is too large to send.',
  'error.HONEYPOT_FILLED': 'Your report could not be processed. Reload the page and try again.',
  'error.IDEMPOTENCY_CONFLICT': 'This was sent before with different data. Please try again.',
  'error.ROUTING_REASON_REQUIRED': 'You chose another team than the routing rule. Please write down why.',
  'error.NO_ROUTING_RULE': 'There is no team for this municipality or district. Choose a team and write down why.',
  'error.INVALID_STATE':
    'This is no longer possible: the report or case has already been handled. Please reload the page.',
  'error.INVALID_INPUT':
    'The input holds a value that cannot be processed (for example an impossible date, a number too large, text too long or a forbidden character). Please check the input.',
  'error.PERSON_BSN_EXISTS': 'A person with this BSN already exists. Look the person up and choose them.',
  'error.DATABASE_TIMEOUT': 'This request took too long and was stopped. Please try again in a few minutes.',
  'error.NOT_READY': 'The service is briefly unavailable. Please try again in a few minutes.',
  'error.INTERNAL': 'Something went wrong on our side. Please try again later.',
  'error.NETWORK': 'Springplank cannot be reached. Check your connection and try again.',
  'error.INVALID_URL': 'The address (URL) is not valid. Check the characters in the address.',
  'error.BAD_REQUEST': 'The request could not be read. Reload the page and try again.',
  'error.STAY_END_BEFORE_START': 'The end date of the stay cannot lie before its start date.',
  'error.SERVICE_NOT_OFFERED': 'This service is not offered in the region.',
  'error.NOT_A_PROVIDER': 'Only a provider can have locations.',
  'error.NO_FREE_BED':
    'There is no free bed for this shelter at this location on that date. Choose another location or date.',
  'error.LOCATION_INACTIVE': 'This location is not active. Choose another location.',
  'error.ALREADY_IN_SHELTER':
    'This person is already staying in a shelter. End that stay first or choose another person.',
  'error.STAY_ALREADY_ENDED': 'This stay has already ended. Reload the page.',
  'error.NO_FREE_PLACE':
    'There is no free place left for this service at this location on that date. A colleague may just have offered it. Choose another location or date.',
  'error.OFFER_ALREADY_PENDING':
    'This person already has an open offer for this waiting-list place. Wait for the answer or withdraw that offer first.',
  'error.OFFER_NOT_PENDING': 'This offer has already been answered or withdrawn. Reload the page.',
  'error.STAY_ALREADY_EXISTS':
    'This person already has a stay for this service with this start date. Choose another start date.',
  'error.CAPACITY_DATE_TAKEN':
    'A number of places has already been recorded for this service on this date. Choose another date.',
  'error.WAITLIST_PLACED_VIA_PLACEMENT':
    'You cannot choose the reason “placed” here: a placement is recorded through the offer. Choose another reason.',
  'error.INTERIM_PROVIDER_UNKNOWN': 'Choose a provider from the region for the support.',
  'error.WAITLIST_ENTRY_CLOSED': 'This person is no longer on the waiting list. Reload the page.',
  'error.INTERIM_SUPPORT_ENDED': 'This support has already ended.',
  'error.DECISION_EXISTS': 'A decision has already been made on this application. Reload the page.',
  'error.WAITLIST_ALREADY_LISTED': 'This person is already on the waiting list for this service.',
  'error.CASE_NOT_FOR_APPLICATION':
    'You cannot start an application from this case: it was closed with another outcome.',
  'error.PERSON_REQUIRED': "This case has no person yet. Enter the person's details.",
  'error.HOUSED_BEFORE_READY': 'The moving date cannot lie before the date on which the person was ready to move on.',
  'error.SIGNAL_NOT_APPLICABLE':
    'This signal does not apply to this person today. Add the case by hand and give a reason.',
  'error.PLAN_EXISTS': 'This person already has a support plan (1 plan, 1 coordinator).',
  'error.HOUSING_REQUEST_SENT': 'A housing request has already been sent for this person.',
  'error.REGION_UNKNOWN': 'This region does not exist.',
  'error.URI_TOO_LONG': 'The address (URL) is too long. Check that you copied the link correctly.',
  'error.UNSUPPORTED_MEDIA_TYPE': 'Springplank cannot read this kind of data. Reload the page and try again.',
  'error.HEADERS_TOO_LARGE':
    "The request is too large. Close other Springplank tabs or clear this site's cookies and try again.",
  'error.REQUEST_TIMEOUT': 'Sending took too long. Check your connection and try again.',
} as const satisfies Record<`error.${ErrorCode}`, string>;
