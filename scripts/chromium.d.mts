/** Flags for headless Chromium as root without network access (Playwright adds --headless itself). */
export declare const CHROMIUM_ARGS: string[];
export declare const CHROMIUM_MISSING_MESSAGE: string;
/** $CHROME_PATH, else /usr/bin/chromium, else `chromium` on PATH; undefined when none is executable. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
/** Like findChromium, but exits the process with the install hint when there is none. */
export declare function requireChromium(env?: NodeJS.ProcessEnv): string;
