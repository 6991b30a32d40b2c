import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { isApiError } from '@/lib/api/api-error';
import type { Organisation } from '@/lib/api/types';
import { usePageTitle } from '@/lib/use-page-title';
import { useDeactivateOrganisation, useOrganisations, useResendAdminInvitation } from '../api/organisations';
import { NS } from '../i18n';
import { CreateOrganisationForm } from './create-organisation-form';

/** The operator's page: the organisations (counts only), a new one with its admin, deactivation, invitations. */
export function OperatorPage() {
  const { t, i18n } = useTranslation(NS);
  usePageTitle(t('title'));
  const organisations = useOrganisations();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Organisation | null>(null);
  const deactivate = useDeactivateOrganisation({
    onSuccess: () => {
      setMessage(t('deactivated', { name: confirming?.name ?? '' }));
      setConfirming(null);
    },
  });
  const resend = useResendAdminInvitation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  function resendFor(organisation: Organisation) {
    resend.mutate(organisation.id, {
      onSuccess: (count) => setMessage(t('resent', { count, name: organisation.name })),
      onError: (error) =>
        setMessage(isApiError(error, 409) ? t('resendNone', { name: organisation.name }) : t('errors.failed')),
    });
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{t('intro')}</p>
      <div aria-live="polite">
        {message && (
          <div className="alert alert-info" role="status">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        )}
      </div>
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t('listHeading')}</h2>
        {organisations.isPending && <p aria-live="polite">{t('app.loading', { ns: 'translation' })}</p>}
        {organisations.isError && (
          <p className="alert alert-error" role="alert">
            {t('app.loadError', { ns: 'translation' })}
          </p>
        )}
        {organisations.data?.length === 0 && <p>{t('empty')}</p>}
        {organisations.data && organisations.data.length > 0 && (
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="organisations-heading">
            <table className="table table--borderless">
              <thead>
                <tr>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col">{t('columns.created')}</th>
                  <th scope="col" className="text-align-right">{t('columns.people')}</th>
                  <th scope="col" className="text-align-right">{t('columns.rounds')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col">{t('columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {organisations.data.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{date.format(new Date(organisation.createdAt))}</td>
                    <td className="text-align-right">{organisation.people}</td>
                    <td className="text-align-right">{organisation.rounds}</td>
                    <td>{organisation.active ? t('active') : t('inactive')}</td>
                    <td>
                      {organisation.active && (
                        <>
                          <button
                            type="button"
                            className="button button-tertiary"
                            aria-label={t('resendLabel', { name: organisation.name })}
                            onClick={() => resendFor(organisation)}
                          >
                            {t('resend')}
                          </button>{' '}
                          <button
                            type="button"
                            className="button button-tertiary"
                            aria-label={t('deactivateLabel', { name: organisation.name })}
                            onClick={() => setConfirming(organisation)}
                          >
                            {t('deactivate')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CreateOrganisationForm onCreated={(created) => setMessage(t('created', { name: created.name }))} />
      {confirming && (
        <ConfirmDialog
          title={t('deactivateTitle', { name: confirming.name })}
          confirmLabel={t('deactivate')}
          cancelLabel={t('cancel')}
          danger
          busy={deactivate.isPending}
          onConfirm={() => deactivate.mutate(confirming.id)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('deactivateText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
