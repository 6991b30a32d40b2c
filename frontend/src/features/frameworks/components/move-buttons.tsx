import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  idPrefix: string;
  upLabel: string;
  downLabel: string;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
}

/**
 * Keyboard-operable reordering. At the ends the buttons are aria-disabled rather than disabled, so that focus
 * stays on a button that has just moved its item to the top or bottom.
 */
export function MoveButtons({ idPrefix, upLabel, downLabel, first, last, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button id={`${idPrefix}-up`} type="button" className="button button-tertiary move-button" aria-label={upLabel} aria-disabled={first || undefined} onClick={() => !first && onMove(-1)}>
        <span aria-hidden="true">↑ </span>
        {t('frameworks.value.moveUpShort')}
      </button>
      <button id={`${idPrefix}-down`} type="button" className="button button-tertiary move-button" aria-label={downLabel} aria-disabled={last || undefined} onClick={() => !last && onMove(1)}>
        <span aria-hidden="true">↓ </span>
        {t('frameworks.value.moveDownShort')}
      </button>
    </>
  );
}
