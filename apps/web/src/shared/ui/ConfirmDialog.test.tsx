import { CloseReportRequest, type Locale } from '@springplank/contract';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { useConfirm, type ConfirmRequest } from './ConfirmDialog';
import { ApiForm, FormTextarea, SubmitButton, useApiForm } from './form';

const ROUTE: ConfirmRequest = {
  title: 'Melding doorzetten naar Bemoeizorg Deventer?',
  body: 'Het team krijgt de melding als casus. U kunt dit niet ongedaan maken.',
  confirmLabel: 'Doorzetten',
};

/** A trigger that asks before it "sends"; `send` stands in for the mutation. */
function Harness({ send, second }: { send: (confirmed: boolean) => void; second?: ConfirmRequest }) {
  const { confirm, dialog } = useConfirm();
  return (
    <>
      <button type="button" onClick={() => void confirm(ROUTE).then(send)}>
        Doorzetten naar Bemoeizorg Deventer
      </button>
      {second ? (
        <button type="button" onClick={() => void confirm(second).then(send)}>
          Tweede vraag
        </button>
      ) : null}
      {dialog}
    </>
  );
}

function setup(locale: Locale = 'nl', second?: ConfirmRequest) {
  const send = vi.fn<(confirmed: boolean) => void>();
  const rendered = renderWithI18n(<Harness send={send} second={second} />, { locale });
  const trigger = screen.getByRole('button', { name: 'Doorzetten naar Bemoeizorg Deventer' });
  return { ...rendered, send, trigger };
}

describe('useConfirm and ConfirmDialog', () => {
  it('asks in a modal alert dialog that names the consequence, with focus on the safe choice', async () => {
    const { user, trigger, send } = setup();
    await user.click(trigger);
    const dialog = screen.getByRole('alertdialog', { name: ROUTE.title });
    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText(ROUTE.body).id).toBe(dialog.getAttribute('aria-describedby'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuleren' }));
    expect(send).not.toHaveBeenCalled();
  });

  it('confirm resolves true, closes the dialog and returns focus to the trigger', async () => {
    const { user, trigger, send } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Doorzetten' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(true));
    expect(send).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('cancel resolves false and returns focus to the trigger', async () => {
    const { user, trigger, send } = setup();
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(false));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('Escape (the dialog’s cancel event) resolves false once and closes the dialog', async () => {
    const { user, trigger, send } = setup();
    await user.click(trigger);
    const dialog = screen.getByRole('alertdialog');
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(dialog, cancel);
    // The browser's own close would follow; the dialog stays in React's hands instead.
    expect(cancel.defaultPrevented).toBe(true);
    fireEvent(dialog, new Event('close'));
    await waitFor(() => expect(send).toHaveBeenCalledWith(false));
    expect(send).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { user, trigger } = setup();
    await user.click(trigger);
    const confirmButton = screen.getByRole('button', { name: 'Doorzetten' });
    const cancelButton = screen.getByRole('button', { name: 'Annuleren' });
    await user.tab();
    expect(document.activeElement).toBe(confirmButton);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(cancelButton);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(cancelButton);
  });

  it('speaks English in the English interface', async () => {
    const { user, trigger } = setup('en');
    await user.click(trigger);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDefined();
  });

  it('a second question replaces an open one, which counts as cancelled', async () => {
    const second = {
      title: 'Casus afsluiten?',
      body: 'Daarna kunt u niets meer vastleggen.',
      confirmLabel: 'Afsluiten',
    };
    const { user, trigger, send } = setup('nl', second);
    await user.click(trigger);
    // The page behind a real modal is inert; here the second trigger is reached directly.
    fireEvent.click(screen.getByRole('button', { name: 'Tweede vraag', hidden: true }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(false));
    expect(screen.getByRole('alertdialog', { name: second.title })).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Afsluiten' }));
    await waitFor(() => expect(send).toHaveBeenLastCalledWith(true));
    expect(send).toHaveBeenCalledTimes(2);
  });
});

/** The close-report form's shape: a contract schema, confirmed after validation. */
function ConfirmedForm({ submit }: { submit: (values: { reason: string }) => Promise<unknown> }) {
  const { confirm, dialog } = useConfirm();
  const form = useApiForm({
    id: 'close',
    schema: CloseReportRequest,
    defaultValues: { reason: '' },
    confirm: () => confirm({ ...ROUTE, title: 'Melding afsluiten zonder vervolg?', confirmLabel: 'Afsluiten' }),
    submit,
  });
  return (
    <>
      <ApiForm form={form}>
        <FormTextarea name="reason" label="Reden" />
        <SubmitButton>Melding afsluiten</SubmitButton>
      </ApiForm>
      {dialog}
    </>
  );
}

describe('useApiForm with confirm', () => {
  it('asks only after the values are valid, and sends nothing when cancelled', async () => {
    const submit = vi.fn(() => Promise.resolve({}));
    const { user } = renderWithI18n(<ConfirmedForm submit={submit} />);
    await user.click(screen.getByRole('button', { name: 'Melding afsluiten' }));
    await waitFor(() => expect(screen.getByTestId('error-summary')).toBeDefined());
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.type(screen.getByLabelText('Reden'), 'Geen zorgen');
    await user.click(screen.getByRole('button', { name: 'Melding afsluiten' }));
    await user.click(await screen.findByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(submit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Melding afsluiten' }));
    await user.click(await screen.findByRole('button', { name: 'Afsluiten' }));
    await waitFor(() => expect(submit).toHaveBeenCalledWith({ reason: 'Geen zorgen' }));
  });
});
