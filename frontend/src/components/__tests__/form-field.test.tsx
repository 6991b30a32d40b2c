import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FieldGroup } from '@/components/form-field';
import { SelectField } from '@/components/select-field';
import { TextAreaField } from '@/components/text-area-field';
import { TextField } from '@/components/text-field';

describe('form fields', () => {
  it('tie the label, the hint and the error to the control', () => {
    render(
      <>
        <TextField id="name" label="Navn" hint="Som det står i HR-systemet" error="Skriv et navn" value="" onChange={() => undefined} />
        <TextAreaField id="text" label="Tekst" value="" onChange={() => undefined} />
        <SelectField id="unit" label="Enhed" hint="Vælg én" value="" onChange={() => undefined}>
          <option value="">Vælg</option>
        </SelectField>
      </>,
    );
    const name = screen.getByRole('textbox', { name: 'Navn' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Som det står i HR-systemet Fejl: Skriv et navn');
    expect(name.closest('.form-group')).toHaveClass('form-error');
    const text = screen.getByRole('textbox', { name: 'Tekst' });
    expect(text).not.toHaveAttribute('aria-invalid');
    expect(text).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('combobox', { name: 'Enhed' })).toHaveAccessibleDescription('Vælg én');
  });

  it('describe a group of controls by its legend, hint and error', () => {
    render(
      <FieldGroup id="closes" legend="Lukker" hint="Dansk tid" error="Vælg en dato">
        <input type="date" aria-label="Dato" />
      </FieldGroup>,
    );
    expect(screen.getByRole('group', { name: 'Lukker' })).toHaveAccessibleDescription('Dansk tid Fejl: Vælg en dato');
  });
});
