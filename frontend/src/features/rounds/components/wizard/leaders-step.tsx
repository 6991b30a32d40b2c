import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { SelectField } from '@/components/select-field';
import { formErrors } from '@/lib/form-errors';
import { useFormat } from '@/lib/format';
import { useUnits } from '@/lib/queries/units';
import { useAddEvaluees } from '../../api/add-evaluees';
import { useRemoveEvaluee } from '../../api/remove-evaluee';
import { useAddDefaultPeers } from '../../api/peers';
import { useSetEmployees } from '../../api/set-employees';
import { NS } from '../../i18n';
import type { Evaluee, Round, UnitSummary } from '../../types';
import { AddRespondent } from './add-respondent';
import { BelowThresholdWarning } from './below-threshold-warning';
import { PeerList } from './peer-list';

/** Units in tree order with their depth, for an indented list of options. */
function withDepth(units: UnitSummary[]): { unit: UnitSummary; depth: number }[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const depth = (unit: UnitSummary, seen = 0): number => {
    const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    return parent && seen < 20 ? 1 + depth(parent, seen + 1) : 0;
  };
  return units.map((unit) => ({ unit, depth: depth(unit) }));
}

/** Step 2: leaders are added by unit (the server adds the unit's leaders with their employees); HR can trim. */
export function LeadersStep({ round, onBack, onDone }: { round: Round; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const units = useUnits();
  const add = useAddEvaluees(round.id);
  const remove = useRemoveEvaluee(round.id);
  const setEmployees = useSetEmployees(round.id);
  const defaultPeers = useAddDefaultPeers(round.id);
  const [peerError, setPeerError] = useState<unknown>();
  const [unitId, setUnitId] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [status, setStatus] = useState('');

  const addErrors = formErrors(add.error, [], t('unexpectedError'));
  // The server names the unit or the leaders it could not use; both belong to the unit list here.
  const unitError = localError ?? (add.error ? addErrors.other.map((m) => m.replace(/^(unitIds|leaderIds)(\[\d+\])?: /, '')).join(' ') : undefined);
  const changeErrors = formErrors(remove.error ?? setEmployees.error ?? defaultPeers.error ?? peerError, [], t('unexpectedError'));

  function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!unitId) {
      setLocalError(t('leaders.errors.unit'));
      return;
    }
    setLocalError(undefined);
    const before = round.evaluees.length;
    add.mutate(
      { unitIds: [unitId] },
      { onSuccess: (updated) => setStatus(t('leaders.added', { count: updated.evaluees.length - before, total: updated.evaluees.length })) },
    );
  }

  function removeLeader(evaluee: Evaluee) {
    setEmployees.reset();
    remove.mutate(evaluee.leaderId, { onSuccess: () => setStatus(t('leaders.removed', { name: evaluee.name })) });
  }

  function addEmployee(evaluee: Evaluee, person: { id: string; name: string }) {
    remove.reset();
    const personIds = [...evaluee.employees.map((employee) => employee.id), person.id];
    setEmployees.mutate(
      { leaderId: evaluee.leaderId, personIds },
      { onSuccess: () => setStatus(t('leaders.employeeAdded', { name: person.name, leader: evaluee.name })) },
    );
  }

  function removeEmployee(evaluee: Evaluee, personId: string, name: string) {
    remove.reset();
    const personIds = evaluee.employees.filter((employee) => employee.id !== personId).map((employee) => employee.id);
    setEmployees.mutate(
      { leaderId: evaluee.leaderId, personIds },
      { onSuccess: () => setStatus(t('leaders.employeeRemoved', { name, leader: evaluee.name })) },
    );
  }

  return (
    <>
      <p>{t('leaders.intro')}</p>
      <form onSubmit={handleAdd} noValidate className="round-add-unit">
        <SelectField
          id="round-unit"
          label={t('leaders.unit')}
          hint={t('leaders.unitHint')}
          error={unitError}
          value={unitId}
          onChange={setUnitId}
          after={
            units.isError && (
              <p className="alert alert-error" role="alert">
                {t('leaders.unitsError')}
              </p>
            )
          }
        >
          <option value="">{units.isPending ? t('loading') : t('leaders.unitChoose')}</option>
          {withDepth(units.data ?? []).map(({ unit, depth }) => (
            <option key={unit.id} value={unit.id}>
              {'\u2003'.repeat(depth)}
              {unit.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-secondary" disabled={add.isPending}>
          {add.isPending ? t('wizard.saving') : t('leaders.add')}
        </button>
      </form>

      <div role="status" className="sr-only">
        {status}
      </div>
      <FormProblems messages={changeErrors.other} />

      <h3>{t('leaders.heading', { count: round.evaluees.length })}</h3>
      <BelowThresholdWarning round={round} />
      {round.evaluees.length === 0 ? (
        <p>{t('leaders.empty')}</p>
      ) : (
        <>
          <p className="form-hint">{t('leaders.employeesHint')}</p>
          <div className="round-peer-defaults">
            <p className="form-hint">{t('peers.hint', { k: round.kPeer })}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={defaultPeers.isPending}
              onClick={() => {
                setPeerError(undefined);
                defaultPeers.mutate(undefined, { onSuccess: () => setStatus(t('peers.defaultsAdded')) });
              }}
            >
              {t('peers.defaults')}
            </button>
          </div>
          <ul className="nobullet-list round-evaluees">
            {round.evaluees.map((evaluee) => (
              <li key={evaluee.leaderId} className="round-evaluee">
                <div className="round-evaluee-head">
                  <h4>
                    {evaluee.name}
                    {evaluee.unit && <span className="round-evaluee-unit">{t('leaders.unitOf', { unit: evaluee.unit })}</span>}
                  </h4>
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => removeLeader(evaluee)}
                    disabled={remove.isPending}
                    aria-label={t('leaders.removeLeaderLabel', { name: evaluee.name })}
                  >
                    {t('leaders.removeLeader')}
                  </button>
                </div>
                <details>
                  <summary>{t('leaders.employees', { count: evaluee.employees.length, name: evaluee.name })}</summary>
                  {evaluee.employees.length === 0 ? (
                    <p>{t('leaders.noEmployees')}</p>
                  ) : (
                    <ul className="nobullet-list round-employees">
                      {evaluee.employees.map((employee) => (
                        <li key={employee.id}>
                          <span>{employee.name}</span>
                          <button
                            type="button"
                            className="button button-tertiary"
                            onClick={() => removeEmployee(evaluee, employee.id, employee.name)}
                            disabled={setEmployees.isPending}
                            aria-label={t('leaders.removeEmployeeLabel', { name: employee.name, leader: evaluee.name })}
                          >
                            {t('leaders.removeEmployee')}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                  <AddRespondent evaluee={evaluee} busy={setEmployees.isPending} onAdd={(person) => addEmployee(evaluee, person)} />
                </details>
                <PeerList
                  roundId={round.id}
                  evaluee={evaluee}
                  onStatus={(message) => {
                    setPeerError(undefined);
                    setStatus(message);
                  }}
                  onError={setPeerError}
                />
                {round.confirmRespondents && (
                  <p className="round-confirmed">
                    {evaluee.confirmedAt ? t('leaders.confirmed', { date: format.dateTime(evaluee.confirmedAt) }) : t('leaders.notConfirmed')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('wizard.continue')}
        </button>
        <button type="button" className="button button-secondary" onClick={onBack}>
          {t('wizard.back')}
        </button>
      </div>
    </>
  );
}
