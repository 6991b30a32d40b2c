import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { reportPaths } from '@/lib/queries/reports';
import { useReport } from '@/lib/queries/reports';
import { usePageTitle } from '@/lib/use-page-title';
import { usePlan } from '../api/get-plan';
import { NS } from '../i18n';
import type { DevelopmentPlan } from '../types';
import { Loading, PageProblem } from './page-problem';
import { PlanComments } from './plan-comments';
import { PlanEditor } from './plan-editor';
import { PlanReadOnly } from './plan-read-only';
import '../lus.css';

/** /rapporter/:roundId/:leaderId/plan: the leader writes the plan, the manager reads and comments (L3). */
export function PlanPage() {
  const { t } = useTranslation(NS);
  const { roundId = '', leaderId = '' } = useParams();
  const plan = usePlan(roundId, leaderId);
  const fallbackTitle = t('plan.title', { name: '' }).replace(/[:\s]+$/, '');
  if (plan.isPending) return <Loading title={fallbackTitle} />;
  if (plan.isError) return <PageProblem title={fallbackTitle} error={plan.error} reportPath={reportPaths.report(roundId, leaderId)} />;
  return <PlanView plan={plan.data} reload={plan.refetch} />;
}

function PlanView({ plan, reload }: { plan: DevelopmentPlan; reload: () => Promise<{ data?: DevelopmentPlan | undefined }> }) {
  const { t } = useTranslation(NS);
  const title = t('plan.title', { name: plan.leaderName });
  usePageTitle(title);
  const report = useReport(plan.roundId, plan.leaderId, plan.canEdit === true);
  // A reload starts the editor over from the plan the refetch returned (not from a render that may still
  // show the old data).
  const [seed, setSeed] = useState<{ generation: number; plan?: DevelopmentPlan | undefined }>({ generation: 0 });
  const [reloading, setReloading] = useState(false);
  const onReload = () => {
    setReloading(true);
    void reload()
      .then((result) => setSeed((current) => ({ generation: current.generation + 1, plan: result.data })))
      .finally(() => setReloading(false));
  };
  return (
    <div className="lus-plan">
      <p>
        <Link to={reportPaths.report(plan.roundId, plan.leaderId)}>{t('backToReport')}</Link>
        {' · '}
        <Link to={reportPaths.guide(plan.roundId, plan.leaderId)}>{t('plan.toGuide')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="font-lead">{plan.canEdit ? t('plan.introEdit') : t('plan.introRead')}</p>
      {plan.canEdit ? (
        <PlanEditor key={seed.generation} plan={seed.plan ?? plan} report={report.data} onReload={onReload} reloading={reloading} />
      ) : (
        <PlanReadOnly plan={plan} />
      )}
      <PlanComments plan={plan} />
    </div>
  );
}
