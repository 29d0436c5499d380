import { nlSupportPlans } from './support-plans';
import { nlHousing } from './housing';
import { nlImport } from './import';
import { nlVeldtafel } from './veldtafel';
import { nlAdmin } from './admin';
import { nlAccessLog } from './access-log';
import { nlAccess } from './access';
import { nlMeldpunt } from './meldpunt';
import { nlMonitor } from './monitor';
import { nlPlacements } from './placements';
import { nlCapacity } from './capacity';
import { nlStays } from './stays';
import { nlPersonPicker } from './person-picker';

/**
 * The Dutch texts of the signed-in screens: their own chunk, loaded before anything is shown to
 * a signed-in user (`SignedInTexts` in the app shell), so the public report form does not
 * download them.
 */
export const nlSignedIn = {
  ...nlSupportPlans,
  ...nlHousing,
  ...nlImport,
  ...nlVeldtafel,
  ...nlAdmin,
  ...nlAccessLog,
  ...nlAccess,
  ...nlMeldpunt,
  ...nlMonitor,
  ...nlPlacements,
  ...nlCapacity,
  ...nlStays,
  ...nlPersonPicker,
};
