import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/text-area-field';
import { isApiError } from '@/lib/api/api-error';
import { problemType } from '@/lib/api/problem-text';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useDialogue } from '../api/get-dialogue';
import { useSaveRecord } from '../api/save-record';
import { NS } from '../i18n';
import { monthName } from '../month';
import type { TeamDialogue } from '../types';

const MAX = 4000;

/** /lederteam/:id: one month — the guide's questions, the dilemmas beside the value, the team's record, the history. */
export function DialoguePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(NS);
  const dialogue = useDialogue(id);
  if (dialogue.isPending) return <p aria-live="polite">{t('loading')}</p>;
  if (dialogue.isError) return <Missing notFound={isApiError(dialogue.error, 404) || isApiError(dialogue.error, 400)} />;
  // A new version from the server (after a save or a reload) starts the form afresh.
  return <DialogueView key={dialogue.data.version} dialogue={dialogue.data} onReload={() => void dialogue.refetch()} />;
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
        <Link to="/lederteam">{t('detail.back')}</Link>
      </p>
    </>
  );
}

function DialogueView({ dialogue, onReload }: { dialogue: TeamDialogue; onReload: () => void }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const value = format.english && dialogue.valueTitleEn ? dialogue.valueTitleEn : dialogue.valueTitle;
  const month = monthName(dialogue.month, format.locale);
  const title = t('detail.title', { value, month });
  usePageTitle(title);
  const before = format.english && dialogue.beforeEn ? dialogue.beforeEn : dialogue.before;
  const during = format.english && dialogue.duringEn ? dialogue.duringEn : dialogue.during;
  return (
    <>
      <p>
        <Link to="/lederteam">{t('detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="font-lead">
        {t('detail.team', { manager: dialogue.team.managerName, names: dialogue.team.members.map((m) => m.name).join(', ') })}
      </p>
      {dialogue.valueDescription && <p>{dialogue.valueDescription}</p>}
      <h2>{t('detail.before')}</h2>
      <ul>
        {before.map((question) => (
          <li key={question} lang={format.english && dialogue.beforeEn ? undefined : 'da'}>
            {question}
          </li>
        ))}
      </ul>
      <h2>{t('detail.during')}</h2>
      <ol>
        {during.map((question) => (
          <li key={question} lang={format.english && dialogue.duringEn ? undefined : 'da'}>
            {question}
          </li>
        ))}
      </ol>
      {dialogue.dilemmas.length > 0 && (
        <>
          <h2>{t('detail.dilemmas')}</h2>
          <p>{t('detail.dilemmasIntro')}</p>
          {dialogue.dilemmas.map((d) => (
            <details key={d.number}>
              <summary>{t('detail.dilemmaTitle', { number: d.number, title: d.title })}</summary>
              <p lang="da">{d.text}</p>
            </details>
          ))}
        </>
      )}
      <RecordForm dialogue={dialogue} onReload={onReload} />
      <h2>{t('detail.history')}</h2>
      {dialogue.history.length === 0 ? (
        <p>{t('detail.noHistory')}</p>
      ) : (
        dialogue.history.map((h) => (
          <section key={h.id} aria-labelledby={`history-${h.id}`}>
            <h3 id={`history-${h.id}`}>
              <Link to={`/lederteam/${h.id}`}>{monthName(h.month, format.locale)}</Link>
            </h3>
            <dl>
              <dt>{t('detail.holdOn')}</dt>
              <dd>{h.holdOn ?? t('detail.empty')}</dd>
              <dt>{t('detail.doMore')}</dt>
              <dd>{h.doMore ?? t('detail.empty')}</dd>
              <dt>{t('detail.doLess')}</dt>
              <dd>{h.doLess ?? t('detail.empty')}</dd>
            </dl>
          </section>
        ))
      )}
    </>
  );
}

function RecordForm({ dialogue, onReload }: { dialogue: TeamDialogue; onReload: () => void }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const save = useSaveRecord(dialogue.id);
  const [holdOn, setHoldOn] = useState(dialogue.holdOn ?? '');
  const [doMore, setDoMore] = useState(dialogue.doMore ?? '');
  const [doLess, setDoLess] = useState(dialogue.doLess ?? '');
  const stale = problemType(save.error) === 'stale-version';

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ version: dialogue.version ?? 0, holdOn, doMore, doLess });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="record-title">
      <h2 id="record-title">{t('detail.record')}</h2>
      <p>{t('detail.recordIntro')}</p>
      {dialogue.updatedByName && dialogue.updatedAt && (
        <p>{t('detail.lastSaved', { name: dialogue.updatedByName, time: format.dateTime(dialogue.updatedAt) })}</p>
      )}
      <TextAreaField id="record-hold-on" label={t('detail.holdOn')} rows={3} maxLength={MAX} value={holdOn}
        onChange={(event) => setHoldOn(event.target.value)} />
      <TextAreaField id="record-do-more" label={t('detail.doMore')} rows={3} maxLength={MAX} value={doMore}
        onChange={(event) => setDoMore(event.target.value)} />
      <TextAreaField id="record-do-less" label={t('detail.doLess')} rows={3} maxLength={MAX} value={doLess}
        onChange={(event) => setDoLess(event.target.value)} />
      {save.isError && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{stale ? t('detail.stale') : t('detail.failed')}</p>
          </div>
        </div>
      )}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('detail.save')}
      </button>{' '}
      {stale && (
        <button type="button" className="button button-secondary" onClick={onReload}>
          {t('detail.reload')}
        </button>
      )}
    </form>
  );
}
