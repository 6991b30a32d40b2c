import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/text-area-field';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useCommentPlan } from '../api/comment-plan';
import { NS } from '../i18n';
import type { DevelopmentPlan } from '../types';

const MAX_COMMENT = 2000;
const ROLES = ['LEADER', 'MANAGER', 'HR'];

/** The conversation about the plan: comments oldest first, and a box for a new one. */
export function PlanComments({ plan }: { plan: DevelopmentPlan }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const comment = useCommentPlan(plan.roundId, plan.leaderId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    if (!text.trim()) {
      setError(t('comments.required'));
      document.getElementById('plan-comment')?.focus();
      return;
    }
    setError(undefined);
    comment.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setAdded(true);
      },
      onError: (failure) => {
        const split = formErrors(failure, ['text'], t('comments.error'));
        setError(split.fields.text ?? split.other.join(' '));
        document.getElementById('plan-comment')?.focus();
      },
    });
  };

  return (
    <section aria-labelledby="plan-comments-heading" className="lus-comments">
      <h2 id="plan-comments-heading">{t('comments.heading')}</h2>
      {plan.comments.length === 0 ? (
        <p>{t('comments.none')}</p>
      ) : (
        <ul className="nobullet-list">
          {plan.comments.map((item) => (
            <li key={item.id} className="lus-comment">
              <p className="lus-comment__byline">
                {t('comments.byline', {
                  author: item.authorName,
                  role: ROLES.includes(item.role) ? t(`comments.roles.${item.role}`) : item.role,
                  date: numbers.dateTime(item.createdAt),
                })}
              </p>
              <p className="lus-pre-line">{item.text}</p>
            </li>
          ))}
        </ul>
      )}
      {plan.canComment !== false && (
        <form onSubmit={submit} noValidate>
          <TextAreaField
            id="plan-comment"
            label={t('comments.label')}
            hint={t('comments.hint')}
            value={text}
            maxLength={MAX_COMMENT}
            rows={4}
            error={error}
            onChange={(event) => {
              setText(event.target.value);
              setAdded(false);
            }}
          />
          <button type="submit" className="button button-secondary" disabled={comment.isPending}>
            {comment.isPending ? t('comments.sending') : t('comments.submit')}
          </button>
        </form>
      )}
      <p role="status">{added ? t('comments.added') : ''}</p>
    </section>
  );
}
