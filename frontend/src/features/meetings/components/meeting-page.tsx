import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { TextAreaField } from '@/components/text-area-field';
import { isApiError } from '@/lib/api/api-error';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useCloseMeeting } from '../api/close-meeting';
import { useMeeting } from '../api/get-meeting';
import { useRemindMeeting } from '../api/remind-meeting';
import { useShareMeeting } from '../api/share-meeting';
import { NS } from '../i18n';
import { participantUrl } from '../meeting-link';
import type { Meeting } from '../types';
import { LinkQrCode } from './link-qr-code';
import { ResultView } from './result-view';
import '../meetings.css';

/** /moeder/:id: one meeting evaluation — the participants' link while open, the result once closed, the sharing. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const meeting = useMeeting(id);
  if (meeting.isPending) return <p aria-live="polite">{t('loading')}</p>;
  if (meeting.isError) return <Missing notFound={isApiError(meeting.error, 404) || isApiError(meeting.error, 400)} />;
  return <MeetingView meeting={meeting.data} />;
}

function Missing({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  return (
    <>
      <h1>{t('list.title')}</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{notFound ? t('notFound') : t('loadError')}</p>
        </div>
      </div>
      <p>
        <Link to="/moeder">{t('detail.back')}</Link>
      </p>
    </>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  usePageTitle(meeting.name);
  const value = format.english && meeting.valueTitleEn ? meeting.valueTitleEn : meeting.valueTitle;
  return (
    <>
      <p>
        <Link to="/moeder">{t('detail.back')}</Link>
      </p>
      <h1>{meeting.name}</h1>
      <p className="font-lead">{t('detail.meta', { date: format.localDate(meeting.meetingDate, 'long'), leader: meeting.leaderName })}</p>
      <p>{t('detail.value', { value })}</p>
      {meeting.open && meeting.own && meeting.link && <ParticipantLink meeting={meeting} link={meeting.link} />}
      {meeting.open && meeting.byMail && <p>{t('detail.byMail', { date: format.dateTime(meeting.closesAt, 'long') })}</p>}
      {meeting.open && meeting.own && meeting.byMail && <Reminder meeting={meeting} />}
      {meeting.open && (
        <p role="status">
          {meeting.thresholdReached ? t('detail.thresholdReached', { k: meeting.k }) : t('detail.thresholdNotReached', { k: meeting.k })}
        </p>
      )}
      {meeting.open && meeting.own && <CloseButton id={meeting.id} />}
      {meeting.result && (
        <>
          <h2>{t('result.title')}</h2>
          <ResultView result={meeting.result} k={meeting.k ?? 3} />
        </>
      )}
      {meeting.own && <Sharing meeting={meeting} />}
    </>
  );
}

function ParticipantLink({ meeting, link }: { meeting: Meeting; link: string }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const url = participantUrl(link);
  return (
    <>
      <h2>{t('detail.link')}</h2>
      <p>{t('detail.linkIntro')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="meeting-link">
          {t('detail.linkLabel')}
        </label>
        <input id="meeting-link" className="form-input meeting-link" readOnly value={url} onFocus={(e) => e.target.select()} />
      </div>
      <LinkQrCode url={url} />
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        >
          {t('detail.copy')}
        </button>
      </p>
      <p aria-live="polite">{copied ? t('detail.copied') : ''}</p>
      <p>{t('detail.closesAt', { date: format.dateTime(meeting.closesAt, 'long') })}</p>
    </>
  );
}

const REFUSALS = ['byMail', 'open', 'remindedAt'] as const;

/** One reminder to the invitees whose link is unused; the leader learns neither who nor how many it reaches. */
function Reminder({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const remind = useRemindMeeting(meeting.id);
  const field = isApiError(remind.error, 409) ? remind.error.problem?.errors?.[0]?.field : undefined;
  const refusal = REFUSALS.find((reason) => reason === field);
  return (
    <section aria-labelledby="meeting-reminder">
      <h2 id="meeting-reminder">{t('reminder.title')}</h2>
      {meeting.remindedAt ? (
        <p role="status">{t('reminder.sent', { date: format.dateTime(meeting.remindedAt, 'long') })}</p>
      ) : (
        <>
          <p>{t('reminder.intro')}</p>
          <button type="button" className="button button-secondary" disabled={remind.isPending} onClick={() => remind.mutate()}>
            {t('reminder.send')}
          </button>
        </>
      )}
      {remind.isError && (
        <p className="form-error-message" role="alert">
          {refusal ? t(`reminder.refused.${refusal}`) : t('reminder.failed')}
        </p>
      )}
    </section>
  );
}

function CloseButton({ id }: { id: string }) {
  const { t } = useTranslation(NS);
  const close = useCloseMeeting(id);
  return (
    <>
      <p>{t('detail.closeHint')}</p>
      <button type="button" className="button button-primary" disabled={close.isPending} onClick={() => close.mutate()}>
        {t('detail.close')}
      </button>
      {close.isError && (
        <p className="form-error-message" role="alert">
          {t('detail.closeFailed')}
        </p>
      )}
    </>
  );
}

function Sharing({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation(NS);
  const share = useShareMeeting(meeting.id);
  const [emails, setEmails] = useState(() => (meeting.sharedWith ?? []).map((s) => s.email).join('\n'));
  const errors = formErrors(share.error, [], t('detail.shareFailed'));

  function submit(event: FormEvent) {
    event.preventDefault();
    const list = emails.split(/[\s,;]+/).map((e) => e.trim()).filter((e) => e !== '');
    share.mutate(list);
  }

  const shared = meeting.sharedWith ?? [];
  return (
    <>
      <h2>{t('detail.share')}</h2>
      <p>{t('detail.shareIntro')}</p>
      <h3>{t('detail.sharedWith')}</h3>
      {shared.length === 0 ? (
        <p>{t('detail.sharedWithNobody')}</p>
      ) : (
        <ul>
          {shared.map((s) => (
            <li key={s.personId}>
              {s.name} ({s.email})
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <FormProblems messages={errors.other} />
        <TextAreaField id="meeting-share" label={t('detail.shareEmails')} hint={t('detail.shareHint')} rows={3}
          value={emails} onChange={(event) => setEmails(event.target.value)} />
        <button type="submit" className="button button-secondary" disabled={share.isPending}>
          {t('detail.shareSubmit')}
        </button>
        <p aria-live="polite">{share.isSuccess ? t('detail.shareSaved') : ''}</p>
      </form>
    </>
  );
}
