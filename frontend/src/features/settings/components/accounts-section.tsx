import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '@/lib/api/types';
import { useAccounts, useResendWelcome } from '../api/settings';
import { NS } from '../i18n';

/** The organisation's logins: who has never chosen a password, and a welcome mail again. */
export function AccountsSection() {
  const { t, i18n } = useTranslation(NS);
  const accounts = useAccounts();
  const resend = useResendWelcome();
  const [message, setMessage] = useState<string | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  function resendTo(account: Account) {
    resend.mutate(account.personId, {
      onSuccess: () => setMessage(t('accounts.resent', { name: account.name })),
      onError: () => setMessage(t('accounts.resendFailed')),
    });
  }

  return (
    <section aria-labelledby="accounts-heading" className="mt-8">
      <h2 id="accounts-heading">{t('accounts.heading')}</h2>
      <p>{t('accounts.intro')}</p>
      <div aria-live="polite">
        {message && (
          <div className="alert alert-info" role="status">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        )}
      </div>
      {accounts.isError && (
        <p className="alert alert-error" role="alert">
          {t('app.loadError', { ns: 'translation' })}
        </p>
      )}
      {accounts.data?.length === 0 && <p>{t('accounts.empty')}</p>}
      {accounts.data && accounts.data.length > 0 && (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="accounts-heading">
          <table className="table table--borderless">
            <thead>
              <tr>
                <th scope="col">{t('accounts.name')}</th>
                <th scope="col">{t('accounts.email')}</th>
                <th scope="col">{t('accounts.roles')}</th>
                <th scope="col">{t('accounts.status')}</th>
                <th scope="col">{t('accounts.password')}</th>
                <th scope="col">{t('accounts.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.data.map((account) => (
                <tr key={account.personId}>
                  <th scope="row">{account.name}</th>
                  <td>{account.email}</td>
                  <td>{account.roles.map((role) => t(`accounts.role.${role}`)).join(', ')}</td>
                  <td>{account.active ? t('accounts.active') : t('accounts.inactive')}</td>
                  <td>
                    {account.passwordSet ? (
                      t('accounts.passwordSet')
                    ) : (
                      <>
                        <strong>{t('accounts.neverSet')}</strong>
                        {account.welcomeSentAt && (
                          <>
                            {' '}
                            ({t('accounts.welcomeSent', { date: date.format(new Date(account.welcomeSentAt)) })})
                          </>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    {account.active && !account.passwordSet && (
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('accounts.resendLabel', { name: account.name })}
                        onClick={() => resendTo(account)}
                      >
                        {t('accounts.resend')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
