import { CBS_MUNICIPALITY_NAMES } from './municipalities.data';

/** A CBS municipality code of the current division, e.g. `GM0150` (Deventer). */
export type MunicipalityCode = keyof typeof CBS_MUNICIPALITY_NAMES;

/** Whether a value is a code of the current CBS division. */
export function isMunicipalityCode(value: unknown): value is MunicipalityCode {
  return typeof value === 'string' && Object.hasOwn(CBS_MUNICIPALITY_NAMES, value);
}

/**
 * The municipality's name for a CBS code (`GM0150` → "Deventer"); undefined for a code not in
 * the current division (e.g. of a municipality merged away), so the caller can show the code.
 * Names are the CBS's own and the same in every language.
 */
export function municipalityName(code: string): string | undefined {
  return isMunicipalityCode(code) ? CBS_MUNICIPALITY_NAMES[code] : undefined;
}
