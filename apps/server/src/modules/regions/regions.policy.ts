import { signedIn } from '../../http/policy';

/** Who may read region reference data: every signed-in user of the region. */
export const regionsPolicy = { read: { ...signedIn, name: 'region.read' } };
