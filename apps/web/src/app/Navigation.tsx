import { areasForRoles, type OrganisationKind, type Role } from '@springplank/domain';
import { NavLink } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { AREA_LABELS, AREA_PATHS } from '../shared/areas';

/** The main menu: only the areas the user's roles may open; wraps on small screens. */
export function Navigation({
  roles,
  organisationKind,
}: {
  roles: readonly Role[];
  organisationKind: OrganisationKind;
}) {
  const t = useT();
  const areas = areasForRoles(roles, organisationKind);
  return (
    <nav aria-label={t('layout.mainNav')} className="utrecht-nav-bar sp-nav">
      <div className="utrecht-nav-bar__content sp-nav__content">
        <ul className="utrecht-nav-list sp-nav__list" role="list">
          {areas.map((area) => (
            <li key={area} className="utrecht-nav-list__item">
              <NavLink
                to={AREA_PATHS[area]}
                end={area === 'home'}
                className="utrecht-link utrecht-link--html-a utrecht-nav-list__link sp-nav__link"
              >
                {t(AREA_LABELS[area])}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
