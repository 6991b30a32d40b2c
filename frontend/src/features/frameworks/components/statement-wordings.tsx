import { useTranslation } from 'react-i18next';
import type { Statement } from '../types';

/** Both wordings side by side, the English ones under them when there are any. */
export function StatementWordings({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  return (
    <dl className="wording-pair statement-wordings">
      <div>
        <dt>{t('frameworks.statement.employee')}</dt>
        <dd>{statement.text}</dd>
        {statement.textEn && (
          <dd className="wording-en">
            <span className="wording-en__label">{t('frameworks.statement.englishLabel')}</span> <span lang="en">{statement.textEn}</span>
          </dd>
        )}
      </div>
      <div>
        <dt>{t('frameworks.statement.self')}</dt>
        <dd>{statement.selfText}</dd>
        {statement.selfTextEn && (
          <dd className="wording-en">
            <span className="wording-en__label">{t('frameworks.statement.englishLabel')}</span> <span lang="en">{statement.selfTextEn}</span>
          </dd>
        )}
      </div>
    </dl>
  );
}
