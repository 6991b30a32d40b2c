import type { Survey } from './types';

/** A value or statement text with the language it is written in, for the lang attribute. */
export type Lang = 'da' | 'en';

type Value = Survey['values'][number];
export type LocalStatement = Value['statements'][number] & { lang: Lang };
export type LocalValue = Omit<Value, 'statements'> & { lang: Lang; statements: LocalStatement[] };
export type LocalSurvey = Omit<Survey, 'values'> & { values: LocalValue[] };

/**
 * The survey in the respondent's language: where the UI is English and the framework has English wordings, values
 * and statements are shown in English; otherwise in Danish, marked as such for screen readers. A value's title is
 * the one written for the respondent ("Min leder påtager sig sit lederskab") where the framework has one, rather
 * than the leader's own wording ("Jeg påtager mig mit lederskab").
 */
export function localize(survey: Survey, english: boolean): LocalSurvey {
  return {
    ...survey,
    values: survey.values.map((value) => {
      const en = english && !!(value.respondentTitleEn || value.titleEn);
      const title = en ? (value.respondentTitleEn ?? value.titleEn!) : (value.respondentTitle ?? value.title);
      return {
        ...value,
        title,
        description: en && value.descriptionEn ? value.descriptionEn : value.description,
        lang: en ? 'en' : 'da',
        statements: value.statements.map((statement) => {
          const statementEn = english && !!statement.textEn;
          return { ...statement, text: statementEn ? statement.textEn! : statement.text, lang: statementEn ? 'en' : 'da' };
        }),
      };
    }),
  };
}
