import { issueText, type FieldIssue, type IssueCode, type IssueParams } from '@springplank/contract';

/** The date window every date field reports with `date_out_of_range`. */
export const DATE_WINDOW: IssueParams = { minimum: '1900-01-01', maximum: '2100-12-31' };

/** The field issue the API sends for `code` at `path`: code, params and the catalogue's Dutch message. */
export function fieldIssue(path: string, code: IssueCode, params?: IssueParams): FieldIssue {
  return { path, code, ...(params ? { params } : {}), message: issueText('nl', { code, params }) };
}
