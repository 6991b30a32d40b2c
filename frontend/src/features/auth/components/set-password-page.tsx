import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { isApiError } from '@/lib/api/api-error';
import { usePageTitle } from '@/lib/use-page-title';
import { useSetPassword } from '../api/passwords';
import { MIN_PASSWORD_LENGTH, validateNewPassword, type PasswordFieldErrors } from '../password-rules';

/** The token from the link's fragment (`/adgangskode#<token>`), kept in memory and removed from the address. */
function useLinkToken(): string | null {
  const [token] = useState(() => {
    const value = window.location.hash.replace(/^#/, '');
    return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
  });
  useEffect(() => {
    if (token && window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, [token]);
  return token;
}

/** "Vælg adgangskode": from a welcome or reset mail's link. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('password.title'));
  const token = useLinkToken();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<PasswordFieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const mutation = useSetPassword({ onSuccess: () => setDone(true) });

  const serverField = isApiError(mutation.error, 400) && mutation.error.problem?.errors?.[0]?.message;
  const linkInvalid = isApiError(mutation.error, 400) && mutation.error.problem?.type === 'urn:pejling:problem:invalid-link';
  const summary: ErrorSummaryItem[] = [];
  if (fieldErrors.password) summary.push({ fieldId: 'new-password', message: t(fieldErrors.password, { min: MIN_PASSWORD_LENGTH }) });
  if (fieldErrors.repeat) summary.push({ fieldId: 'repeat-password', message: t(fieldErrors.repeat) });
  if (mutation.isError && !linkInvalid) {
    summary.push(serverField ? { fieldId: 'new-password', message: serverField } : { message: t('password.errors.failed') });
  }

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt, mutation.isError]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateNewPassword(password, repeat);
    setFieldErrors(errors);
    setAttempt((count) => count + 1);
    if (Object.keys(errors).length === 0 && token) mutation.mutate({ token, password });
    else mutation.reset();
  }

  if (!token || linkInvalid) {
    return (
      <>
        <h1>{t('password.title')}</h1>
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t('password.invalidLink.heading')}</p>
            <p className="alert-text">{t('password.invalidLink.text')}</p>
          </div>
        </div>
        <p>
          <Link to="/glemt-adgangskode">{t('password.invalidLink.newLink')}</Link>
        </p>
      </>
    );
  }
  if (done) {
    return (
      <>
        <h1>{t('password.title')}</h1>
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('password.done')}</p>
          </div>
        </div>
        <p>
          <Link to="/login" className="button button-primary">
            {t('password.toLogin')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t('password.title')}</h1>
        <p>{t('password.intro', { min: MIN_PASSWORD_LENGTH })}</p>
        <form onSubmit={handleSubmit} noValidate>
          {summary.length > 0 && <ErrorSummary ref={summaryRef} heading={t('password.errorSummary')} items={summary} />}
          <TextField
            id="new-password"
            name="new-password"
            type="password"
            autoComplete="new-password"
            label={t('password.new')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={
              fieldErrors.password
                ? t(fieldErrors.password, { min: MIN_PASSWORD_LENGTH })
                : serverField || undefined
            }
            required
          />
          <TextField
            id="repeat-password"
            name="repeat-password"
            type="password"
            autoComplete="new-password"
            label={t('password.repeat')}
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
            error={fieldErrors.repeat && t(fieldErrors.repeat)}
            required
          />
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('password.saving') : t('password.save')}
          </button>
        </form>
      </div>
    </div>
  );
}
