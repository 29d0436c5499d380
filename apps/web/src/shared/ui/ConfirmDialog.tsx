import { AlertDialog, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactElement,
  type SyntheticEvent,
} from 'react';
import { useT } from '../i18n/useT';
import './confirm-dialog.css';

/** What the person is asked to confirm: the consequence, in words, before it happens. */
export interface ConfirmRequest {
  /** A question that names what will happen, e.g. "Melding doorzetten naar Bemoeizorg Deventer?". */
  title: string;
  /** One or two sentences on what follows and that it cannot be undone. */
  body: string;
  /** The verb on the confirm button, e.g. "Doorzetten"; never a bare "Ja" or "OK". */
  confirmLabel: string;
}

// Everything a keyboard user can reach inside the dialog, for the Tab trap.
const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation on the native `<dialog>` (NL Design System alert dialog): opened with
 * showModal so the page behind is inert, focus starts on the cancel button (the safe choice for
 * an irreversible action), Tab stays inside, Escape cancels, and focus returns to the element
 * that opened it when it closes.
 */
export function ConfirmDialog({
  request,
  onClose,
}: {
  request: ConfirmRequest;
  onClose: (confirmed: boolean) => void;
}): ReactElement {
  const t = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // A dialog answers once: the cancel event of Escape is followed by a close event.
  const answered = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // Read before showModal moves focus: this is where the person was, normally the trigger.
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (trigger?.isConnected) trigger.focus();
    };
  }, []);

  const answer = useCallback(
    (confirmed: boolean) => {
      if (answered.current) return;
      answered.current = true;
      onClose(confirmed);
    },
    [onClose],
  );

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Keep the dialog under React's control; the owner unmounts it, which closes it.
    event.preventDefault();
    answer(false);
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <AlertDialog
      ref={dialogRef}
      type="warning"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="confirm-dialog"
      onCancel={onCancel}
      onClose={() => {
        // A close queued by StrictMode's effect re-run arrives while the dialog is open again.
        if (!dialogRef.current?.open) answer(false);
      }}
      onKeyDown={trapTab}
    >
      <Heading2 id={`${id}-title`}>{request.title}</Heading2>
      <Paragraph id={`${id}-body`}>{request.body}</Paragraph>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => answer(true)}>
          {request.confirmLabel}
        </Button>
        <Button ref={cancelRef} appearance="secondary-action-button" onClick={() => answer(false)}>
          {t('confirm.cancel')}
        </Button>
      </ButtonGroup>
    </AlertDialog>
  );
}

/** What useConfirm gives a component: ask, and the dialog element to render while asking. */
export interface Confirmation {
  /** Opens the dialog; resolves true on confirm, false on cancel or Escape. */
  confirm: (request: ConfirmRequest) => Promise<boolean>;
  /** Render this next to (not inside) the form that asks; null while nothing is asked. */
  dialog: ReactElement | null;
}

/** Ask for confirmation before an irreversible action: `if (await confirm({...})) mutate(...)`. */
export function useConfirm(): Confirmation {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolver = useRef<((confirmed: boolean) => void) | null>(null);

  const confirm = useCallback((next: ConfirmRequest) => {
    // A second question while one is open replaces it; the first counts as cancelled.
    resolver.current?.(false);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
      setRequest(next);
    });
  }, []);

  const onClose = useCallback((confirmed: boolean) => {
    const resolve = resolver.current;
    resolver.current = null;
    setRequest(null);
    resolve?.(confirmed);
  }, []);

  // Resolve a question left open when the owner unmounts, so no caller waits forever.
  useEffect(() => () => resolver.current?.(false), []);

  return {
    confirm,
    dialog: request ? <ConfirmDialog key={request.title} request={request} onClose={onClose} /> : null,
  };
}
