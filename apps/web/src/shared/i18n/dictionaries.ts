import type { Locale } from '@springplank/contract';
import { enAccess } from './en/access';
import { enAccessLog } from './en/access-log';
import { enHousing } from './en/housing';
import { enImport } from './en/import';
import { enSupportPlans } from './en/support-plans';
import { enVeldtafel } from './en/veldtafel';
import { enAdmin } from './en/admin';
import { enCapacity } from './en/capacity';
import { enCommon } from './en/common';
import { enErrors } from './en/errors';
import { enForm } from './en/form';
import { enConfirm } from './en/confirm';
import { enMeldpunt } from './en/meldpunt';
import { enMonitor } from './en/monitor';
import { enPlacements } from './en/placements';
import { enReports } from './en/reports';
import { enPersonPicker } from './en/person-picker';
import { enSessions } from './en/sessions';
import { enStays } from './en/stays';
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

/** All English texts, with exactly the same keys as the Dutch ones. */
export const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enErrors,
  ...enForm,
  ...enConfirm,
  ...enSupportPlans,
  ...enHousing,
  ...enImport,
  ...enVeldtafel,
  ...enAdmin,
  ...enAccessLog,
  ...enAccess,
  ...enReports,
  ...enMeldpunt,
  ...enMonitor,
  ...enPlacements,
  ...enCapacity,
  ...enStays,
  ...enSessions,
  ...enPersonPicker,
};

/** The dictionary per interface language. */
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** The languages the interface offers. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];
