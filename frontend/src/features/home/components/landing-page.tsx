import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/get-me';
import { usePageTitle } from '@/lib/use-page-title';
import { areasFor } from '../areas';
import { AreaCard } from './area-card';

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const user = useCurrentUser().data;
  if (!user) {
    return null;
  }
  // The platform's operator belongs to no organisation: their one page is the organisations.
  if (user.operator) {
    return <Navigate to="/drift" replace />;
  }
  const visible = areasFor(user.roles);

  return (
    <>
      <h1>{t('home.greeting', { name: user.name })}</h1>
      <p className="font-lead">{t('home.organisation', { organisation: user.organisation?.name ?? '' })}</p>
      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('home.areasHeading')}</h2>
        {visible.length === 0 ? (
          <p>{t('home.noAreas')}</p>
        ) : (
          <ul className="area-list unstyled-list">
            {visible.map((area) => (
              <li key={area.key}>
                <AreaCard area={area} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
