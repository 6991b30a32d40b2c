import { NavLink, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { areasFor } from '@/features/home/areas';
import type { CurrentUser } from '@/lib/api/types';

function NavItem({ to, label, end }: { to: string; label: string; end: boolean }) {
  // DKFDS marks the current item on the <li>; NavLink sets aria-current on the link.
  const active = useMatch({ path: end ? to : `${to}/*`, end });
  return (
    <li className={active ? 'active current' : undefined}>
      <NavLink to={to} end={end} className="nav-link">
        <span>{label}</span>
      </NavLink>
    </li>
  );
}

export function MainNavigation({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <div className="navigation-menu">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t('layout.mainNav')}>
          <ul className="mainmenu">
            <NavItem to="/" label={t('layout.home')} end />
            {user.operator && <NavItem to="/drift" label={t('layout.organisations')} end={false} />}
            {areasFor(user.roles).map((area) => (
              <NavItem key={area.key} to={area.path} label={t(`areas.${area.key}.title`)} end={false} />
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}
