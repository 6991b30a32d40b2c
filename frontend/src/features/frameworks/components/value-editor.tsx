import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useDeleteValue } from '../api/delete-value';
import { useReorderValues } from '../api/reorder-values';
import { useUpdateValue } from '../api/update-value';
import { useAnnounce } from '../announcer';
import { moved, refocus } from '../reorder';
import type { Framework, FrameworkValue } from '../types';
import { AddStatement } from './add-statement';
import { MoveButtons } from './move-buttons';
import { StatementItem } from './statement-item';
import { ValueForm } from './value-form';

interface ValueEditorProps {
  framework: Framework;
  value: FrameworkValue;
  index: number;
}

/** One value of a draft: move, rename, delete, and its statements. */
export function ValueEditor({ framework, value, index }: ValueEditorProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [renaming, setRenaming] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const reorder = useReorderValues(framework.id);
  const update = useUpdateValue(framework.id, value.id);
  const remove = useDeleteValue(framework.id);
  const headingId = `value-${value.id}-heading`;
  const count = framework.values.length;

  function move(step: -1 | 1) {
    const ids = moved(framework.values.map((candidate) => candidate.id), index, step);
    if (!ids || reorder.isPending) return;
    const buttonId = `value-${value.id}-${step < 0 ? 'up' : 'down'}`;
    reorder.mutate(ids, {
      onSuccess: () => {
        refocus(buttonId);
        announce(t('frameworks.value.moved', { title: value.title, position: index + step + 1, count }));
      },
    });
  }

  function handleDelete() {
    remove.mutate(value.id, {
      onSuccess: () => {
        setConfirmDelete(false);
        announce(t('frameworks.value.deleted', { title: value.title }));
        refocus('values-heading');
      },
    });
  }

  return (
    <li className="value-item">
      <section aria-labelledby={headingId} className="card value-card">
        <div className="card-content">
          <div className="value-header">
            <h3 id={headingId} tabIndex={-1}>
              {t('frameworks.value.heading', { position: index + 1, title: value.title })}
            </h3>
            <div className="value-toolbar">
              <MoveButtons
                idPrefix={`value-${value.id}`}
                upLabel={t('frameworks.value.moveUp', { title: value.title })}
                downLabel={t('frameworks.value.moveDown', { title: value.title })}
                first={index === 0}
                last={index === count - 1}
                onMove={move}
              />
              <button type="button" className="button button-tertiary" aria-label={t('frameworks.value.renameLabel', { title: value.title })} aria-expanded={renaming} onClick={() => setRenaming(!renaming)}>
                {t('frameworks.value.rename')}
              </button>
              <button type="button" className="button button-tertiary" aria-label={t('frameworks.value.deleteLabel', { title: value.title })} onClick={() => setConfirmDelete(true)}>
                {t('frameworks.value.delete')}
              </button>
            </div>
          </div>
          {value.respondentTitle && <p className="value-survey-title">{t('frameworks.value.inSurvey', { title: value.respondentTitle })}</p>}
          {value.kodeksPoint && <p className="form-hint">{t('frameworks.value.kodeksPoint', { point: value.kodeksPoint })}</p>}
          {value.description && <p>{value.description}</p>}
          {renaming && (
            <ValueForm
              idPrefix={`value-${value.id}-edit`}
              legend={t('frameworks.value.editLegend', { title: value.title })}
              submitLabel={t('frameworks.save')}
              initial={value}
              error={update.error}
              pending={update.isPending}
              onCancel={() => setRenaming(false)}
              onSubmit={(input) =>
                update.mutate(input, {
                  onSuccess: () => {
                    setRenaming(false);
                    announce(t('frameworks.value.saved', { title: input.title }));
                  },
                })
              }
            />
          )}
          {value.statements.length === 0 ? (
            <p>{t('frameworks.value.noStatements')}</p>
          ) : (
            <ol className="statement-list" aria-label={t('frameworks.value.statementsLabel', { title: value.title })}>
              {value.statements.map((statement, statementIndex) => (
                <StatementItem key={statement.id} frameworkId={framework.id} value={value} statement={statement} index={statementIndex} />
              ))}
            </ol>
          )}
          <AddStatement frameworkId={framework.id} value={value} />
        </div>
      </section>
      {confirmDelete && (
        <ConfirmDialog
          title={t('frameworks.value.deleteTitle', { title: value.title })}
          confirmLabel={t('frameworks.value.deleteConfirm')}
          cancelLabel={t('frameworks.cancel')}
          onConfirm={handleDelete}
          onCancel={() => setConfirmDelete(false)}
          busy={remove.isPending}
          danger
        >
          <p>{t('frameworks.value.deleteText', { count: value.statements.length })}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}
