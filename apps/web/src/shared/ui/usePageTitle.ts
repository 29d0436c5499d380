import { useEffect } from 'react';

/** Set document.title to "<title> — Springplank" while the page is shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Springplank`;
  }, [title]);
}
