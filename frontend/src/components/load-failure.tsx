import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';

interface LoadFailureProps {
  /** The page's heading (and title), as when it loads. */
  title: string;
  /** What went wrong, in the reader's words: not found, or could not be loaded. */
  message: string;
  /** Where to go instead, and what that link says. */
  back: { to: string; text: string };
}

/** A page whose object could not be shown: its heading, why, and the way back — never a dead end. */
export function LoadFailure({ title, message, back }: LoadFailureProps) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body">
          <p className="alert-text">{message}</p>
        </div>
      </div>
      <p>
        <Link to={back.to}>{back.text}</Link>
      </p>
    </>
  );
}
