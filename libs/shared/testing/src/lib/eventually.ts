const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks `probe` again (every `intervalMs`) until it returns something other than undefined, and returns that;
 * after `timeoutMs` fails, saying what it waited for when `what` tells. For effects that arrive on their own
 * time: followers, consumers, other processes.
 */
export const eventually = async <T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what?: () => string | Promise<string>,
  intervalMs = 100,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms${what === undefined ? '' : ` waiting for ${await what()}`}`,
      );
    }
    await sleep(intervalMs);
  }
};
