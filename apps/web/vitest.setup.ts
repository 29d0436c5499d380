import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguagePack } from './src/shared/i18n/languages';

// Testing Library unmounts automatically only when test globals are on; this project keeps
// globals off (explicit imports), so each test's DOM is removed here.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// The app loads English from its own chunk before it renders in English (main.tsx); tests that
// render in English get it loaded up front the same way.
await loadLanguagePack('en');
