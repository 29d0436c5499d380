import { CreateUserRequest, UpdateUserRequest } from '@springplank/contract';
import { z } from 'zod';

/**
 * The new-user form: the contract's request, with the e-mail address trimmed first (a pasted
 * address often carries a space; the contract's e-mail check does not trim).
 */
export const CreateUserForm = CreateUserRequest.extend({
  email: z.string().trim().pipe(CreateUserRequest.shape.email),
});

/** The edit form: the contract's change request, every field shown and therefore required. */
export const EditUserForm = UpdateUserRequest.required();
