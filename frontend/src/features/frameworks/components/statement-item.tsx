import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteStatement } from '../api/delete-statement';
import { useReorderStatements } from '../api/reorder-statements';
import { useUpdateStatement } from '../api/update-statement';
import { useAnnounce } from '../announcer';
import { moved, refocus } from '../reorder';
import type { FrameworkValue, Statement } from '../types';
import { MoveButtons } from './move-buttons';
import { StatementForm } from './statement-form';
import { StatementWordings } from './statement-wordings';

interface StatementItemProps {
  frameworkId: string;
  value: FrameworkValue;
  statement: Statement;
  index: number;
}

export function StatementItem({ frameworkId, value, statement, index }: StatementItemProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const update = useUpdateStatement(frameworkId, value.id, statement.id);
  const reorder = useReorderStatements(frameworkId, value.id);
  const remove = useDeleteStatement(frameworkId, value.id);
  const prefix = `statement-${statement.id}`;
  const count = value.statements.length;

  function move(step: -1 | 1) {
    const ids = moved(value.statements.map((candidate) => candidate.id), index, step);
    if (!ids || reorder.isPending) return;
    reorder.mutate(ids, {
      onSuccess: () => {
        refocus(`${prefix}-${step < 0 ? 'up' : 'down'}`);
        announce(t('frameworks.statement.moved', { position: index + step + 1, count }));
      },
    });
  }

  function stopEditing() {
    setEditing(false);
    update.reset();
    refocus(`${prefix}-edit`);
  }

  return (
    <li className="statement-item">
      {editing ? (
        <StatementForm
          idPrefix={`${prefix}-form`}
          legend={t('frameworks.statement.editLegend')}
          submitLabel={t('frameworks.save')}
          initial={statement}
          error={update.error}
          pending={update.isPending}
          onCancel={stopEditing}
          onSubmit={(input) =>
            update.mutate(input, {
              onSuccess: () => {
                stopEditing();
                announce(t('frameworks.statement.saved'));
              },
            })
          }
        />
      ) : (
        <>
          <StatementWordings statement={statement} />
          <div className="statement-toolbar">
            <button id={`${prefix}-edit`} type="button" className="button button-tertiary" aria-label={t('frameworks.statement.editLabel', { text: statement.text })} onClick={() => setEditing(true)}>
              {t('frameworks.statement.edit')}
            </button>
            <MoveButtons
              idPrefix={prefix}
              upLabel={t('frameworks.statement.moveUp', { text: statement.text })}
              downLabel={t('frameworks.statement.moveDown', { text: statement.text })}
              first={index === 0}
              last={index === count - 1}
              onMove={move}
            />
            <button type="button" className="button button-tertiary" aria-label={t('frameworks.statement.deleteLabel', { text: statement.text })} onClick={() => setConfirmDelete(true)}>
              {t('frameworks.statement.delete')}
            </button>
          </div>
        </>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('frameworks.statement.deleteTitle')}
          confirmLabel={t('frameworks.statement.deleteConfirm')}
          cancelLabel={t('frameworks.cancel')}
          onConfirm={() =>
            remove.mutate(statement.id, {
              onSuccess: () => {
                setConfirmDelete(false);
                announce(t('frameworks.statement.deleted'));
                refocus(`value-${value.id}-add-statement`);
              },
            })
          }
          onCancel={() => setConfirmDelete(false)}
          busy={remove.isPending}
          danger
        >
          <p>{t('frameworks.statement.deleteText', { text: statement.text })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
