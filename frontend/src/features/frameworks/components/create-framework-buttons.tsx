import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formErrors } from '@/lib/form-errors';
import { KODEKS_TEMPLATE, useCreateFramework, type CreateFrameworkInput } from '../api/create-framework';

/** "Opret fra Kodeks for god ledelse" and "Opret tomt": both make a draft and open it in the editor. */
export function CreateFrameworkButtons() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateFramework();
  const errors = formErrors(create.error, [], t('frameworks.unexpectedError'));

  function createDraft(input: CreateFrameworkInput) {
    create.mutate(input, { onSuccess: (framework) => void navigate(`/ledelsesgrundlag/${framework.id}`) });
  }

  return (
    <section aria-labelledby="create-framework-heading">
      <h2 id="create-framework-heading">{t('frameworks.list.createHeading')}</h2>
      {errors.other.length > 0 && (
        <p className="alert alert-error" role="alert">
          {errors.other.join(' ')}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={create.isPending}
          onClick={() => createDraft({ template: KODEKS_TEMPLATE })}
        >
          {t('frameworks.list.createFromTemplate')}
        </button>{' '}
        <button
          type="button"
          className="button button-secondary"
          disabled={create.isPending}
          onClick={() => createDraft({ name: t('frameworks.list.untitled') })}
        >
          {t('frameworks.list.createEmpty')}
        </button>
      </div>
      {create.isPending && <p aria-live="polite">{t('frameworks.list.creating')}</p>}
    </section>
  );
}
