import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** Waits (≤ timeoutMs) for the mail catcher to receive a mail to the address, and returns it parsed. */
export async function waitForMail(to: string, match: (mail: ParsedMail) => boolean = () => true, timeoutMs = 30_000): Promise<ParsedMail> {
  const dir = process.env.PEJLING_E2E_MAIL_DIR;
  if (!dir) throw new Error('PEJLING_E2E_MAIL_DIR is not set: the mail catcher runs from playwright.config.ts');
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  for (;;) {
    for (const file of readdirSync(dir).sort()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const mail = await simpleParser(readFileSync(join(dir, file)));
      const recipients = [mail.to].flat().flatMap((address) => address?.value ?? []);
      if (recipients.some((recipient) => recipient.address?.toLowerCase() === to.toLowerCase()) && match(mail)) return mail;
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The survey token from an invitation's link, `<base-url>/s#<token>`. */
export function surveyToken(mail: ParsedMail): string {
  const match = /\/s#([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`No survey link in the mail "${mail.subject ?? ''}"`);
  return match[1];
}
