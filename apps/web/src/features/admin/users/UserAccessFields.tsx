import type { Organisation } from '@springplank/contract';
import type { Role } from '@springplank/domain';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../../../shared/i18n/useT';
import { FormCheckboxGroup, FormSelect } from '../../../shared/ui/form';
import { allowedRoles, organisationOptions, roleOptions } from './roles';

/** The values these fields edit, in both the create and the edit form of a user. */
interface AccessValues {
  organisationId?: string;
  roles?: Role[];
}

/**
 * The organisation and the roles of a user, shared by the create and edit forms: the roles on
 * offer follow the organisation's kind, and choosing another organisation drops the roles that
 * do not fit it. `locked` shows them read-only (nobody changes their own access).
 */
export function UserAccessFields({
  organisations,
  locked = false,
  emptyHint,
}: {
  organisations: readonly Organisation[];
  locked?: boolean;
  /** Shown as the roles' description while no organisation is chosen. */
  emptyHint?: string;
}) {
  const t = useT();
  const { control, getValues, setValue, subscribe } = useFormContext<AccessValues>();
  const organisationId = useWatch({ control, name: 'organisationId' });
  const roles = useWatch({ control, name: 'roles' }) ?? [];
  const organisation = organisations.find((o) => o.id === organisationId);

  // Another organisation: keep only the roles its kind allows (react-hook-form's own subscription).
  useEffect(
    () =>
      subscribe({
        name: 'organisationId',
        formState: { values: true },
        callback: ({ values }) => {
          const next = organisations.find((o) => o.id === values.organisationId);
          setValue('roles', allowedRoles(next, getValues('roles') ?? []));
        },
      }),
    [subscribe, organisations, getValues, setValue],
  );

  const options = roleOptions(organisation, roles, t).map((option) =>
    locked ? { ...option, disabled: true } : option,
  );
  return (
    <>
      <FormSelect
        name="organisationId"
        label={t('users.field.organisation')}
        options={organisationOptions(organisations, t)}
        disabled={locked}
      />
      <FormCheckboxGroup
        name="roles"
        legend={t('users.field.roles')}
        description={organisation || !emptyHint ? t('users.field.rolesDescription') : emptyHint}
        options={options}
      />
    </>
  );
}
