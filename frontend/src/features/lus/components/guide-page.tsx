import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { useDownloadGuideDocx } from '@/lib/queries/guide-docx';
import { reportPaths } from '@/lib/queries/reports';
import { readerContext } from '@/lib/reader';
import { usePageTitle } from '@/lib/use-page-title';
import { useGuide } from '../api/get-guide';
import { NS } from '../i18n';
import type { ConversationGuide, GuideStatement, GuideValue } from '../types';
import { Loading, PageProblem } from './page-problem';
import '../lus.css';

/** /rapporter/:roundId/:leaderId/samtale: the conversation guide for the LUS (L1, L2), printable. */
export function GuidePage() {
  const { t } = useTranslation(NS);
  const { roundId = '', leaderId = '' } = useParams();
  const guide = useGuide(roundId, leaderId);
  const fallbackTitle = t('guide.title', { name: '' }).replace(/[:\s]+$/, '');
  if (guide.isPending) return <Loading title={fallbackTitle} />;
  if (guide.isError) return <PageProblem title={fallbackTitle} error={guide.error} reportPath={reportPaths.report(roundId, leaderId)} />;
  return <GuideView guide={guide.data} />;
}

function GuideView({ guide }: { guide: ConversationGuide }) {
  const { t } = useTranslation(NS);
  const { english } = useFormat();
  const context = readerContext(guide.relation);
  const docx = useDownloadGuideDocx(guide.roundId, guide.leaderId);
  const title = t('guide.title', { name: guide.leaderName });
  usePageTitle(title);
  return (
    <div className="lus-guide">
      <p className="lus-no-print">
        <Link to={reportPaths.report(guide.roundId, guide.leaderId)}>{t('backToReport')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="font-lead">{t('guide.intro', { context })}</p>
      <p className="lus-actions lus-no-print">
        <button type="button" className="button button-secondary" onClick={() => docx.mutate()} disabled={docx.isPending}>
          {docx.isPending ? t('guide.docxLoading') : t('guide.docx')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
        <Link className="button button-secondary" to={reportPaths.plan(guide.roundId, guide.leaderId)}>
          {t('guide.toPlan', { context })}
        </Link>
      </p>
      {docx.isError && (
        <p className="alert alert-error lus-no-print" role="alert">
          {t('guide.docxError')}
        </p>
      )}
      {guide.basis !== 'EMPLOYEES' && (
        <div className="alert alert-info" role="note">
          <div className="alert-body">
            <p className="alert-text">{t(`guide.basis.${guide.basis}`, { k: guide.k, context })}</p>
          </div>
        </div>
      )}

      <section aria-labelledby="guide-questions">
        <h2 id="guide-questions">{t('guide.questions')}</h2>
        <ol className="lus-questions">
          {guide.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="guide-values">
        <h2 id="guide-values">{t('guide.values')}</h2>
        {guide.values.map((value) => (
          <GuideValueCard key={value.valueId} value={value} english={english} context={context} />
        ))}
      </section>

      <section aria-labelledby="guide-dilemmas">
        <h2 id="guide-dilemmas">{t('guide.dilemmas')}</h2>
        {guide.dilemmas.length === 0 ? (
          <p>{t('guide.noDilemmas')}</p>
        ) : (
          <>
            <p>{t('guide.dilemmasIntro', { context })}</p>
            {guide.dilemmas.map((dilemma) => (
              <article key={dilemma.number ?? dilemma.title} className="lus-dilemma" aria-labelledby={`dilemma-${dilemma.number}`}>
                <h3 id={`dilemma-${dilemma.number}`}>
                  {dilemma.number === undefined ? dilemma.title : t('guide.dilemmaTitle', { number: dilemma.number, title: dilemma.title })}
                </h3>
                <p className="lus-dilemma__text">{dilemma.text}</p>
                {dilemma.throughValues.length > 0 && (
                  <p>
                    <strong>{t('guide.throughValues', { values: dilemma.throughValues.join(', ') })}</strong>
                  </p>
                )}
                {dilemma.kodeksPoints.length > 0 && <p className="form-hint">{t('guide.kodeksPoints', { points: dilemma.kodeksPoints.join(', ') })}</p>}
              </article>
            ))}
          </>
        )}
      </section>
    </div>
  );
}

function GuideValueCard({ value, english, context }: { value: GuideValue; english: boolean; context: 'about' | undefined }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const title = (english && value.titleEn) || value.title;
  return (
    <section className={value.weak ? 'lus-value lus-value--weak' : 'lus-value'} aria-labelledby={`guide-value-${value.valueId}`}>
      <h3 id={`guide-value-${value.valueId}`}>
        {title}
        {value.weak && (
          <>
            {' '}
            <span className="badge lus-weak-badge">{t('guide.weak')}</span>
          </>
        )}
      </h3>
      {value.weak && <p className="lus-weak-hint">{t('guide.weakHint', { context })}</p>}
      {(isNumber(value.mean) || isNumber(value.self)) && (
        <dl className="lus-figures">
          {isNumber(value.mean) && (
            <div>
              <dt>{t('guide.mean')}</dt>
              <dd>{numbers.decimal(value.mean)}</dd>
            </div>
          )}
          {isNumber(value.self) && (
            <div>
              <dt>{t('guide.self')}</dt>
              <dd>{numbers.decimal(value.self)}</dd>
            </div>
          )}
        </dl>
      )}
      <dl className="lus-statements">
        {value.strongest && <StatementRow label={t('guide.strongest')} statement={value.strongest} english={english} />}
        {value.weakest && <StatementRow label={t('guide.weakest')} statement={value.weakest} english={english} />}
      </dl>
    </section>
  );
}

function isNumber(value: number | null | undefined): value is number {
  return value !== undefined && value !== null;
}

/** A statement with its figures, each named: the employees' mean and the self-assessment are never confused. */
function StatementRow({ label, statement, english }: { label: string; statement: GuideStatement; english: boolean }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const figures = [
    isNumber(statement.mean) ? t('guide.statementFigures', { mean: numbers.decimal(statement.mean) }) : null,
    isNumber(statement.self) ? t('guide.statementSelf', { self: numbers.decimal(statement.self) }) : null,
  ].filter(Boolean);
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {(english && statement.textEn) || statement.text}
        {figures.length > 0 && (
          <>
            {' ('}
            {figures.join(', ')}
            {')'}
          </>
        )}
      </dd>
    </div>
  );
}
