import { useTranslation } from 'react-i18next';
import { useAddValue } from '../api/add-value';
import { useAnnounce } from '../announcer';
import { ValueForm } from './value-form';

export function AddValueForm({ frameworkId }: { frameworkId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const add = useAddValue(frameworkId);
  return (
    <div className="add-value">
      <ValueForm
        idPrefix="new-value"
        legend={t('frameworks.value.addHeading')}
        submitLabel={t('frameworks.value.add')}
        error={add.error}
        pending={add.isPending}
        onSubmit={(input, reset) =>
          add.mutate(input, {
            onSuccess: () => {
              reset();
              announce(t('frameworks.value.added', { title: input.title }));
            },
          })
        }
      />
    </div>
  );
}
