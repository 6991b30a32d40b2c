import { useTranslation } from 'react-i18next';
import { COLUMNS, EXAMPLE_CSV } from '../example';
import { NS } from '../i18n';

/** The file format in short: the columns, and an example to copy. */
export function ImportHelp() {
  const { t } = useTranslation(NS);
  return (
    <section aria-labelledby="import-help-heading">
      <h2 id="import-help-heading">{t('help.heading')}</h2>
      <p>{t('help.intro')}</p>
      <table className="table table--compact">
        <caption className="sr-only">{t('help.columnsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('help.column')}</th>
            <th scope="col">{t('help.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map((column) => (
            <tr key={column.header}>
              <th scope="row">
                <code>{column.header}</code>
              </th>
              <td>{t(`help.${column.help}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('help.englishHeaders')}</p>
      <h3 id="import-example-heading">{t('help.exampleHeading')}</h3>
      <pre className="csv-example" tabIndex={0}>
        <code>{EXAMPLE_CSV}</code>
      </pre>
    </section>
  );
}
