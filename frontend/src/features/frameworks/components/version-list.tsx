import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../types';

/** All versions of the framework; the one shown is marked as the current page. */
export function VersionList({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  if (framework.versions.length < 2) return null;
  return (
    <nav aria-labelledby="versions-heading" className="framework-versions">
      <h2 id="versions-heading" className="h5">
        {t('frameworks.versions.heading')}
      </h2>
      <ul className="inline-list">
        {framework.versions.map((version) => {
          const label = t('frameworks.versions.item', {
            version: version.version,
            status: t(`frameworks.status.${version.status}`),
          });
          return (
            <li key={version.id}>
              {version.id === framework.id ? (
                <strong aria-current="page">{label}</strong>
              ) : (
                <Link to={`/ledelsesgrundlag/${version.id}`}>{label}</Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
