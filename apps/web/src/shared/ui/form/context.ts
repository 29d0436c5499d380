import { createContext, useContext } from 'react';
import type { ApiFormHandle } from './useApiForm';

/** The form a bound field belongs to; provided by <ApiForm>. */
export const ApiFormContext = createContext<ApiFormHandle | null>(null);

/** The surrounding <ApiForm>'s handle; bound fields cannot live outside one. */
export function useApiFormContext(): ApiFormHandle {
  const value = useContext(ApiFormContext);
  if (!value) throw new Error('A bound form field must be inside <ApiForm>');
  return value;
}
