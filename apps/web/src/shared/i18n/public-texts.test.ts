import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlPublic } from './dictionaries';
import { nlSignedIn } from './nl/signed-in';

// The Dutch texts of the signed-in screens arrive only after someone signs in (languages.ts).
// A page anyone can open that used one of them would show its key. This reads the code of the
// public pages and of the parts every page shares, and fails on a signed-in text there.

// happy-dom gives modules an http: URL, so the path comes from Vite's file-system dirname.
const SRC = join(import.meta.dirname, '../..');

/** Code that anonymous visitors run: the public routes of routeTable.ts and the shared shell. */
const PUBLIC_CODE = [
  'features/reports/ReportFormPage.tsx',
  'features/reports/ReceiptPage.tsx',
  'features/reports/StatusPage.tsx',
  'features/reports/StatusLinkBox.tsx',
  'features/reports/PhaseSteps.tsx',
  'features/reports/AcuteAdvice.tsx',
  'features/reports/labels.ts',
  'features/reports/upload.ts',
  'features/reports/form',
  'features/auth/SignInPage.tsx',
  'features/not-found',
  'app/Layout.tsx',
  'app/LanguageSwitch.tsx',
  'app/SignedInTexts.tsx',
  'shared/ui/feedback.tsx',
  'shared/ui/ErrorSummary.tsx',
  'shared/ui/ConfirmDialog.tsx',
  'shared/ui/NoAccessPage.tsx',
  'shared/ui/form',
  'shared/i18n/issue-messages.ts',
];

function sourceFiles(path: string): string[] {
  const full = join(SRC, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full)
    .flatMap((name) => sourceFiles(join(path, name)))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
}

const signedInOnly = new Set(Object.keys(nlSignedIn).filter((key) => !(key in nlPublic)));

/** Keys of signed-in texts written in a file: `t('x.y')`, `t.plural('x.y', n)` or a key in a table. */
function signedInKeysIn(file: string): string[] {
  const literals = readFileSync(file, 'utf8').matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)['"`]/g);
  return [...literals]
    .map((match) => match[1]!)
    .filter((key) => signedInOnly.has(key) || signedInOnly.has(`${key}.other`));
}

describe('texts of the public pages', () => {
  const files = PUBLIC_CODE.flatMap(sourceFiles);

  it('reads the public code', () => {
    expect(files.length).toBeGreaterThan(20);
    // The scan finds keys at all: the report form uses public texts by literal key.
    const literal = /t\('report\./;
    expect(files.some((file) => literal.test(readFileSync(file, 'utf8')))).toBe(true);
  });

  it.each(files.map((file) => [relative(SRC, file), file]))('%s uses no text of the signed-in screens', (_, file) => {
    expect(signedInKeysIn(file)).toEqual([]);
  });
});
