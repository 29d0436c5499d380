import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, type MouseEvent } from 'react';

/** One line of the error summary: the message and the id of the element it leads to (if any). */
export interface SummaryItem {
  key: string;
  message: string;
  targetId?: string;
}

/**
 * The list of problems at the top of a form, with links to the fields. It takes focus each
 * time `focusSignal` changes (after every failed submit), so screen readers read it first.
 */
export function ErrorSummary({
  title,
  intro,
  items,
  focusSignal,
}: {
  title: string;
  intro?: string;
  items: SummaryItem[];
  focusSignal: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusSignal > 0) ref.current?.focus();
  }, [focusSignal]);
  if (items.length === 0) return null;

  const goTo = (targetId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };

  return (
    <Alert type="error" className="sp-alert sp-error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      <Heading2 className="sp-error-summary__title">{title}</Heading2>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      <UnorderedList>
        {items.map((item) => (
          <UnorderedListItem key={item.key}>
            {item.targetId ? (
              <a className="utrecht-link utrecht-link--html-a" href={`#${item.targetId}`} onClick={goTo(item.targetId)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
