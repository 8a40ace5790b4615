/** The build's identity, set by vite.config.ts. */
declare const __APP_VERSION__: string;
/** True only in the benchmark's deliberately leaky build. */
declare const __BENCH_LEAK__: boolean;
/** When the build was made (ms since the epoch): a device clock earlier than this is wrong. */
declare const __BUILD_TIME__: number;
/** The hash (content/text-hash.ts) of content/default-bundle.json's bytes when the build's checker accepted it, else ''. */
declare const __DEFAULT_BUNDLE_HASH__: string;
