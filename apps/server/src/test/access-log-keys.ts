import { parseAccessLogKeys } from '../modules/access-log/access-log.keys';

/** The fixed chain key of the tests (`ACCESS_LOG_KEYS` form), so runs are repeatable. */
export const TEST_ACCESS_LOG_KEY_LIST = 'test-1:springplank-test-chain-key-1';

/** The same key, parsed. */
export const TEST_ACCESS_LOG_KEYS = parseAccessLogKeys(TEST_ACCESS_LOG_KEY_LIST, null, 'tests');
