import '@utrecht/design-tokens/dist/index.css';
import './app/nl-design-system.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadLanguagePack, storedLocale } from './shared/i18n/languages';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// A reader who chose English before gets it in the first paint rather than a Dutch flash;
// if it cannot be fetched the provider starts in Dutch.
await loadLanguagePack(storedLocale()).catch(() => undefined);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
