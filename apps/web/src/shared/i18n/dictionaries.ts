import type { Locale } from '@springplank/contract';
import { enAccessLog } from './en/access-log';
import { enAdmin } from './en/admin';
import { enCommon } from './en/common';
import { enMeldpunt } from './en/meldpunt';
import { enReports } from './en/reports';
import { nlAccessLog } from './nl/access-log';
import { nlAdmin } from './nl/admin';
import { nlCommon } from './nl/common';
import { nlMeldpunt } from './nl/meldpunt';
import { nlReports } from './nl/reports';

/** All Dutch texts; Dutch is the source of truth for the keys. */
export const nl = { ...nlCommon, ...nlAdmin, ...nlAccessLog, ...nlReports, ...nlMeldpunt };

/** A key of the dictionary. */
export type MessageKey = keyof typeof nl;

/** All English texts, with exactly the same keys as the Dutch ones. */
export const en: Record<MessageKey, string> = { ...enCommon, ...enAdmin, ...enAccessLog, ...enReports, ...enMeldpunt };

/** The dictionary per interface language. */
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** The languages the interface offers. */
export const LOCALES: readonly Locale[] = ['nl', 'en'];
