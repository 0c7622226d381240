import { useEffect, useRef, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Counts down while nobody touches the screen; any touch or key starts it over, so it never runs out while
 * someone is typing. Returns the seconds left once the warning period has begun (else null).
 */
export const useIdleTimer = (
  active: boolean,
  timeoutSeconds: number,
  warnSeconds: number,
  onIdle: () => void,
): { secondsLeft: number | null; stillHere: () => void } => {
  const lastActivity = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const idle = useRef(onIdle);
  useEffect(() => {
    idle.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!active) {
      setSecondsLeft(null);
      return;
    }
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      const left = Math.ceil(timeoutSeconds - (Date.now() - lastActivity.current) / 1000);
      if (left <= 0) {
        window.clearInterval(tick);
        idle.current();
      } else setSecondsLeft(left <= warnSeconds ? left : null);
    }, 250);
    return () => {
      window.clearInterval(tick);
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
    };
  }, [active, timeoutSeconds, warnSeconds]);

  return {
    secondsLeft,
    stillHere: () => {
      lastActivity.current = Date.now();
      setSecondsLeft(null);
    },
  };
};
