import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/lib/api/api-error';
import { saveDraft } from './api/save-draft';
import type { SurveyAnswers } from './types';

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_MS = 10_000;
/** The link stopped working while answering: unknown, already answered, closed. */
const ENDING_STATUSES = new Set([404, 409, 410]);

export interface Autosave {
  savedAt: Date | null;
  failed: boolean;
  /** Saves now what has changed (on a step change). */
  flush: () => void;
  /** No more drafts: the answers are being submitted. */
  stop: () => void;
  /** Drafts again: the submission failed. */
  resume: () => void;
}

/**
 * Saves the answers as a draft (PUT /api/survey/draft) a moment after the last change, and at once on flush.
 * One request at a time, always the newest answers; a failed save is tried again on the next change or after a pause.
 */
export function useAutosave(token: string, payload: SurveyAnswers, onEnded: (status: number) => void): Autosave {
  const json = JSON.stringify(payload);
  const latest = useRef(json);
  const saved = useRef(json);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const stopped = useRef(false);
  const endedRef = useRef(onEnded);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    endedRef.current = onEnded;
  }, [onEnded]);

  const run = useCallback(async () => {
    clearTimeout(timer.current);
    if (stopped.current || latest.current === saved.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const body = latest.current;
    try {
      await saveDraft(token, JSON.parse(body) as SurveyAnswers);
      if (stopped.current) return;
      saved.current = body;
      setSavedAt(new Date());
      setFailed(false);
    } catch (error) {
      if (stopped.current) return;
      if (isApiError(error) && ENDING_STATUSES.has(error.status)) {
        stopped.current = true;
        endedRef.current(error.status);
        return;
      }
      setFailed(true);
      timer.current = setTimeout(() => void run(), RETRY_MS);
    } finally {
      inFlight.current = false;
      if (again.current && !stopped.current) {
        again.current = false;
        void run();
      }
    }
  }, [token]);

  useEffect(() => {
    latest.current = json;
    if (json === saved.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
  }, [json, run]);

  // Leaving the page or hiding the tab (a phone locking, switching apps): save what there is.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void run();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, [run]);

  const flush = useCallback(() => void run(), [run]);
  const stop = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
  }, []);
  const resume = useCallback(() => {
    stopped.current = false;
  }, []);
  return { savedAt, failed, flush, stop, resume };
}
