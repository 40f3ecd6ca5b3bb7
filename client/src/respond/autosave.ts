import type { RespondAnswers } from '@tks/shared/schemas/respond';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RespondError, saveDraft } from './api';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export const SAVE_DELAY_MS = 1000;
export const RETRY_DELAY_MS = 5000;

interface Saver {
  token: string;
  locale: string;
  answers: RespondAnswers;
  onLinkClosed: (error: RespondError) => void;
}

/**
 * Saves the answers as a draft a moment after the last change, one save at a time: a change made
 * while a save is under way is saved right after it, so the server always ends with the newest
 * answers. A failed save is retried; `flush` saves at once (on a step change, or as the page is
 * left, with keepalive so the request outlives the page).
 */
export function useAutosave(
  token: string,
  answers: RespondAnswers,
  locale: string,
  onLinkClosed: (error: RespondError) => void,
) {
  const [state, setState] = useState<SaveState>('idle');
  const current = useRef<Saver>({ token, locale, answers, onLinkClosed });
  current.current = { token, locale, answers, onLinkClosed };

  // One controller per page, created once: its methods read the newest values from `current`.
  const controller = useRef<ReturnType<typeof createController> | null>(null);
  if (!controller.current) controller.current = createController(current, setState);
  const { changed, save, stop, resume, dispose } = controller.current;

  const initial = useRef(answers);
  useEffect(() => {
    if (answers !== initial.current) changed();
  }, [answers, changed]);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') save(true);
    };
    const leave = () => save(true);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      dispose();
    };
  }, [save, dispose]);

  return { state, flush: () => save(false), stop, resume };
}

function createController(current: { current: Saver }, setState: (state: SaveState) => void) {
  let dirty = false;
  let inFlight = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => save(false), delay);
  };

  async function run(keepalive: boolean) {
    const { token, locale, answers } = current.current;
    inFlight = true;
    dirty = false;
    setState('saving');
    let failed = false;
    try {
      await saveDraft(token, answers, locale, keepalive);
    } catch (error) {
      dirty = true;
      if (error instanceof RespondError && error.status === 410) {
        stopped = true;
        current.current.onLinkClosed(error);
        return;
      }
      failed = true;
    } finally {
      inFlight = false;
    }
    if (stopped) return;
    if (failed) {
      setState('failed');
      schedule(RETRY_DELAY_MS);
    } else if (dirty) {
      schedule(0);
    } else {
      setState('saved');
    }
  }

  function save(keepalive: boolean) {
    clearTimeout(timer);
    if (stopped || !dirty) return;
    // A page being left saves even with a save under way: the newer answers must not be lost.
    if (inFlight && !keepalive) return;
    void run(keepalive);
  }

  return {
    changed() {
      if (stopped) return;
      dirty = true;
      // "Opgeslagen" from an earlier save would no longer be true for the newest answer.
      setState('saving');
      schedule(SAVE_DELAY_MS);
    },
    save,
    /** Before submitting: nothing may be saved as a draft once the response is on its way. */
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    /** After a failed submission: the answers may change again, so drafts are saved again. */
    resume() {
      stopped = false;
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
