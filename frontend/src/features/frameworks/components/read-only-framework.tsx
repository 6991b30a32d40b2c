import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useCreateVersion } from '../api/create-version';
import { useExportFramework } from '../api/export-framework';
import type { Framework } from '../types';
import { StatementWordings } from './statement-wordings';

/** A published or archived version: frozen, so only read, export, and (for HR) the way to a new version. */
export function ReadOnlyFramework({ framework, canEdit }: { framework: Framework; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const newVersion = useCreateVersion(framework.id);
  const exporting = useExportFramework();
  const draft = framework.versions.find((version) => version.status === 'DRAFT');
  const errors = formErrors(newVersion.error, [], t('frameworks.unexpectedError'));
  const publishedAt = format.date(framework.publishedAt, 'long');

  return (
    <>
      <div className="alert alert-info" role="note">
        <p className="alert-text">
          {framework.status === 'ARCHIVED'
            ? t('frameworks.readOnly.archived')
            : publishedAt
              ? t('frameworks.readOnly.published', { date: publishedAt })
              : t('frameworks.readOnly.publishedNoDate')}
        </p>
      </div>
      {canEdit && (
        <>
          <FormProblems messages={errors.other} />
          <div className="button-row framework-actions">
            {draft ? (
              <Link className="button button-primary" to={`/ledelsesgrundlag/${draft.id}`}>
                {t('frameworks.readOnly.goToDraft', { version: draft.version })}
              </Link>
            ) : (
              <button
                type="button"
                className="button button-primary"
                disabled={newVersion.isPending}
                onClick={() => newVersion.mutate(undefined, { onSuccess: (created) => void navigate(`/ledelsesgrundlag/${created.id}`) })}
              >
                {newVersion.isPending ? t('frameworks.readOnly.creatingVersion') : t('frameworks.readOnly.newVersion')}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={() => exporting.mutate(framework.id)} disabled={exporting.isPending}>
              {exporting.isPending ? t('frameworks.editor.exporting') : t('frameworks.editor.export')}
            </button>
          </div>
        </>
      )}
      {framework.description && <p>{framework.description}</p>}
      <ol className="unstyled-list value-list">
        {framework.values.map((value, index) => (
          <li key={value.id} className="value-item">
            <section aria-labelledby={`value-${value.id}-heading`} className="card value-card">
              <div className="card-content">
                <h2 id={`value-${value.id}-heading`} className="h3">
                  {t('frameworks.value.heading', { position: index + 1, title: value.title })}
                </h2>
                {value.titleEn && (
                  <p className="wording-en">
                    <span className="wording-en__label">{t('frameworks.statement.englishLabel')}</span> <span lang="en">{value.titleEn}</span>
                  </p>
                )}
                {value.respondentTitle && <p className="value-survey-title">{t('frameworks.value.inSurvey', { title: value.respondentTitle })}</p>}
                {value.description && <p>{value.description}</p>}
                <ol className="statement-list" aria-label={t('frameworks.value.statementsLabel', { title: value.title })}>
                  {value.statements.map((statement) => (
                    <li key={statement.id} className="statement-item">
                      <StatementWordings statement={statement} />
                    </li>
                  ))}
                </ol>
              </div>
            </section>
          </li>
        ))}
      </ol>
    </>
  );
}
