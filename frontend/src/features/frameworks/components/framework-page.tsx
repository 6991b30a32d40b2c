import { Link, NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { useCurrentUser } from '@/lib/auth/get-me';
import { hasAnyRole } from '@/lib/auth/roles';
import { usePageTitle } from '@/lib/use-page-title';
import { Announcer } from '../announcer';
import { useFramework } from '../api/get-framework';
import { WRITER_ROLES } from '../roles';
import type { Framework } from '../types';
import { DraftEditor } from './draft-editor';
import { ReadOnlyFramework } from './read-only-framework';
import { StatusBadge } from './status-badge';
import { VersionList } from './version-list';
import '../frameworks.css';

/** /ledelsesgrundlag/:id: a version's content; its preview tab opens the survey feature's preview of it. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const framework = useFramework(id);
  usePageTitle(framework.data?.name ?? t('frameworks.title'));

  if (framework.isPending) return <p aria-live="polite">{t('frameworks.loading')}</p>;
  if (framework.isError) {
    const notFound = isApiError(framework.error, 404) || isApiError(framework.error, 400);
    return (
      <>
        <h1>{t('frameworks.title')}</h1>
        <p className="alert alert-error" role="alert">
          {notFound ? t('frameworks.notFound') : t('frameworks.loadError')}
        </p>
        <p>
          <Link to="/ledelsesgrundlag">{t('frameworks.backToList')}</Link>
        </p>
      </>
    );
  }
  return (
    <Announcer>
      <FrameworkView framework={framework.data} />
    </Announcer>
  );
}

function FrameworkView({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const canEdit = hasAnyRole(useCurrentUser().data, WRITER_ROLES);
  const base = `/ledelsesgrundlag/${framework.id}`;
  return (
    <>
      <p>
        <Link to="/ledelsesgrundlag" className="back-link">
          {t('frameworks.backToList')}
        </Link>
      </p>
      <h1>{framework.name}</h1>
      <p className="framework-meta">
        <span>{t('frameworks.versionLabel', { version: framework.version })}</span> <StatusBadge status={framework.status} />
      </p>
      <VersionList framework={framework} />
      <nav aria-label={t('frameworks.tabs.label')} className="framework-tabs">
        <ul className="inline-list">
          <li>
            <NavLink to={base} end className="button button-tertiary">
              {t('frameworks.tabs.content')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/forhaandsvisning`} className="button button-tertiary">
              {t('frameworks.tabs.preview')}
            </NavLink>
          </li>
        </ul>
      </nav>
      {framework.status === 'DRAFT' && canEdit ? (
        <DraftEditor framework={framework} />
      ) : (
        <ReadOnlyFramework framework={framework} canEdit={canEdit} />
      )}
    </>
  );
}
