import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { MaskReason, Overview, OverviewCell, OverviewRow, OverviewValue } from '../types';

/** From this mean a cell is marked high, below LOW it is marked low; the legend says the same in words. */
export const HIGH = 4.0;
export const LOW = 3.0;

/** A light shade per half step of the scale; every shade keeps dark text above 4.5:1 (WCAG 1.4.3). */
function shade(mean: number): string {
  const step = Math.min(8, Math.max(0, Math.floor((mean - 1) * 2)));
  return `overview-shade-${step}`;
}

export function valueTitle(value: Pick<OverviewValue, 'title' | 'titleEn'>, english: boolean): string {
  return (english && value.titleEn) || value.title;
}

/** Units as a tree (indented by depth) × values: employee mean with n, or why the cell is hidden (A1, A7). */
export function HeatmapTable({ overview }: { overview: Overview }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const names = new Map(overview.rows.filter((row) => row.unitId).map((row) => [row.unitId, row.unitName]));
  const organisation = overview.rows[0]?.unitName ?? '';

  const parentName = (row: OverviewRow, index: number) => {
    if (index === 0) return undefined;
    return (row.parentUnitId && names.get(row.parentUnitId)) || organisation;
  };

  return (
    <div className="overview-scroll" role="region" aria-labelledby="overview-heatmap-caption" tabIndex={0}>
      <table className="table overview-heatmap">
        <caption id="overview-heatmap-caption">{t('heatmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.unit')}</th>
            {overview.values.map((value) => (
              <th scope="col" key={value.valueId}>
                {valueTitle(value, numbers.english)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row, index) => {
            const parent = parentName(row, index);
            return (
              <tr key={row.unitId ?? 'organisation'} className={index === 0 ? 'overview-organisation' : undefined}>
                <th scope="row" className={`overview-unit overview-depth-${Math.min(row.depth ?? 0, 8)}`}>
                  {row.unitName}
                  {parent && <span className="sr-only">{`, ${t('heatmap.under', { parent })}`}</span>}
                </th>
                {overview.values.map((value) => (
                  <HeatmapCell key={value.valueId} cell={row.cells.find((cell) => cell.valueId === value.valueId)} rowMask={row.masked} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function HeatmapCell({ cell, rowMask }: { cell: OverviewCell | undefined; rowMask: MaskReason | undefined }) {
  const { t } = useTranslation(NS);
  const numbers = useFormat();
  const masked: MaskReason | undefined = cell?.masked ?? rowMask ?? (cell?.mean == null ? 'NO_ANSWERS' : undefined);
  if (masked || cell?.mean == null) {
    return (
      <td className={`overview-masked overview-masked-${masked ?? 'NO_ANSWERS'}`}>
        <span className="overview-reason">{t(`mask.${masked ?? 'NO_ANSWERS'}`)}</span>
      </td>
    );
  }
  const mean = cell.mean;
  const level = mean >= HIGH ? 'high' : mean < LOW ? 'low' : undefined;
  return (
    <td className={`overview-cell ${shade(mean)}`}>
      <span className="overview-mean">
        {level && (
          <>
            <span aria-hidden="true" className="overview-marker">
              {level === 'high' ? '▲' : '▼'}
            </span>
            <span className="sr-only">{`${t(`heatmap.${level}`)}: `}</span>
          </>
        )}
        {numbers.decimal(mean)}
      </span>
      <span className="overview-n">{t('heatmap.n', { n: cell.n ?? 0 })}</span>
    </td>
  );
}
