import type { Ref } from 'react';

export interface ErrorSummaryItem {
  /** id of the field the error belongs to; errors without a field are shown as plain text. */
  fieldId?: string;
  message: string;
}

interface ErrorSummaryProps {
  heading: string;
  items: ErrorSummaryItem[];
  ref?: Ref<HTMLDivElement>;
}

/** DKFDS error alert listing the form's errors; role=alert announces it, links move focus to the fields. */
export function ErrorSummary({ heading, items, ref }: ErrorSummaryProps) {
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-heading">
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {heading}
        </h2>
        <ul className="alert-text nobullet-list">
          {items.map((item) => (
            <li key={item.message}>
              {item.fieldId ? <a href={`#${item.fieldId}`}>{item.message}</a> : item.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
