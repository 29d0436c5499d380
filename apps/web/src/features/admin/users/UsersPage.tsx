import type { Organisation, User } from '@springplank/contract';
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
import { useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/useT';
import { ErrorAlert, Loading, SuccessAlert } from '../../../shared/ui/feedback';
import { SelectField, TextField } from '../../../shared/ui/fields';
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

  const apply = (next: { q: string; organisationId: string; role: string; page?: number }) => {
    const search = new URLSearchParams();
    if (next.q.trim()) search.set('q', next.q.trim());
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
        initial={{ q, organisationId, role }}
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
                onPageChange={(next) => apply({ q, organisationId, role, page: next })}
              />
            </>
          )
        ) : null}
      </section>
    </>
  );
}

interface Filters {
  q: string;
  organisationId: string;
  role: Role | '';
}

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
  const [form, setForm] = useState<Filters>(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(form);
  };
  const clear = () => {
    setForm({ q: '', organisationId: '', role: '' });
    onApply({ q: '', organisationId: '', role: '' });
  };
  return (
    <section className="sp-section">
      <Heading2 id="users-filters">{t('users.filters')}</Heading2>
      <form className="sp-form sp-form--wide" role="search" onSubmit={onSubmit}>
        <div className="sp-form-grid">
          <TextField
            id="q"
            type="search"
            label={t('users.filter.q')}
            value={form.q}
            onChange={(event) => setForm({ ...form, q: event.target.value })}
          />
          <SelectField
            id="organisationId"
            label={t('users.filter.organisation')}
            emptyOption={t('users.filter.allOrganisations')}
            options={organisationOptions(organisations, t)}
            value={form.organisationId}
            onChange={(event) => setForm({ ...form, organisationId: event.target.value })}
          />
          <SelectField
            id="role"
            label={t('users.filter.role')}
            emptyOption={t('users.filter.allRoles')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={form.role}
            onChange={(event) => setForm({ ...form, role: event.target.value as Role | '' })}
          />
        </div>
        <div className="sp-actions">
          <Button type="submit" appearance="primary-action-button">
            {t('common.search')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={clear}>
            {t('common.clear')}
          </Button>
        </div>
      </form>
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
          <TableCell>{user.roles.map((r) => t(`role.${r}`)).join(', ')}</TableCell>
          <TableCell>{user.active ? t('users.status.active') : t('users.status.inactive')}</TableCell>
          <TableCell>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('users.never')}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
