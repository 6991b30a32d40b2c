import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * A small SMTP server for the e2e run, so that specs can read the real invitation mails (and their survey links).
 * Started once, in the Playwright runner process, before the backend; every message received is written as
 * <n>.eml into a temp dir. Its port and dir go into the environment, which the backend and the workers inherit.
 */
export function startMailCatcher(): { port: number; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pejling-e2e-mail-'));
  const port = freePort();
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        writeFileSync(join(dir, `${String(count).padStart(5, '0')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  server.listen(port, '127.0.0.1');
  // The runner must be free to exit when the tests are done.
  server.server.unref();
  process.on('exit', () => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { port, dir };
}

/** A port that is free now: the config is evaluated synchronously, so ask a short-lived child process. */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf-8' }));
}
