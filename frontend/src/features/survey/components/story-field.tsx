import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { STORY_MAX, fieldIds } from '../answers';
import { NS } from '../i18n';
import { useWording } from '../use-wording';

interface StoryFieldProps {
  valueId: string;
  hint: string;
  text: string;
  onChange: (text: string) => void;
}

/**
 * The optional story after a value, with the reminder not to write names or health details, and the DKFDS
 * character counter: shown as you type, read out by screen readers only when typing pauses.
 */
export function StoryField({ valueId, hint, text, onChange }: StoryFieldProps) {
  const { t } = useTranslation(NS);
  const { number } = useWording();
  const id = fieldIds.story(valueId);
  const remaining = STORY_MAX - text.length;
  const remainingText = t('story.remaining', { count: remaining, formatted: number(remaining) });
  const [announced, setAnnounced] = useState('');
  const [typed, setTyped] = useState(false);

  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => setAnnounced(remainingText), 1000);
    return () => clearTimeout(timer);
  }, [remainingText, typed]);

  return (
    <FormField id={id} label={t('story.label')} hint={hint} className="survey-story">
      {(control) => (
        <>
          <span className="form-hint survey-story-reminder" id={`${id}-reminder`}>
            {t('story.reminder')}
          </span>
          <span className="sr-only" id={`${id}-limit`}>
            {t('story.limit', { max: number(STORY_MAX) })}
          </span>
          <textarea
            className="form-input"
            rows={5}
            maxLength={STORY_MAX}
            value={text}
            onChange={(event) => {
              setTyped(true);
              onChange(event.target.value);
            }}
            {...control}
            aria-describedby={`${control['aria-describedby'] ?? ''} ${id}-reminder ${id}-limit`.trim()}
          />
          <span className="character-limit" aria-hidden="true">
            {remainingText}
          </span>
          <span className="sr-only" aria-live="polite">
            {announced}
          </span>
        </>
      )}
    </FormField>
  );
}
