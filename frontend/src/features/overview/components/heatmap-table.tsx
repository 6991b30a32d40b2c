import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { MaskReason, Overview, OverviewCell, OverviewRow, OverviewValue } from '../types';

/**
 * How far from the organisation's mean for the same value a cell lies, in steps the colour and the words share:
 * clearly below (−0,5 or more), below (−0,2), about the same, above, clearly above. Low stands out most.
 */
export type Band = 'low2' | 'low1' | 'same' | 'high1' | 'high2';

export function band(difference: number): Band {
  if (difference <= -0.5) return 'low2';
  if (difference <= -0.2) return 'low1';
  if (difference >= 0.5) return 'high2';
  if (difference >= 0.2) return 'high1';
  return 'same';
}

/** A short header for a value: its number and the first words, the full title on focus and hover. */
function shortTitle(title: string, index: number): string {
  const words = title.split(/\s+/);
  let short = '';
  for (const word of words) {
    if ((short + ' ' + word).trim().length > 22) break;
    short = (short + ' ' + word).trim();
  }
  return `${index + 1}. ${short || title.slice(0, 22)}${short.length < title.length ? ' …' : ''}`;
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
  // The organisation's mean per value: the first row. Cells are coloured by their distance from it.
  const reference = new Map((overview.rows[0]?.cells ?? []).filter((cell) => cell.mean != null).map((cell) => [cell.valueId, cell.mean!]));

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
            {overview.values.map((value, index) => {
              const title = valueTitle(value, numbers.english);
              return (
                <th scope="col" key={value.valueId} className="overview-value-head">
                  <span className="overview-value-short" tabIndex={0}>
                    <span aria-hidden="true">{shortTitle(title, index)}</span>
                    <span className="sr-only">{title}</span>
                    <span className="overview-tooltip" aria-hidden="true">
                      {title}
                    </span>
                  </span>
                </th>
              );
            })}
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
                  <HeatmapCell
                    key={value.valueId}
                    cell={row.cells.find((cell) => cell.valueId === value.valueId)}
                    rowMask={row.masked}
                    reference={index === 0 ? undefined : reference.get(value.valueId)}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function HeatmapCell({ cell, rowMask, reference }: { cell: OverviewCell | undefined; rowMask: MaskReason | undefined; reference: number | undefined }) {
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
  // Rounded first, so that the words, the colour and the printed difference always agree.
  const difference = reference === undefined ? undefined : Math.round((mean - reference) * 10) / 10;
  const level = difference === undefined ? undefined : band(difference);
  return (
    <td className={`overview-cell overview-band-${level ?? 'reference'}`}>
      <span className="overview-mean">{numbers.decimal(mean)}</span>
      {difference !== undefined && level && (
        <span className="overview-difference">
          {level !== 'same' && (
            <span aria-hidden="true" className="overview-marker">
              {level.startsWith('low') ? '▼' : '▲'}
            </span>
          )}
          {t(`heatmap.band.${level}`, { difference: numbers.signed(difference) })}
        </span>
      )}
      <span className="overview-n">{t('heatmap.n', { n: cell.n ?? 0 })}</span>
    </td>
  );
}
