import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { TextAreaField } from '@/components/text-area-field';
import { problemText } from '@/lib/api/problem-text';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useChangeComment } from '../api/change-comment';
import { useCommentPlan } from '../api/comment-plan';
import { NS } from '../i18n';
import type { DevelopmentPlan, PlanComment } from '../types';

const MAX_COMMENT = 2000;
const ROLES = ['LEADER', 'MANAGER', 'HR'];

/**
 * The conversation about the plan: comments oldest first, and a box for a new one. Its author may edit or delete a
 * comment for a while (the server says until when); an edited comment says so.
 */
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
                {item.editedAt && <> {t('comments.edited', { date: numbers.dateTime(item.editedAt) })}</>}
              </p>
              <CommentBody plan={plan} comment={item} />
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

/** A comment's text, or, for its author while the server allows it, an editor with "Gem" and a delete button. */
function CommentBody({ plan, comment }: { plan: DevelopmentPlan; comment: PlanComment }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const change = useChangeComment(plan.roundId, plan.leaderId);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [text, setText] = useState(comment.text);
  const [error, setError] = useState<string | undefined>();
  const fieldId = `plan-comment-${comment.id}`;
  const fail = (failure: unknown) => {
    const split = formErrors(failure, ['text'], problemText(failure));
    setError(split.fields.text ?? split.other.join(' '));
  };

  if (editing) {
    return (
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) {
            setError(t('comments.required'));
            return;
          }
          change.mutate({ commentId: comment.id, text: text.trim() }, { onSuccess: () => setEditing(false), onError: fail });
        }}
      >
        <TextAreaField
          id={fieldId}
          label={t('comments.editLabel')}
          value={text}
          maxLength={MAX_COMMENT}
          rows={4}
          error={error}
          autoFocus
          onChange={(event) => setText(event.target.value)}
        />
        <div className="lus-comment__buttons">
          <button type="submit" className="button button-secondary" disabled={change.isPending}>
            {t('comments.saveEdit')}
          </button>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => {
              setEditing(false);
              setText(comment.text);
              setError(undefined);
            }}
          >
            {t('comments.cancelEdit')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <>
      <p className="lus-pre-line">{comment.text}</p>
      {comment.mine && (
        <>
          <div className="lus-comment__buttons">
            <button type="button" className="button button-tertiary" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => setConfirming(true)}>
              {t('comments.delete')}
            </button>
          </div>
          {comment.editableUntil && <p className="form-hint">{t('comments.editableUntil', { date: numbers.dateTime(comment.editableUntil) })}</p>}
          {error && (
            <p className="alert alert-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('comments.deleteDialog.title')}
          confirmLabel={t('comments.delete')}
          cancelLabel={t('comments.cancelEdit')}
          onConfirm={() => change.mutate({ commentId: comment.id, remove: true }, { onSettled: () => setConfirming(false), onError: fail })}
          onCancel={() => setConfirming(false)}
          busy={change.isPending}
          danger
        >
          <p>{t('comments.deleteDialog.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
