/**
 * Writes municipalities.data.ts from the vendored CBS list. Run after replacing
 * cbs/CBS_Gemeentecodes.md: `npx tsx packages/domain/src/vocabulary/generate-municipalities.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCbsMunicipalityList, renderMunicipalityModule } from './cbs-municipality-list';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const rows = parseCbsMunicipalityList(readFileSync(here('./cbs/CBS_Gemeentecodes.md'), 'utf8'));
writeFileSync(here('./municipalities.data.ts'), renderMunicipalityModule(rows));
console.log(`${rows.length} municipalities written to municipalities.data.ts`);
