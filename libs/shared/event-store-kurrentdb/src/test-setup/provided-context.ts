/**
 * tools/vitest/global-setup.mts provides `kurrentDbConnectionString` and declares it on ProvidedContext, but
 * tsconfig.json does not include that file, so tsc types `inject` without it. Restated here (identically, so
 * the declarations merge) until the workspace includes the global setup in type checking.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    kurrentDbConnectionString: string | null;
  }
}

export {};
