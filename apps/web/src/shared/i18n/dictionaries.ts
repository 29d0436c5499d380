import type { Locale } from '@springplank/contract';
import { nlAccess } from './nl/access';
import { nlAccessLog } from './nl/access-log';
import { nlHousing } from './nl/housing';
import { nlImport } from './nl/import';
import { nlSupportPlans } from './nl/support-plans';
import { nlVeldtafel } from './nl/veldtafel';
import { nlAdmin } from './nl/admin';
import { nlCapacity } from './nl/capacity';
import { nlCommon } from './nl/common';
import { nlErrors } from './nl/errors';
import { nlForm } from './nl/form';
import { nlConfirm } from './nl/confirm';
import { nlMeldpunt } from './nl/meldpunt';
import { nlMonitor } from './nl/monitor';
import { nlPlacements } from './nl/placements';
import { nlReports } from './nl/reports';
import { nlPersonPicker } from './nl/person-picker';
import { nlSessions } from './nl/sessions';
import { nlStays } from './nl/stays';

/** All Dutch texts; Dutch is the source of truth for the keys. */
export const nl = {
  ...nlCommon,
  ...nlErrors,
  ...nlForm,
  ...nlConfirm,
  ...nlSupportPlans,
  ...nlHousing,
  ...nlImport,
  ...nlVeldtafel,
  ...nlAdmin,
  ...nlAccessLog,
  ...nlAccess,
  ...nlReports,
  ...nlMeldpunt,
  ...nlMonitor,
  ...nlPlacements,
  ...nlCapacity,
  ...nlStays,
  ...nlSessions,
  ...nlPersonPicker,
};

/** A key of the dictionary. */
export type MessageKey = keyof typeof nl;

/** The languages the interface offers. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];
