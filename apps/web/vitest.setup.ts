import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguagePack, loadSignedInTexts } from './src/shared/i18n/languages';

// Testing Library unmounts automatically only when test globals are on; this project keeps
// globals off (explicit imports), so each test's DOM is removed here.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The app loads English from its own chunk before it renders in English (main.tsx), and the
// Dutch texts of the signed-in screens before it shows them (SignedInTexts); tests render
// screens with both loaded up front.
await Promise.all([loadLanguagePack('en'), loadSignedInTexts()]);
