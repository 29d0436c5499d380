import { Button, type ButtonProps } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import { useT } from '../../i18n/useT';
import { ErrorSummary } from '../ErrorSummary';
import { ErrorAlert } from '../feedback';
import { ApiFormContext, useApiFormContext } from './context';
import type { ApiFormHandle, FormSchema } from './useApiForm';

/** Props of <ApiForm>. */
export interface ApiFormProps<TSchema extends FormSchema> {
  form: ApiFormHandle<TSchema>;
  children: ReactNode;
  /** Title of the error summary (default: "Er is iets niet goed ingevuld"). */
  summaryTitle?: string;
  /** Line under the summary title (default: "Verbeter het volgende:"); null for none. */
  summaryIntro?: string | null;
  /** Class of the <form> (default `sp-form`), e.g. `sp-form sp-form--wide` for a filter row. */
  className?: string;
  /** `search` for a filter form. */
  role?: string;
  testId?: string;
  'aria-labelledby'?: string;
  /** The form's name where no heading names it (a filter row); prefer aria-labelledby. */
  'aria-label'?: string;
}

/**
 * The <form> of a useApiForm: the error summary at the top (focused after a failed submit),
 * the notice for errors that are not about a field, then the fields and buttons.
 */
export function ApiForm<TSchema extends FormSchema>({
  form,
  children,
  summaryTitle,
  summaryIntro,
  className,
  role,
  testId,
  'aria-labelledby': labelledBy,
  'aria-label': label,
}: ApiFormProps<TSchema>) {
  const t = useT();
  const noticeRef = useRef<HTMLDivElement>(null);
  const { notice, focusSignal } = form;
  useEffect(() => {
    // The summary focuses itself; a notice needs the same, or a screen reader may miss it.
    if (focusSignal > 0 && notice) noticeRef.current?.focus();
  }, [focusSignal, notice]);

  return (
    <FormProvider {...form.methods}>
      <ApiFormContext value={form}>
        <form
          className={className ?? 'sp-form'}
          onSubmit={form.onSubmit}
          noValidate
          role={role}
          data-testid={testId}
          aria-labelledby={labelledBy}
          aria-label={label}
        >
          <ErrorSummary
            title={summaryTitle ?? t('form.summary.title')}
            intro={summaryIntro === null ? undefined : (summaryIntro ?? t('form.summary.intro'))}
            items={form.summary}
            focusSignal={focusSignal}
          />
          {notice ? (
            <div ref={noticeRef} tabIndex={-1} className="sp-form-notice">
              <ErrorAlert error={notice} />
            </div>
          ) : null}
          {children}
        </form>
      </ApiFormContext>
    </FormProvider>
  );
}

/** The submit button of an <ApiForm>; shows busy while the values are being sent. */
export function SubmitButton({ children, appearance = 'primary-action-button', ...rest }: ButtonProps) {
  const { isSubmitting } = useApiFormContext();
  return (
    <Button type="submit" appearance={appearance} busy={isSubmitting} {...rest}>
      {children}
    </Button>
  );
}
