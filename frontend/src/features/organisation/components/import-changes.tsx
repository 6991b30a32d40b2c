import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { NS } from '../i18n';
import type { OrgImportResult, OrgImportSummary } from '../types';

const SUMMARY_KEYS: (keyof OrgImportSummary)[] = [
  'unitsCreated',
  'unitsMoved',
  'peopleCreated',
  'peopleUpdated',
  'peopleMoved',
  'peopleDeactivated',
  'peopleUnchanged',
  'accountsCreated',
  'accountsUpdated',
  'accountsDeactivated',
];

/** Rows shown per table: a whole municipality created at once would otherwise be 50,000 rows in the page. */
export const SHOWN = 500;

/** What an import changes: the counts, then a table each for units, people and logins that change. */
export function ImportChanges({ result }: { result: OrgImportResult }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const shown = (count: number) =>
    count > SHOWN ? <p className="import-shown">{t('preview.shown', { shown: format.integer(SHOWN), count: format.integer(count) })}</p> : null;
  const was = (value: string | null | undefined) => (value ? <div className="import-was">{t('preview.was', { value })}</div> : null);
  const roles = (list: string[]) => (list.length > 0 ? list.join(', ') : t('preview.none'));

  return (
    <>
      <p>{t('preview.rows', { count: result.rows })}</p>
      <table className="table table--compact">
        <caption>{t('preview.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.kind')}</th>
            <th scope="col">{t('preview.count')}</th>
          </tr>
        </thead>
        <tbody>
          {SUMMARY_KEYS.filter((key) => (result.summary[key] ?? 0) > 0).map((key) => (
            <tr key={key}>
              <th scope="row">{t(`preview.summary.${key}`)}</th>
              <td>{result.summary[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {result.units.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>{t('preview.unitsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.unit')}</th>
                <th scope="col">{t('preview.parent')}</th>
                <th scope="col">{t('preview.change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.units.slice(0, SHOWN).map((unit) => (
                <tr key={unit.name}>
                  <th scope="row">{unit.name}</th>
                  <td>
                    {unit.parent}
                    {was(unit.previousParent)}
                  </td>
                  <td>{t(`preview.unitChange.${unit.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown(result.units.length)}
        </div>
      )}

      {result.people.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>{t('preview.peopleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.line')}</th>
                <th scope="col">{t('preview.name')}</th>
                <th scope="col">{t('preview.email')}</th>
                <th scope="col">{t('preview.personUnit')}</th>
                <th scope="col">{t('preview.manager')}</th>
                <th scope="col">{t('preview.change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.people.slice(0, SHOWN).map((person) => (
                <tr key={person.email}>
                  <td>{person.line}</td>
                  <th scope="row">
                    {person.name}
                    {was(person.previousName)}
                  </th>
                  <td>{person.email}</td>
                  <td>
                    {person.unit}
                    {was(person.previousUnit)}
                  </td>
                  <td>
                    {person.managerEmail}
                    {was(person.previousManagerEmail)}
                  </td>
                  <td>{person.changes.map((change) => t(`preview.personChange.${change}`)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown(result.people.length)}
        </div>
      )}

      {result.accounts.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption>{t('preview.accountsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.email')}</th>
                <th scope="col">{t('preview.roles')}</th>
                <th scope="col">{t('preview.previousRoles')}</th>
                <th scope="col">{t('preview.change')}</th>
              </tr>
            </thead>
            <tbody>
              {result.accounts.slice(0, SHOWN).map((account) => (
                <tr key={account.email}>
                  <th scope="row">{account.email}</th>
                  <td>{roles(account.roles)}</td>
                  <td>{roles(account.previousRoles)}</td>
                  <td>{t(`preview.accountChange.${account.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown(result.accounts.length)}
        </div>
      )}
      {(result.summary.accountsCreated ?? 0) > 0 && <p>{t('preview.noPasswordNote')}</p>}
    </>
  );
}
