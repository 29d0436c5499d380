import { areasForRoles } from '@springplank/domain';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AREA_PATHS } from '../../shared/areas';
import { useT } from '../../shared/i18n/useT';
import { ErrorAlert, Loading } from '../../shared/ui/feedback';
import { RouterLink } from '../../shared/ui/RouterLink';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { useCurrentUser, useRegion } from '../../shared/api/session';

/** The start page: greeting, the user's organisation, roles and region, and links to their areas. */
export function HomePage() {
  const t = useT();
  usePageTitle(t('home.title'));
  const user = useCurrentUser();
  const region = useRegion();
  const areas = areasForRoles(user.roles, user.organisation.kind).filter((area) => area !== 'home');

  return (
    <>
      <Heading1>{t('home.greeting', { name: user.displayName })}</Heading1>

      <section className="sp-section">
        <Heading2 id="home-about">{t('home.aboutYou')}</Heading2>
        <dl className="sp-definitions" data-testid="home-details">
          <dt>{t('home.organisation')}</dt>
          <dd>
            {user.organisation.name} ({t.enum('organisationKind', user.organisation.kind)})
          </dd>
          <dt>{t('home.roles')}</dt>
          <dd>
            <UnorderedList className="sp-plain-list">
              {user.roles.map((role) => (
                <UnorderedListItem key={role}>{t.enum('role', role)}</UnorderedListItem>
              ))}
            </UnorderedList>
          </dd>
          <dt>{t('home.region')}</dt>
          <dd>{region.data?.name ?? user.region.name}</dd>
          <dt>{t('home.municipalities')}</dt>
          <dd>
            {region.isPending ? <Loading /> : null}
            {region.isError ? <ErrorAlert error={region.error} onRetry={() => void region.refetch()} /> : null}
            {region.data ? region.data.municipalities.map((m) => m.name).join(', ') || t('common.none') : null}
          </dd>
        </dl>
      </section>

      <section className="sp-section">
        <Heading2 id="home-areas">{t('home.areas')}</Heading2>
        {areas.length === 0 ? (
          <Paragraph>{t('home.noAreas')}</Paragraph>
        ) : (
          <ul className="sp-tiles" role="list" data-testid="home-areas">
            {areas.map((area) => (
              <li key={area} className="sp-tile">
                <RouterLink to={AREA_PATHS[area]} className="sp-tile__link">
                  {t(`home.tile.${area}`)}
                </RouterLink>
                <Paragraph>{t(`home.area.${area}`)}</Paragraph>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
