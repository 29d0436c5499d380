import { useCallback, useEffect, useRef, useState } from 'react';
import { SuccessAlert } from './feedback';

/** A success message plus a counter, so the same text shown twice still takes focus again. */
export interface NoticeState {
  text: string;
  id: number;
}

/** State for the success message of a page: `show(text)` after each action. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const show = useCallback((text: string) => setNotice((current) => ({ text, id: (current?.id ?? 0) + 1 })), []);
  return { notice, show };
}

/**
 * The success Alert after an action. It takes focus when it appears, because the form that
 * was used may have disappeared (e.g. after routing), and screen readers then read it first.
 */
export function Notice({ notice, testId }: { notice: NoticeState | null; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={ref} tabIndex={-1} className="sp-notice">
      <SuccessAlert testId={testId}>{notice.text}</SuccessAlert>
    </div>
  );
}
