/**
 * One vocabulary for the chain's codes (services, reasons, outcomes, tags, roles, statuses,
 * municipalities, access-log actions) in Dutch and English, shared by the web (`t.enum`) and
 * the server's exports. Keyed by the domain's code lists, so a code without a name in either
 * language fails the typecheck. The texts per language are the subpaths
 * `@springplank/domain/vocabulary/nl` and `/en`; both together, `@springplank/domain/vocabulary`.
 */
export * from './kinds';
export * from './municipalities';
export * from './access-log-codes';
export * from './texts';
export { parseCbsMunicipalityList, renderMunicipalityModule, type CbsMunicipalityRow } from './cbs-municipality-list';
