import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddStatement } from '../api/add-statement';
import { useAnnounce } from '../announcer';
import { refocus } from '../reorder';
import type { FrameworkValue } from '../types';
import { StatementForm } from './statement-form';

/** "Tilføj udsagn" under a value: opens the form, and after saving closes it and returns focus to the button. */
export function AddStatement({ frameworkId, value }: { frameworkId: string; value: FrameworkValue }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const add = useAddStatement(frameworkId, value.id);
  const buttonId = `value-${value.id}-add-statement`;

  function close() {
    setOpen(false);
    add.reset();
    refocus(buttonId);
  }

  if (!open) {
    return (
      <button id={buttonId} type="button" className="button button-secondary" aria-label={t('frameworks.statement.addLabel', { title: value.title })} onClick={() => setOpen(true)}>
        {t('frameworks.statement.add')}
      </button>
    );
  }
  return (
    <StatementForm
      idPrefix={`value-${value.id}-new-statement`}
      legend={t('frameworks.statement.addLegend', { title: value.title })}
      submitLabel={t('frameworks.statement.add')}
      error={add.error}
      pending={add.isPending}
      onCancel={close}
      onSubmit={(input) =>
        add.mutate(input, {
          onSuccess: () => {
            close();
            announce(t('frameworks.statement.added'));
          },
        })
      }
    />
  );
}
