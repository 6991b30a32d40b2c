import { FieldGroup } from '@/components/form-field';
import { fieldIds } from '../answers';
import type { LocalStatement as SurveyStatement } from '../localize';

interface StatementQuestionProps {
  statement: SurveyStatement;
  /** undefined: not answered; null: "ved ikke". */
  value: number | null | undefined;
  scores: { score: number; label: string }[];
  dontKnow: string;
  error?: string | undefined;
  onChange: (score: number | null) => void;
}

const DONT_KNOW = 'ved-ikke';

/** One statement: a fieldset whose legend is the statement, and radios 1–5 and "Ved ikke" (S16). */
export function StatementQuestion({ statement, value, scores, dontKnow, error, onChange }: StatementQuestionProps) {
  const name = fieldIds.statement(statement.id);
  const options = [
    ...scores.map((step) => ({ key: String(step.score), label: step.label, score: step.score as number | null })),
    { key: DONT_KNOW, label: dontKnow, score: null },
  ];
  return (
    <FieldGroup id={name} legend={statement.text} legendLang={statement.lang} error={error} className="survey-statement">
      {options.map((option) => {
        const id = fieldIds.radio(statement.id, option.key);
        return (
          <div key={option.key} className="form-group-radio">
            <input
              type="radio"
              className="form-radio"
              id={id}
              name={name}
              value={option.key}
              checked={value !== undefined && value === option.score}
              onChange={() => onChange(option.score)}
            />
            <label className="form-label" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FieldGroup>
  );
}
