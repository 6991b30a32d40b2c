import { useTranslation } from 'react-i18next';
import { readerContext } from '@/lib/reader';
import { NS } from '../i18n';
import type { LeaderReport } from '../types';

/** Stories per value, in the server's random order, with nothing that dates them (A2); self and manager labelled (A3). */
export function Stories({ report }: { report: LeaderReport }) {
  const { t, i18n } = useTranslation(NS);
  const english = i18n.language?.startsWith('en');
  const hasAny = report.values.some((value) => value.stories.length > 0);
  return (
    <section aria-labelledby="report-stories-heading">
      <h2 id="report-stories-heading">{t('report.stories.heading')}</h2>
      <p>{t('report.stories.intro')}</p>
      {report.storiesShown === false && (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{t('report.storiesHidden', { k: report.kStory ?? report.k ?? 5 })}</p>
          </div>
        </div>
      )}
      {(hasAny || report.storiesShown !== false) &&
        report.values.map((value) => {
          const title = (english && value.titleEn) || value.title;
          return (
            <section key={value.valueId} aria-labelledby={`stories-${value.valueId}`}>
              <h3 id={`stories-${value.valueId}`}>{t('report.stories.value', { value: title })}</h3>
              {value.stories.length === 0 ? (
                <p>{t('report.stories.none')}</p>
              ) : (
                <ul className="nobullet-list report-stories">
                  {value.stories.map((story, index) => (
                    <li key={index}>
                      <blockquote className="report-story">
                        {story.group !== 'EMPLOYEE' && <p className="report-story__label">{t(`report.stories.${story.group}`, { context: readerContext(report.relation) })}</p>}
                        <p>{story.text}</p>
                      </blockquote>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
    </section>
  );
}
