import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/auth/get-me';
import { usePageTitle } from '@/lib/use-page-title';
import { areas, type AreaKey } from '../areas';
import { ForbiddenPage } from './forbidden-page';

/** An area's page, for people whose roles give them the area. */
export function AreaPage({ areaKey }: { areaKey: AreaKey }) {
  const area = areas.find((candidate) => candidate.key === areaKey);
  const user = useCurrentUser().data;
  return area && hasAnyRole(user, area.roles) ? <AreaPlaceholder areaKey={areaKey} /> : <ForbiddenPage />;
}

/** The areas are not built yet: the page says so honestly instead of showing made-up content. */
function AreaPlaceholder({ areaKey }: { areaKey: AreaKey }) {
  const { t } = useTranslation();
  const title = t(`areas.${areaKey}.title`);
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="font-lead">{t(`areas.${areaKey}.empty`)}</p>
      <p>{t('areas.notBuilt')}</p>
      <p>
        <Link to="/">{t('areas.backHome')}</Link>
      </p>
    </>
  );
}
