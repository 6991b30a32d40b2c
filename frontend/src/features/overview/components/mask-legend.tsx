import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { MaskReason } from '../types';

const REASONS: MaskReason[] = ['BELOW_THRESHOLD', 'DIFFERENCING', 'NO_ANSWERS'];

/** How to read the heatmap: the markers, the shading, and why cells are hidden (A1, A7), in plain Danish. */
export function MaskLegend({ k }: { k: number | undefined }) {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="overview-legend-heading" className="overview-legend">
      <h2 id="overview-legend-heading">{t('legend.heading')}</h2>
      <ul>
        <li>{t('legend.high')}</li>
        <li>{t('legend.low')}</li>
        <li>{t('legend.shading')}</li>
      </ul>
      <h3>{t('legend.maskedHeading')}</h3>
      <p>{t('legend.maskedIntro')}</p>
      <dl className="overview-reasons">
        {REASONS.map((reason) => (
          <div key={reason}>
            <dt>{t(`mask.${reason}`)}</dt>
            <dd>{reason === 'BELOW_THRESHOLD' && k == null ? t('maskExplain.BELOW_THRESHOLD_noK') : t(`maskExplain.${reason}`, { k })}</dd>
          </div>
        ))}
      </dl>
      <p>{t('legend.stillCount')}</p>
    </section>
  );
}
