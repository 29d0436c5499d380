import type { Locale } from '@springplank/contract';
import { nlCommon } from './nl/common';
import { nlErrors } from './nl/errors';
import { nlForm } from './nl/form';
import { nlConfirm } from './nl/confirm';
import { nlReports } from './nl/reports';
import { nlSessions } from './nl/sessions';
import type { nlSignedIn } from './nl/signed-in';

/**
 * The Dutch texts of the pages anyone can open (the report form, its receipt and status page,
 * sign-in) and of the parts every page shares. They are in the first download; the texts of
 * the signed-in screens (`nl/signed-in.ts`) follow once someone signs in.
 */
export const nlPublic = {
  ...nlCommon,
  ...nlErrors,
  ...nlForm,
  ...nlConfirm,
  ...nlReports,
  // The header links to the own sessions on every page.
  ...nlSessions,
};

/** A key of the dictionary: public and signed-in texts together. Dutch is the source of truth. */
export type MessageKey = keyof typeof nlPublic | keyof typeof nlSignedIn;

/** The languages the interface offers. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];
