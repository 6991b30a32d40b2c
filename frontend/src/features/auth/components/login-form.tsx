import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { useLogin } from '../api/login';
import { loginErrorKey, validateLogin, type LoginFieldErrors } from '../login-errors';

export function LoginForm({
  onLoggedIn,
  onEmailSettled,
}: {
  onLoggedIn: () => void;
  /** Called when the e-mail field is left, so the page can offer the organisation's single sign-on. */
  onEmailSettled?: (email: string) => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<LoginFieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const login = useLogin({ onSuccess: onLoggedIn });

  const summary: ErrorSummaryItem[] = [];
  if (fieldErrors.email) summary.push({ fieldId: 'email', message: t(fieldErrors.email) });
  if (fieldErrors.password) summary.push({ fieldId: 'password', message: t(fieldErrors.password) });
  if (login.isError) summary.push({ message: t(loginErrorKey(login.error)) });

  // Move focus to the summary after each failed attempt, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt, login.isError]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateLogin(email, password);
    setFieldErrors(errors);
    setAttempt((count) => count + 1);
    if (Object.keys(errors).length === 0) {
      login.mutate({ email: email.trim(), password });
    } else {
      login.reset();
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      {summary.length > 0 && <ErrorSummary ref={summaryRef} heading={t('login.errorSummary')} items={summary} />}
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        label={t('login.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        onBlur={() => onEmailSettled?.(email.trim())}
        error={fieldErrors.email && t(fieldErrors.email)}
        required
      />
      <TextField
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('login.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password && t(fieldErrors.password)}
        required
      />
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
