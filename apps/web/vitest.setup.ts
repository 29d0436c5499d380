import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts automatically only when test globals are on; this project keeps
// globals off (explicit imports), so each test's DOM is removed here.
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
