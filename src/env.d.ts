/** The build's identity, set by vite.config.ts. */
declare const __APP_VERSION__: string;
/** True only in the benchmark's deliberately leaky build. */
declare const __BENCH_LEAK__: boolean;
