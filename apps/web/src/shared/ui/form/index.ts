/**
 * The form layer (issue 11): every form is a contract schema, useApiForm and bound fields.
 * See docs/WEB.md "Forms" for how to build one.
 */
export { ApiForm, SubmitButton, type ApiFormProps } from './ApiForm';
export { FormCell, FormTable, type FormCellProps, type FormTableProps, type FormTableRow } from './cells';
export { FormCheckbox, FormCheckboxGroup, FormRadioGroup, type FormChoiceGroupProps } from './choices';
export {
  FormDate,
  FormNumber,
  FormSelect,
  FormText,
  FormTextarea,
  type BoundFieldProps,
  type FormSelectProps,
  type FormTextareaProps,
  type FormTextProps,
} from './fields';
export { useApiForm, type ApiFormHandle, type ApiFormOptions, type FormSchema } from './useApiForm';
export type { Option } from '../fields';
