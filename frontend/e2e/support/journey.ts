import type { ParsedMail } from 'mailparser';

/** The second Pejling of the e2e run (see playwright.config.ts): a new installation with no demo. */
export const journey = {
  baseURL: `http://localhost:${process.env.PEJLING_E2E_JOURNEY_PORT ?? '0'}`,
  issuer: `http://127.0.0.1:${process.env.PEJLING_E2E_OIDC_PORT ?? '0'}/vesterby`,
  operator: 'drift@vesterby-drift.dk',
};

/** The token of a set-password link, `<base-url>/adgangskode#<token>`. */
export function passwordToken(mail: ParsedMail): string {
  const match = /\/adgangskode#([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`No set-password link in the mail "${mail.subject ?? ''}"`);
  return match[1];
}
