import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isMunicipalityCode,
  isVocabularyCode,
  municipalityName,
  parseCbsMunicipalityList,
  renderMunicipalityModule,
  VOCABULARY_CODES,
  type VocabularyKind,
  type VocabularyTexts,
} from './index';
import { accessLogActionText, accessLogSubjectText, VOCABULARY, vocabularyText } from './languages';

const kinds = Object.keys(VOCABULARY_CODES) as VocabularyKind[];
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

describe('vocabulary', () => {
  it.each(['nl', 'en'] as const)('names every code of every kind in %s, and nothing else', (locale) => {
    for (const kind of kinds) {
      const texts: Record<string, string> = VOCABULARY[locale][kind];
      expect(Object.keys(texts).sort(), `${locale}.${kind}`).toEqual([...VOCABULARY_CODES[kind]].sort());
      for (const [code, text] of Object.entries(texts)) {
        // A label stands alone: no placeholder left over from a sentence, no stray spaces.
        expect(text, `${locale}.${kind}.${code}`).toMatch(/^\S(.*\S)?$/);
        expect(text, `${locale}.${kind}.${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('names the same service the same way everywhere, in both languages', () => {
    expect(vocabularyText('nl', 'service', 'beschermd_wonen')).toBe('Beschermd wonen');
    expect(vocabularyText('en', 'service', 'beschermd_wonen')).toBe('Protected housing');
    expect(vocabularyText('en', 'service', 'beschut_wonen')).toBe('Sheltered housing');
    expect(vocabularyText('nl', 'stayEndReason', 'independent_housing')).toBe('Zelfstandig wonen');
    expect(vocabularyText('en', 'role', 'privacy_officer')).toBe('Privacy officer');
  });

  it('gives each kind distinct names, so a list or filter never offers two equal options', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const kind of kinds) {
        if (kind === 'accessLogSubject') continue; // housing_record and housing_request are one thing to a reader
        const texts = Object.values(VOCABULARY[locale][kind] as Record<string, string>);
        expect(new Set(texts).size, `${locale}.${kind}`).toBe(texts.length);
      }
    }
  });

  it('returns a code that is not in its list as it is, and tells codes apart from other values', () => {
    const unchecked = 'opvang_oud' as never;
    expect(vocabularyText('nl', 'service', unchecked)).toBe('opvang_oud');
    expect(isVocabularyCode('service', 'nachtopvang')).toBe(true);
    expect(isVocabularyCode('service', 'opvang_oud')).toBe(false);
    expect(isVocabularyCode('caseEvent', 'contact_attempt')).toBe(true);
  });

  it('fails the typecheck for a kind that misses a code or names an unknown one', () => {
    // @ts-expect-error a service without a name does not typecheck
    const missing: VocabularyTexts['service'] = { beschermd_wonen: 'Beschermd wonen' };
    const extra: VocabularyTexts['urgency'] = {
      acute: 'Acuut',
      high: 'Hoog',
      normal: 'Normaal',
      low: 'Laag',
      // @ts-expect-error a code that is not in the list does not typecheck
      someday: 'Ooit',
    };
    expect([missing, extra]).toHaveLength(2);
  });
});

describe('access-log actions', () => {
  it('uses an action name of its own, in the language asked for', () => {
    expect(accessLogActionText('nl', 'access_log.person_search')).toBe('Persoon gezocht in het logboek');
    expect(accessLogActionText('en', 'access_log.person_search')).toBe('Person searched in the access log');
  });

  it('composes record type and verb for other actions, and keeps an unknown code', () => {
    expect(accessLogActionText('nl', 'placement.delete')).toBe('Plaatsing verwijderd');
    expect(accessLogActionText('en', 'organisation.update')).toBe('Organisation changed');
    expect(accessLogActionText('nl', 'login')).toBe('Ingelogd');
    expect(accessLogActionText('en', 'export')).toBe('Exported');
    expect(accessLogActionText('nl', 'rocket.launch')).toBe('rocket.launch');
    expect(accessLogActionText('en', 'nonsense')).toBe('nonsense');
    expect(accessLogSubjectText('en', 'stay')).toBe('Stay');
    expect(accessLogSubjectText('nl', 'spaceship')).toBe('spaceship');
  });
});

describe('municipalities', () => {
  const vendored = readFileSync(here('./cbs/CBS_Gemeentecodes.md'), 'utf8');

  it('are derived from the vendored CBS list unchanged (run generate-municipalities.ts after replacing it)', () => {
    const rows = parseCbsMunicipalityList(vendored);
    expect(rows).toHaveLength(342);
    expect(readFileSync(here('./municipalities.data.ts'), 'utf8')).toBe(renderMunicipalityModule(rows));
  });

  it('name a municipality by its CBS code, and nothing for a code outside the division', () => {
    expect(municipalityName('GM0150')).toBe('Deventer');
    expect(municipalityName('GM0518')).toBe("'s-Gravenhage");
    expect(municipalityName('GM9999')).toBeUndefined();
    expect(municipalityName('toString')).toBeUndefined();
    expect(isMunicipalityCode('GM0363')).toBe(true);
    expect(isMunicipalityCode('0363')).toBe(false);
  });
});
