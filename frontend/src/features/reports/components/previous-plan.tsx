import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { PlanView } from '../types';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'];

/** The plan written after the previous round, beside the new numbers (L3). */
export function PreviousPlan({ plan, context }: { plan: PlanView; context: 'about' | undefined }) {
  const { t } = useTranslation(NS);
  return (
    <aside className="report-previous-plan" aria-labelledby="report-previous-plan-heading">
      <h2 id="report-previous-plan-heading">{t('report.previousPlan.heading', { context })}</h2>
      <p>{t('report.previousPlan.intro', { round: plan.roundName })}</p>
      {plan.goals.length === 0 ? (
        <p>{t('report.previousPlan.empty')}</p>
      ) : (
        <ul className="nobullet-list">
          {plan.goals.map((goal, index) => (
            <li key={index} className="report-previous-plan__goal">
              <h3 className="h4">{goal.title}</h3>
              <dl className="report-figures">
                {goal.valueTitle && (
                  <div>
                    <dt>{t('report.previousPlan.value')}</dt>
                    <dd>{goal.valueTitle}</dd>
                  </div>
                )}
                {goal.statementText && (
                  <div>
                    <dt>{t('report.previousPlan.statement')}</dt>
                    <dd>{goal.statementText}</dd>
                  </div>
                )}
                {goal.dueDate && (
                  <div>
                    <dt>{t('report.previousPlan.due')}</dt>
                    <dd>{goal.dueDate}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('report.previousPlan.status')}</dt>
                  <dd>{STATUSES.includes(goal.status) ? t(`goalStatus.${goal.status}`) : goal.status}</dd>
                </div>
              </dl>
              {goal.actions && <p className="report-previous-plan__actions">{goal.actions}</p>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
