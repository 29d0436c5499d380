import { UserListQuery, type Organisation, type User } from '@springplank/contract';
import { ROLES, type Role } from '@springplank/domain';
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { DataTable } from '../../../shared/ui/DataTable';
import type { z } from 'zod';
import { useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../../shared/ui/feedback';
import { ApiForm, FormSelect, FormText, SubmitButton, useApiForm } from '../../../shared/ui/form';
import { formatDateTime } from '../../../shared/format/dates';
import { Pagination } from '../../../shared/ui/Pagination';
import { RouterButtonLink, RouterLink } from '../../../shared/ui/RouterLink';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useOrganisations } from '../organisations/api';
import { useUserList } from './api';
import { organisationOptions } from './roles';

const PAGE_SIZE = 25;

function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as readonly string[]).includes(value);
}

/** The searchable, filterable and paged list of users. Filters live in the address bar. */
export function UsersPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('users.title'));
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const organisationId = params.get('organisationId') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : '';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const organisations = useOrganisations();
  const users = useUserList({
    q: q || undefined,
    organisationId: organisationId || undefined,
    role: role || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  const apply = (next: Filters & { page?: number }) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.organisationId) search.set('organisationId', next.organisationId);
    if (next.role) search.set('role', next.role);
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <Heading1>{t('users.title')}</Heading1>
      <Paragraph>{t('users.intro')}</Paragraph>
      {notice ? <SuccessAlert>{notice}</SuccessAlert> : null}
      <div className="sp-actions">
        <RouterButtonLink to="/beheer/gebruikers/nieuw">{t('users.new')}</RouterButtonLink>
      </div>

      <UserFilters
        key={`${q}|${organisationId}|${role}`}
        initial={{ q, organisationId, role: role || undefined }}
        organisations={organisations.data?.items ?? []}
        onApply={(filters) => apply(filters)}
      />

      <section className="sp-section">
        {users.isPending ? <Loading /> : null}
        {users.isError ? <ErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
        {users.data ? (
          users.data.items.length === 0 ? (
            <Paragraph role="status">{t('users.empty')}</Paragraph>
          ) : (
            <>
              <UserTable
                items={users.data.items}
                caption={t('users.caption', { total: users.data.total })}
                locale={locale}
              />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={users.data.total}
                onPageChange={(next) => apply({ q, organisationId, role: role || undefined, page: next })}
              />
            </>
          )
        ) : null}
      </section>
    </>
  );
}

/** The filters: the list query's own fields, checked as the API checks them. */
const UserFilterForm = UserListQuery.pick({ q: true, organisationId: true, role: true });
type Filters = z.output<typeof UserFilterForm>;

function UserFilters({
  initial,
  organisations,
  onApply,
}: {
  initial: Filters;
  organisations: Organisation[];
  onApply: (filters: Filters) => void;
}) {
  const { t } = useI18n();
  const form = useApiForm({
    id: 'users-filter',
    schema: UserFilterForm,
    defaultValues: { q: initial.q ?? '', organisationId: initial.organisationId ?? '', role: initial.role },
    submit: (filters) => Promise.resolve(onApply(filters)),
  });
  const clear = () => {
    form.methods.reset({ q: '', organisationId: '', role: undefined });
    onApply({});
  };
  return (
    <section className="sp-section">
      <Heading2 id="users-filters">{t('users.filters')}</Heading2>
      <div role="search" aria-labelledby="users-filters">
        <ApiForm form={form} className="sp-form sp-form--wide">
          <div className="sp-form-grid">
            <FormText name="q" type="search" label={t('users.filter.q')} />
            <FormSelect
              name="organisationId"
              label={t('users.filter.organisation')}
              placeholder={t('users.filter.allOrganisations')}
              options={organisationOptions(organisations, t)}
            />
            <FormSelect
              name="role"
              label={t('users.filter.role')}
              placeholder={t('users.filter.allRoles')}
              options={ROLES.map((r) => ({ value: r, label: t.enum('role', r) }))}
            />
          </div>
          <div className="sp-actions">
            <SubmitButton>{t('common.search')}</SubmitButton>
            <Button type="button" appearance="secondary-action-button" onClick={clear}>
              {t('common.clear')}
            </Button>
          </div>
        </ApiForm>
      </div>
    </section>
  );
}

function UserTable({ items, caption, locale }: { items: User[]; caption: string; locale: 'nl' | 'en' }) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={caption}
      testId="users-table"
      columns={[
        { label: t('users.col.name') },
        { label: t('users.col.email') },
        { label: t('users.col.organisation') },
        { label: t('users.col.roles') },
        { label: t('users.col.status') },
        { label: t('users.col.lastLogin') },
      ]}
    >
      {items.map((user) => (
        <TableRow key={user.id} data-testid={`user-row-${user.id}`}>
          <TableHeaderCell scope="row">
            <RouterLink to={`/beheer/gebruikers/${user.id}`}>{user.displayName}</RouterLink>
          </TableHeaderCell>
          <TableCell>{user.email}</TableCell>
          <TableCell>{user.organisationName}</TableCell>
          <TableCell>{user.roles.map((r) => t.enum('role', r)).join(', ')}</TableCell>
          <TableCell>{user.active ? t('users.status.active') : t('users.status.inactive')}</TableCell>
          <TableCell>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.never')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
