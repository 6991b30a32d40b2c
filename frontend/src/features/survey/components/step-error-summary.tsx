import type { MouseEvent, Ref } from 'react';
import { Link } from 'react-router';

export interface StepError {
  message: string;
  /** id of the field to focus (the first radio of a statement, a story). */
  fieldId?: string;
  /** or a step to go to, as a search string (?trin=3). */
  to?: string;
}

/**
 * The DKFDS error summary. Unlike the shared one, its links move focus by script instead of changing the URL
 * fragment: the survey's fragment is where the invitation token arrives, so nothing else may be put there.
 */
export function StepErrorSummary({ heading, items, ref }: { heading: string; items: StepError[]; ref?: Ref<HTMLDivElement> }) {
  function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    event.preventDefault();
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Bring the question (the legend above the radio) into view, then put focus on the field itself.
    field.closest('fieldset')?.scrollIntoView?.({ block: 'start' });
    field.focus({ preventScroll: true });
  }
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="survey-error-summary-heading">
      <div className="alert-body">
        <h2 className="alert-heading" id="survey-error-summary-heading">
          {heading}
        </h2>
        <ul className="alert-text nobullet-list">
          {items.map((item) => (
            <li key={item.message}>
              {item.fieldId ? (
                <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId ?? '')}>
                  {item.message}
                </a>
              ) : item.to ? (
                <Link to={{ search: item.to }}>{item.message}</Link>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
