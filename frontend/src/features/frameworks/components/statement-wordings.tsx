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
          <dd lang="en" className="wording-en">
            {statement.textEn}
          </dd>
        )}
      </div>
      <div>
        <dt>{t('frameworks.statement.self')}</dt>
        <dd>{statement.selfText}</dd>
        {statement.selfTextEn && (
          <dd lang="en" className="wording-en">
            {statement.selfTextEn}
          </dd>
        )}
      </div>
    </dl>
  );
}
