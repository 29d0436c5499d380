import { areasForRoles, type OrganisationKind, type Role } from '@springplank/domain';
import { Button } from '@utrecht/component-library-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { AREA_LABELS, AREA_PATHS } from '../shared/areas';

/**
 * The main menu: only the areas the user's roles may open. On a wide screen it is a row of
 * links; under 40em it folds behind a "Menu" button (disclosure pattern: `aria-expanded`,
 * `aria-controls`, the links follow the button in focus order, Escape closes and returns focus).
 */
export function Navigation({
  roles,
  organisationKind,
}: {
  roles: readonly Role[];
  organisationKind: OrganisationKind;
}) {
  const t = useT();
  const areas = areasForRoles(roles, organisationKind);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // Open for the page it was opened on: going to another page closes it, so the new page is
  // not hidden behind the menu.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpenOn(null);
    buttonRef.current?.focus();
  };

  return (
    <nav
      aria-label={t('layout.mainNav')}
      className={`utrecht-nav-bar sp-nav${open ? ' sp-nav--open' : ''}`}
      onKeyDown={onKeyDown}
    >
      <div className="utrecht-nav-bar__content sp-nav__content">
        <Button
          ref={buttonRef}
          appearance="secondary-action-button"
          className="sp-nav__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : pathname)}
          data-testid="menu-button"
        >
          <span className="sp-nav__toggle-icon" aria-hidden="true" />
          {t('layout.menu')}
        </Button>
        <ul id={listId} className="utrecht-nav-list sp-nav__list" role="list">
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
