import { useTranslation } from 'react-i18next';
import { useUnits } from '@/lib/queries/units';
import { NS } from '../i18n';
import type { UnitSummary } from '../types';

/** The unit tree as nested lists, each unit with the number of active people placed directly in it. */
export function UnitTree() {
  const { t } = useTranslation(NS);
  const units = useUnits();
  const children = new Map<string | null, UnitSummary[]>();
  for (const unit of units.data ?? []) {
    const parent = unit.parentId ?? null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ids = new Set((units.data ?? []).map((unit) => unit.id));
  // Top units, and any whose parent is not in the list, start a branch.
  const roots = (units.data ?? []).filter((unit) => !unit.parentId || !ids.has(unit.parentId));

  function branch(list: UnitSummary[]) {
    return (
      <ul>
        {list.map((unit) => (
          <li key={unit.id}>
            {unit.name} <span className="unit-people">({t('units.people', { count: unit.people ?? 0 })})</span>
            {children.has(unit.id) && branch(children.get(unit.id) ?? [])}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby="units-heading">
      <h2 id="units-heading">{t('units.heading')}</h2>
      {units.isPending && <p aria-live="polite">{t('units.loading')}</p>}
      {units.isError && (
        <p className="alert alert-error" role="alert">
          {t('units.loadError')}
        </p>
      )}
      {units.data && (roots.length === 0 ? <p>{t('units.empty')}</p> : branch(roots))}
    </section>
  );
}
