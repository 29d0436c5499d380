import {
  describeIssue,
  issueText as catalogueText,
  isIssueCode,
  type DescribedIssue,
  type IssueParams,
  type Locale,
} from '@springplank/contract';
import type { z } from 'zod';

/**
 * Field messages in the reader's language (issue 11). The texts live in the contract's one
 * catalogue (packages/contract/src/issue-texts.ts), which the server uses for its Dutch
 * `message` too, so client-side and server-side validation say the same thing.
 */

/** The message for an issue code and its parameters, e.g. "Vul minstens 3 tekens in." */
export function issueText(locale: Locale, issue: DescribedIssue): string {
  return catalogueText(locale, issue);
}

/**
 * The text for an issue the API sent: from its code when the web knows the code, else the
 * server's own (Dutch) message, so an older or newer server never leaves a field blank.
 */
export function serverIssueText(
  locale: Locale,
  issue: { code?: string; params?: IssueParams; message: string },
): string {
  return isIssueCode(issue.code) ? issueText(locale, { code: issue.code, params: issue.params }) : issue.message;
}

/**
 * A zod 4 error map that words every issue in `locale`; pass it to parsing so client-side
 * validation speaks the reader's language: `schema.safeParse(values, { error: zodErrorMap(locale) })`
 * or `zodResolver(schema, { error: zodErrorMap(locale) })`. A message set in the schema
 * itself still wins (zod's rule), which is why contract rules carry a code, not a message.
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => issueText(locale, describeIssue(issue));
}
