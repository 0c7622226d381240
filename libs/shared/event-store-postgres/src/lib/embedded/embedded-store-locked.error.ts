/** Another live process has the embedded store's data directory open. */
export class EmbeddedStoreLockedError extends Error {
  override readonly name = 'EmbeddedStoreLockedError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`data directory ${dataDir} is in use by process ${pid}; stop it or use another DATA_DIR`);
  }
}
