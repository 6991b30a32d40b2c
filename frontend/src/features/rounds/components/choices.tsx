import type { ReactNode } from 'react';
import { FieldGroup } from '@/components/form-field';

/** A DKFDS checkbox with its label and an optional hint tied to it. */
export function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="form-group-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** A radio group as a fieldset with a legend; options are [value, label]. */
export function RadioGroup<T extends string>({
  name,
  legend,
  hint,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <FieldGroup id={name} legend={legend} hint={hint}>
      {options.map(([option, label]) => (
        <div key={option} className="form-group-radio">
          <input
            type="radio"
            className="form-radio"
            id={`${name}-${option}`}
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label className="form-label" htmlFor={`${name}-${option}`}>
            {label}
          </label>
        </div>
      ))}
    </FieldGroup>
  );
}
