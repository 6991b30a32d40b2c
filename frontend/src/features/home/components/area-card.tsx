import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Area } from '../areas';

export function AreaCard({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <Link to={area.path} className="card area-card">
      <div className="card-content">
        <h3 className="card-heading">{t(`areas.${area.key}.title`)}</h3>
        <p>{t(`areas.${area.key}.description`)}</p>
      </div>
    </Link>
  );
}
