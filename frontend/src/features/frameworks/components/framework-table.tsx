import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { FrameworkSummary } from '../types';
import { StatusBadge } from './status-badge';

export function FrameworkTable({ frameworks }: { frameworks: FrameworkSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{t('frameworks.list.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('frameworks.list.name')}</th>
            <th scope="col">{t('frameworks.list.version')}</th>
            <th scope="col">{t('frameworks.list.statusColumn')}</th>
            <th scope="col">{t('frameworks.list.values')}</th>
            <th scope="col">{t('frameworks.list.statements')}</th>
            <th scope="col">{t('frameworks.list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {frameworks.map((framework) => (
            <tr key={framework.id}>
              <th scope="row">
                <Link to={`/ledelsesgrundlag/${framework.id}`}>{framework.name}</Link>
              </th>
              <td>{framework.version}</td>
              <td>
                <StatusBadge status={framework.status} />
              </td>
              <td>{framework.valueCount}</td>
              <td>{framework.statementCount}</td>
              <td>{format.date(framework.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
