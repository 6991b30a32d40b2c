import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/** Links between the heatmap and the statement quality of one round; the current page is marked for everyone. */
export function OverviewPages({ roundId }: { roundId: string }) {
  const { t } = useTranslation(NS);
  const pages = [
    { to: `/overblik/${roundId}`, label: t('pages.heatmap') },
    { to: `/overblik/${roundId}/udsagn`, label: t('pages.statements') },
  ];
  return (
    <nav aria-label={t('pages.label')} className="overview-pages">
      <ul className="unstyled-list no-max-width">
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
