import type { Role } from '@springplank/domain';
import type { ReactNode } from 'react';
import { useSession } from '../../shared/api/session';
import { NoAccessPage } from '../../shared/ui/NoAccessPage';

/**
 * Shows a page to any of these roles. Starting an application is open to outreach workers
 * and providers too, without giving them the access officers' 'applications' area.
 */
export function RequireRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (!user || !roles.some((role) => user.roles.includes(role))) return <NoAccessPage />;
  return <>{children}</>;
}
