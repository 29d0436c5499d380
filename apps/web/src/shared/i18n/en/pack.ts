import { enVocabulary } from '@springplank/domain/vocabulary/en';
import type { MessageKey } from '../dictionaries';
import type { LanguagePack } from '../languages';
import { enAccess } from './access';
import { enAccessLog } from './access-log';
import { enHousing } from './housing';
import { enImport } from './import';
import { enSupportPlans } from './support-plans';
import { enVeldtafel } from './veldtafel';
import { enAdmin } from './admin';
import { enCapacity } from './capacity';
import { enCommon } from './common';
import { enErrors } from './errors';
import { enForm } from './form';
import { enConfirm } from './confirm';
import { enMeldpunt } from './meldpunt';
import { enMonitor } from './monitor';
import { enPlacements } from './placements';
import { enReports } from './reports';
import { enPersonPicker } from './person-picker';
import { enSessions } from './sessions';
import { enStays } from './stays';

/** All English texts, with exactly the same keys as the Dutch ones. */
const en: Record<MessageKey, string> = {
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

/** English: loaded only when someone chooses it, so Dutch readers never download it. */
export const enPack: LanguagePack = { messages: en, vocabulary: enVocabulary };
