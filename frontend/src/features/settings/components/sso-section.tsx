import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/error-summary';
import { TextField } from '@/components/text-field';
import { isApiError } from '@/lib/api/api-error';
import type { SsoSettings } from '@/lib/api/types';
import { useSaveSsoSettings, useSsoSettings } from '../api/settings';
import { NS } from '../i18n';

interface Draft {
  enabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
  passwordsAllowed: boolean;
  domains: string;
}

function draftOf(settings: SsoSettings): Draft {
  return {
    enabled: settings.configured ? (settings.enabled ?? true) : true,
    issuer: settings.issuer ?? '',
    clientId: settings.clientId ?? '',
    clientSecret: '',
    emailClaim: settings.emailClaim,
    passwordsAllowed: settings.passwordsAllowed ?? true,
    domains: settings.domains.join(', '),
  };
}

/** The admin's set-up of single sign-on with the organisation's OpenID Connect provider. */
export function SsoSection() {
  const { t } = useTranslation(NS);
  const settings = useSsoSettings();
  return (
    <section aria-labelledby="sso-settings-heading" className="mt-8">
      <h2 id="sso-settings-heading">{t('sso.heading')}</h2>
      <p>{t('sso.intro')}</p>
      {settings.isError && (
        <p className="alert alert-error" role="alert">
          {t('app.loadError', { ns: 'translation' })}
        </p>
      )}
      {settings.data && <SsoForm settings={settings.data} />}
    </section>
  );
}

function SsoForm({ settings }: { settings: SsoSettings }) {
  const { t } = useTranslation(NS);
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<'issuer' | 'clientId' | 'clientSecret', string>>>({});
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const save = useSaveSsoSettings({ onSuccess: () => setSaved(true) });

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt, save.isError]);

  const summary: ErrorSummaryItem[] = (Object.entries(errors) as [string, string][]).map(([field, key]) => ({
    fieldId: `sso-${field}`,
    message: t(key),
  }));
  if (save.isError) summary.push({ message: t(isApiError(save.error, 409) ? 'sso.errors.conflict' : 'sso.errors.failed') });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const found: typeof errors = {};
    if (!/^https?:\/\/\S+$/.test(draft.issuer.trim())) found.issuer = 'sso.errors.issuer';
    if (draft.clientId.trim() === '') found.clientId = 'sso.errors.clientId';
    if (!settings.clientSecretSet && draft.clientSecret.trim() === '') found.clientSecret = 'sso.errors.clientSecret';
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) {
      save.reset();
      return;
    }
    save.mutate({
      enabled: draft.enabled,
      issuer: draft.issuer.trim(),
      clientId: draft.clientId.trim(),
      ...(draft.clientSecret.trim() ? { clientSecret: draft.clientSecret.trim() } : {}),
      emailClaim: draft.emailClaim.trim() || 'email',
      passwordsAllowed: draft.passwordsAllowed,
      domains: draft.domains
        .split(/[,\s]+/)
        .map((domain) => domain.trim())
        .filter(Boolean),
    });
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <form onSubmit={handleSubmit} noValidate>
      {summary.length > 0 && <ErrorSummary ref={summaryRef} heading={t('sso.errorSummary')} items={summary} />}
      <div aria-live="polite">
        {saved && (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-text">{t('sso.saved')}</p>
            </div>
          </div>
        )}
      </div>
      {settings.redirectPath && (
        <p>
          {t('sso.redirect')} <code>{`${window.location.origin}${settings.redirectPath}`}</code>
        </p>
      )}
      <div className="form-group">
        <input
          id="sso-enabled"
          type="checkbox"
          className="form-checkbox"
          checked={draft.enabled}
          onChange={(event) => set('enabled', event.target.checked)}
        />
        <label htmlFor="sso-enabled">{t('sso.enabled')}</label>
      </div>
      <TextField
        id="sso-issuer"
        type="url"
        label={t('sso.issuer')}
        placeholder={t('sso.issuerHint')}
        value={draft.issuer}
        onChange={(event) => set('issuer', event.target.value)}
        error={errors.issuer && t(errors.issuer)}
        required
      />
      <TextField
        id="sso-clientId"
        label={t('sso.clientId')}
        value={draft.clientId}
        onChange={(event) => set('clientId', event.target.value)}
        error={errors.clientId && t(errors.clientId)}
        required
      />
      <TextField
        id="sso-clientSecret"
        type="password"
        autoComplete="off"
        label={t('sso.clientSecret')}
        value={draft.clientSecret}
        onChange={(event) => set('clientSecret', event.target.value)}
        error={errors.clientSecret && t(errors.clientSecret)}
      />
      <p className="form-hint">{settings.clientSecretSet ? t('sso.clientSecretKept') : t('sso.clientSecretHint')}</p>
      <TextField
        id="sso-emailClaim"
        label={t('sso.emailClaim')}
        value={draft.emailClaim}
        onChange={(event) => set('emailClaim', event.target.value)}
      />
      <p className="form-hint">{t('sso.emailClaimHint')}</p>
      <TextField
        id="sso-domains"
        label={t('sso.domains')}
        value={draft.domains}
        onChange={(event) => set('domains', event.target.value)}
      />
      <p className="form-hint">{t('sso.domainsHint')}</p>
      <div className="form-group">
        <input
          id="sso-passwordsAllowed"
          type="checkbox"
          className="form-checkbox"
          checked={draft.passwordsAllowed}
          onChange={(event) => set('passwordsAllowed', event.target.checked)}
        />
        <label htmlFor="sso-passwordsAllowed">{t('sso.passwordsAllowed')}</label>
        <p className="form-hint">{t('sso.passwordsAllowedHint')}</p>
      </div>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {save.isPending ? t('sso.saving') : t('sso.save')}
      </button>
    </form>
  );
}
