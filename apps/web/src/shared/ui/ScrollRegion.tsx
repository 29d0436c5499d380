import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../i18n/useT';

/** Whether the element's content is wider than the element, kept up to date as either resizes. */
export function useOverflowsInline(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    // The content (a table) changes width when rows arrive, the element when the window turns.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/**
 * Wide content (a table with many numeric columns, a form table) that scrolls sideways inside
 * its own labelled region instead of widening the page. While it overflows, the region is
 * focusable so keyboard users can scroll it, and a visible hint says there is more to the side.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsInline(ref);
  const hintId = useId();
  return (
    <>
      {overflows ? (
        <Paragraph id={hintId} className="sp-scroll-hint">
          {t('layout.scrollHint')}
        </Paragraph>
      ) : null}
      <div
        ref={ref}
        className={['sp-scroll-region', className].filter(Boolean).join(' ')}
        role="region"
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </>
  );
}
