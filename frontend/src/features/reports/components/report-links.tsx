import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { reportPaths } from '@/lib/queries/reports';
import { NS } from '../i18n';
import type { ReportSummary } from '../types';

/** Report, guide and plan for one leader and round; or, while the round is open, when the report opens. */
export function ReportLinks({ summary }: { summary: ReportSummary }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  if (!summary.available) return <>{t('list.opensWhenClosed', { date: numbers.date(summary.closesAt, 'long') })}</>;
  const context = t('list.linkContext', { leader: summary.leaderName, round: summary.roundName });
  const links = [
    { to: reportPaths.report(summary.roundId, summary.leaderId), label: t('list.openReport') },
    { to: reportPaths.guide(summary.roundId, summary.leaderId), label: t('list.openGuide') },
    { to: reportPaths.plan(summary.roundId, summary.leaderId), label: t('list.openPlan') },
  ];
  return (
    <ul className="nobullet-list report-links">
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to}>
            {link.label}
            <span className="sr-only">
              {' '}
              {context}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
