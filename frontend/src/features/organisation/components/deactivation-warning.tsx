import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';
import type { PersonChange } from '../types';

/** How many of the people to be deactivated the warning names; the table of changes has them all. */
export const LISTED = 100;

/**
 * The people an import would deactivate, before anything is applied: a warning with the count and the names, since
 * a file that leaves out a whole department is the costliest mistake an import can make.
 */
export function DeactivationWarning({ people }: { people: PersonChange[] }) {
  const { t } = useTranslation(NS);
  const deactivated = people.filter((person) => person.changes.includes('DEACTIVATED'));
  if (deactivated.length === 0) return null;
  const listed = deactivated.slice(0, LISTED);
  return (
    <div className="alert alert-warning mt-5 mb-5" aria-labelledby="import-deactivation-heading" role="region">
      <div className="alert-body">
        <h4 className="alert-heading" id="import-deactivation-heading">
          {t('preview.deactivation.heading', { count: deactivated.length })}
        </h4>
        <p className="alert-text">{t('preview.deactivation.text', { count: deactivated.length })}</p>
        <ul className="import-deactivated">
          {listed.map((person) => (
            <li key={person.email}>
              {person.unit
                ? t('preview.deactivation.personInUnit', { name: person.name, email: person.email, unit: person.unit })
                : t('preview.deactivation.person', { name: person.name, email: person.email })}
            </li>
          ))}
        </ul>
        {deactivated.length > listed.length && (
          <p className="alert-text">{t('preview.deactivation.more', { count: deactivated.length - listed.length })}</p>
        )}
      </div>
    </div>
  );
}
