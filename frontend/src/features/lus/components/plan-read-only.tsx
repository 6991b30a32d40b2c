import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { DevelopmentPlan } from '../types';

/** The plan as the manager (or HR) sees it: read only. */
export function PlanReadOnly({ plan }: { plan: DevelopmentPlan }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  return (
    <section aria-labelledby="plan-goals-heading">
      <h2 id="plan-goals-heading">{t('plan.goals')}</h2>
      {plan.goals.length === 0 ? (
        <p>{t('plan.noGoals')}</p>
      ) : (
        <ol className="lus-goals">
          {plan.goals.map((goal) => (
            <li key={goal.id} className="lus-goal">
              <h3>{goal.title}</h3>
              <dl className="lus-goal__facts">
                {goal.valueTitle && (
                  <div>
                    <dt>{t('plan.valueLabel')}</dt>
                    <dd>{goal.valueTitle}</dd>
                  </div>
                )}
                {goal.statementText && (
                  <div>
                    <dt>{t('plan.statementLabel')}</dt>
                    <dd>{goal.statementText}</dd>
                  </div>
                )}
                {goal.actions && (
                  <div>
                    <dt>{t('plan.actionsLabel')}</dt>
                    <dd className="lus-pre-line">{goal.actions}</dd>
                  </div>
                )}
                {goal.dueDate && (
                  <div>
                    <dt>{t('plan.dueLabel')}</dt>
                    <dd>{numbers.localDate(goal.dueDate)}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('plan.statusLabel')}</dt>
                  <dd>{t(`status.${goal.status}`)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {plan.updatedAt && <p>{t('plan.savedAt', { date: numbers.dateTime(plan.updatedAt) })}</p>}
    </section>
  );
}
