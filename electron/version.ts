declare const __SVERKA_VERSION__: string | undefined;

/** The package version, injected by the build; source runs (tests) report a dev version. */
export const VERSION: string = typeof __SVERKA_VERSION__ === 'string' ? __SVERKA_VERSION__ : '0.0.0-dev';
