import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '../../api/client';
import { serverIssueText, zodErrorMap } from '../../i18n/issue-messages';
import { useI18n } from '../../i18n/useT';
import type { SummaryItem } from '../ErrorSummary';
import { blankToUndefined, fieldOfPath, flattenErrors, formPathOf, type PathProblem } from './paths';

/** A request schema (or a form schema derived from one) whose input is an object of fields. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** What a bound field tells its form: its element id, where a summary link leads, its label. */
export interface RegisteredField {
  id: string;
  /** The element a summary link focuses: the input itself, or a group's first option. */
  targetId: string;
  label: string;
}

/** Options of useApiForm. */
export interface ApiFormOptions<TSchema extends FormSchema, TData> {
  /** Prefix of the field ids (`capacity` → `capacity-places`); unique on the page. */
  id: string;
  /** The contract's request schema, or a form schema derived from it (`.pick`, `.extend`, `.required`). */
  schema: TSchema;
  /** Starting values; leave a select or number out (or '') to start empty. */
  defaultValues?: DefaultValues<z.input<TSchema>>;
  /** Send the validated values, e.g. `(values) => mutation.mutateAsync(values)`. */
  submit: (values: z.output<TSchema>) => Promise<TData>;
  /** Called after the API accepted the values. */
  onSuccess?: (data: TData, values: z.output<TSchema>) => void;
  /** For an irreversible action: ask after validation (useConfirm); false sends nothing. */
  confirm?: (values: z.output<TSchema>) => Promise<boolean>;
}

/** What useApiForm returns; hand it to <ApiForm form={…}>. */
export interface ApiFormHandle<TSchema extends FormSchema = FormSchema> {
  id: string;
  /** react-hook-form's methods (reset, setValue, watch …). */
  methods: UseFormReturn<z.input<TSchema>, unknown, z.output<TSchema>>;
  /** The <form>'s onSubmit: validates, sends, and maps problems onto fields and the summary. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Lines of the error summary of the last failed submit, in the order of the fields. */
  summary: SummaryItem[];
  /** An error that is not about a field (conflict, not allowed, network …), for the notice. */
  notice: unknown;
  /** Grows on every failed submit, so the summary (or notice) takes focus again. */
  focusSignal: number;
  /** True while the values are being sent. */
  isSubmitting: boolean;
  /**
   * Show an API error that came from elsewhere as if the submit had failed: the list query a
   * filter form drives refused the filters (a hand-edited address), so its issues land on the
   * fields and in the summary, and any other error in the notice.
   */
  reportError: (error: unknown) => void;
  /** Used by the bound fields: make a field known to the summary; returns the undo. */
  registerField: (name: string, field: RegisteredField) => () => void;
}

/** The order of two elements in the document (fields without an element go last). */
function documentOrder(a: string | undefined, b: string | undefined): number {
  const first = a ? document.getElementById(a) : null;
  const second = b ? document.getElementById(b) : null;
  if (!first || !second) return first ? -1 : second ? 1 : 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * A form driven by a contract schema: react-hook-form with the zod resolver (messages in the
 * reader's language), and after a failed submit — in the browser or at the API — the field
 * messages, an error summary "<label>: <message>" that takes focus, or a notice for errors
 * that are not about one field.
 */
export function useApiForm<TSchema extends FormSchema, TData>({
  id,
  schema,
  defaultValues,
  submit,
  onSuccess,
  confirm,
}: ApiFormOptions<TSchema, TData>): ApiFormHandle<TSchema> {
  const { locale } = useI18n();
  const resolver = useMemo(() => {
    const zod = zodResolver(schema, { error: zodErrorMap(locale) });
    const withBlanks: typeof zod = (values, context, options) => zod(blankToUndefined(values), context, options);
    return withBlanks;
  }, [schema, locale]);
  const methods = useForm<z.input<TSchema>, unknown, z.output<TSchema>>({
    resolver,
    defaultValues,
    // NL Design System: after a failed submit the summary takes focus, not the first field.
    shouldFocusError: false,
  });
  const fields = useRef(new Map<string, RegisteredField>());
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [notice, setNotice] = useState<unknown>(null);
  const [focusSignal, setFocusSignal] = useState(0);

  const registerField = useCallback((name: string, field: RegisteredField) => {
    fields.current.set(name, field);
    return () => {
      if (fields.current.get(name) === field) fields.current.delete(name);
    };
  }, []);

  /** Summary lines for the problems, linked to their fields in the order of the page. */
  const showProblems = useCallback((problems: PathProblem[]) => {
    const seen = new Set<string>();
    const items: (SummaryItem & { order?: string })[] = [];
    for (const problem of problems) {
      const name = fieldOfPath(problem.path, fields.current.keys());
      const field = name === undefined ? undefined : fields.current.get(name);
      const key = name ?? problem.path;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(
        field
          ? { key, targetId: field.targetId, message: `${field.label}: ${problem.message}`, order: field.id }
          : { key, message: problem.message },
      );
    }
    items.sort((a, b) => documentOrder(a.order, b.order));
    setSummary(items.map(({ order: _order, ...item }) => item));
    setNotice(null);
    setFocusSignal((signal) => signal + 1);
  }, []);

  const onInvalid = useCallback(
    (errors: FieldErrors<z.input<TSchema>>) => showProblems(flattenErrors(errors)),
    [showProblems],
  );

  const onApiError = useCallback(
    (error: unknown) => {
      if (isApiError(error, 'VALIDATION_FAILED') && error.issues.length > 0) {
        const problems = error.issues.map((issue) => ({
          path: formPathOf(issue.path),
          message: serverIssueText(locale, issue),
        }));
        for (const problem of problems) {
          const name = fieldOfPath(problem.path, fields.current.keys());
          // react-hook-form's own setError: the field shows the message until it changes.
          if (name !== undefined) methods.setError(name as never, { type: 'server', message: problem.message });
        }
        showProblems(problems);
        return;
      }
      setSummary([]);
      setNotice(error);
      setFocusSignal((signal) => signal + 1);
    },
    [locale, methods, showProblems],
  );

  const onValid = useCallback(
    async (values: z.output<TSchema>) => {
      if (confirm && !(await confirm(values))) return;
      try {
        const data = await submit(values);
        setSummary([]);
        setNotice(null);
        onSuccess?.(data, values);
      } catch (error) {
        onApiError(error);
      }
    },
    [submit, onSuccess, onApiError, confirm],
  );

  const { isSubmitting } = methods.formState;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (isSubmitting) {
      // One request at a time: a second click while sending must not send twice.
      event.preventDefault();
      return;
    }
    // A new attempt: the last attempt's summary or notice no longer applies (a notice such as
    // "no network" would otherwise stay while the values are sent again and accepted).
    setSummary([]);
    setNotice(null);
    void methods.handleSubmit(onValid, onInvalid)(event);
  };

  return {
    id,
    methods,
    onSubmit,
    summary,
    notice,
    focusSignal,
    isSubmitting,
    reportError: onApiError,
    registerField,
  };
}
