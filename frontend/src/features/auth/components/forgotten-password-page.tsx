import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { isApiError } from '@/lib/api/api-error';
import { usePageTitle } from '@/lib/use-page-title';
import { useRequestPasswordReset } from '../api/passwords';

/** "Glemt adgangskode": the same answer whatever the e-mail, so the page never tells who has a login. */
export function ForgottenPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgotten.title'));
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const request = useRequestPasswordReset({ onSuccess: () => setSent(true) });

  const summary: ErrorSummaryItem[] = [];
  if (missing) summary.push({ fieldId: 'reset-email', message: t('login.errors.emailRequired') });
  if (request.isError) {
    summary.push({ message: t(isApiError(request.error, 429) ? 'login.errors.tooManyAttempts' : 'login.errors.unavailable') });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const blank = email.trim() === '';
    setMissing(blank);
    if (!blank) request.mutate(email.trim());
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t('forgotten.title')}</h1>
        {sent ? (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-text">{t('forgotten.sent')}</p>
            </div>
          </div>
        ) : (
          <>
            <p>{t('forgotten.intro')}</p>
            <form onSubmit={handleSubmit} noValidate>
              {summary.length > 0 && <ErrorSummary heading={t('forgotten.errorSummary')} items={summary} />}
              <TextField
                id="reset-email"
                name="email"
                type="email"
                autoComplete="username"
                label={t('login.email')}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                error={missing ? t('login.errors.emailRequired') : undefined}
                required
              />
              <button type="submit" className="button button-primary" disabled={request.isPending}>
                {t('forgotten.submit')}
              </button>
            </form>
          </>
        )}
        <p className="mt-6">
          <Link to="/login">{t('login.backToLogin')}</Link>
        </p>
      </div>
    </div>
  );
}
