import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { TextAreaField } from '@/components/text-area-field';
import type { Framework, FrameworkValue, Statement } from '../types';

type Audience = 'employee' | 'self';
const SCALE = ['1', '2', '3', '4', '5', 'dontKnow'] as const;

/** The survey as a respondent sees it: statements by value, the 1–5 scale and "Ved ikke", and a story per value. */
export function SurveyPreview({ framework }: { framework: Framework }) {
  const { t } = useTranslation();
  const [audience, setAudience] = useState<Audience>('employee');
  const hasStatements = framework.values.some((value) => value.statements.length > 0);
  return (
    <section aria-labelledby="preview-heading" className="survey-preview">
      <h2 id="preview-heading">{t('frameworks.tabs.preview')}</h2>
      <p>{t('frameworks.preview.intro')}</p>
      <SelectField id="preview-audience" label={t('frameworks.preview.audience')} value={audience} onChange={(value) => setAudience(value as Audience)}>
        <option value="employee">{t('frameworks.preview.audienceEmployee')}</option>
        <option value="self">{t('frameworks.preview.audienceSelf')}</option>
      </SelectField>
      {!hasStatements && <p>{t('frameworks.preview.empty')}</p>}
      {framework.values
        .filter((value) => value.statements.length > 0)
        .map((value) => (
          <PreviewValue key={value.id} value={value} audience={audience} />
        ))}
    </section>
  );
}

function useWording() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return {
    title: (value: FrameworkValue) => (english && value.titleEn) || value.title,
    description: (value: FrameworkValue) => (english && value.descriptionEn) || value.description,
    statement: (statement: Statement, audience: Audience) =>
      audience === 'self'
        ? (english && statement.selfTextEn) || statement.selfText
        : (english && statement.textEn) || statement.text,
  };
}

function PreviewValue({ value, audience }: { value: FrameworkValue; audience: Audience }) {
  const { t } = useTranslation();
  const wording = useWording();
  const title = wording.title(value);
  const description = wording.description(value);
  const storyId = `preview-${value.id}-story`;
  return (
    <section aria-labelledby={`preview-${value.id}-heading`} className="preview-value">
      <h3 id={`preview-${value.id}-heading`}>{title}</h3>
      {description && <p>{description}</p>}
      {value.statements.map((statement) => (
        <fieldset key={statement.id} className="form-group preview-statement">
          <legend className="form-label">{wording.statement(statement, audience)}</legend>
          <div className="preview-scale">
            {SCALE.map((option) => {
              const id = `preview-${statement.id}-${option}`;
              return (
                <div key={option} className="form-group-radio">
                  <input type="radio" className="form-radio" id={id} name={`preview-${statement.id}`} value={option} disabled />
                  <label className="form-label" htmlFor={id}>
                    {option === 'dontKnow' ? t('frameworks.preview.scale.dontKnow') : `${option} – ${t(`frameworks.preview.scale.${option}`)}`}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <TextAreaField
        id={storyId}
        label={t(audience === 'self' ? 'frameworks.preview.storySelf' : 'frameworks.preview.story', { title })}
        hint={t('frameworks.preview.storyHint')}
        rows={3}
        disabled
      />
    </section>
  );
}
