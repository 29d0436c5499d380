import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../shared/api/queryClient';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import { AppRoutes } from './AppRoutes';
import { LocaleSync } from './LocaleSync';
import { SignedInTexts } from './SignedInTexts';

/** The root component: data cache, language and router around the routes. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocaleSync />
        <BrowserRouter>
          <SignedInTexts>
            <AppRoutes />
          </SignedInTexts>
        </BrowserRouter>
      </I18nProvider>
    </QueryClientProvider>
  );
}
